package dev.dbcloud.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbcloud.core.errors.ApiConnectionException;
import dev.dbcloud.core.errors.ApiDecodingException;
import dev.dbcloud.core.errors.ApiResponseException;
import dev.dbcloud.core.errors.ApiTimeoutException;
import dev.dbcloud.core.errors.RateLimitedException;
import dev.dbcloud.core.errors.ServerException;
import dev.dbcloud.core.testing.Fault;
import dev.dbcloud.core.testing.HostileServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The fault matrix: every client × every operation × every fault, each with the exception type, the attempt count
 * and the number of requests the server saw that the SDK promises, and never a repeated non-idempotent write.
 *
 * <p>The promise, as the README states it: a failure before the request was sent is retried for every call; after
 * the server may have seen it, only calls whose repetition is harmless (GET, PUT, DELETE, a Crunchy write with its
 * Idempotency-Key) are retried; a 429 is retried for every call after the pause the vendor's headers ask for; a
 * decoding failure is never retried.
 */
class FaultMatrixTest {
    private static final int MAX_ATTEMPTS = Target.MAX_RETRIES + 1;
    /**
     * Cut in the middle of a string, which every call's decoder must read whatever shape it expects: a streaming
     * decoder that stops at the first token of the wrong shape would otherwise fail before reaching the cut.
     */
    private static final String LONG_BODY = "{\"requestId\":\"r-cut\",\"padding\":\"" + "x".repeat(4096) + "\"}";

    private static final String GATEWAY_PAGE =
            "<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center>"
                    + "<hr><center>nginx</center></body></html>";

    /** What a fault should lead to for a call. */
    record Expected(Class<? extends Throwable> type, int attempts, int serverRequests, List<Duration> sleeps) {
        static Expected failure(Class<? extends Throwable> type, int attempts) {
            return new Expected(type, attempts, attempts, null);
        }

        static Expected success(int attempts) {
            return new Expected(null, attempts, attempts, null);
        }

        Expected notReachingServer() {
            return new Expected(type, attempts, 0, sleeps);
        }

        Expected pausing(List<Duration> pauses) {
            return new Expected(type, attempts, serverRequests, pauses);
        }
    }

    /** One column of the matrix: a fault and the rule that gives the expected outcome for a call. */
    record Column(String name, BiFunction<Target, Operation, List<Fault>> script, Rule rule) {}

    @FunctionalInterface
    interface Rule {
        Expected expect(Target target, Operation operation);
    }

    static List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("refused", null, (t, o) -> Expected.failure(ApiConnectionException.class, MAX_ATTEMPTS)
                .notReachingServer()));
        columns.add(new Column(
                "reset at start",
                (t, o) -> List.of(Fault.resetAtStart()),
                (t, o) -> Expected.failure(ApiConnectionException.class, afterSeen(o))));
        columns.add(new Column(
                "cut mid-body",
                (t, o) -> List.of(Fault.cutMidBody(200, LONG_BODY)),
                (t, o) -> Expected.failure(ApiConnectionException.class, afterSeen(o))));
        columns.add(new Column(
                "silent until timeout",
                (t, o) -> List.of(Fault.silent()),
                (t, o) -> Expected.failure(ApiTimeoutException.class, afterSeen(o))));
        columns.add(new Column(
                "slow drip past the attempt timeout",
                (t, o) -> List.of(Fault.slowDrip(200, "{\"status\":200,\"result\":[]}", Duration.ofMillis(40))),
                (t, o) -> Expected.failure(ApiTimeoutException.class, afterSeen(o))));
        columns.add(new Column(
                "truncated JSON",
                (t, o) -> List.of(Fault.json(200, "{\"status\":200,\"requestId\":\"r-1\",\"result\":[{\"id\":")),
                FaultMatrixTest::badBody));
        columns.add(new Column(
                "HTML gateway page with 200",
                (t, o) -> List.of(Fault.respond(200, "text/html", GATEWAY_PAGE)),
                FaultMatrixTest::badBody));
        columns.add(new Column("empty 200", (t, o) -> List.of(Fault.json(200, "")), FaultMatrixTest::badBody));
        columns.add(new Column(
                "wrong-type 200",
                (t, o) -> List.of(Fault.json(
                        200, "{\"status\":200,\"result\":\"oops\",\"clusters\":\"oops\",\"id\":{\"oops\":7}}")),
                FaultMatrixTest::badBody));
        columns.add(new Column(
                "HTML gateway page with 502",
                (t, o) -> List.of(Fault.respond(502, "text/html", GATEWAY_PAGE)),
                (t, o) -> Expected.failure(ServerException.class, afterSeen(o))));
        for (int status : new int[] {500, 502, 503, 504}) {
            columns.add(new Column(
                    String.valueOf(status),
                    (t, o) -> List.of(Fault.json(status, "{\"status\":" + status + ",\"error\":\"INTERNAL\"}")),
                    (t, o) -> Expected.failure(ServerException.class, afterSeen(o))));
        }
        columns.add(new Column(
                "501 (never retried)",
                (t, o) -> List.of(Fault.json(501, "{\"status\":501,\"error\":\"NOT_IMPLEMENTED\"}")),
                (t, o) -> Expected.failure(ServerException.class, 1)));
        columns.add(new Column(
                "429 with the vendor's rate-limit headers",
                (t, o) -> List.of(Fault.json(429, "{\"error\":\"TOO_MANY_REQUESTS\"}", t.rateLimitHeaders)),
                (t, o) -> Expected.failure(RateLimitedException.class, MAX_ATTEMPTS)
                        .pausing(Collections.nCopies(MAX_ATTEMPTS - 1, t.rateLimitWait))));
        columns.add(new Column(
                "429 asking for longer than maxRetryWait",
                (t, o) -> List.of(Fault.json(
                        429,
                        "{\"error\":\"TOO_MANY_REQUESTS\"}",
                        t.name.startsWith("Crunchy") ? "Retry-After" : "X-RateLimit-Reset",
                        "120",
                        "Retry-After",
                        "120")),
                (t, o) -> Expected.failure(RateLimitedException.class, 1)));
        columns.add(new Column(
                "429 with X-RateLimit-Reset only",
                (t, o) -> List.of(Fault.json(429, "{\"error\":\"TOO_MANY_REQUESTS\"}", "X-RateLimit-Reset", "30")),
                // Crunchy's API sends no X-RateLimit-* headers and its client reads only Retry-After: plain backoff.
                (t, o) -> Expected.failure(RateLimitedException.class, MAX_ATTEMPTS)
                        .pausing(
                                t.name.startsWith("Crunchy")
                                        ? List.of(Duration.ofMillis(500), Duration.ofSeconds(1))
                                        : Collections.nCopies(MAX_ATTEMPTS - 1, Duration.ofSeconds(30)))));
        columns.add(new Column(
                "503 then success",
                (t, o) -> List.of(
                        Fault.json(503, "{\"status\":503,\"error\":\"UNAVAILABLE\"}"), Fault.json(200, o.okBody)),
                (t, o) -> o.retrySafe ? Expected.success(2) : Expected.failure(ServerException.class, 1)));
        return columns;
    }

    /** Attempts after a failure the server may have seen: all of them only when repeating is harmless. */
    private static int afterSeen(Operation operation) {
        return operation.retrySafe ? MAX_ATTEMPTS : 1;
    }

    /** A 2xx whose body cannot be read: a decoding failure, never retried, unless the call ignores the body. */
    private static Expected badBody(Target target, Operation operation) {
        return operation.body == Operation.Body.DECODED
                ? Expected.failure(ApiDecodingException.class, 1)
                : Expected.success(1);
    }

    @TestFactory
    Stream<DynamicTest> faultMatrix() {
        List<Scenario> scenarios = new ArrayList<>();
        for (Target target : Targets.all()) {
            for (Operation operation : target.operations) {
                for (Column column : columns()) {
                    if (column.name.equals("503 then success") && operation.okBody == null) {
                        continue; // no canned success body for this call: covered by the plain 503 column
                    }
                    String name = target + " " + operation.method + " " + operation + " × " + column.name;
                    scenarios.add(Scenario.of(name, () -> check(target, operation, column)));
                }
            }
        }
        return Scenario.tests(scenarios);
    }

    private static void check(Target target, Operation operation, Column column) {
        Expected expected = column.rule.expect(target, operation);
        Outcome outcome;
        if (column.script == null) {
            outcome = Outcome.run(target, operation, HostileServer.refusingUrl(), null);
        } else {
            try (HostileServer server =
                    HostileServer.start(column.script.apply(target, operation).toArray(Fault[]::new))) {
                outcome = Outcome.run(target, operation, server.url(), server);
            }
        }
        if (expected.type == null) {
            outcome.succeeds();
        } else {
            assertThat(outcome.failure())
                    .as("exception after %s (result %s)", column.name, outcome.result())
                    .isExactlyInstanceOf(expected.type);
            if (outcome.failure() instanceof ApiResponseException response) {
                assertThat(response.attempts())
                        .as("attempts() of the exception")
                        .isEqualTo(expected.attempts);
            }
        }
        assertThat(outcome.attempts()).as("attempts (pauses + 1)").isEqualTo(expected.attempts);
        if (expected.sleeps != null) {
            assertThat(outcome.sleeps()).as("pauses").isEqualTo(expected.sleeps);
        }
        assertThat(outcome.requests()).as("requests the server read").hasSize(expected.serverRequests);
        if (!operation.retrySafe) {
            assertThat(outcome.requests().size() <= 1 || column.name.startsWith("429"))
                    .as("a non-idempotent write is never repeated once the server may have acted on it")
                    .isTrue();
        }
        if (operation.idempotencyKey) {
            List<String> keys = outcome.requests().stream()
                    .map(r -> r.header("Idempotency-Key"))
                    .toList();
            assertThat(keys).as("Idempotency-Key of every attempt").doesNotContainNull();
            assertThat(keys.stream().filter(Objects::nonNull).distinct()).hasSizeLessThanOrEqualTo(1);
        }
    }
}
