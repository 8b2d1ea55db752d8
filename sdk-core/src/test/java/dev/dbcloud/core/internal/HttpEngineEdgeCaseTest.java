package dev.dbcloud.core.internal;

import static dev.dbcloud.core.internal.EngineFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.Credentials;
import dev.dbcloud.core.Page;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.errors.ApiDecodingException;
import dev.dbcloud.core.errors.ApiResponseException;
import dev.dbcloud.core.errors.BadRequestException;
import dev.dbcloud.core.errors.NotFoundException;
import dev.dbcloud.core.errors.RateLimitedException;
import dev.dbcloud.core.errors.UnauthorizedException;
import dev.dbcloud.core.testing.LogCapture;
import dev.dbcloud.core.testing.TestDialect;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.Headers;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** The engine where things go sideways: bodiless writes, odd dialects, redirects, limits, closing, concurrency. */
class HttpEngineEdgeCaseTest {
    record Thing(String id, int size) {}

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final EngineFixture fixture = new EngineFixture(server);

    @Test
    void bodilessPostPutAndPatchSendAnEmptyBody() throws Exception {
        for (int i = 0; i < 3; i++) {
            server.enqueue(json(200, "{}"));
        }
        try (HttpEngine engine = fixture.engine()) {
            for (HttpMethod method : List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH)) {
                engine.call(
                        ApiRequest.builder(method, "/v1/things/{id}/actions/suspend", "t1")
                                .build(),
                        Void.class);
            }
        }
        for (String method : List.of("POST", "PUT", "PATCH")) {
            RecordedRequest request = server.takeRequest();
            assertThat(request.getMethod()).isEqualTo(method);
            assertThat(request.getBodySize()).isZero();
            assertThat(request.getHeaders().get("Content-Length")).isEqualTo("0");
            assertThat(request.getHeaders().get("Content-Type")).isNull();
        }
    }

    @Test
    void aCallersAuthenticatorNeverResendsRequests() {
        OkHttpClient callers = new OkHttpClient.Builder()
                .authenticator((route, response) -> response.request()
                        .newBuilder()
                        .header("Authorization", "Bearer other")
                        .build())
                .build();
        server.enqueue(json(401, "{\"message\":\"bad token\"}"));
        server.enqueue(json(200, "{}"));
        try (HttpEngine engine = fixture.engine(b -> b.httpClient(callers), false)) {
            assertThatThrownBy(() -> engine.call(
                            ApiRequest.builder(HttpMethod.POST, "/v1/things").build(), JsonNode.class))
                    .isInstanceOf(UnauthorizedException.class);
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aDialectThatCannotReadAnErrorBodyStillYieldsTheStatusException() {
        server.enqueue(json(429, "{\"error\":\"TOO_MANY_REQUESTS\"}"));
        ApiDialect clumsy = new TestDialect(false) {
            @Override
            public ApiError readError(int status, JsonNode body) {
                throw new NullPointerException("no status field");
            }

            @Override
            public Optional<String> requestId(Headers headers, JsonNode body) {
                throw new IllegalStateException("no request id");
            }
        };
        try (HttpEngine engine = fixture.engine(b -> b.maxRetries(0), clumsy)) {
            assertThatThrownBy(() ->
                            engine.call(ApiRequest.builder(HttpMethod.GET, "/x").build(), JsonNode.class))
                    .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                        assertThat(e.errorCode()).isEmpty();
                        assertThat(e.requestId()).isEmpty();
                        assertThat(e.responseBody()).isEqualTo("{\"error\":\"TOO_MANY_REQUESTS\"}");
                    });
        }
    }

    @Test
    void queryTokenCredentialsAreRefusedByAnApiWithoutQueryTokens() {
        ApiDialect headerOnly = new TestDialect(false) {
            @Override
            public Optional<String> queryTokenParameter() {
                return Optional.empty();
            }
        };
        assertThatThrownBy(() -> fixture.engine(b -> b.credentials(Credentials.queryToken("t")), headerOnly))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("credentials")
                .hasMessageContaining("query tokens");
    }

    @Test
    void unauthenticatedRequestsCarryNoQueryTokenEither() throws Exception {
        server.enqueue(json(200, "{}"));
        try (HttpEngine engine = fixture.engine(b -> b.credentials(Credentials.queryToken("tok")), false)) {
            engine.call(
                    ApiRequest.builder(HttpMethod.GET, "/v0/regions")
                            .unauthenticated()
                            .build(),
                    JsonNode.class);
        }
        assertThat(server.takeRequest().getUrl().queryParameter("token")).isNull();
    }

    @Test
    void aRedirectLoopStopsAfterFiveHops() {
        for (int i = 0; i < 7; i++) {
            server.enqueue(new MockResponse.Builder()
                    .code(302)
                    .setHeader("Location", "/loop/" + i)
                    .build());
        }
        try (HttpEngine engine = fixture.engine()) {
            assertThatThrownBy(() -> engine.call(
                            ApiRequest.builder(HttpMethod.GET, "/start").build(), JsonNode.class))
                    .isInstanceOfSatisfying(ApiResponseException.class, e -> assertThat(e.statusCode())
                            .isEqualTo(302));
        }
        assertThat(server.getRequestCount()).isEqualTo(6);
    }

    @Test
    void theRedirectLogLineNamesThePathThatAnswered() {
        server.enqueue(new MockResponse.Builder()
                .code(302)
                .setHeader("Location", "/v2/things")
                .build());
        server.enqueue(json(200, "{}"));
        try (LogCapture logs = LogCapture.http();
                HttpEngine engine = fixture.engine()) {
            engine.call(ApiRequest.builder(HttpMethod.GET, "/v1/things").build(), JsonNode.class);
            assertThat(logs.messagesAt(Level.FINE))
                    .satisfiesExactly(
                            first -> assertThat(first).startsWith("GET /v1/things -> 302 (redirect followed)"),
                            second -> assertThat(second).startsWith("GET /v2/things -> 200"));
        }
    }

    @Test
    void errorResponsesLeaveTheConnectionReusable() throws Exception {
        server.enqueue(json(404, "{\"message\":\"" + "x".repeat(10_000) + "\"}"));
        server.enqueue(json(200, "{}"));
        try (HttpEngine engine = fixture.engine()) {
            assertThatThrownBy(() ->
                            engine.call(ApiRequest.builder(HttpMethod.GET, "/a").build(), JsonNode.class))
                    .isInstanceOf(NotFoundException.class);
            engine.call(ApiRequest.builder(HttpMethod.GET, "/b").build(), JsonNode.class);
        }
        server.takeRequest();
        assertThat(server.takeRequest().getExchangeIndex()).isEqualTo(1);
    }

    @Test
    void errorBodiesAreBounded() {
        server.enqueue(
                new MockResponse.Builder().code(400).body("y".repeat(200_000)).build());
        try (HttpEngine engine = fixture.engine()) {
            assertThatThrownBy(() ->
                            engine.call(ApiRequest.builder(HttpMethod.GET, "/a").build(), JsonNode.class))
                    .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.responseBody())
                            .hasSize(64 * 1024));
        }
    }

    @Test
    void decodingExcerptsAreBounded() {
        server.enqueue(json(200, "<html>" + "z".repeat(5_000)));
        try (HttpEngine engine = fixture.engine()) {
            assertThatThrownBy(() ->
                            engine.call(ApiRequest.builder(HttpMethod.GET, "/a").build(), JsonNode.class))
                    .isInstanceOfSatisfying(
                            ApiDecodingException.class,
                            e -> assertThat(e.bodyExcerpt()).hasSize(501).endsWith("…"));
        }
    }

    @Test
    void aClosedEngineRefusesCalls() {
        HttpEngine engine = fixture.engine();
        engine.close();
        engine.close();
        assertThatThrownBy(() ->
                        engine.call(ApiRequest.builder(HttpMethod.GET, "/a").build(), JsonNode.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void concurrentCallsOnOneEngineAllSucceed() throws Exception {
        int calls = 16;
        for (int i = 0; i < calls; i++) {
            server.enqueue(json(200, "{\"id\":\"t\",\"size\":1}"));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (HttpEngine engine = fixture.engine()) {
            List<Future<Thing>> results = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                results.add(pool.submit(() ->
                        engine.call(ApiRequest.builder(HttpMethod.GET, "/t").build(), Thing.class)));
            }
            for (Future<Thing> result : results) {
                assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo(new Thing("t", 1));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(server.getRequestCount()).isEqualTo(calls);
    }

    @Test
    void pagesRepeatTheFirstRequestWithTheCursorReplaced() throws Exception {
        server.enqueue(json(200, "{\"things\":[{\"id\":\"a\",\"size\":1}],\"has_more\":true,\"next_cursor\":\"c2\"}"));
        server.enqueue(json(200, "{\"things\":[{\"id\":\"b\",\"size\":2}],\"has_more\":true,\"next_cursor\":\"c3\"}"));
        server.enqueue(json(200, "{\"things\":[{\"id\":\"c\",\"size\":3}],\"has_more\":false,\"next_cursor\":null}"));
        try (HttpEngine engine = fixture.engine()) {
            ApiRequest first = ApiRequest.builder(HttpMethod.GET, "/clusters")
                    .query("team_id", "team1")
                    .query("limit", 1)
                    .options(RequestOptions.builder().header("X-Trace", "t-1").build())
                    .build();
            Page<Thing> page = engine.page(first, "cursor", Json.type(JsonNode.class), HttpEngineEdgeCaseTest::slice);
            assertThat(server.getRequestCount()).isEqualTo(1);
            assertThat(page.autoPager()).extracting(Thing::id).containsExactly("a", "b", "c");
        }
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(server.takeRequest().getUrl().queryParameter("cursor")).isNull();
        for (String cursor : List.of("c2", "c3")) {
            RecordedRequest next = server.takeRequest();
            assertThat(next.getUrl().queryParameterValues("cursor")).containsExactly(cursor);
            assertThat(next.getUrl().queryParameter("team_id")).isEqualTo("team1");
            assertThat(next.getUrl().queryParameter("limit")).isEqualTo("1");
            assertThat(next.getHeaders().get("X-Trace")).isEqualTo("t-1");
        }
    }

    private static PageSlice<Thing> slice(JsonNode body) {
        List<Thing> things = new ArrayList<>();
        body.get("things")
                .forEach(t ->
                        things.add(new Thing(t.get("id").asText(), t.get("size").asInt())));
        JsonNode next = body.get("next_cursor");
        return new PageSlice<>(things, body.get("has_more").asBoolean(), next.isNull() ? null : next.asText());
    }

    @Test
    void sendTextKeepsStatusAndRequestId() {
        server.enqueue(new MockResponse.Builder()
                .setHeader("X-Request-Id", "pem-1")
                .body("-----BEGIN CERTIFICATE-----\n")
                .build());
        try (HttpEngine engine = fixture.engine()) {
            ApiResponse<String> pem = engine.sendText(
                    ApiRequest.builder(HttpMethod.GET, "/ca.pem").build());
            assertThat(pem.value()).startsWith("-----BEGIN CERTIFICATE-----");
            assertThat(pem.requestId()).contains("pem-1");
            assertThat(pem.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aStringResultIsDecodedThroughTheDialectNotReadAsText() {
        server.enqueue(json(200, "\"just-a-string\""));
        try (HttpEngine engine = fixture.engine()) {
            assertThat(engine.call(ApiRequest.builder(HttpMethod.GET, "/s").build(), String.class))
                    .isEqualTo("just-a-string");
        }
    }

    @Test
    void theEnginesPollerUsesTheClientsClockAndSleeper() {
        int[] polls = {0};
        try (HttpEngine engine = fixture.engine()) {
            engine.<Integer>poller("three polls")
                    .poll(() -> ++polls[0])
                    .until(n -> n == 3)
                    .interval(Duration.ofSeconds(2))
                    .backoffMultiplier(1)
                    .timeout(Duration.ofMinutes(1))
                    .build()
                    .await();
        }
        assertThat(fixture.time.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    @Test
    void aDialectReturningNullsIsTreatedAsHavingSaidNothing() {
        server.enqueue(json(404, "{}"));
        ApiDialect sloppy = new TestDialect(false) {
            @Override
            public ApiError readError(int status, JsonNode body) {
                return new ApiError(null, Optional.of("  "), null);
            }
        };
        try (HttpEngine engine = fixture.engine(b -> b, sloppy)) {
            assertThatThrownBy(() ->
                            engine.call(ApiRequest.builder(HttpMethod.GET, "/x").build(), JsonNode.class))
                    .isInstanceOfSatisfying(NotFoundException.class, e -> {
                        assertThat(e.errorCode()).isEmpty();
                        assertThat(e.errorMessage()).isEmpty();
                    });
        }
    }

    @Test
    void aListResponseOfTheWrongShapeIsADecodingError() {
        server.enqueue(json(200, "{\"items\":[]}"));
        try (HttpEngine engine = fixture.engine()) {
            assertThatThrownBy(() -> engine.page(
                            ApiRequest.builder(HttpMethod.GET, "/clusters").build(),
                            "cursor",
                            Json.type(JsonNode.class),
                            HttpEngineEdgeCaseTest::slice))
                    .isInstanceOfSatisfying(ApiDecodingException.class, e -> {
                        assertThat(e.getMessage())
                                .startsWith("GET /clusters: the list response does not have the promised shape");
                        assertThat(e.bodyExcerpt()).isEqualTo("{\"items\":[]}");
                    });
        }
    }

    @Test
    void aResultOfTheWrongShapeNamesTheFieldNotItsValue() {
        server.enqueue(json(200, "{\"id\":{\"secret\":\"v\"},\"size\":1}"));
        try (HttpEngine engine = fixture.engine()) {
            assertThatThrownBy(() ->
                            engine.call(ApiRequest.builder(HttpMethod.GET, "/t").build(), Thing.class))
                    .isInstanceOf(ApiDecodingException.class)
                    .hasMessageContaining("the result is not a valid Thing at $.id")
                    .hasNoCause();
        }
    }
}
