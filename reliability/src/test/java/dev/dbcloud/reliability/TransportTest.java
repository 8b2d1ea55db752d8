package dev.dbcloud.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.core.errors.ApiResponseException;
import dev.dbcloud.core.testing.Fault;
import dev.dbcloud.core.testing.HostileServer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Transport rules: plain HTTP only to loopback unless the caller opts in, and no redirect to another origin is ever
 * followed, so credentials never travel to a host the caller did not name. Building a client never connects, so the
 * non-loopback URLs below are never contacted.
 */
class TransportTest {
    /** Plain-HTTP roots that are not loopback: refused when the client is built. */
    static final List<String> NON_LOOPBACK_HTTP = List.of(
            "http://10.1.2.3/", "http://api.example.com/", "http://127.0.0.1.example.com/", "http://[::ffff:a01:203]/");

    /** Plain-HTTP roots on loopback: accepted, for local test servers. */
    static final List<String> LOOPBACK_HTTP = List.of("http://127.0.0.1:1/", "http://localhost:1/", "http://[::1]:1/");

    @TestFactory
    Stream<DynamicTest> plainHttp() {
        List<Scenario> scenarios = new ArrayList<>();
        for (Target target : Targets.all()) {
            for (String url : NON_LOOPBACK_HTTP) {
                scenarios.add(Scenario.of(target + " refuses plain " + url + " when built", () -> assertThatThrownBy(
                                () -> target.build(target.bareBuilder(url)))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining("http://")));
            }
            for (String url : LOOPBACK_HTTP) {
                scenarios.add(Scenario.of(target + " accepts plain " + url + " (loopback)", () -> {
                    try (AutoCloseable client = target.build(target.bareBuilder(url))) {
                        assertThat(client).isNotNull();
                    }
                }));
            }
        }
        return Scenario.tests(scenarios);
    }

    @TestFactory
    Stream<DynamicTest> redirects() {
        List<Scenario> scenarios = new ArrayList<>();
        for (Target target : Targets.all()) {
            for (Operation operation : target.operations) {
                for (int status : new int[] {301, 302, 307, 308}) {
                    for (String host : List.of("127.0.0.1", "localhost")) {
                        scenarios.add(Scenario.of(
                                target + " " + operation.method + " " + operation + " does not follow " + status
                                        + " to another origin (" + host + ", another port)",
                                () -> redirectElsewhere(target, operation, status, host)));
                    }
                }
            }
            Operation read = target.operations.get(0);
            scenarios.add(Scenario.of(
                    target + " " + read + " follows a same-origin redirect with its credentials",
                    () -> sameOriginRedirect(target, read)));
        }
        return Scenario.tests(scenarios);
    }

    private static void redirectElsewhere(Target target, Operation operation, int status, String host) {
        try (HostileServer elsewhere =
                        HostileServer.start(Fault.json(200, operation.okBody == null ? "{}" : operation.okBody));
                HostileServer server = HostileServer.start(
                        Fault.redirect(status, "http://" + host + ":" + elsewhere.port() + "/steal"))) {
            Outcome outcome = Outcome.run(target, operation, server.url(), server);
            assertThat(outcome.failure()).as("the redirect is an error").isInstanceOf(ApiResponseException.class);
            assertThat(((ApiResponseException) outcome.failure()).statusCode()).isEqualTo(status);
            assertThat(elsewhere.requests())
                    .as("requests reaching the other origin")
                    .isEmpty();
            assertThat(server.requests()).as("one attempt").hasSize(1);
        }
    }

    private static void sameOriginRedirect(Target target, Operation read) {
        try (HostileServer server = HostileServer.start(Fault.redirect(302, "/moved"), Fault.json(200, read.okBody))) {
            Outcome outcome = Outcome.run(target, read, server.url(), server);
            outcome.succeeds();
            assertThat(server.requests()).hasSize(2);
            HostileServer.Recorded moved = server.requests().get(1);
            assertThat(moved.path()).isEqualTo("/moved");
            String auth = moved.header("Authorization");
            String query = moved.target().contains("?") ? moved.target() : "";
            assertThat(auth != null || query.contains("token="))
                    .as("the credentials go along to the same origin")
                    .isTrue();
        }
    }
}
