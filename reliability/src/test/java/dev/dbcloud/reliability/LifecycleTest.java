package dev.dbcloud.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbcloud.core.errors.ApiConnectionException;
import dev.dbcloud.core.errors.ApiException;
import dev.dbcloud.core.errors.ApiInterruptedException;
import dev.dbcloud.core.testing.FakeTime;
import dev.dbcloud.core.testing.Fault;
import dev.dbcloud.core.testing.HostileServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Lifecycle: no connection leaked whatever the server does, no non-daemon thread left after {@code close()}, an
 * interrupt or a {@code close()} ends calls in flight promptly, and a caller's shared OkHttp client outlives the SDK
 * client built on it.
 */
class LifecycleTest {
    /** How soon an interrupted or closed call must end; the attempt timeout it would otherwise wait for is longer. */
    static final Duration PROMPTLY = Duration.ofMillis(750);

    static final Duration LONG_ATTEMPT = Duration.ofSeconds(3);

    @TestFactory
    Stream<DynamicTest> lifecycle() {
        List<Scenario> scenarios = new ArrayList<>();
        for (Target target : Targets.apis()) {
            Operation read = target.operations.get(0);
            scenarios.add(Scenario.of(
                    target + " leaves no connection checked out after successes and every kind of failure",
                    () -> noLeakedConnections(target, read)));
            scenarios.add(Scenario.of(
                    target + " leaves no non-daemon thread after close()", () -> noThreadsAfterClose(target, read)));
            scenarios.add(Scenario.of(
                    target + " " + read + ": an interrupt ends a call waiting on the network promptly",
                    () -> interruptEndsCall(target, read)));
            scenarios.add(Scenario.of(
                    target + " " + read + ": close() ends a call in flight promptly",
                    () -> closeEndsCall(target, read)));
            scenarios.add(Scenario.of(
                    target + ": a call of the caller's shared OkHttp client survives the SDK client's close()",
                    () -> sharedClientSurvivesClose(target, read)));
        }
        return Scenario.tests(scenarios);
    }

    private static void noLeakedConnections(Target target, Operation read) throws Exception {
        String body = "{\"status\":200,\"requestId\":\"r\",\"result\":[" + " ".repeat(2048) + "]}";
        OkHttpClient shared = new OkHttpClient();
        try (HostileServer server = HostileServer.start(
                Fault.json(200, read.okBody),
                Fault.json(500, "{\"error\":\"INTERNAL\"}"),
                Fault.json(429, "{\"error\":\"TOO_MANY_REQUESTS\"}", "Retry-After", "1", "X-RateLimit-Reset", "1"),
                Fault.json(200, "{\"status\":200,\"result\":{\"not\":\"a list\"}}"),
                Fault.cutMidBody(200, body),
                Fault.respond(502, "text/html", "<html>bad gateway</html>"),
                Fault.json(404, "{\"error\":\"NOT_FOUND\"}"),
                Fault.json(200, read.okBody))) {
            FakeTime time = new FakeTime();
            try (AutoCloseable client =
                    target.open(server.url(), time, b -> b.httpClient(shared).maxRetries(0))) {
                for (int i = 0; i < 8; i++) {
                    try {
                        read.invoke(client);
                    } catch (ApiException expected) {
                        // every kind of failure, on purpose
                    }
                }
            }
            assertThat(server.requests()).hasSize(8);
            assertThat(shared.connectionPool().connectionCount())
                    .as("pooled connections, all idle: none left checked out")
                    .isEqualTo(shared.connectionPool().idleConnectionCount());
        } finally {
            shared.connectionPool().evictAll();
        }
    }

    private static void noThreadsAfterClose(Target target, Operation read) throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        try (HostileServer server =
                HostileServer.start(Fault.json(503, "{\"error\":\"UNAVAILABLE\"}"), Fault.json(200, read.okBody))) {
            AutoCloseable client = target.open(server.url(), new FakeTime());
            read.invoke(client);
            client.close();
        }
        List<Thread> left = Thread.getAllStackTraces().keySet().stream()
                .filter(t -> !before.contains(t) && t.isAlive() && !t.isDaemon())
                .collect(Collectors.toList());
        for (Thread t : left) {
            t.join(2_000); // a thread that is ending may take a moment; one that stays is a leak
        }
        assertThat(left.stream().filter(Thread::isAlive).map(Thread::getName))
                .as("non-daemon threads left")
                .isEmpty();
    }

    private static void interruptEndsCall(Target target, Operation read) throws Exception {
        try (HostileServer server = HostileServer.start(Fault.silent())) {
            AutoCloseable client = target.open(server.url(), new FakeTime(), b -> b.attemptTimeout(LONG_ATTEMPT)
                    .maxRetries(0));
            InFlight call = InFlight.start(client, read);
            assertThat(server.awaitRequests(1, Duration.ofSeconds(5))).isTrue();
            long start = System.nanoTime();
            call.thread.interrupt();
            Throwable failure = call.result.get(10, TimeUnit.SECONDS);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            client.close();
            assertThat(millis).as("ms until the interrupted call ended").isLessThan(PROMPTLY.toMillis());
            assertThat(failure).isInstanceOf(ApiInterruptedException.class);
            assertThat(call.interruptFlagKept.get())
                    .as("the interrupt flag is kept")
                    .isTrue();
        }
    }

    private static void closeEndsCall(Target target, Operation read) throws Exception {
        try (HostileServer server = HostileServer.start(Fault.silent())) {
            AutoCloseable client =
                    target.open(server.url(), new FakeTime(), b -> b.attemptTimeout(Duration.ofSeconds(1)));
            InFlight call = InFlight.start(client, read);
            assertThat(server.awaitRequests(1, Duration.ofSeconds(5))).isTrue();
            long start = System.nanoTime();
            client.close();
            Throwable failure = call.result.get(10, TimeUnit.SECONDS);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertThat(millis).as("ms until the call ended after close()").isLessThan(PROMPTLY.toMillis());
            assertThat(failure)
                    .isInstanceOf(ApiConnectionException.class)
                    .isNotInstanceOf(ApiInterruptedException.class)
                    .hasMessageContaining("the client was closed while the call was in flight");
            assertThat(server.requests()).as("no retry after close()").hasSize(1);
        }
    }

    private static void sharedClientSurvivesClose(Target target, Operation read) throws Exception {
        OkHttpClient shared = new OkHttpClient();
        try (HostileServer sdkSide = HostileServer.start(Fault.json(200, read.okBody));
                HostileServer callerSide =
                        HostileServer.start(Fault.slowDrip(200, "{\"caller\":\"ok\"}", Duration.ofMillis(20)))) {
            CompletableFuture<String> callerCall = CompletableFuture.supplyAsync(() -> {
                try (Response response = shared.newCall(
                                new Request.Builder().url(callerSide.url()).build())
                        .execute()) {
                    return response.code() + " " + response.body().string();
                } catch (Exception e) {
                    return e.toString();
                }
            });
            assertThat(callerSide.awaitRequests(1, Duration.ofSeconds(5))).isTrue();
            AutoCloseable client = target.open(sdkSide.url(), new FakeTime(), b -> b.httpClient(shared));
            read.invoke(client);
            client.close();
            assertThat(callerCall.get(10, TimeUnit.SECONDS)).isEqualTo("200 {\"caller\":\"ok\"}");
        } finally {
            shared.dispatcher().executorService().shutdown();
            shared.connectionPool().evictAll();
        }
    }

    /** A call running on its own thread, with what it ended with. */
    static final class InFlight {
        final CompletableFuture<Throwable> result = new CompletableFuture<>();
        final AtomicBoolean interruptFlagKept = new AtomicBoolean();
        Thread thread;

        static InFlight start(AutoCloseable client, Operation operation) {
            InFlight call = new InFlight();
            call.thread = new Thread(
                    () -> {
                        try {
                            operation.invoke(client);
                            call.result.complete(null);
                        } catch (Throwable e) {
                            call.interruptFlagKept.set(Thread.currentThread().isInterrupted());
                            call.result.complete(e);
                        }
                    },
                    "reliability-in-flight");
            call.thread.setDaemon(true);
            call.thread.start();
            return call;
        }
    }
}
