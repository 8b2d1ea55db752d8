package dev.dbcloud.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbcloud.core.Sleeper;
import dev.dbcloud.core.errors.ApiConnectionException;
import dev.dbcloud.core.errors.ApiInterruptedException;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Test;

/** An interrupted thread or a closed client ends the calls in flight at once, and only this client's calls. */
class InterruptAndCloseTest {
    /** Far beyond what any assertion below waits: a call that ends, ended because of the test's action. */
    private static final long PROMPTLY_SECONDS = 10;

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final EngineFixture fixture = new EngineFixture(server);

    /** A call on its own thread, recording how it ended and whether its thread was still interrupted then. */
    private static final class Caller extends Thread {
        private final HttpEngine engine;
        private final String path;
        final AtomicReference<Throwable> failure = new AtomicReference<>();
        final AtomicBoolean interruptedAfter = new AtomicBoolean();

        Caller(HttpEngine engine, String path) {
            this.engine = engine;
            this.path = path;
            setDaemon(true);
        }

        @Override
        public void run() {
            try {
                engine.call(ApiRequest.builder(HttpMethod.GET, path).build(), Void.class);
            } catch (Throwable t) {
                failure.set(t);
            }
            interruptedAfter.set(Thread.currentThread().isInterrupted());
        }

        void awaitEnd() throws InterruptedException {
            join(TimeUnit.SECONDS.toMillis(PROMPTLY_SECONDS));
            assertThat(isAlive()).as("the call ended promptly").isFalse();
        }
    }

    /** Starts a call of {@code path} on its own thread and returns once the server has its request. */
    private Caller callInFlight(HttpEngine engine, String path) throws Exception {
        Caller caller = new Caller(engine, path);
        caller.start();
        assertThat(server.takeRequest(PROMPTLY_SECONDS, TimeUnit.SECONDS)).isNotNull();
        return caller;
    }

    private static void assertClosedDuringCall(Caller caller, String path) {
        assertThat(caller.failure.get())
                .isExactlyInstanceOf(ApiConnectionException.class)
                .hasMessage("GET " + path + ": the client was closed while the call was in flight");
    }

    private static MockResponse stall() {
        return new MockResponse.Builder()
                .onResponseStart(SocketEffect.Stall.INSTANCE)
                .build();
    }

    @Test
    void interruptingAThreadWaitingOnTheNetworkEndsTheCallAndKeepsTheFlag() throws Exception {
        server.enqueue(stall());
        try (HttpEngine engine = fixture.engine()) {
            Caller caller = callInFlight(engine, "/slow");
            caller.interrupt();
            caller.awaitEnd();
            assertThat(caller.failure.get())
                    .isInstanceOf(ApiInterruptedException.class)
                    .hasMessageStartingWith("GET /slow: interrupted on attempt 1");
            assertThat(caller.interruptedAfter).isTrue();
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void anAlreadyInterruptedThreadSendsNothing() {
        try (HttpEngine engine = fixture.engine()) {
            Thread.currentThread().interrupt();
            Throwable failure = org.assertj.core.api.Assertions.catchThrowable(
                    () -> engine.call(ApiRequest.builder(HttpMethod.GET, "/x").build(), Void.class));
            assertThat(Thread.interrupted()).isTrue();
            assertThat(failure)
                    .isInstanceOf(ApiInterruptedException.class)
                    .hasMessage("GET /x: the thread was interrupted before attempt 1");
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void closingTheClientEndsItsCallsInFlightWithoutRetrying() throws Exception {
        server.enqueue(stall());
        server.enqueue(stall());
        HttpEngine engine = fixture.engine();
        Caller caller = callInFlight(engine, "/slow");
        engine.close();
        caller.awaitEnd();
        assertClosedDuringCall(caller, "/slow");
        assertThat(caller.interruptedAfter).isFalse();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void closingTheClientEndsAPauseBeforeARetry() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .code(503)
                .setHeader("Retry-After", "50")
                .build());
        HttpEngine engine = HttpEngine.create(
                fixture.settings(b -> b.clock(Clock.systemUTC()).sleeper(Sleeper.SYSTEM)),
                new dev.dbcloud.core.testing.TestDialect(false));
        Caller caller = callInFlight(engine, "/busy");
        engine.close();
        caller.awaitEnd();
        assertClosedDuringCall(caller, "/busy");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void closingAClientBuiltOnASharedOkHttpClientLeavesTheCallersOtherCallsRunning() throws Exception {
        CountDownLatch arrived = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                arrived.countDown();
                release.await(PROMPTLY_SECONDS, TimeUnit.SECONDS);
                return new MockResponse.Builder().body("raw-ok").build();
            }
        });
        OkHttpClient shared = new OkHttpClient();
        try {
            HttpEngine engine = fixture.engine(b -> b.httpClient(shared), false);
            AtomicReference<String> raw = new AtomicReference<>();
            Thread rawCaller = new Thread(() -> {
                try (Response response = shared.newCall(
                                new Request.Builder().url(server.url("/raw")).build())
                        .execute()) {
                    raw.set(response.body().string());
                } catch (Exception e) {
                    raw.set("failed: " + e);
                }
            });
            rawCaller.setDaemon(true);
            rawCaller.start();
            Caller sdkCaller = new Caller(engine, "/sdk");
            sdkCaller.start();
            assertThat(arrived.await(PROMPTLY_SECONDS, TimeUnit.SECONDS)).isTrue();

            engine.close();
            sdkCaller.awaitEnd();
            assertThat(sdkCaller.failure.get()).hasMessageContaining("the client was closed");
            release.countDown();
            rawCaller.join(TimeUnit.SECONDS.toMillis(PROMPTLY_SECONDS));
            assertThat(raw.get()).isEqualTo("raw-ok");
        } finally {
            release.countDown();
            shared.dispatcher().executorService().shutdown();
            shared.connectionPool().evictAll();
        }
    }
}
