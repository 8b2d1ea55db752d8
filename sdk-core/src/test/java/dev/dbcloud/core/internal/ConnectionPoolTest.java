package dev.dbcloud.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/** A client the SDK creates keeps enough idle connections for concurrent use; a caller's client keeps its pool. */
class ConnectionPoolTest {
    private static final int THREADS = 16;

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final EngineFixture fixture = new EngineFixture(server);

    /** Answers once {@code THREADS} requests are open at the same time, so each needs its own connection. */
    private CountDownLatch holdUntilAllArrived() {
        CountDownLatch[] round = {new CountDownLatch(THREADS)};
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                CountDownLatch latch;
                synchronized (round) {
                    latch = round[0];
                    latch.countDown();
                    if (latch.getCount() == 0) {
                        round[0] = new CountDownLatch(THREADS);
                    }
                }
                latch.await(10, TimeUnit.SECONDS);
                return new MockResponse.Builder().body("{}").build();
            }
        });
        return round[0];
    }

    private static void concurrentCalls(HttpEngine engine, ExecutorService threads) throws Exception {
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            calls.add(threads.submit(
                    () -> engine.call(ApiRequest.builder(HttpMethod.GET, "/x").build(), Void.class)));
        }
        for (Future<?> call : calls) {
            call.get(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void concurrentCallsReuseTheirConnections() throws Exception {
        holdUntilAllArrived();
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try (HttpEngine engine = fixture.engine()) {
            concurrentCalls(engine, threads);
            assertThat(engine.httpClient().connectionPool().idleConnectionCount())
                    .isEqualTo(THREADS);
            concurrentCalls(engine, threads);
        } finally {
            threads.shutdownNow();
        }
        Set<Integer> connections = new HashSet<>();
        for (int i = 0; i < 2 * THREADS; i++) {
            connections.add(server.takeRequest().getConnectionIndex());
        }
        assertThat(connections).hasSize(THREADS);
    }

    @Test
    void aCallersClientKeepsItsOwnPool() {
        ConnectionPool pool = new ConnectionPool(2, 1, TimeUnit.MINUTES);
        OkHttpClient own = new OkHttpClient.Builder().connectionPool(pool).build();
        try (HttpEngine engine = fixture.engine(b -> b.httpClient(own), false)) {
            assertThat(engine.httpClient().connectionPool()).isSameAs(pool);
        }
    }
}
