package dev.dbcloud.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbcloud.core.testing.FakeTime;
import dev.dbcloud.core.testing.Fault;
import dev.dbcloud.core.testing.HostileServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * Load: 64 threads share one client of each API and make {@value #DEFAULT_CALLS} calls each, the figure
 * ({@code -Dreliability.calls=N} changes it). Slow, so it runs with {@code -Preliability-full}.
 */
@Tag("slow")
class LoadTest {
    static final int THREADS = 64;
    static final int DEFAULT_CALLS = 500;
    /** Connections a steady 64-thread load may open: one per thread, and a few replaced ones. */
    static final int CONNECTION_BOUND = THREADS + 8;

    record Run(int succeeded, int failed, int requests, int connections, int maxOpen, int openAfterClose) {}

    private final Map<String, Run> runs = new ConcurrentHashMap<>();

    @TestFactory
    Stream<DynamicTest> load() {
        int calls = Integer.getInteger("reliability.calls", DEFAULT_CALLS);
        List<Scenario> scenarios = new ArrayList<>();
        for (Target target : Targets.apis()) {
            String what = target + " " + THREADS + " threads × " + calls + " calls";
            scenarios.add(Scenario.of(what + ": every call succeeds, once", () -> {
                Run run = run(target, calls);
                assertThat(run.failed).as("failed calls").isZero();
                assertThat(run.succeeded).isEqualTo(THREADS * calls);
                assertThat(run.requests).as("requests the server read").isEqualTo(THREADS * calls);
            }));
            scenarios.add(Scenario.of(what + ": close() leaves no connection open", () -> {
                assertThat(run(target, calls).openAfterClose)
                        .as("connections still open after close()")
                        .isZero();
            }));
            scenarios.add(Scenario.of(what + ": at most " + CONNECTION_BOUND + " connections opened", () -> assertThat(
                            run(target, calls).connections)
                    .as("connections opened (%s)", run(target, calls))
                    .isLessThanOrEqualTo(CONNECTION_BOUND)));
        }
        return Scenario.tests(scenarios);
    }

    private Run run(Target target, int calls) {
        return runs.computeIfAbsent(target.name, name -> {
            try {
                return load(target, target.operations.get(0), calls);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static Run load(Target target, Operation read, int calls) throws Exception {
        try (HostileServer server =
                HostileServer.start(List.of(Fault.json(200, read.okBody)), 10_000, Duration.ofMinutes(5))) {
            AutoCloseable client =
                    target.open(server.url(), new FakeTime(), b -> b.attemptTimeout(Duration.ofSeconds(30)));
            AtomicInteger succeeded = new AtomicInteger();
            AtomicInteger failed = new AtomicInteger();
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<?>> workers = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    workers.add(pool.submit(() -> {
                        start.await();
                        for (int i = 0; i < calls; i++) {
                            try {
                                read.invoke(client);
                                succeeded.incrementAndGet();
                            } catch (Exception e) {
                                failed.incrementAndGet();
                            }
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> worker : workers) {
                    worker.get(3, TimeUnit.MINUTES);
                }
            } finally {
                pool.shutdownNow();
            }
            int connections = server.connections();
            int maxOpen = server.maxOpenConnections();
            int requests = server.requests().size();
            client.close();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (server.openConnections() > 0 && System.nanoTime() < deadline) {
                Thread.onSpinWait(); // the server notices closed sockets on its own threads
            }
            return new Run(succeeded.get(), failed.get(), requests, connections, maxOpen, server.openConnections());
        }
    }
}
