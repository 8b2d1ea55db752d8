package dev.dbcloud.core.internal;

import static dev.dbcloud.core.internal.EngineFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.Credentials;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.errors.ApiDecodingException;
import dev.dbcloud.core.errors.ApiResponseException;
import dev.dbcloud.core.errors.BadRequestException;
import dev.dbcloud.core.errors.ConflictException;
import dev.dbcloud.core.errors.FailedDependencyException;
import dev.dbcloud.core.errors.ForbiddenException;
import dev.dbcloud.core.errors.GoneException;
import dev.dbcloud.core.errors.NotFoundException;
import dev.dbcloud.core.errors.RateLimitedException;
import dev.dbcloud.core.errors.ServerException;
import dev.dbcloud.core.errors.UnauthorizedException;
import dev.dbcloud.core.errors.UnprocessableEntityException;
import dev.dbcloud.core.testing.LogCapture;
import dev.dbcloud.core.testing.TestDialect;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class HttpEngineWireTest {
    record Thing(String id, int size) {}

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final EngineFixture fixture = new EngineFixture(server);

    @Test
    void bearerCredentialsGoInTheAuthorizationHeader() throws Exception {
        server.enqueue(json(200, "{\"id\":\"t1\",\"size\":3}"));
        try (HttpEngine engine = fixture.engine()) {
            engine.call(
                    ApiRequest.builder(HttpMethod.GET, "/v1/things/{thingId}", "t1")
                            .build(),
                    Thing.class);
        }
        RecordedRequest request = server.takeRequest();
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer secret-token");
        assertThat(request.getUrl().queryParameter("token")).isNull();
    }

    @Test
    void basicCredentialsUseHttpBasic() throws Exception {
        server.enqueue(json(200, "{\"id\":\"t1\",\"size\":3}"));
        try (HttpEngine engine = fixture.engine(b -> b.credentials(Credentials.basic("key-id", "key-secret")), false)) {
            engine.call(ApiRequest.builder(HttpMethod.GET, "/v1/things").build(), JsonNode.class);
        }
        // base64("key-id:key-secret")
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Basic a2V5LWlkOmtleS1zZWNyZXQ=");
    }

    @Test
    void aTokenTheServerEchoesIsHiddenInMessagesBodiesAndLogs() {
        String token = "p.eyJ1IjoiZWNobyJ9.sig";
        server.enqueue(json(403, "{\"error\":\"invalid token " + token + "\",\"hint\":\"" + token + "\"}"));
        server.enqueue(json(200, "{\"id\":\"" + token + "\",\"size\":\"x\"}"));
        try (LogCapture logs = LogCapture.http();
                HttpEngine engine = fixture.engine(b -> b.credentials(Credentials.queryToken(token)), false)) {
            ApiRequest get = ApiRequest.builder(HttpMethod.GET, "/v0/things").build();
            assertThatThrownBy(() -> engine.call(get, JsonNode.class))
                    .isInstanceOfSatisfying(ForbiddenException.class, e -> {
                        assertThat(e.getMessage()).doesNotContain(token);
                        assertThat(e.responseBody()).doesNotContain(token).contains("invalid token ****");
                    });
            assertThatThrownBy(() -> engine.call(get, Thing.class))
                    .isInstanceOfSatisfying(ApiDecodingException.class, e -> {
                        assertThat(e.getMessage()).doesNotContain(token);
                        assertThat(e.bodyExcerpt()).doesNotContain(token).contains("****");
                    });
            assertThat(logs.messages()).isNotEmpty().allSatisfy(line -> assertThat(line)
                    .doesNotContain(token));
        }
    }

    @Test
    void anEchoedTokenIsHiddenInItsEscapedFormsAndWhenTheExcerptCutsThroughIt() {
        String token = "p.abc/def+ghi=\"q";
        String jsonEscaped = "p.abc\\/def+ghi=\\\"q";
        String urlEncoded = "p.abc%2Fdef%2Bghi%3D%22q";
        server.enqueue(json(
                400, "{\"error\":\"bad token " + jsonEscaped + "\",\"url\":\"https://x/?token=" + urlEncoded + "\"}"));
        String padding = "x".repeat(477); // the 500-character excerpt ends inside the echoed token
        server.enqueue(json(200, "{\"pad\":\"" + padding + "\",\"echo\":\"" + jsonEscaped + "\",\"size\":\"x\"}"));
        try (HttpEngine engine =
                fixture.engine(b -> b.credentials(Credentials.bearer(token)).maxRetries(0), false)) {
            ApiRequest get = ApiRequest.builder(HttpMethod.GET, "/v0/things").build();
            assertThatThrownBy(() -> engine.call(get, JsonNode.class))
                    .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.responseBody())
                            .doesNotContain("abc")
                            .contains("bad token ****"));
            assertThatThrownBy(() -> engine.call(get, Thing.class))
                    .isInstanceOfSatisfying(ApiDecodingException.class, e -> {
                        assertThat(e.bodyExcerpt()).doesNotContain("p.ab").contains("\"echo\":\"****");
                        assertThat(e.getMessage()).doesNotContain("p.abc");
                    });
        }
    }

    @Test
    void anEchoedBasicSecretOrAuthorizationValueIsHidden() {
        server.enqueue(
                json(401, "{\"message\":\"bad secret key-secret\",\"header\":\"Basic a2V5LWlkOmtleS1zZWNyZXQ=\"}"));
        try (HttpEngine engine = fixture.engine(
                b -> b.credentials(Credentials.basic("key-id", "key-secret")).maxRetries(0), false)) {
            assertThatThrownBy(() -> engine.call(
                            ApiRequest.builder(HttpMethod.GET, "/v1/things").build(), JsonNode.class))
                    .isInstanceOfSatisfying(UnauthorizedException.class, e -> {
                        assertThat(e.errorMessage()).contains("bad secret ****");
                        assertThat(e.getMessage()).doesNotContain("key-secret");
                        assertThat(e.responseBody())
                                .doesNotContain("key-secret")
                                .doesNotContain("a2V5LWlkOmtleS1zZWNyZXQ=")
                                .isEqualTo("{\"message\":\"bad secret ****\",\"header\":\"Basic ****\"}");
                    });
        }
    }

    @Test
    void queryTokenIsAQueryParameterAndNeverLoggedNorInMessages() throws Exception {
        server.enqueue(json(404, "{\"message\":\"no such thing\"}"));
        try (LogCapture logs = LogCapture.http();
                HttpEngine engine = fixture.engine(
                        b -> b.credentials(Credentials.queryToken("p.s3cr3t-token"))
                                .maxRetries(0),
                        false)) {
            assertThatThrownBy(() -> engine.call(
                            ApiRequest.builder(HttpMethod.GET, "/v0/things")
                                    .query("limit", 5)
                                    .build(),
                            JsonNode.class))
                    .isInstanceOf(NotFoundException.class)
                    .satisfies(e ->
                            assertThat(e.getMessage()).doesNotContain("s3cr3t").doesNotContain("token="));
            assertThat(logs.messages()).isNotEmpty().allSatisfy(line -> assertThat(line)
                    .doesNotContain("s3cr3t"));
            assertThat(logs.messagesAt(Level.FINE))
                    .singleElement()
                    .asString()
                    .startsWith("GET /v0/things?limit=****&token=**** -> 404 in ");
            assertThat(logs.messagesAt(Level.FINER))
                    .anySatisfy(line -> assertThat(line).contains("?limit=5&token=****"));
        }
        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().queryParameter("token")).isEqualTo("p.s3cr3t-token");
        assertThat(request.getHeaders().get("Authorization")).isNull();
    }

    @Test
    void unauthenticatedRequestsCarryNoCredentials() throws Exception {
        server.enqueue(json(200, "{}"));
        try (HttpEngine engine = fixture.engine()) {
            engine.call(
                    ApiRequest.builder(HttpMethod.GET, "/v0/regions")
                            .unauthenticated()
                            .build(),
                    JsonNode.class);
        }
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isNull();
    }

    @Test
    void eachPathArgumentIsOnePercentEncodedSegment() throws Exception {
        server.enqueue(json(200, "{}"));
        try (HttpEngine engine =
                fixture.engine(b -> b.baseUrl(server.url("/prefix/").toString()), false)) {
            engine.call(
                    ApiRequest.builder(HttpMethod.GET, "/v1/orgs/{orgId}/things/{thingId}", "org 1", "a/b?c#d%")
                            .build(),
                    JsonNode.class);
        }
        assertThat(server.takeRequest().getUrl().encodedPath())
                .isEqualTo("/prefix/v1/orgs/org%201/things/a%2Fb%3Fc%23d%25");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", ".", ".."})
    void unsafePathArgumentsAreRefusedBeforeSending(String argument) {
        try (HttpEngine engine = fixture.engine()) {
            assertThatThrownBy(() -> engine.call(
                            ApiRequest.builder(HttpMethod.DELETE, "/v1/things/{thingId}", argument)
                                    .build(),
                            JsonNode.class))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("thingId");
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void repeatedQueryParametersAndJsonBodyAreSentAsGiven() throws Exception {
        server.enqueue(json(200, "{\"id\":\"t9\",\"size\":1}"));
        try (HttpEngine engine = fixture.engine()) {
            engine.call(
                    ApiRequest.builder(HttpMethod.POST, "/v1/things")
                            .query("filter", "tag:env=prod")
                            .query("filter", "tag:team=data")
                            .query("absent", null)
                            .body(Map.of("name", "n", "replicas", 3))
                            .options(RequestOptions.builder()
                                    .header("X-Trace", "abc")
                                    .build())
                            .build(),
                    Thing.class);
        }
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getUrl().queryParameterValues("filter")).containsExactly("tag:env=prod", "tag:team=data");
        assertThat(request.getUrl().queryParameterNames()).containsExactlyInAnyOrder("filter");
        assertThat(request.getHeaders().get("Content-Type")).isEqualTo("application/json; charset=utf-8");
        assertThat(request.getHeaders().get("X-Trace")).isEqualTo("abc");
        assertThat(Json.readTree(request.getBody().utf8())).isEqualTo(Json.readTree("{\"name\":\"n\",\"replicas\":3}"));
    }

    @Test
    void userAgentNamesSdkModuleAndJava() throws Exception {
        server.enqueue(json(200, "{}"));
        try (HttpEngine engine = fixture.engine()) {
            engine.call(ApiRequest.builder(HttpMethod.GET, "/x").build(), JsonNode.class);
        }
        assertThat(server.takeRequest().getHeaders().get("User-Agent"))
                .matches("dbcloud-java/[0-9][^ ]* \\(test\\) Java/" + System.getProperty("java.version"));
    }

    @Test
    void decodesTypedResultsWithStatusHeadersAndRequestId() {
        server.enqueue(new MockResponse.Builder()
                .code(201)
                .setHeader("X-Request-Id", "req-1")
                .setHeader("Idempotency-Replay", "true")
                .body("{\"id\":\"t1\",\"size\":\"7\",\"unknown\":{\"nested\":true}}")
                .build());
        try (HttpEngine engine = fixture.engine()) {
            ApiResponse<Thing> response = engine.send(
                    ApiRequest.builder(HttpMethod.GET, "/v1/things/{id}", "t1").build(), Json.type(Thing.class));
            assertThat(response.statusCode()).isEqualTo(201);
            assertThat(response.value()).isEqualTo(new Thing("t1", 7));
            assertThat(response.requestId()).contains("req-1");
            assertThat(response.header("idempotency-replay")).contains("true");
            assertThat(response.header("IDEMPOTENCY-REPLAY")).contains("true");
        }
    }

    @Test
    void decodesGenericListsAndVoid() {
        server.enqueue(json(200, "[{\"id\":\"a\",\"size\":1},{\"id\":\"b\",\"size\":2}]"));
        server.enqueue(json(200, ""));
        try (HttpEngine engine = fixture.engine()) {
            List<Thing> things =
                    engine.call(ApiRequest.builder(HttpMethod.GET, "/t").build(), new TypeReference<List<Thing>>() {});
            assertThat(things).extracting(Thing::id).containsExactly("a", "b");
            assertThat(engine.call(
                            ApiRequest.builder(HttpMethod.DELETE, "/t/{id}", "a")
                                    .build(),
                            Void.class))
                    .isNull();
        }
    }

    @Test
    void optionalCallsAcceptAnEmptyAnswerButStillDecodeAPresentOne() {
        server.enqueue(new MockResponse.Builder().code(204).build());
        server.enqueue(json(200, "{\"id\":\"t1\",\"size\":3}"));
        server.enqueue(json(200, "{\"id\":\"t1\",\"size\":\"big\"}"));
        server.enqueue(json(202, "<html>accepted</html>"));
        try (HttpEngine engine = fixture.engine()) {
            ApiRequest cancel =
                    ApiRequest.builder(HttpMethod.DELETE, "/t/{id}", "t1").build();
            ApiResponse<Optional<Thing>> empty = engine.sendOptional(cancel, Json.type(Thing.class));
            assertThat(empty.statusCode()).isEqualTo(204);
            assertThat(empty.value()).isEmpty();
            assertThat(engine.callOptional(cancel, Thing.class)).contains(new Thing("t1", 3));
            assertThatThrownBy(() -> engine.callOptional(cancel, Thing.class))
                    .isInstanceOf(ApiDecodingException.class)
                    .hasMessageContaining("not a valid Thing");
            assertThatThrownBy(() -> engine.callOptional(cancel, Thing.class))
                    .isInstanceOf(ApiDecodingException.class)
                    .hasMessageContaining("not valid JSON");
        }
    }

    @Test
    void optionalCallsAcceptAnEnvelopeWithoutResult() {
        server.enqueue(json(200, "{\"status\":200,\"result\":null}"));
        server.enqueue(json(200, "{\"status\":200}"));
        ApiDialect enveloped = new TestDialect(false) {
            @Override
            public Optional<String> envelopeResult() {
                return Optional.of("result");
            }
        };
        try (HttpEngine engine = fixture.engine(b -> b, enveloped)) {
            ApiRequest delete =
                    ApiRequest.builder(HttpMethod.DELETE, "/t/{id}", "t1").build();
            assertThat(engine.callOptional(delete, Thing.class)).isEmpty();
            assertThatThrownBy(() -> engine.call(delete, Thing.class))
                    .isInstanceOf(ApiDecodingException.class)
                    .hasMessageContaining("carries no result");
        }
    }

    @Test
    void plainTextResponsesAreReturnedAsText() {
        String metrics = "# HELP up\nup{service=\"s1\"} 1\n";
        server.enqueue(new MockResponse.Builder()
                .setHeader("Content-Type", "text/plain; version=0.0.4")
                .body(metrics)
                .build());
        try (HttpEngine engine = fixture.engine()) {
            assertThat(engine.text(
                            ApiRequest.builder(HttpMethod.GET, "/metrics").build()))
                    .isEqualTo(metrics);
        }
    }

    static Stream<Arguments> statuses() {
        return Stream.of(
                Arguments.of(400, BadRequestException.class),
                Arguments.of(401, UnauthorizedException.class),
                Arguments.of(403, ForbiddenException.class),
                Arguments.of(404, NotFoundException.class),
                Arguments.of(405, ApiResponseException.class),
                Arguments.of(409, ConflictException.class),
                Arguments.of(410, GoneException.class),
                Arguments.of(422, UnprocessableEntityException.class),
                Arguments.of(424, FailedDependencyException.class),
                Arguments.of(429, RateLimitedException.class),
                Arguments.of(500, ServerException.class),
                Arguments.of(503, ServerException.class));
    }

    @ParameterizedTest
    @MethodSource("statuses")
    void everyStatusMapsToItsExceptionWithCodeMessageAndRequestId(int status, Class<?> type) {
        server.enqueue(json(status, "{\"code\":\"SOME_CODE\",\"message\":\"it went wrong\",\"request_id\":\"r-42\"}"));
        try (HttpEngine engine = fixture.engine(b -> b.maxRetries(0), false)) {
            assertThatThrownBy(() -> engine.call(
                            ApiRequest.builder(HttpMethod.GET, "/v1/things/{id}", "t1")
                                    .query("secret", "q")
                                    .build(),
                            JsonNode.class))
                    .isExactlyInstanceOf(type)
                    .isInstanceOfSatisfying(ApiResponseException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(status);
                        assertThat(e.errorCode()).contains("SOME_CODE");
                        assertThat(e.errorMessage()).contains("it went wrong");
                        assertThat(e.requestId()).contains("r-42");
                        assertThat(e.headers()).containsKey("content-type");
                        assertThat(e.getMessage())
                                .isEqualTo("GET /v1/things/t1 failed with status " + status
                                        + ": SOME_CODE it went wrong (request id r-42)");
                    });
        }
    }

    @Test
    void requestIdFallsBackToTheHeaderAndNonJsonErrorsKeepTheirText() {
        String html =
                "<html><body><h1>504 Gateway Timeout</h1>ERROR: The request could not be satisfied" + "</body></html>";
        server.enqueue(new MockResponse.Builder()
                .code(504)
                .setHeader("Content-Type", "text/html")
                .setHeader("X-Request-Id", "hdr-7")
                .body(html)
                .build());
        try (HttpEngine engine = fixture.engine(b -> b.maxRetries(0), false)) {
            assertThatThrownBy(() ->
                            engine.call(ApiRequest.builder(HttpMethod.GET, "/x").build(), JsonNode.class))
                    .isInstanceOfSatisfying(ServerException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(504);
                        assertThat(e.requestId()).contains("hdr-7");
                        assertThat(e.errorCode()).isEmpty();
                        assertThat(e.responseBody()).isEqualTo(html);
                    });
        }
    }

    @Test
    void htmlWhereJsonWasPromisedIsADecodingError() {
        server.enqueue(new MockResponse.Builder()
                .setHeader("X-Request-Id", "r-html")
                .body("<html>maintenance</html>")
                .build());
        try (HttpEngine engine = fixture.engine()) {
            assertThatThrownBy(() -> engine.call(
                            ApiRequest.builder(HttpMethod.GET, "/v1/x").build(), Thing.class))
                    .isInstanceOfSatisfying(ApiDecodingException.class, e -> {
                        assertThat(e.statusCode()).isEqualTo(200);
                        assertThat(e.requestId()).contains("r-html");
                        assertThat(e.bodyExcerpt()).isEqualTo("<html>maintenance</html>");
                        assertThat(e.getMessage())
                                .startsWith("GET /v1/x: the body is not valid JSON (line 1, column 1)");
                        // Jackson's own message quotes the input, so it is not kept as the cause.
                        assertThat(e.getCause()).isNull();
                    });
        }
    }

    @Test
    void truncatedJsonIsADecodingErrorWithMaskedExcerpt() {
        server.enqueue(json(200, "{\"id\":\"t1\",\"password\":\"hunter2\",\"size\":"));
        try (HttpEngine engine = fixture.engine()) {
            assertThatThrownBy(() ->
                            engine.call(ApiRequest.builder(HttpMethod.GET, "/x").build(), Thing.class))
                    .isInstanceOfSatisfying(ApiDecodingException.class, e -> assertThat(e.bodyExcerpt())
                            .contains("\"id\":\"t1\"")
                            .doesNotContain("hunter2"))
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("hunter2"));
        }
    }

    @Test
    void wrongShapeIsADecodingErrorNotAJacksonException() {
        server.enqueue(json(200, "[1,2,3]"));
        server.enqueue(json(200, "{\"id\":{\"not\":\"a string\"},\"size\":\"many\"}"));
        server.enqueue(json(200, ""));
        try (HttpEngine engine = fixture.engine()) {
            for (int i = 0; i < 3; i++) {
                assertThatThrownBy(() -> engine.call(
                                ApiRequest.builder(HttpMethod.GET, "/x").build(), Thing.class))
                        .isInstanceOf(ApiDecodingException.class)
                        .hasMessageStartingWith("GET /x: ");
            }
        }
    }

    @Test
    void bodiesThatAreNoEnvelopeAreDecodingErrors() {
        server.enqueue(json(200, "[{\"id\":\"t1\"}]"));
        ApiDialect envelope = new dev.dbcloud.core.testing.TestDialect(false) {
            @Override
            public Optional<String> envelopeResult() {
                return Optional.of("result");
            }
        };
        try (HttpEngine engine = fixture.engine(b -> b, envelope)) {
            assertThatThrownBy(() ->
                            engine.call(ApiRequest.builder(HttpMethod.GET, "/x").build(), Thing.class))
                    .isInstanceOf(ApiDecodingException.class)
                    .hasMessageStartingWith(
                            "GET /x: the body is not an envelope (a JSON object with \"result\") (status 200)");
        }
    }

    @Test
    void sameOriginGetRedirectsAreFollowed() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .code(302)
                .setHeader("Location", "/v2/things")
                .build());
        server.enqueue(json(200, "{\"id\":\"moved\",\"size\":1}"));
        try (HttpEngine engine = fixture.engine()) {
            assertThat(engine.call(
                                    ApiRequest.builder(HttpMethod.GET, "/v1/things")
                                            .build(),
                                    Thing.class)
                            .id())
                    .isEqualTo("moved");
        }
        server.takeRequest();
        RecordedRequest redirected = server.takeRequest();
        assertThat(redirected.getUrl().encodedPath()).isEqualTo("/v2/things");
        assertThat(redirected.getHeaders().get("Authorization")).isEqualTo("Bearer secret-token");
    }

    @Test
    void aFollowedRedirectKeepsTheQueryToken() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .code(301)
                .setHeader("Location", "/v0/moved?page=2")
                .build());
        server.enqueue(json(200, "{}"));
        try (HttpEngine engine = fixture.engine(b -> b.credentials(Credentials.queryToken("tok-1")), false)) {
            engine.call(ApiRequest.builder(HttpMethod.GET, "/v0/things").build(), JsonNode.class);
        }
        server.takeRequest();
        RecordedRequest redirected = server.takeRequest();
        assertThat(redirected.getUrl().queryParameter("token")).isEqualTo("tok-1");
        assertThat(redirected.getUrl().queryParameter("page")).isEqualTo("2");
    }

    @Test
    void redirectsToAnotherHostAreNeverFollowed() throws Exception {
        try (MockWebServer elsewhere = new MockWebServer()) {
            elsewhere.start();
            server.enqueue(new MockResponse.Builder()
                    .code(307)
                    .setHeader("Location", elsewhere.url("/steal").toString())
                    .build());
            try (HttpEngine engine = fixture.engine()) {
                assertThatThrownBy(() -> engine.call(
                                ApiRequest.builder(HttpMethod.GET, "/v1/things").build(), Thing.class))
                        .isInstanceOfSatisfying(ApiResponseException.class, e -> {
                            assertThat(e.statusCode()).isEqualTo(307);
                            assertThat(e.errorMessage()).get().asString().contains("not followed");
                        });
            }
            assertThat(elsewhere.getRequestCount()).isZero();
        }
    }

    @Test
    void postRedirectsAreNotFollowed() {
        server.enqueue(new MockResponse.Builder()
                .code(307)
                .setHeader("Location", "/elsewhere")
                .build());
        try (HttpEngine engine = fixture.engine()) {
            assertThatThrownBy(() -> engine.call(
                            ApiRequest.builder(HttpMethod.POST, "/v1/things")
                                    .body(Map.of("a", 1))
                                    .build(),
                            Thing.class))
                    .isInstanceOf(ApiResponseException.class);
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void idempotencyKeyOnAnApiWithoutThemIsRefusedBeforeSending() {
        try (HttpEngine engine = fixture.engine()) {
            assertThatThrownBy(() -> engine.call(
                            ApiRequest.builder(HttpMethod.POST, "/v1/things")
                                    .options(RequestOptions.builder()
                                            .idempotencyKey("k1")
                                            .build())
                                    .build(),
                            JsonNode.class))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("idempotencyKey");
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void debugLineForEveryAttemptAndMaskedBodiesAtTrace() {
        server.enqueue(new MockResponse.Builder()
                .code(503)
                .setHeader("X-Request-Id", "r-1")
                .build());
        server.enqueue(new MockResponse.Builder()
                .setHeader("X-Request-Id", "r-2")
                .body("{\"id\":\"t1\",\"size\":1,\"password\":\"pw-from-server\"}")
                .build());
        try (LogCapture logs = LogCapture.http();
                HttpEngine engine = fixture.engine()) {
            engine.call(
                    ApiRequest.builder(HttpMethod.PUT, "/v1/things/{id}", "t1")
                            .body(Map.of("name", "n", "newPassword", "pw-from-client"))
                            .build(),
                    Thing.class);
            List<String> debug = logs.messagesAt(Level.FINE);
            assertThat(debug).hasSize(2);
            assertThat(debug.get(0))
                    .matches(
                            "PUT /v1/things/t1 -> 503 in \\d+ ms \\(attempt 1 of 4, request id r-1\\); retrying in 500 ms");
            assertThat(debug.get(1))
                    .matches("PUT /v1/things/t1 -> 200 in \\d+ ms \\(attempt 2 of 4, request id r-2\\)");
            List<String> trace = logs.messagesAt(Level.FINER);
            assertThat(trace)
                    .anySatisfy(
                            line -> assertThat(line).contains("request body").contains("\"name\":\"n\""));
            assertThat(logs.messages()).allSatisfy(line -> assertThat(line)
                    .doesNotContain("pw-from-client")
                    .doesNotContain("pw-from-server")
                    .doesNotContain("secret-token"));
        }
    }

    @Test
    void closeShutsDownWhatTheEngineCreated() throws Exception {
        server.enqueue(json(200, "{}"));
        HttpEngine engine = fixture.engine();
        engine.call(ApiRequest.builder(HttpMethod.GET, "/x").build(), JsonNode.class);
        OkHttpClient http = engine.httpClient();
        assertThat(http.connectionPool().idleConnectionCount()).isEqualTo(1);
        engine.close();
        assertThat(http.connectionPool().connectionCount()).isZero();
        assertThat(http.dispatcher().executorService().isShutdown()).isTrue();
    }

    @Test
    void closeLeavesACallersClientUsable() throws Exception {
        OkHttpClient callers = new OkHttpClient();
        server.enqueue(json(200, "{}"));
        server.enqueue(json(200, "{}"));
        HttpEngine engine = fixture.engine(b -> b.httpClient(callers), false);
        engine.call(ApiRequest.builder(HttpMethod.GET, "/x").build(), JsonNode.class);
        engine.close();
        assertThat(callers.dispatcher().executorService().isShutdown()).isFalse();
        try (okhttp3.Response response = callers.newCall(new okhttp3.Request.Builder()
                        .url(server.url("/still-works"))
                        .build())
                .execute()) {
            assertThat(response.code()).isEqualTo(200);
        }
        callers.dispatcher().executorService().shutdown();
        callers.connectionPool().evictAll();
    }
}
