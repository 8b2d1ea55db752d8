package dev.dbcloud.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.clickhouse.ClickHouseCloudClient;
import dev.dbcloud.clickhouse.tinybird.ClusterRole;
import dev.dbcloud.clickhouse.tinybird.TinybirdClient;
import dev.dbcloud.clickhouse.tinybird.UpdateWeightsParams;
import dev.dbcloud.clickhouse.tinybird.Weights;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.errors.ApiDecodingException;
import dev.dbcloud.core.errors.ApiResponseTooLargeException;
import dev.dbcloud.core.testing.Fault;
import dev.dbcloud.core.testing.HostileServer;
import dev.dbcloud.core.testing.Wire;
import dev.dbcloud.crunchy.CrunchyBridgeClient;
import dev.dbcloud.postgres.ManagedPostgresClient;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile input on both sides of the wire: path parameters that try to leave their segment, nulls, unknown enum
 * values, wrong JSON types, deep nesting, huge and compressed bodies, and headers the SDK must manage itself.
 */
class HostileInputTest {
    /** Path parameters that must stay one segment, or be refused before anything is sent. */
    static final List<String> PATH_PARAMETERS = Arrays.asList(
            "a/b",
            "..",
            ".",
            "%2F",
            "a%2Fb",
            "../../admin",
            "ü-ñ-日本-🙂",
            "",
            " ",
            "a?b=c",
            "a#b",
            "a;b=c",
            "a\\b",
            "line\nbreak",
            null);

    /** 64 MiB is the default cap the issue proposes; these bodies are past it. */
    static final long HUGE_BODY = 80L * 1024 * 1024;

    static final long BOMB = 512L * 1024 * 1024;

    /** A call by id and the path it sends, for each API, with a valid id and an answer it decodes. */
    record ById(
            Target target,
            String prefix,
            String suffix,
            Function<String, Operation.Call> call,
            String validId,
            String fixture,
            String enumField) {
        Operation operation(String id) {
            return new Operation("by id", "GET", true, false, Operation.Body.DECODED, null, call.apply(id));
        }
    }

    static List<ById> byId() {
        Weights weights = Weights.of(Map.of(ClusterRole.WRITER, Map.of("replica-1", 100)));
        return List.of(
                new ById(
                        Targets.clickHouse(),
                        "/v1/organizations/" + Targets.ORG + "/services/",
                        "",
                        id -> c -> ((ClickHouseCloudClient) c).services().get(id),
                        Targets.SERVICE,
                        "{\"status\":200,\"requestId\":\"r-1\",\"result\":" + Wire.resource("/clickhouse/service.json")
                                + "}",
                        "\"state\": \"running\""),
                new ById(
                        Targets.tinybird(false),
                        "/v0/organizations/" + Targets.TB_ORG + "/clusters/",
                        "/weights",
                        id -> c -> ((TinybirdClient) c)
                                .organization(Targets.TB_ORG)
                                .clusters()
                                .updateWeights(
                                        id,
                                        UpdateWeightsParams.builder()
                                                .oldWeights(weights)
                                                .newWeights(weights)
                                                .build()),
                        null,
                        null,
                        null),
                new ById(
                        Targets.tinybird(false),
                        "/v0/organizations/" + Targets.TB_ORG + "/clusters",
                        "",
                        id -> c -> ((TinybirdClient) c)
                                .organization(Targets.TB_ORG)
                                .clusters()
                                .get(id),
                        Targets.TB_CLUSTER,
                        Wire.resource("/tinybird/clusters.json"),
                        "\"state\": \"running\""),
                new ById(
                        Targets.postgres(),
                        "/v1/organizations/" + Targets.ORG + "/postgres/",
                        "",
                        id -> c -> ((ManagedPostgresClient) c).instances().get(id),
                        Targets.PG_ID,
                        "{\"status\":200,\"requestId\":\"r-1\",\"result\":" + Wire.resource("/postgres/instance.json")
                                + "}",
                        "\"state\": \"running\""),
                new ById(
                        Targets.crunchy(),
                        "/clusters/",
                        "/status",
                        id -> c -> ((CrunchyBridgeClient) c).clusters().status(id),
                        Targets.CLUSTER,
                        Wire.resource("/crunchy/status.json"),
                        "\"state\": \"in_progress\""));
    }

    @TestFactory
    Stream<DynamicTest> pathParameters() {
        List<Scenario> scenarios = new ArrayList<>();
        for (String value : PATH_PARAMETERS) {
            for (ById read : byId()) {
                if (!read.suffix.isEmpty() || read.prefix.endsWith("/")) {
                    scenarios.add(Scenario.of(
                            read.target + " id " + printable(value) + " stays in one segment or is refused unsent",
                            () -> checkPathParameter(read, value)));
                }
            }
        }
        return Scenario.tests(scenarios);
    }

    private static void checkPathParameter(ById read, String value) {
        try (HostileServer server = HostileServer.start(Fault.json(404, "{\"status\":404,\"error\":\"NOT_FOUND\"}"))) {
            Outcome outcome = Outcome.run(read.target, read.operation(value), server.url(), server);
            if (value == null) {
                assertThat(outcome.failure()).isInstanceOf(NullPointerException.class);
                assertThat(server.requests()).as("nothing sent").isEmpty();
                return;
            }
            if (outcome.failure() instanceof IllegalArgumentException refused) {
                assertThat(server.requests()).as("nothing sent").isEmpty();
                assertThat(refused.getMessage())
                        .as("the message names the parameter")
                        .isNotBlank();
                return;
            }
            assertThat(server.requests()).as("one request").hasSize(1);
            String path = server.requests().get(0).path();
            String prefix = read.prefix;
            assertThat(path).as("the request stays under its collection").startsWith(prefix);
            assertThat(path).as("the request keeps its suffix").endsWith(read.suffix);
            String segment = path.substring(prefix.length(), path.length() - read.suffix.length());
            assertThat(segment).as("one segment").doesNotContain("/");
            assertThat(segment).as("no dot segment").isNotIn(".", "..");
            assertThat(URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8))
                    .as("the segment decodes to the value")
                    .isEqualTo(value);
        }
    }

    @TestFactory
    Stream<DynamicTest> responseBodies() {
        List<Scenario> scenarios = new ArrayList<>();
        for (ById read : byId()) {
            if (read.fixture == null) {
                continue;
            }
            Operation get = read.operation(read.validId);
            scenarios.add(Scenario.of(read.target + " unknown enum value is read, not refused", () -> {
                String body = read.fixture.replace(
                        read.enumField, read.enumField.replaceFirst(": \"[^\"]+\"", ": \"brand_new_state\""));
                assertThat(body).contains("brand_new_state");
                Outcome outcome = serve(read.target, get, Fault.json(200, body));
                outcome.succeeds();
                assertThat(String.valueOf(outcome.result())).contains("brand_new_state");
            }));
            scenarios.add(Scenario.of(read.target + " wrong JSON type is an ApiDecodingException", () -> {
                String body = read.fixture.replace(
                        read.enumField, read.enumField.replaceFirst(": \"[^\"]+\"", ": {\"nested\": [1]}"));
                serve(read.target, get, Fault.json(200, body)).failsWith(ApiDecodingException.class);
            }));
            scenarios.add(Scenario.of(read.target + " 100 000 levels of nesting are an ApiDecodingException", () -> {
                Outcome outcome =
                        serve(read.target, get, Fault.deeplyNested("{\"status\":200,\"result\":", 100_000, "}"));
                outcome.failsWith(ApiDecodingException.class);
                assertThat(outcome.attempts()).isEqualTo(1);
            }));
        }
        return Scenario.tests(scenarios);
    }

    /** Bodies past the size cap, for each API's list call: valid JSON (an empty list padded with whitespace). */
    @TestFactory
    Stream<DynamicTest> oversizedBodies() {
        List<Scenario> scenarios = new ArrayList<>();
        for (Target target : Targets.apis()) {
            Operation list = target.operations.get(0);
            int open = list.okBody.indexOf('[') + 1;
            String prefix = list.okBody.substring(0, open);
            String suffix = list.okBody.substring(open);
            scenarios.add(Scenario.of(
                    target + " " + list + ": an 80 MiB body past the size cap is a typed exception",
                    () -> serveLarge(target, list, Fault.hugeBody(prefix, HUGE_BODY, suffix))));
            scenarios.add(Scenario.of(
                    target + " " + list
                            + ": a gzip bomb (512 MiB inflated) is a typed exception, not an OutOfMemoryError",
                    () -> serveLarge(target, list, Fault.gzipBomb(prefix, BOMB, suffix))));
        }
        return Scenario.tests(scenarios);
    }

    /**
     * Issue 17 §6's decision: a JSON operation decodes the body by what it holds, not by its {@code Content-Type}, so
     * valid JSON labelled {@code text/plain} is read, and an HTML page labelled {@code application/json} is not.
     */
    @TestFactory
    Stream<DynamicTest> contentTypes() {
        List<Scenario> scenarios = new ArrayList<>();
        for (Target target : Targets.apis()) {
            Operation list = target.operations.get(0);
            scenarios.add(Scenario.of(target + " " + list + ": valid JSON labelled text/plain is decoded", () -> {
                Outcome outcome = serve(target, list, Fault.respond(200, "text/plain; charset=utf-8", list.okBody));
                outcome.succeeds();
                assertThat(outcome.attempts()).isEqualTo(1);
            }));
            scenarios.add(Scenario.of(
                    target + " " + list + ": an HTML page labelled application/json is an ApiDecodingException",
                    () -> serve(
                                    target,
                                    list,
                                    Fault.respond(200, "application/json", "<html><body>Bad gateway</body></html>"))
                            .failsWith(ApiDecodingException.class)));
        }
        return Scenario.tests(scenarios);
    }

    private static Outcome serve(Target target, Operation operation, Fault fault) {
        try (HostileServer server = HostileServer.start(fault)) {
            return Outcome.run(target, operation, server.url(), server);
        }
    }

    /** Serves a large body with time enough to read it whole, so only a size check can stop it. */
    private static Outcome serveLarge(Target target, Operation operation, Fault fault) {
        try (HostileServer server = HostileServer.start(fault)) {
            Outcome outcome =
                    Outcome.run(target, operation, server.url(), server, b -> b.attemptTimeout(Duration.ofSeconds(60)));
            assertThat(outcome.failure())
                    .as("a typed exception about the size, not a timeout or a broken connection")
                    .isInstanceOf(ApiResponseTooLargeException.class);
            assertThat(outcome.attempts())
                    .as("a body past the cap is not retried")
                    .isEqualTo(1);
            return outcome;
        }
    }

    /** Headers the engine manages itself, which a per-call header must not replace or add. */
    static final List<String> MANAGED_HEADERS = List.of(
            "Authorization",
            "User-Agent",
            "Accept",
            "Accept-Encoding",
            "Content-Type",
            "Content-Length",
            "Host",
            "Connection",
            "Transfer-Encoding",
            "Proxy-Authorization",
            "Cookie",
            "Expect",
            "Upgrade",
            "TE");

    @TestFactory
    Stream<DynamicTest> managedHeaders() {
        List<Scenario> scenarios = new ArrayList<>();
        for (String header : MANAGED_HEADERS) {
            for (String spelling : List.of(header, header.toLowerCase(java.util.Locale.ROOT))) {
                scenarios.add(Scenario.of("per-call header " + spelling + " is refused", () -> assertThatThrownBy(
                                () -> RequestOptions.builder().header(spelling, "x"))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining(spelling)));
            }
        }
        return Scenario.tests(scenarios);
    }

    /** A hostile value of another shape than the others: a CR LF header injection in a per-call header value. */
    @TestFactory
    Stream<DynamicTest> headerInjection() {
        return Scenario.tests(List.of(
                Scenario.of("per-call header value with CR LF is refused before sending", () -> assertThatThrownBy(
                                () -> RequestOptions.builder()
                                        .header("X-Trace", "a\r\nAuthorization: Bearer stolen")
                                        .build())
                        .isInstanceOf(IllegalArgumentException.class))));
    }

    static String printable(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.append('"').toString();
    }
}
