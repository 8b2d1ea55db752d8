package dev.dbcloud.core.internal;

import static dev.dbcloud.core.internal.EngineFixture.json;
import static dev.dbcloud.core.internal.EngineFixture.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dbcloud.core.CallListener;
import dev.dbcloud.core.CallListener.Poll.Outcome;
import dev.dbcloud.core.errors.ApiConnectionException;
import dev.dbcloud.core.errors.ApiResponseTooLargeException;
import dev.dbcloud.core.errors.NotFoundException;
import dev.dbcloud.core.errors.WaitTimeoutException;
import dev.dbcloud.core.testing.LogCapture;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class CallListenerTest {
    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final EngineFixture fixture = new EngineFixture(server);
    private final Recorder recorder = new Recorder();

    /** Keeps everything it hears. */
    static final class Recorder implements CallListener {
        final List<Attempt> attempts = new CopyOnWriteArrayList<>();
        final List<Call> calls = new CopyOnWriteArrayList<>();
        final List<Poll> polls = new CopyOnWriteArrayList<>();

        @Override
        public void attemptFinished(Attempt attempt) {
            attempts.add(attempt);
        }

        @Override
        public void callFinished(Call call) {
            calls.add(call);
        }

        @Override
        public void pollFinished(Poll poll) {
            polls.add(poll);
        }
    }

    private HttpEngine engine() {
        return fixture.engine(b -> b.callListener(recorder), false);
    }

    private static ApiRequest getThing(String id) {
        return ApiRequest.builder(HttpMethod.GET, "/v1/things/{thingId}", id)
                .query("token", "query-secret")
                .build();
    }

    @Test
    void hearsEachAttemptWithItsRetryDecisionThenTheCall() {
        server.enqueue(new MockResponse.Builder()
                .code(503)
                .addHeader("X-Request-Id", "req-1")
                .build());
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json")
                .addHeader("X-Request-Id", "req-2")
                .body("{\"ok\":true}")
                .build());

        try (HttpEngine engine = engine()) {
            engine.call(getThing("t-1"), JsonNode.class);
        }

        assertThat(recorder.attempts).hasSize(2);
        CallListener.Attempt first = recorder.attempts.get(0);
        assertThat(first.method()).isEqualTo("GET");
        assertThat(first.pathTemplate()).isEqualTo("/v1/things/{thingId}");
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.status()).isEqualTo(503);
        assertThat(first.outcome()).isEqualTo("503");
        assertThat(first.requestId()).contains("req-1");
        assertThat(first.retryIn()).contains(Duration.ofMillis(500));
        assertThat(first.willRetry()).isTrue();
        assertThat(first.latency()).isPositive();
        CallListener.Attempt second = recorder.attempts.get(1);
        assertThat(second.number()).isEqualTo(2);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.requestId()).contains("req-2");
        assertThat(second.willRetry()).isFalse();

        assertThat(recorder.calls).singleElement().satisfies(call -> {
            assertThat(call.method()).isEqualTo("GET");
            assertThat(call.pathTemplate()).isEqualTo("/v1/things/{thingId}");
            assertThat(call.attempts()).isEqualTo(2);
            assertThat(call.status()).isEqualTo(200);
            assertThat(call.requestId()).contains("req-2");
            assertThat(call.error()).isEmpty();
            assertThat(call.succeeded()).isTrue();
            assertThat(call.latency()).isGreaterThanOrEqualTo(first.latency());
        });
        assertThat(recorder.attempts.toString() + recorder.calls).doesNotContain("query-secret", "t-1", "secret-token");
    }

    @Test
    void hearsAFailedCallWithTheExceptionItThrowsAndAScrubbedRequestId() {
        // A request id that echoes the client's token must not reach the listener either.
        server.enqueue(json(404, "{\"code\":\"NOT_FOUND\",\"message\":\"no\",\"request_id\":\"id-secret-token\"}"));

        try (HttpEngine engine = engine()) {
            assertThatThrownBy(() -> engine.call(getThing("t-2"), JsonNode.class))
                    .isInstanceOf(NotFoundException.class);
        }

        assertThat(recorder.attempts).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(404);
            assertThat(a.requestId()).contains("id-" + SecretMasker.MASK);
            assertThat(a.retryIn()).isEmpty();
        });
        assertThat(recorder.calls).singleElement().satisfies(call -> {
            assertThat(call.status()).isEqualTo(404);
            assertThat(call.attempts()).isEqualTo(1);
            assertThat(call.error()).contains("NotFoundException");
            assertThat(call.succeeded()).isFalse();
            assertThat(call.requestId()).contains("id-" + SecretMasker.MASK);
        });
    }

    @Test
    void hearsAnAnswerTooLargeToDecodeWithItsStatusAndAScrubbedRequestId() {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .addHeader("Content-Type", "application/json")
                .addHeader("X-Request-Id", "ok-secret-token")
                .body("{\"items\":[\"" + "x".repeat(64) + "\"]}")
                .build());

        try (HttpEngine engine = fixture.engine(b -> b.callListener(recorder).maxResponseBytes(16), false)) {
            assertThatThrownBy(() -> engine.call(getThing("t-4"), JsonNode.class))
                    .isInstanceOf(ApiResponseTooLargeException.class);
        }

        assertThat(recorder.attempts).singleElement().satisfies(a -> {
            assertThat(a.status()).isEqualTo(200);
            assertThat(a.outcome()).isEqualTo("200 (too large)");
            assertThat(a.requestId()).contains("ok-" + SecretMasker.MASK);
        });
        assertThat(recorder.calls).singleElement().satisfies(call -> {
            assertThat(call.status()).isEqualTo(200);
            assertThat(call.error()).contains("ApiResponseTooLargeException");
            assertThat(call.requestId()).contains("ok-" + SecretMasker.MASK);
        });
    }

    @Test
    void hearsConnectionFailuresAsStatusZero() {
        server.enqueue(new MockResponse.Builder()
                .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
                .build());

        try (HttpEngine engine = fixture.engine(b -> b.callListener(recorder).maxRetries(0), false)) {
            assertThatThrownBy(() -> engine.call(getThing("t-3"), JsonNode.class))
                    .isInstanceOf(ApiConnectionException.class);
        }

        assertThat(recorder.attempts).singleElement().satisfies(a -> {
            assertThat(a.status()).isZero();
            assertThat(a.outcome()).startsWith("failed (");
            assertThat(a.requestId()).isEmpty();
        });
        assertThat(recorder.calls).singleElement().satisfies(call -> {
            assertThat(call.status()).isZero();
            assertThat(call.error()).isPresent();
        });
    }

    @Test
    void hearsEachPollOfAWaiterOnTheClientsClock() {
        server.enqueue(json(200, "{\"state\":\"creating\"}"));
        server.enqueue(json(200, "{\"state\":\"creating\"}"));
        server.enqueue(json(200, "{\"state\":\"ready\"}"));

        try (HttpEngine engine = engine()) {
            engine.<JsonNode>poller("thing t-4 to be ready")
                    .poll(() -> engine.call(getThing("t-4"), JsonNode.class))
                    .until(t -> t.get("state").asText().equals("ready"))
                    .fixedInterval(Duration.ofSeconds(10))
                    .timeout(Duration.ofMinutes(5))
                    .build()
                    .await();
        }

        assertThat(recorder.calls).hasSize(3);
        assertThat(recorder.polls)
                .extracting(CallListener.Poll::number, CallListener.Poll::outcome, CallListener.Poll::nextPollIn)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, Outcome.PENDING, Optional.of(Duration.ofSeconds(10))),
                        org.assertj.core.groups.Tuple.tuple(2, Outcome.PENDING, Optional.of(Duration.ofSeconds(10))),
                        org.assertj.core.groups.Tuple.tuple(3, Outcome.SUCCEEDED, Optional.empty()));
        assertThat(recorder.polls)
                .extracting(CallListener.Poll::elapsed)
                .containsExactly(Duration.ZERO, Duration.ofSeconds(10), Duration.ofSeconds(20));
        assertThat(recorder.polls.get(0).description()).isEqualTo("thing t-4 to be ready");
    }

    @Test
    void hearsTimeoutsAndFailures() {
        server.enqueue(json(200, "{\"state\":\"creating\"}"));
        server.enqueue(json(200, "{\"state\":\"creating\"}"));
        server.enqueue(json(200, "{\"state\":\"failed\"}"));

        try (HttpEngine engine = engine()) {
            assertThatThrownBy(() -> engine.<JsonNode>poller("thing to be ready")
                            .poll(() -> engine.call(getThing("t-5"), JsonNode.class))
                            .until(t -> false)
                            .fixedInterval(Duration.ofSeconds(30))
                            .timeout(Duration.ofSeconds(30))
                            .build()
                            .await())
                    .isInstanceOf(WaitTimeoutException.class);
            assertThatThrownBy(() -> engine.<JsonNode>poller("thing to be ready")
                            .poll(() -> engine.call(getThing("t-5"), JsonNode.class))
                            .until(t -> false)
                            .failWhen(t -> t.get("state").asText().equals("failed"))
                            .timeout(Duration.ofSeconds(30))
                            .build()
                            .await())
                    .hasMessageContaining("gave up");
        }

        assertThat(recorder.polls)
                .extracting(CallListener.Poll::outcome)
                .containsExactly(Outcome.PENDING, Outcome.TIMED_OUT, Outcome.FAILED);
        assertThat(recorder.polls.get(1).elapsed()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aFailingListenerNeverFailsTheCall() {
        server.enqueue(json(200, "{\"ok\":true}"));
        CallListener broken = new CallListener() {
            @Override
            public void callFinished(Call call) {
                throw new IllegalStateException("listener bug");
            }
        };

        try (LogCapture log = LogCapture.http();
                HttpEngine engine = fixture.engine(b -> b.callListener(broken), false)) {
            assertThat(engine.call(getThing("t-6"), JsonNode.class).get("ok").asBoolean())
                    .isTrue();
            assertThat(log.messages()).anyMatch(m -> m.contains("a CallListener failed"));
        }
    }

    @Test
    void noListenerByDefault() {
        server.enqueue(status(200));
        try (HttpEngine engine = fixture.engine()) {
            assertThat(engine.settings().callListener()).isSameAs(CallListener.NONE);
            engine.text(getThing("t-7"));
        }
        CallListener.NONE.attemptFinished(null);
        CallListener.NONE.callFinished(null);
        CallListener.NONE.pollFinished(null);
    }
}
