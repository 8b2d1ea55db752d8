package dev.dbcloud.core.internal;

import static dev.dbcloud.core.internal.EngineFixture.json;
import static dev.dbcloud.core.internal.EngineFixture.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dbcloud.core.Credentials;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.errors.ApiConnectionException;
import dev.dbcloud.core.errors.ApiInterruptedException;
import dev.dbcloud.core.errors.ApiResponseException;
import dev.dbcloud.core.errors.ApiTimeoutException;
import dev.dbcloud.core.errors.RateLimitedException;
import dev.dbcloud.core.errors.ServerException;
import dev.dbcloud.core.testing.LogCapture;
import dev.dbcloud.core.testing.TestDialect;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.Headers;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

class HttpEngineRetryTest {
    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final EngineFixture fixture = new EngineFixture(server);

    private static ApiRequest get() {
        return ApiRequest.builder(HttpMethod.GET, "/v1/things").build();
    }

    private static ApiRequest post() {
        return ApiRequest.builder(HttpMethod.POST, "/v1/things")
                .body(Map.of("name", "n"))
                .build();
    }

    private static MockResponse disconnectMidFlight() {
        return new MockResponse.Builder()
                .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
                .build();
    }

    private static Duration ms(long millis) {
        return Duration.ofMillis(millis);
    }

    @Test
    void serverErrorsOnGetAreRetriedWithExponentialBackoff() {
        server.enqueue(status(503));
        server.enqueue(status(500));
        server.enqueue(status(502));
        server.enqueue(json(200, "{\"ok\":true}"));
        try (HttpEngine engine = fixture.engine()) {
            assertThat(engine.call(get(), JsonNode.class).get("ok").asBoolean()).isTrue();
        }
        assertThat(server.getRequestCount()).isEqualTo(4);
        assertThat(fixture.time.sleeps()).containsExactly(ms(500), ms(1000), ms(2000));
    }

    @Test
    void jitterKeepsHalfTheBackoffFixed() {
        server.enqueue(status(503));
        server.enqueue(json(200, "{}"));
        try (HttpEngine engine = fixture.engine(b -> b.jitter(() -> 0.0), false)) {
            engine.call(get(), JsonNode.class);
        }
        assertThat(fixture.time.sleeps()).containsExactly(ms(250));
    }

    @Test
    void retriesStopAtMaxRetries() {
        for (int i = 0; i < 5; i++) {
            server.enqueue(status(503));
        }
        try (HttpEngine engine = fixture.engine(b -> b.maxRetries(2), false)) {
            assertThatThrownBy(() -> engine.call(get(), JsonNode.class)).isInstanceOf(ServerException.class);
        }
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void perCallMaxRetriesOverridesTheClient() {
        server.enqueue(status(503));
        server.enqueue(json(200, "{}"));
        try (HttpEngine engine = fixture.engine()) {
            ApiRequest noRetries = ApiRequest.builder(HttpMethod.GET, "/v1/things")
                    .options(RequestOptions.builder().maxRetries(0).build())
                    .build();
            assertThatThrownBy(() -> engine.call(noRetries, JsonNode.class)).isInstanceOf(ServerException.class);
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void serverErrorsOnPostAreNotRetried() {
        server.enqueue(status(503));
        server.enqueue(json(200, "{}"));
        try (HttpEngine engine = fixture.engine()) {
            assertThatThrownBy(() -> engine.call(post(), JsonNode.class)).isInstanceOf(ServerException.class);
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(fixture.time.sleeps()).isEmpty();
    }

    private static ApiRequest guardedPut() {
        return ApiRequest.builder(HttpMethod.PUT, "/v1/things/{id}/weights", "t1")
                .body(Map.of("old_weights", Map.of("r1", 1)))
                .notRepeatable()
                .build();
    }

    @Test
    void aPutMarkedNotRepeatableIsNotRetriedAfterAServerErrorOrAMidFlightFailure() {
        server.enqueue(status(503));
        server.enqueue(disconnectMidFlight());
        server.enqueue(json(200, "{}"));
        try (HttpEngine engine = fixture.engine()) {
            assertThat(guardedPut().repeatable()).isFalse();
            assertThatThrownBy(() -> engine.call(guardedPut(), JsonNode.class)).isInstanceOf(ServerException.class);
            assertThatThrownBy(() -> engine.call(guardedPut(), JsonNode.class))
                    .isExactlyInstanceOf(ApiConnectionException.class);
        }
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(fixture.time.sleeps()).isEmpty();
    }

    @Test
    void aPutMarkedNotRepeatableIsStillRetriedAfterA429() {
        server.enqueue(new MockResponse.Builder()
                .code(429)
                .setHeader("Retry-After", "1")
                .build());
        server.enqueue(json(200, "{}"));
        try (HttpEngine engine = fixture.engine()) {
            engine.call(guardedPut(), JsonNode.class);
        }
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(ApiRequest.builder(HttpMethod.PUT, "/v1/things").build().repeatable())
                .isTrue();
        assertThat(post().repeatable()).isFalse();
    }

    @Test
    void anIdempotencyKeyMakesANotRepeatableRequestSafeToRetry() {
        server.enqueue(status(503));
        server.enqueue(json(200, "{}"));
        try (HttpEngine engine = fixture.engine(b -> b, true)) {
            engine.call(
                    ApiRequest.builder(HttpMethod.PUT, "/v1/things/{id}", "t1")
                            .notRepeatable()
                            .options(RequestOptions.builder()
                                    .idempotencyKey("op-1")
                                    .build())
                            .build(),
                    JsonNode.class);
        }
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void clientErrorsAreNeverRetried() {
        server.enqueue(json(409, "{\"message\":\"conflict\"}"));
        server.enqueue(json(200, "{}"));
        try (HttpEngine engine = fixture.engine()) {
            assertThatThrownBy(() -> engine.call(get(), JsonNode.class))
                    .isInstanceOf(dev.dbcloud.core.errors.ConflictException.class);
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void generatedIdempotencyKeyMakesPostRetryableAndIsTheSameOnEveryAttempt() throws Exception {
        server.enqueue(status(503));
        server.enqueue(disconnectMidFlight());
        server.enqueue(json(201, "{}"));
        try (HttpEngine engine = fixture.engine(b -> b, true)) {
            engine.call(post(), JsonNode.class);
        }
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            keys.add(server.takeRequest().getHeaders().get("Idempotency-Key"));
        }
        assertThat(keys.get(0)).matches("[0-9a-f-]{36}");
        assertThat(keys).containsOnly(keys.get(0));
    }

    @Test
    void callersIdempotencyKeyIsUsed() throws Exception {
        server.enqueue(json(200, "{}"));
        try (HttpEngine engine = fixture.engine(b -> b, true)) {
            engine.call(
                    ApiRequest.builder(HttpMethod.PATCH, "/v1/things/{id}", "t")
                            .body(Map.of("name", "n"))
                            .options(RequestOptions.builder()
                                    .idempotencyKey("my-key")
                                    .build())
                            .build(),
                    JsonNode.class);
        }
        assertThat(server.takeRequest().getHeaders().get("Idempotency-Key")).isEqualTo("my-key");
    }

    @Test
    void getCarriesNoGeneratedIdempotencyKey() throws Exception {
        server.enqueue(json(200, "{}"));
        try (HttpEngine engine = fixture.engine(b -> b, true)) {
            engine.call(get(), JsonNode.class);
        }
        assertThat(server.takeRequest().getHeaders().get("Idempotency-Key")).isNull();
    }

    @Test
    void midFlightDisconnectOnPostIsNotRetried() {
        server.enqueue(disconnectMidFlight());
        server.enqueue(json(200, "{}"));
        try (HttpEngine engine = fixture.engine()) {
            assertThatThrownBy(() -> engine.call(post(), JsonNode.class))
                    .isExactlyInstanceOf(ApiConnectionException.class)
                    .hasMessageStartingWith("POST /v1/things: connection failed on attempt 1");
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void midFlightDisconnectOnGetIsRetried() {
        server.enqueue(disconnectMidFlight());
        server.enqueue(json(200, "{\"ok\":1}"));
        try (HttpEngine engine = fixture.engine()) {
            assertThat(engine.call(get(), JsonNode.class).get("ok").asInt()).isEqualTo(1);
        }
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void connectionFailuresBeforeSendingAreRetriedEvenForPost() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/";
        try (HttpEngine engine = fixture.engine(b -> b.baseUrl(url).maxRetries(2), false)) {
            assertThatThrownBy(() -> engine.call(post(), JsonNode.class))
                    .isExactlyInstanceOf(ApiConnectionException.class)
                    .hasMessageContaining("attempt 3");
        }
        assertThat(fixture.time.sleeps()).containsExactly(ms(500), ms(1000));
    }

    @Test
    void rateLimitIsRetriedForAnyMethodHonouringRetryAfterSeconds() {
        server.enqueue(new MockResponse.Builder()
                .code(429)
                .setHeader("Retry-After", "3")
                .build());
        server.enqueue(json(200, "{}"));
        try (HttpEngine engine = fixture.engine()) {
            engine.call(post(), JsonNode.class);
        }
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(fixture.time.sleeps()).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void retryAfterAsHttpDateIsHonoured() {
        String in7Seconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                fixture.time.instant().plusSeconds(7).atOffset(ZoneOffset.UTC));
        server.enqueue(new MockResponse.Builder()
                .code(503)
                .setHeader("Retry-After", in7Seconds)
                .build());
        server.enqueue(json(200, "{}"));
        try (HttpEngine engine = fixture.engine()) {
            engine.call(get(), JsonNode.class);
        }
        assertThat(fixture.time.sleeps()).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void backoffWinsWhenLongerThanTheServerHint() {
        server.enqueue(status(503));
        server.enqueue(status(503));
        server.enqueue(new MockResponse.Builder()
                .code(429)
                .setHeader("Retry-After", "1")
                .build());
        server.enqueue(json(200, "{}"));
        try (HttpEngine engine = fixture.engine()) {
            engine.call(get(), JsonNode.class);
        }
        assertThat(fixture.time.sleeps()).containsExactly(ms(500), ms(1000), ms(2000));
    }

    @Test
    void aHintLongerThanMaxRetryWaitGivesUpAtOnceWithRetryAfter() {
        server.enqueue(new MockResponse.Builder()
                .code(429)
                .setHeader("Retry-After", "120")
                .build());
        try (HttpEngine engine = fixture.engine(b -> b.maxRetryWait(Duration.ofSeconds(30)), false)) {
            assertThatThrownBy(() -> engine.call(get(), JsonNode.class))
                    .isInstanceOfSatisfying(RateLimitedException.class, e -> assertThat(e.retryAfter())
                            .contains(Duration.ofSeconds(120)));
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(fixture.time.sleeps()).isEmpty();
    }

    @Test
    void maxRetryWaitCapsTheBackoffWithoutDisablingRetries() {
        server.enqueue(status(503));
        server.enqueue(status(503));
        server.enqueue(json(200, "{}"));
        try (HttpEngine engine = fixture.engine(b -> b.maxRetryWait(Duration.ofMillis(300)), false)) {
            engine.call(get(), JsonNode.class);
        }
        assertThat(fixture.time.sleeps()).containsExactly(ms(300), ms(300));
    }

    @Test
    void rateLimitResetIsHonouredOnA429() {
        server.enqueue(new MockResponse.Builder()
                .code(429)
                .setHeader("X-RateLimit-Reset", "2.5")
                .build());
        server.enqueue(json(200, "{}"));
        try (HttpEngine engine = fixture.engine()) {
            engine.call(post(), JsonNode.class);
        }
        assertThat(fixture.time.sleeps()).containsExactly(ms(2500));
    }

    @Test
    void aRateLimitWindowOnA503DoesNotDelayTheRetry() {
        server.enqueue(new MockResponse.Builder()
                .code(503)
                .setHeader("X-RateLimit-Reset", "90")
                .build());
        server.enqueue(json(200, "{}"));
        try (HttpEngine engine = fixture.engine()) {
            engine.call(get(), JsonNode.class);
        }
        assertThat(fixture.time.sleeps()).containsExactly(ms(500));
    }

    @Test
    void aDialectsOwnRetryHintIsUsed() {
        server.enqueue(new MockResponse.Builder()
                .code(429)
                .setHeader("X-Wait-Millis", "1234")
                .build());
        server.enqueue(json(200, "{}"));
        ApiDialect custom = new TestDialect(false) {
            @Override
            public Optional<Duration> retryHint(int status, Headers headers, Instant now) {
                return Optional.of(Duration.ofMillis(Long.parseLong(headers.get("X-Wait-Millis"))));
            }
        };
        try (HttpEngine engine = fixture.engine(b -> b, custom)) {
            engine.call(get(), JsonNode.class);
        }
        assertThat(fixture.time.sleeps()).containsExactly(ms(1234));
    }

    @Test
    void requestTimeoutAndGatewayTimeoutAreRetriedForGet() {
        server.enqueue(status(408));
        server.enqueue(status(504));
        server.enqueue(json(200, "{}"));
        try (HttpEngine engine = fixture.engine()) {
            engine.call(get(), JsonNode.class);
        }
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void notImplementedIsNotRetried() {
        server.enqueue(status(501));
        try (HttpEngine engine = fixture.engine()) {
            assertThatThrownBy(() -> engine.call(get(), JsonNode.class)).isInstanceOf(ServerException.class);
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void theRemainingBudgetBoundsAnAttempt() {
        server.enqueue(new MockResponse.Builder()
                .headersDelay(3, TimeUnit.SECONDS)
                .body("{}")
                .build());
        try (HttpEngine engine = fixture.engine(b -> b.maxRetries(0), false)) {
            ApiRequest tight = ApiRequest.builder(HttpMethod.GET, "/v1/things")
                    .options(RequestOptions.builder()
                            .timeout(Duration.ofMillis(200))
                            .attemptTimeout(Duration.ofSeconds(5))
                            .build())
                    .build();
            long started = System.nanoTime();
            assertThatThrownBy(() -> engine.call(tight, JsonNode.class)).isInstanceOf(ApiTimeoutException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        }
    }

    @Test
    void aPostWhoseResponseBodyBreaksIsNotRetried() {
        server.enqueue(new MockResponse.Builder()
                .body("{\"id\":\"created\",\"padding\":\"" + "p".repeat(100_000) + "\"}")
                .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE)
                .build());
        server.enqueue(json(200, "{}"));
        try (HttpEngine engine = fixture.engine()) {
            assertThatThrownBy(() -> engine.call(post(), JsonNode.class)).isInstanceOf(ApiConnectionException.class);
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aRetriedCallSaysHowManyAttemptsItMade() {
        server.enqueue(status(503));
        server.enqueue(json(404, "{\"message\":\"gone\"}"));
        try (HttpEngine engine = fixture.engine()) {
            assertThatThrownBy(() -> engine.call(
                            ApiRequest.builder(HttpMethod.DELETE, "/v1/things/{id}", "t1")
                                    .build(),
                            Void.class))
                    .isInstanceOfSatisfying(ApiResponseException.class, e -> {
                        assertThat(e.attempts()).isEqualTo(2);
                        assertThat(e.getMessage()).endsWith("after 2 attempts");
                    });
        }
    }

    @Test
    void aSharedClientsInterceptorThatRebuildsRequestsCannotMakeAPostLookUnsent() {
        OkHttpClient rebuilding = new OkHttpClient.Builder()
                .addInterceptor(chain -> chain.proceed(new Request.Builder()
                        .url(chain.request().url())
                        .headers(chain.request().headers())
                        .method(chain.request().method(), chain.request().body())
                        .build()))
                .build();
        server.enqueue(disconnectMidFlight());
        server.enqueue(json(200, "{}"));
        try (HttpEngine engine = fixture.engine(b -> b.httpClient(rebuilding), false)) {
            assertThatThrownBy(() -> engine.call(post(), JsonNode.class)).isInstanceOf(ApiConnectionException.class);
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aSharedClientsInterceptorsRunOnEveryAttempt() {
        int[] seen = {0};
        OkHttpClient counting = new OkHttpClient.Builder()
                .addInterceptor(chain -> {
                    seen[0]++;
                    return chain.proceed(chain.request());
                })
                .build();
        server.enqueue(status(503));
        server.enqueue(json(200, "{}"));
        try (HttpEngine engine = fixture.engine(b -> b.httpClient(counting), false)) {
            engine.call(get(), JsonNode.class);
        }
        assertThat(seen[0]).isEqualTo(2);
    }

    @Test
    void noRetryThatWouldOutlastTheCallsTimeout() {
        server.enqueue(new MockResponse.Builder()
                .code(429)
                .setHeader("Retry-After", "20")
                .build());
        server.enqueue(json(200, "{}"));
        try (HttpEngine engine = fixture.engine(b -> b.timeout(Duration.ofSeconds(10)), false)) {
            assertThatThrownBy(() -> engine.call(get(), JsonNode.class)).isInstanceOf(RateLimitedException.class);
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void perCallTimeoutIsTheOverallBudget() {
        server.enqueue(status(503));
        server.enqueue(status(503));
        server.enqueue(json(200, "{}"));
        try (HttpEngine engine = fixture.engine()) {
            ApiRequest tight = ApiRequest.builder(HttpMethod.GET, "/v1/things")
                    .options(RequestOptions.builder()
                            .timeout(Duration.ofMillis(1200))
                            .build())
                    .build();
            // 500 ms fits in the budget; the next pause of 1000 ms would not.
            assertThatThrownBy(() -> engine.call(tight, JsonNode.class)).isInstanceOf(ServerException.class);
        }
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(fixture.time.sleeps()).containsExactly(ms(500));
    }

    @Test
    void aSpentBudgetIsATimeout() {
        server.enqueue(status(503));
        try (HttpEngine engine = fixture.engine(
                b -> b.timeout(Duration.ofSeconds(1)).sleeper(d -> fixture.time.advance(Duration.ofSeconds(5))),
                false)) {
            assertThatThrownBy(() -> engine.call(get(), JsonNode.class))
                    .isInstanceOf(ApiTimeoutException.class)
                    .hasMessageContaining("timeout of PT1S was spent after 1 attempt");
        }
    }

    @Test
    void anAttemptThatOutlivesItsTimeoutFailsAsATimeout() {
        server.enqueue(new MockResponse.Builder()
                .headersDelay(5, TimeUnit.SECONDS)
                .body("{}")
                .build());
        try (HttpEngine engine =
                fixture.engine(b -> b.attemptTimeout(Duration.ofMillis(150)).maxRetries(0), false)) {
            assertThatThrownBy(() -> engine.call(get(), JsonNode.class))
                    .isInstanceOf(ApiTimeoutException.class)
                    .hasMessageStartingWith("GET /v1/things: attempt 1 timed out");
        }
    }

    @Test
    void aTimedOutPostIsNotRetriedButATimedOutGetIs() {
        server.enqueue(new MockResponse.Builder()
                .headersDelay(5, TimeUnit.SECONDS)
                .body("{}")
                .build());
        server.enqueue(new MockResponse.Builder()
                .headersDelay(5, TimeUnit.SECONDS)
                .body("{}")
                .build());
        server.enqueue(json(200, "{\"second\":true}"));
        try (HttpEngine engine = fixture.engine(b -> b.attemptTimeout(Duration.ofMillis(150)), false)) {
            assertThatThrownBy(() -> engine.call(post(), JsonNode.class)).isInstanceOf(ApiTimeoutException.class);
            assertThat(engine.call(get(), JsonNode.class).get("second").asBoolean())
                    .isTrue();
        }
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void interruptionWhileWaitingToRetryStopsTheCall() {
        server.enqueue(status(503));
        try (HttpEngine engine = fixture.engine(
                b -> b.sleeper(d -> {
                    throw new InterruptedException();
                }),
                false)) {
            assertThatThrownBy(() -> engine.call(get(), JsonNode.class))
                    .isExactlyInstanceOf(ApiInterruptedException.class)
                    .hasMessageContaining("interrupted");
            assertThat(Thread.interrupted()).isTrue();
        }
    }

    @Test
    void aPerCallAttemptTimeoutLengthensSlowAttempts() {
        server.enqueue(new MockResponse.Builder()
                .headersDelay(400, TimeUnit.MILLISECONDS)
                .body("{\"slow\":true}")
                .build());
        try (HttpEngine engine =
                fixture.engine(b -> b.attemptTimeout(Duration.ofMillis(150)).maxRetries(0), false)) {
            ApiRequest slow = ApiRequest.builder(HttpMethod.POST, "/v1/clickpipes")
                    .body(Map.of("name", "cdc"))
                    .options(RequestOptions.builder()
                            .attemptTimeout(Duration.ofSeconds(5))
                            .build())
                    .build();
            assertThat(engine.call(slow, JsonNode.class).get("slow").asBoolean())
                    .isTrue();
        }
    }

    @Test
    void aServerHintDoesNotMakePostRetryable() {
        server.enqueue(new MockResponse.Builder()
                .code(503)
                .setHeader("Retry-After", "1")
                .build());
        server.enqueue(json(200, "{}"));
        try (HttpEngine engine = fixture.engine()) {
            assertThatThrownBy(() -> engine.call(post(), JsonNode.class)).isInstanceOf(ServerException.class);
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aRateLimitResetLongerThanMaxRetryWaitGivesUp() {
        server.enqueue(new MockResponse.Builder()
                .code(429)
                .setHeader("X-RateLimit-Reset", "90")
                .build());
        try (HttpEngine engine = fixture.engine()) {
            assertThatThrownBy(() -> engine.call(get(), JsonNode.class))
                    .isInstanceOfSatisfying(RateLimitedException.class, e -> assertThat(e.retryAfter())
                            .contains(Duration.ofSeconds(90)));
        }
        assertThat(fixture.time.sleeps()).isEmpty();
    }

    @Test
    void anInterruptedThreadFailsTheCallWithoutRetrying() {
        server.enqueue(new MockResponse.Builder()
                .headersDelay(2, TimeUnit.SECONDS)
                .body("{}")
                .build());
        server.enqueue(json(200, "{}"));
        try (HttpEngine engine = fixture.engine()) {
            Thread.currentThread().interrupt();
            try {
                assertThatThrownBy(() -> engine.call(get(), JsonNode.class))
                        .isExactlyInstanceOf(ApiInterruptedException.class)
                        .hasMessageContaining("interrupted");
            } finally {
                Thread.interrupted();
            }
        }
        assertThat(fixture.time.sleeps()).isEmpty();
    }

    @Test
    void connectionFailuresNeverShowTheQueryToken() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "http://127.0.0.1:" + closedPort + "/";
        try (LogCapture logs = LogCapture.http();
                HttpEngine engine = fixture.engine(
                        b -> b.baseUrl(url)
                                .credentials(Credentials.queryToken("p.qtok"))
                                .maxRetries(1),
                        false)) {
            assertThatThrownBy(() -> engine.call(get(), JsonNode.class))
                    .isInstanceOf(ApiConnectionException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("p.qtok"));
            assertThat(logs.messages()).hasSize(2).allSatisfy(line -> assertThat(line)
                    .doesNotContain("p.qtok"));
        }
    }
}
