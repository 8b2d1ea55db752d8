package dev.dbcloud.examples.coverage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the API coverage gate counts as covered, and what fails it, on small made-up inputs. */
class CoverageTest {
    private static final Operation LIST = new Operation("Crunchy Bridge", "GET", "/clusters", "Clusters", false, false);
    private static final Operation GET =
            new Operation("Crunchy Bridge", "GET", "/clusters/{cluster_id}", "Clusters", false, false);
    private static final Operation OLD =
            new Operation("Crunchy Bridge", "GET", "/clusters/{cluster_id}/firewall", "Firewall", true, false);
    private static final Operation NEW =
            new Operation("ClickHouse Cloud", "POST", "/v1/things/{id}", "Things", false, true);

    private static Declaration declared(Operation op, boolean beta, boolean deprecated, Declaration.Sender... senders) {
        return new Declaration(
                "sdk-x",
                "dev.dbcloud.x.internal.XEndpoints",
                op.method() + "_" + op.path().length(),
                op.method(),
                op.path().replace("cluster_id", "clusterId"),
                beta,
                deprecated,
                List.of(senders));
    }

    @Test
    void anOperationIsCoveredWhenDeclaredAndSentByItsModulesTests() {
        Coverage coverage = Coverage.check(
                List.of(LIST, GET),
                List.of(declared(LIST, false, false), declared(GET, false, false)),
                Map.of("sdk-x", Set.of(LIST.key())),
                List.of());

        assertThat(coverage.report()).last().isEqualTo("API coverage: Crunchy Bridge 1/2");
        assertThat(coverage.report()).contains("Crunchy Bridge 1/2", "  Clusters 1/2");
        assertThat(String.join("\n", coverage.problems()))
                .contains("GET /clusters/{cluster_id} (Crunchy Bridge, Clusters): sdk-x XEndpoints.")
                .contains("sdk-x's tests never sent it on the wire")
                .endsWith("GET /clusters/{cluster_id} not yet implemented");
    }

    @Test
    void anExcludedOperationPassesAndAStaleOrUnknownExclusionFailsWithTheLinesToDelete() {
        List<Exclusion> exclusions = Exclusion.parse(List.of(
                "# comment",
                "GET /clusters/{id}  not yet implemented",
                "GET /clusters   not yet implemented",
                "DELETE /nowhere not yet implemented"));

        Coverage coverage = Coverage.check(
                List.of(LIST, GET),
                List.of(declared(LIST, false, false)),
                Map.of("sdk-x", Set.of(LIST.key())),
                exclusions);

        assertThat(coverage.problems())
                .containsExactly(
                        "The exclusion list names operations that are covered now (or names them twice); delete these"
                                + " lines from " + Exclusion.FILE + ":\nGET /clusters   not yet implemented",
                        "The exclusion list names operations no specification has; delete (or correct) these lines of "
                                + Exclusion.FILE + ":\nDELETE /nowhere not yet implemented");
    }

    @Test
    void aModuleWithoutAWireRecordFailsNamingTheModuleToTestFirst() {
        Coverage coverage = Coverage.check(List.of(LIST), List.of(declared(LIST, false, false)), Map.of(), List.of());

        assertThat(coverage.problems())
                .singleElement()
                .asString()
                .startsWith("No record of what sdk-x's tests sent on the wire (sdk-x/" + WireRecords.RECORD + ")")
                .contains("mvn -pl sdk-x -am test");
    }

    @Test
    void deprecatedAndBetaOperationsMustBeMarkedOnTheirDeclaration() {
        Map<String, Set<String>> sent = Map.of("sdk-x", Set.of(OLD.key(), NEW.key()));

        assertThat(Coverage.check(
                                List.of(OLD, NEW),
                                List.of(declared(OLD, false, true), declared(NEW, true, false)),
                                sent,
                                List.of())
                        .problems())
                .isEmpty();
        assertThat(Coverage.check(
                                List.of(OLD, NEW),
                                List.of(
                                        declared(
                                                OLD,
                                                false,
                                                false,
                                                new Declaration.Sender("Firewall.list", false, true),
                                                new Declaration.Sender("Firewall.WithRawResponse.list", false, false)),
                                        declared(
                                                NEW,
                                                true,
                                                false,
                                                new Declaration.Sender("Things.create", false, false))),
                                sent,
                                List.of())
                        .problems())
                .containsExactly(
                        "sdk-x XEndpoints.GET_31 sends GET /clusters/{cluster_id}/firewall, which the Crunchy Bridge"
                                + " specification marks deprecated: mark the declaration, Firewall.WithRawResponse.list"
                                + " @Deprecated, with the specification's advice in the Javadoc.",
                        "sdk-x XEndpoints.POST_15 sends POST /v1/things/{id}, which the ClickHouse Cloud specification"
                                + " marks beta: mark Things.create @Beta (dev.dbcloud.core.Beta; on the declaration's or"
                                + " the method's class when all of it is beta).");
    }

    @Test
    void placeholderNamesAndATrailingSlashDoNotMatter() {
        assertThat(Operation.key("get", "/orgs/{organization_id}/clusters/"))
                .isEqualTo(Operation.key("GET", "/orgs/{organizationId}/clusters"))
                .isEqualTo("GET /orgs/{}/clusters");
    }

    @Test
    void anExclusionWithoutAReasonIsRefusedNamingItsLine() {
        assertThatIllegalStateException()
                .isThrownBy(() -> Exclusion.parse(List.of("", "GET /clusters")))
                .withMessageContaining(Exclusion.FILE + ":2");
    }

    @Test
    void tinybirdOperationsAreTheEndpointTableUnderItsBaseLine(@TempDir Path dir) throws Exception {
        Path md = dir.resolve("tinybird.md");
        Files.writeString(
                md,
                "## 4. Organizations API endpoints\n\nBase: `https://<region host>/v0/organizations/{organization_id}`."
                        + "\n\n| Method | Path | Body |\n|---|---|---|\n| GET | `/clusters` | — |\n"
                        + "| DELETE | `/clusters/{cluster_id}/replicas/{replica_name}` | `{…}` |\n");

        assertThat(Specifications.tinybird(md))
                .extracting(Operation::name, Operation::tag)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "GET /v0/organizations/{organization_id}/clusters", "Organizations API endpoints"),
                        org.assertj.core.groups.Tuple.tuple(
                                "DELETE /v0/organizations/{organization_id}/clusters/{cluster_id}/replicas/{replica_name}",
                                "Organizations API endpoints"));
    }

    @Test
    void aClassRootBelongsToTheModuleItWasBuiltIn() {
        assertThat(Declarations.moduleOf(Path.of("/p/sdk-crunchy/target/classes")))
                .isEqualTo("sdk-crunchy");
        assertThat(Declarations.moduleOf(Path.of("/p/sdk-crunchy/target/sdk-crunchy-0.1.0-SNAPSHOT.jar")))
                .isEqualTo("sdk-crunchy");
        assertThat(Declarations.moduleOf(Path.of("/m2/dev/dbcloud/sdk-postgres/1.2.0/sdk-postgres-1.2.0.jar")))
                .isEqualTo("sdk-postgres");
    }

    @Test
    void theReadmeMustStateTheFiguresTheGateCounts() {
        String summary = "API coverage: ClickHouse Cloud 56/142, Tinybird 5/5";

        assertThat(ReadmeCoverage.check(
                        "| `sdk-clickhouse` | ClickHouse Cloud 56/142; Tinybird 5/5 |\n" + summary, summary))
                .isEmpty();
        assertThat(ReadmeCoverage.check("| `sdk-clickhouse` | ClickHouse Cloud 55/142 |\n", summary))
                .singleElement()
                .asString()
                .contains("'" + summary + "'", "ClickHouse Cloud 55/142", "Tinybird (missing)");
    }
}
