package dev.dbcloud.core.internal;

import static dev.dbcloud.core.internal.EngineFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.Credentials;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.errors.ApiConnectionException;
import dev.dbcloud.core.errors.BadRequestException;
import dev.dbcloud.core.errors.ScrubbedFailure;
import dev.dbcloud.core.errors.ServerException;
import dev.dbcloud.core.testing.LogCapture;
import java.net.ProtocolException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** A server that repeats a secret — the client's or one the call sent — never gets it shown anywhere. */
class CredentialEchoTest {
    private static final String KEY_ID = "key-id-7";
    private static final String KEY_SECRET = "canary-secret-51f0";
    private static final String BASIC =
            Base64.getEncoder().encodeToString((KEY_ID + ":" + KEY_SECRET).getBytes(StandardCharsets.UTF_8));
    private static final String QUERY_TOKEN = "p.canary-query-token-93e1";
    private static final String KAFKA_PASSWORD = "canary-kafka-pass-2c7d";

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final EngineFixture fixture = new EngineFixture(server);

    private HttpEngine basicEngine() {
        return fixture.engine(b -> b.credentials(Credentials.basic(KEY_ID, KEY_SECRET)), false);
    }

    /** POSTs {@code body} to {@code /pipes}, which the test server answers with a 400. */
    private static BadRequestException postRefused(HttpEngine engine, Object body) {
        return catchThrowableOfType(
                BadRequestException.class,
                () -> engine.call(
                        ApiRequest.builder(HttpMethod.POST, "/pipes").body(body).build(), Void.class));
    }

    private static void assertClean(String text) {
        assertThat(text).doesNotContain(KEY_SECRET, BASIC, QUERY_TOKEN, KAFKA_PASSWORD);
    }

    /** Every message, toString() and stack frame text of a failure and its causes. */
    private static void assertCleanChain(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            assertClean(String.valueOf(t.getMessage()));
            assertClean(t.toString());
        }
    }

    @Test
    void echoedRequestIdsHeadersAndMessagesAreScrubbed() {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "application/json")
                .setHeader("X-Request-Id", "req-" + KEY_SECRET)
                .setHeader("X-Echo", "Basic " + BASIC)
                .body("{\"id\":\"t1\"}")
                .build());
        server.enqueue(new MockResponse.Builder()
                .code(500)
                .setHeader("Content-Type", "application/json")
                .setHeader("X-Request-Id", "req-" + BASIC)
                .setHeader("WWW-Authenticate", "Basic realm=\"" + KEY_SECRET + "\"")
                .body("{\"code\":\"BAD_KEY\",\"message\":\"key " + KEY_SECRET + " refused\"}")
                .build());
        ServerException failure;
        ApiResponse<Map<String, Object>> ok;
        List<String> lines;
        try (LogCapture logs = LogCapture.http();
                HttpEngine engine = basicEngine()) {
            ok = engine.send(ApiRequest.builder(HttpMethod.GET, "/ok").build(), Json.type(Map.class));
            failure = catchThrowableOfType(
                    ServerException.class,
                    () -> engine.call(
                            ApiRequest.builder(HttpMethod.POST, "/fail").build(), Void.class));
            lines = new ArrayList<>(logs.messages());
        }
        assertThat(ok.requestId()).contains("req-****");
        assertThat(ok.header("X-Echo")).contains("Basic ****");
        assertClean(String.valueOf(ok.headers()));

        assertThat(failure.requestId()).contains("req-****");
        assertThat(failure.errorMessage()).contains("key **** refused");
        assertThat(failure.headers().get("www-authenticate")).containsExactly("Basic realm=\"****\"");
        assertCleanChain(failure);
        assertClean(failure.response().toString());
        assertThat(lines).isNotEmpty().allSatisfy(CredentialEchoTest::assertClean);
    }

    @Test
    void aPasswordTheCallSentIsHiddenWhenTheApiQuotesItBack() {
        server.enqueue(json(
                400,
                "{\"code\":\"BAD_REQUEST\",\"message\":\"cannot connect to kafka with password '" + KAFKA_PASSWORD
                        + "'\",\"request_id\":\"r-" + KAFKA_PASSWORD + "\"}"));
        Map<String, Object> body = Map.of(
                "name", "pipe", "source", Map.of("kafka", Map.of("credentials", Map.of("password", KAFKA_PASSWORD))));
        BadRequestException failure;
        try (LogCapture logs = LogCapture.http();
                HttpEngine engine = basicEngine()) {
            failure = postRefused(engine, body);
            assertThat(logs.messages()).isNotEmpty().allSatisfy(CredentialEchoTest::assertClean);
        }
        assertThat(failure.errorMessage()).contains("cannot connect to kafka with password '****'");
        assertThat(failure.requestId()).contains("r-****");
        assertCleanChain(failure);
        assertClean(failure.responseBody());
        assertClean(failure.response().toString());
    }

    @Test
    void anIoFailureQuotingTheCredentialBecomesAScrubbedCauseKeepingTypeAndStack() {
        server.enqueue(
                new MockResponse.Builder().status("HTTP/1.1 2x0 Basic " + BASIC).build());
        ApiConnectionException failure;
        try (HttpEngine engine = basicEngine()) {
            failure = catchThrowableOfType(
                    ApiConnectionException.class,
                    () -> engine.call(
                            ApiRequest.builder(HttpMethod.GET, "/x")
                                    .options(RequestOptions.builder()
                                            .maxRetries(0)
                                            .build())
                                    .build(),
                            Void.class));
        }
        assertCleanChain(failure);
        assertThat(failure.getCause()).isInstanceOfSatisfying(ScrubbedFailure.class, cause -> {
            assertThat(cause.originalType()).isEqualTo(ProtocolException.class.getName());
            assertThat(cause)
                    .hasToString("java.net.ProtocolException: Unexpected status line: HTTP/1.1 2x0 Basic ****");
            assertThat(cause.getStackTrace()).isNotEmpty();
        });
    }

    @Test
    void aQueryTokenEchoedInAStatusLineIsScrubbedToo() {
        server.enqueue(new MockResponse.Builder()
                .status("HTTP/1.1 2x0 token=" + QUERY_TOKEN)
                .build());
        try (HttpEngine engine = fixture.engine(
                b -> b.credentials(Credentials.queryToken(QUERY_TOKEN)).maxRetries(0), false)) {
            assertCleanChain(catchThrowableOfType(
                    ApiConnectionException.class,
                    () -> engine.call(ApiRequest.builder(HttpMethod.GET, "/x").build(), Void.class)));
        }
    }

    @Test
    void aCleanIoFailureStaysTheCauseAsItIs() {
        CredentialScrubber scrubber = new CredentialScrubber(java.util.Optional.of(Credentials.bearer("tok-1234")));
        ProtocolException clean = new ProtocolException("unexpected end of stream");
        assertThat(scrubber.scrub(clean)).isSameAs(clean);
        assertThat(scrubber.scrub((Throwable) null)).isNull();
        Exception nested = new Exception("outer", new ProtocolException("saw tok-1234"));
        Throwable scrubbed = scrubber.scrub(nested);
        assertThat(scrubbed).hasToString("java.lang.Exception: outer");
        assertThat(scrubbed.getCause()).hasToString("java.net.ProtocolException: saw ****");
        assertThat(scrubber.forRequestBody("{\"password\":\"abc\",\"name\":\"tok-12\"}"))
                .isSameAs(scrubber);
        assertThat(scrubber.forRequestBody(null)).isSameAs(scrubber);
        assertThat(scrubber.forRequestBody("{\"items\":[{\"secret\":\"s3cr3t-value\"}]}")
                        .scrub("x s3cr3t-value"))
                .isEqualTo("x ****");
    }

    @Test
    void traceLinesAndErrorsMaskPresignedUrlsAndUserInfo() {
        server.enqueue(json(
                400,
                "{\"code\":\"BAD_REQUEST\",\"message\":\"cannot read https://b.s3.amazonaws.com/k?X-Amz-Signature=sig-canary"
                        + "\"}"));
        Map<String, Object> body = Map.of(
                "url", "https://b.s3.amazonaws.com/k?X-Amz-Signature=sig-canary",
                "queue", "s3://user:userinfo-canary@bucket/q");
        try (LogCapture logs = LogCapture.http();
                HttpEngine engine = basicEngine()) {
            BadRequestException failure = postRefused(engine, body);
            assertThat(failure.errorMessage()).contains("cannot read https://b.s3.amazonaws.com/k?****");
            assertThat(failure.responseBody()).doesNotContain("sig-canary");
            assertThat(logs.messagesAt(java.util.logging.Level.FINER))
                    .anySatisfy(line -> assertThat(line)
                            .contains("request body")
                            .contains("https://b.s3.amazonaws.com/k?****")
                            .contains("s3://user:****@bucket/q"))
                    .allSatisfy(line -> assertThat(line).doesNotContain("sig-canary", "userinfo-canary"));
        }
    }
}
