package dev.dbcloud.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbcloud.core.testing.FakeTime;
import dev.dbcloud.core.testing.HostileServer;
import dev.dbcloud.core.testing.LogCapture;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * What one call of an {@link Operation} did against a {@link HostileServer}: its result or exception, the pauses it
 * took (each one is a retry), the requests the server read, and every log line at every level.
 */
record Outcome(
        Object result,
        Throwable failure,
        List<java.time.Duration> sleeps,
        List<HostileServer.Recorded> requests,
        List<String> logs) {

    /** Calls {@code operation} once on a fresh client of {@code target} aimed at {@code baseUrl}. */
    static Outcome run(Target target, Operation operation, String baseUrl, HostileServer server) {
        return run(target, operation, baseUrl, server, b -> b);
    }

    static Outcome run(
            Target target,
            Operation operation,
            String baseUrl,
            HostileServer server,
            UnaryOperator<dev.dbcloud.core.ClientBuilder<?>> configure) {
        FakeTime time = new FakeTime();
        Object result = null;
        Throwable failure = null;
        List<String> logs;
        try (LogCapture capture = LogCapture.http();
                AutoCloseable client = target.open(baseUrl, time, configure)) {
            try {
                result = operation.invoke(client);
            } catch (Throwable e) {
                failure = e;
            }
            logs = capture.messages();
        } catch (Exception e) {
            throw new AssertionError("closing the client failed", e);
        }
        return new Outcome(result, failure, time.sleeps(), server == null ? List.of() : server.requests(), logs);
    }

    /** Attempts as the client counts them: one more than the pauses between them. */
    int attempts() {
        return sleeps.size() + 1;
    }

    Outcome failsWith(Class<? extends Throwable> type) {
        assertThat(failure).as("exception").isInstanceOf(type);
        return this;
    }

    Outcome succeeds() {
        if (failure != null) {
            throw new AssertionError("expected success but got " + failure, failure);
        }
        return this;
    }
}
