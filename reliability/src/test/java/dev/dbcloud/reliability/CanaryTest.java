package dev.dbcloud.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbcloud.core.errors.ApiResponseException;
import dev.dbcloud.core.testing.Fault;
import dev.dbcloud.core.testing.HostileServer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Canary secrets: each client sends a credential of its own (and, where the API takes one, a secret in the request
 * body), the server echoes everything back in every way it can, and no canary may surface anywhere the caller or a
 * log can see it: the exception's message and {@code toString()}, every cause and suppressed exception, {@code
 * headers()}, the {@code ErrorResponse}, the result, and every log line at every level.
 */
class CanaryTest {
    /** How the server echoes the request. */
    enum Echo {
        ERROR_BODY_AND_HEADERS("400 echoing the request in its body, X-Request-Id and X-Echo"),
        RATE_LIMITED_ECHO("429 echoing the request, retried, then given up"),
        SUCCESS_BODY("2xx echoing the request in its body"),
        MALFORMED_STATUS_LINE("malformed status line quoting the Authorization header");

        final String description;

        Echo(String description) {
            this.description = description;
        }

        Fault fault(Target target) {
            return switch (this) {
                case ERROR_BODY_AND_HEADERS -> Fault.echo(400, target.echoErrorBody);
                case RATE_LIMITED_ECHO -> Fault.echo(429, target.echoErrorBody);
                case SUCCESS_BODY ->
                    Fault.echo(
                            200,
                            "{\"status\":200,\"requestId\":{{echo}},\"result\":{\"id\":{{echo}}},"
                                    + "\"clusters\":{{echo}},\"cluster_id\":{{echo}},\"id\":{{echo}},\"name\":{{echo}}}");
                case MALFORMED_STATUS_LINE -> Fault.malformedStatusEchoingAuthorization();
            };
        }
    }

    /** Where a canary could surface. */
    enum Sink {
        MESSAGE(
                "getMessage()",
                o -> o.failure() == null
                        ? List.of()
                        : List.of(String.valueOf(o.failure().getMessage()))),
        TO_STRING(
                "toString()",
                o -> o.failure() == null ? List.of() : List.of(o.failure().toString())),
        CAUSES("causes and suppressed, whole chain", o -> chain(o.failure())),
        HEADERS(
                "headers()",
                o -> o.failure() instanceof ApiResponseException e
                        ? List.of(e.headers().toString())
                        : null),
        ERROR_RESPONSE(
                "ErrorResponse and its accessors",
                o -> o.failure() instanceof ApiResponseException e
                        ? List.of(
                                e.response().toString(),
                                e.responseBody(),
                                String.valueOf(e.errorMessage()),
                                String.valueOf(e.errorCode()),
                                String.valueOf(e.requestId()))
                        : null),
        LOGS("log lines at every level", Outcome::logs);

        final String description;
        /** The texts to search, or null when this sink does not apply to the outcome. */
        final Function<Outcome, List<String>> texts;

        Sink(String description, Function<Outcome, List<String>> texts) {
            this.description = description;
            this.texts = texts;
        }
    }

    private final Map<String, Outcome> outcomes = new ConcurrentHashMap<>();

    @TestFactory
    Stream<DynamicTest> canaries() {
        List<Scenario> scenarios = new ArrayList<>();
        for (Target target : Targets.all()) {
            for (Operation operation : target.operations) {
                for (Echo echo : Echo.values()) {
                    for (Sink sink : Sink.values()) {
                        String name = target + " " + operation + " × " + echo.description + " → " + sink.description;
                        scenarios.add(Scenario.of(name, () -> check(target, operation, echo, sink)));
                    }
                }
            }
        }
        return Scenario.tests(scenarios);
    }

    private void check(Target target, Operation operation, Echo echo, Sink sink) {
        Outcome outcome = outcomes.computeIfAbsent(target + "/" + operation + "/" + echo, key -> {
            try (HostileServer server = HostileServer.start(echo.fault(target))) {
                Outcome run = Outcome.run(target, operation, server.url(), server);
                assertThat(server.requests()).as("the server saw the call").isNotEmpty();
                return run;
            }
        });
        List<String> texts = sink.texts.apply(outcome);
        if (texts == null) {
            return; // this sink does not exist for this outcome (no headers() on a connection failure, say)
        }
        for (String canary : target.canaries) {
            for (String text : texts) {
                assertThat(text)
                        .as("%s must not contain the canary %s", sink.description, canary)
                        .doesNotContain(canary);
            }
        }
    }

    /** Every message and toString in the cause chain and among suppressed exceptions, the top one excluded. */
    static List<String> chain(Throwable top) {
        List<String> texts = new ArrayList<>();
        if (top == null) {
            return texts;
        }
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> queue = new ArrayList<>();
        queue.add(top);
        while (!queue.isEmpty()) {
            Throwable t = queue.remove(0);
            if (!seen.add(t)) {
                continue;
            }
            if (t != top) {
                texts.add(String.valueOf(t.getMessage()));
                texts.add(t.toString());
            }
            if (t.getCause() != null) {
                queue.add(t.getCause());
            }
            queue.addAll(List.of(t.getSuppressed()));
        }
        return texts;
    }
}
