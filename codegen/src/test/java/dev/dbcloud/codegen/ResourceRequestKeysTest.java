package dev.dbcloud.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The resource keys that shape what a raw method sends or checks ({@code queryParams}, {@code queryOf}, {@code
 * bodyOf}, {@code before}, {@code pathText}), the raw-only operation and its Javadoc, constants, and deprecated
 * subresources: each written into the generated source as documented.
 */
class ResourceRequestKeysTest {
    @TempDir
    Path dir;

    private String generate(String resource) throws IOException {
        Path file = dir.resolve("Things.yaml");
        Files.writeString(file, "package: dev.example\nresources:\n" + resource);
        List<JavaSource> sources = Generate.sourcesOf(file);
        assertThat(sources).hasSize(1);
        return sources.get(0).text();
    }

    @Test
    void queryParamsSendEachNamedValueRequired() throws IOException {
        String java = generate("""
                  - name: Things
                    operations:
                      - name: list
                        endpoint: ThingEndpoints.LIST
                        params: ["String teamId"]
                        queryParams: {team_id: teamId}
                        returns: List<Thing>
                """);
        assertThat(java)
                .contains("import java.util.Objects;")
                .contains("return send(ThingEndpoints.LIST.call()"
                        + ".query(\"team_id\", Objects.requireNonNull(teamId, \"teamId == null\")));");
    }

    @Test
    void queryOfBindsTheQueryParameterThroughTheNamedMethod() throws IOException {
        String metrics = """
                    operations:
                      - name: metrics
                        endpoint: ThingEndpoints.METRICS
                        params: ["String thingId", "MetricsParams params"]
                        query: params
                        queryOf: Queries.metrics
                        returns: Metrics
                """;
        assertThat(generate("  - name: Things\n" + metrics))
                .contains("return send(Queries.metrics(Objects.requireNonNull(params, \"params == null\"), "
                        + "ThingEndpoints.METRICS.call(thingId)));");
        assertThat(generate("  - name: Things\n    sender: organization\n" + metrics))
                .contains("return org.send(Queries.metrics(Objects.requireNonNull(params, \"params == null\"), "
                        + "org.call(ThingEndpoints.METRICS, thingId)));");
    }

    @Test
    void bodyOfSendsWhatTheNamedMethodMakesOfTheBodyParameter() throws IOException {
        String invoker = generate("""
                  - name: Things
                    operations:
                      - name: restart
                        endpoint: ThingEndpoints.RESTART
                        params: ["String thingId", "Service service"]
                        body: service
                        bodyOf: Bodies.restart
                        returns: Thing
                """);
        assertThat(invoker)
                .contains("return send(ThingEndpoints.RESTART.call(thingId)"
                        + ".body(Bodies.restart(Objects.requireNonNull(service, \"service == null\"))));");
        String organization = generate("""
                  - name: Things
                    sender: organization
                    operations:
                      - name: replace
                        endpoint: ThingEndpoints.REPLACE
                        params: ["String thingId", "ConfigParams params"]
                        body: params
                        bodyOf: ConfigBody.replacing
                        returns: Config
                """);
        assertThat(organization)
                .contains("return org.sendWith(ThingEndpoints.REPLACE, "
                        + "ConfigBody.replacing(Objects.requireNonNull(params, \"params == null\")), thingId);");
    }

    @Test
    void beforeRunsTheNamedCheckFirstAndPathTextNamesTheAccessor() throws IOException {
        String java = generate("""
                  - name: Things
                    operations:
                      - name: fork
                        endpoint: ThingEndpoints.FORK
                        params: ["String thingId", "ForkParams params"]
                        body: params
                        before: Checks.fork
                        returns: Thing
                      - name: get
                        endpoint: ThingEndpoints.GET
                        params: ["VersionRef version"]
                        pathText: toString
                        returns: Thing
                """);
        assertThat(java)
                .contains("        public ApiResponse<Thing> fork(String thingId, ForkParams params) {\n"
                        + "            Checks.fork(invoker(), thingId, params);\n"
                        + "            return send(ThingEndpoints.FORK.call(thingId)"
                        + ".body(Objects.requireNonNull(params, \"params == null\")));\n")
                .contains("return send(ThingEndpoints.GET.call("
                        + "Objects.requireNonNull(version, \"version == null\").toString()));");
    }

    @Test
    void aRawOnlyOperationLeavesTheTypedMethodToAWorkflowAndKeepsItsRawJavadoc() throws IOException {
        String java = generate("""
                  - name: Things
                    rawDoc: The single requests of {@link Things}.
                    operations:
                      - name: update
                        rawOnly: true
                        rawDoc: "{@code PATCH /things/{id}} exactly as given."
                        endpoint: ThingEndpoints.UPDATE
                        params: ["String id", "UpdateParams params"]
                        body: params
                        returns: Thing
                    methods:
                      - name: update
                        params: ["String id", "UpdateParams params"]
                        returns: Thing
                        delegate: Updates.keepingTags
                """);
        assertThat(java)
                .contains("return Updates.keepingTags(invoker(), id, params);")
                .doesNotContain("return withRawResponse().update(id, params).value();")
                .contains("    /**\n     * The single requests of {@link Things}.\n     */\n"
                        + "    public static final class WithRawResponse")
                .contains("        /**\n         * {@code PATCH /things/{id}} exactly as given.\n         */\n"
                        + "        public ApiResponse<Thing> update(String id, UpdateParams params) {");
    }

    @Test
    void constantsAreWrittenFromTheirValues() throws IOException {
        String java = generate("""
                  - name: Things
                    constants:
                      - name: POLL
                        doc: The pause between polls.
                        type: Duration
                        value: PT5S
                      - name: GRACE
                        type: Duration
                        value: PT2M
                      - name: SHORT
                        type: Duration
                        value: PT0.25S
                      - name: POLLS
                        type: int
                        value: "3"
                      - name: LABEL
                        type: String
                        value: say "hi"
                    operations: []
                """);
        assertThat(java)
                .contains("import java.time.Duration;")
                .contains("    /**\n     * The pause between polls.\n     */\n"
                        + "    public static final Duration POLL = Duration.ofSeconds(5);")
                .contains("public static final Duration GRACE = Duration.ofMinutes(2);")
                .contains("public static final Duration SHORT = Duration.ofMillis(250);")
                .contains("public static final int POLLS = 3;")
                .contains("public static final String LABEL = \"say \\\"hi\\\"\";");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> generate("""
                          - name: Things
                            constants: [{name: X, type: Instant, value: now}]
                        """))
                .withMessageContaining("Things > constants > X: a constant's 'type' is Duration");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> generate("""
                          - name: Things
                            constants: [{name: X, type: Duration, value: 5s}]
                        """))
                .withMessageContaining("a Duration is ISO-8601, such as PT20M, not 5s");
    }

    @Test
    void aDeprecatedSubresourceIsMadeOnEachCallWithoutAField() throws IOException {
        String java = generate("""
                  - name: Things
                    context: ["String team"]
                    subresources:
                      - name: parts
                        type: Parts
                      - name: legacy
                        type: Legacy
                        doc: |-
                          The old routes.

                          @return the old routes
                          @deprecated use {@link #parts()}
                        deprecated: true
                    operations: []
                """);
        assertThat(java)
                .contains("private final Parts parts;")
                .contains("this.parts = new Parts(invoker, team);")
                .doesNotContain("private final Legacy")
                .doesNotContain("this.legacy")
                .contains("""
                            @Deprecated
                            public Legacy legacy() {
                                return new Legacy(invoker(), team);
                            }
                        """);
    }

    @Test
    void misusedKeysFailNamingTheOperation() {
        assertRefused(
                "{name: a, endpoint: E.A, params: [\"String x\"], queryOf: Q.a, returns: T}",
                "Things > operations > a: 'queryOf' binds the 'query' parameter");
        assertRefused(
                "{name: b, endpoint: E.B, params: [\"String x\"], bodyOf: B.b, returns: T}",
                "'bodyOf' makes the 'body' parameter's body");
        assertRefused(
                "{name: c, endpoint: E.C, params: [\"String x\"], queryParams: {team_id: y}, returns: T}",
                "'y' is not one of its params");
        assertRefused(
                "{name: d, endpoint: E.D, params: [\"String x\"], queryParams: [x], returns: T}",
                "'queryParams' must be a map");
        assertRefused(
                "{name: e, endpoint: E.E, params: [\"String x\"], rawOnly: true, queryDefault: Q, returns: T}",
                "a 'rawOnly' operation has no 'queryDefault'");
    }

    private void assertRefused(String operation, String message) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> generate("  - name: Things\n    operations:\n      - " + operation + "\n"))
                .withMessageContaining(message);
    }
}
