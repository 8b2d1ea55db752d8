package dev.dbcloud.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbcloud.core.errors.ApiResponseException;
import dev.dbcloud.core.testing.Fault;
import dev.dbcloud.core.testing.HostileServer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
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

    /**
     * Known holes: the leaks issue 17 lists (§1, "a credential echoed by the server leaks"), by echo, sink, target and,
     * where only some calls leak (those sending a body secret), operation, as they stand before its fixes. A key is
     * {@code ECHO/SINK/target} or {@code ECHO/SINK/target/operation}. Delete the lines once the fix is merged.
     */
    static final Map<String, String> HOLES = new LinkedHashMap<>();

    private static final String HEADERS_RAW = "issue 17 §1: headers() and ErrorResponse return echoed secrets raw";
    private static final String REQUEST_ID =
            "issue 17 §1: a request id echoing the credential lands unmasked in messages and DEBUG lines";
    private static final String BODY_SECRET =
            "issue 17 §1: a body secret the API quotes back appears in the message and the logs";
    private static final String CAUSE = "issue 17 §1: the IOException kept as cause holds the echoed status line";

    private static void hole(String point, String key) {
        HOLES.put(key, point);
    }

    static {
        hole(HEADERS_RAW, "ERROR_BODY_AND_HEADERS/ERROR_RESPONSE/ClickHouse Cloud");
        hole(HEADERS_RAW, "ERROR_BODY_AND_HEADERS/ERROR_RESPONSE/Crunchy Bridge");
        hole(HEADERS_RAW, "ERROR_BODY_AND_HEADERS/ERROR_RESPONSE/Managed Postgres");
        hole(HEADERS_RAW, "ERROR_BODY_AND_HEADERS/ERROR_RESPONSE/Tinybird");
        hole(HEADERS_RAW, "ERROR_BODY_AND_HEADERS/ERROR_RESPONSE/Tinybird (query token)");
        hole(HEADERS_RAW, "ERROR_BODY_AND_HEADERS/HEADERS/ClickHouse Cloud");
        hole(HEADERS_RAW, "ERROR_BODY_AND_HEADERS/HEADERS/Crunchy Bridge");
        hole(HEADERS_RAW, "ERROR_BODY_AND_HEADERS/HEADERS/Managed Postgres");
        hole(HEADERS_RAW, "ERROR_BODY_AND_HEADERS/HEADERS/Tinybird");
        hole(HEADERS_RAW, "ERROR_BODY_AND_HEADERS/HEADERS/Tinybird (query token)");
        hole(BODY_SECRET, "ERROR_BODY_AND_HEADERS/LOGS/ClickHouse Cloud/clickPipes.create (Kafka password)");
        hole(REQUEST_ID, "ERROR_BODY_AND_HEADERS/LOGS/Crunchy Bridge");
        hole(BODY_SECRET, "ERROR_BODY_AND_HEADERS/LOGS/Managed Postgres/instances.resetPassword (chosen password)");
        hole(REQUEST_ID, "ERROR_BODY_AND_HEADERS/LOGS/Tinybird");
        hole(REQUEST_ID, "ERROR_BODY_AND_HEADERS/LOGS/Tinybird (query token)");
        hole(BODY_SECRET, "ERROR_BODY_AND_HEADERS/MESSAGE/ClickHouse Cloud/clickPipes.create (Kafka password)");
        hole(REQUEST_ID, "ERROR_BODY_AND_HEADERS/MESSAGE/Crunchy Bridge");
        hole(BODY_SECRET, "ERROR_BODY_AND_HEADERS/MESSAGE/Managed Postgres/instances.resetPassword (chosen password)");
        hole(REQUEST_ID, "ERROR_BODY_AND_HEADERS/MESSAGE/Tinybird");
        hole(REQUEST_ID, "ERROR_BODY_AND_HEADERS/MESSAGE/Tinybird (query token)");
        hole(BODY_SECRET, "ERROR_BODY_AND_HEADERS/TO_STRING/ClickHouse Cloud/clickPipes.create (Kafka password)");
        hole(REQUEST_ID, "ERROR_BODY_AND_HEADERS/TO_STRING/Crunchy Bridge");
        hole(
                BODY_SECRET,
                "ERROR_BODY_AND_HEADERS/TO_STRING/Managed Postgres/instances.resetPassword (chosen password)");
        hole(REQUEST_ID, "ERROR_BODY_AND_HEADERS/TO_STRING/Tinybird");
        hole(REQUEST_ID, "ERROR_BODY_AND_HEADERS/TO_STRING/Tinybird (query token)");
        hole(HEADERS_RAW, "RATE_LIMITED_ECHO/ERROR_RESPONSE/ClickHouse Cloud");
        hole(HEADERS_RAW, "RATE_LIMITED_ECHO/ERROR_RESPONSE/Crunchy Bridge");
        hole(HEADERS_RAW, "RATE_LIMITED_ECHO/ERROR_RESPONSE/Managed Postgres");
        hole(HEADERS_RAW, "RATE_LIMITED_ECHO/ERROR_RESPONSE/Tinybird");
        hole(HEADERS_RAW, "RATE_LIMITED_ECHO/ERROR_RESPONSE/Tinybird (query token)");
        hole(HEADERS_RAW, "RATE_LIMITED_ECHO/HEADERS/ClickHouse Cloud");
        hole(HEADERS_RAW, "RATE_LIMITED_ECHO/HEADERS/Crunchy Bridge");
        hole(HEADERS_RAW, "RATE_LIMITED_ECHO/HEADERS/Managed Postgres");
        hole(HEADERS_RAW, "RATE_LIMITED_ECHO/HEADERS/Tinybird");
        hole(HEADERS_RAW, "RATE_LIMITED_ECHO/HEADERS/Tinybird (query token)");
        hole(BODY_SECRET, "RATE_LIMITED_ECHO/LOGS/ClickHouse Cloud/clickPipes.create (Kafka password)");
        hole(REQUEST_ID, "RATE_LIMITED_ECHO/LOGS/Crunchy Bridge");
        hole(BODY_SECRET, "RATE_LIMITED_ECHO/LOGS/Managed Postgres/instances.resetPassword (chosen password)");
        hole(REQUEST_ID, "RATE_LIMITED_ECHO/LOGS/Tinybird");
        hole(REQUEST_ID, "RATE_LIMITED_ECHO/LOGS/Tinybird (query token)");
        hole(BODY_SECRET, "RATE_LIMITED_ECHO/MESSAGE/ClickHouse Cloud/clickPipes.create (Kafka password)");
        hole(REQUEST_ID, "RATE_LIMITED_ECHO/MESSAGE/Crunchy Bridge");
        hole(BODY_SECRET, "RATE_LIMITED_ECHO/MESSAGE/Managed Postgres/instances.resetPassword (chosen password)");
        hole(REQUEST_ID, "RATE_LIMITED_ECHO/MESSAGE/Tinybird");
        hole(REQUEST_ID, "RATE_LIMITED_ECHO/MESSAGE/Tinybird (query token)");
        hole(BODY_SECRET, "RATE_LIMITED_ECHO/TO_STRING/ClickHouse Cloud/clickPipes.create (Kafka password)");
        hole(REQUEST_ID, "RATE_LIMITED_ECHO/TO_STRING/Crunchy Bridge");
        hole(BODY_SECRET, "RATE_LIMITED_ECHO/TO_STRING/Managed Postgres/instances.resetPassword (chosen password)");
        hole(REQUEST_ID, "RATE_LIMITED_ECHO/TO_STRING/Tinybird");
        hole(REQUEST_ID, "RATE_LIMITED_ECHO/TO_STRING/Tinybird (query token)");
        hole(REQUEST_ID, "SUCCESS_BODY/LOGS/ClickHouse Cloud");
        hole(REQUEST_ID, "SUCCESS_BODY/LOGS/Crunchy Bridge");
        hole(REQUEST_ID, "SUCCESS_BODY/LOGS/Managed Postgres");
        hole(REQUEST_ID, "SUCCESS_BODY/LOGS/Tinybird");
        hole(REQUEST_ID, "SUCCESS_BODY/LOGS/Tinybird (query token)");
        hole(BODY_SECRET, "SUCCESS_BODY/MESSAGE/ClickHouse Cloud/services.list");
        hole(REQUEST_ID, "SUCCESS_BODY/MESSAGE/Crunchy Bridge");
        hole(BODY_SECRET, "SUCCESS_BODY/MESSAGE/Managed Postgres/instances.list");
        hole(REQUEST_ID, "SUCCESS_BODY/MESSAGE/Managed Postgres/instances.create");
        hole(BODY_SECRET, "SUCCESS_BODY/MESSAGE/Tinybird/clusters.list");
        hole(BODY_SECRET, "SUCCESS_BODY/MESSAGE/Tinybird (query token)/clusters.list");
        hole(BODY_SECRET, "SUCCESS_BODY/TO_STRING/ClickHouse Cloud/services.list");
        hole(REQUEST_ID, "SUCCESS_BODY/TO_STRING/Crunchy Bridge");
        hole(BODY_SECRET, "SUCCESS_BODY/TO_STRING/Managed Postgres/instances.list");
        hole(REQUEST_ID, "SUCCESS_BODY/TO_STRING/Managed Postgres/instances.create");
        hole(BODY_SECRET, "SUCCESS_BODY/TO_STRING/Tinybird/clusters.list");
        hole(BODY_SECRET, "SUCCESS_BODY/TO_STRING/Tinybird (query token)/clusters.list");

        for (Target target : Targets.all()) {
            hole(CAUSE, "MALFORMED_STATUS_LINE/CAUSES/" + target.name);
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
                        String hole = hole(echo, sink, target, operation);
                        Scenario scenario = Scenario.of(name, () -> check(target, operation, echo, sink));
                        scenarios.add(hole == null ? scenario : scenario.knownHole(hole));
                    }
                }
            }
        }
        return Scenario.tests(scenarios);
    }

    static String hole(Echo echo, Sink sink, Target target, Operation operation) {
        String key = echo + "/" + sink + "/" + target.name;
        String specific = HOLES.get(key + "/" + operation.name);
        return specific != null ? specific : HOLES.get(key);
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
