package dev.dbcloud.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.core.Credentials;
import dev.dbcloud.core.errors.WaitFailedException;
import dev.dbcloud.crunchy.CrunchyBridgeClient;
import dev.dbcloud.crunchy.ListClustersParams;
import dev.dbcloud.testing.LocalCloud;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CrunchyBridgeExampleTest {
    private final LocalCloud cloud =
            LocalCloud.start(LocalCloud.Options.defaults().withSpeed(3_000));
    private final CrunchyBridgeClient cb = Launch.crunchyBridge(cloud);
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @AfterEach
    void close() {
        cb.close();
        cloud.close();
    }

    @Test
    void deletesTheClusterAndItsForkWhenAStepFails() {
        long before = clusterCount();
        FailAfter printed =
                FailAfter.printing(" created, state ", () -> cloud.faults().failNext(1, 500));

        try (CrunchyBridgeClient noRetries = CrunchyBridgeClient.builder()
                .baseUrl(cloud.crunchyBridgeUrl())
                .credentials(Credentials.bearer(cloud.crunchyBridgeApiKey()))
                .sleeper(cloud.clock().sleeper())
                .maxRetries(0)
                .build()) {
            assertThatThrownBy(() ->
                            CrunchyBridgeExample.run(noRetries, new Narrator(printed.stream(), cloud.clock(), true)))
                    .isInstanceOf(WaitFailedException.class)
                    .hasMessageContaining("failed with status 500");
        }

        assertThat(printed.fired()).isTrue();
        assertThat(printed.printed())
                .containsPattern("the example stopped before its end; cleaning up \\(best effort\\): deleting"
                        + " [a-z2-7]{26}, [a-z2-7]{26}")
                .containsPattern("cleanup: cluster [a-z2-7]{26} deleted(.|\\R)*cleanup: cluster [a-z2-7]{26} deleted")
                .doesNotContain("Crunchy Bridge example done");
        assertThat(clusterCount()).isEqualTo(before);
    }

    private long clusterCount() {
        return cb
                .clusters()
                .list(ListClustersParams.builder()
                        .teamId(cloud.crunchyBridgeDefaultTeamId())
                        .build())
                .stream()
                .count();
    }

    @Test
    void runsEveryStepAgainstTheLocalCloud() {
        CrunchyBridgeExample.run(cb, new Narrator(out, cloud.clock(), true));

        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed)
                .contains("team Personal (" + cloud.crunchyBridgeDefaultTeamId() + ")")
                .contains("page 1: analytics [ready], billing [ready] (next cursor ")
                .contains("page 3: inventory [ready]")
                .contains("5 cluster(s) on 3 page(s)")
                .containsPattern("created [a-z2-7]{25}[aeimquy4], state creating; waiting until ready")
                .contains("is ready (waited ")
                .contains("6 configuration parameter(s) may be set; a change of these restarts Postgres: "
                        + "postgres:max_connections, postgres:shared_buffers")
                .containsPattern("configured [a-z2-7]{26} without a restart: postgres:log_statement=ddl, "
                        + "postgres:log_min_duration_statement=500")
                .contains("postgres:max_connections=200 with allow_restart: cluster restarting; waiting until ready")
                .contains("postgres:max_connections is now 200")
                .containsPattern("firewall of network [a-z2-7]{26}: allowed 203.0.113.0/24 \\(ingress, office\\) and "
                        + "198.51.100.7/32 \\(egress, log collector\\)")
                .containsPattern(
                        "narrowed the office rule; the network's rules: .*203.0.113.0/25 \\(ingress, office\\)")
                .containsPattern("the network's rules: .*198.51.100.7/32 \\(egress, log collector\\)")
                .contains("removed both rules; deleting the office rule again: 410 Gone")
                .containsPattern("fork [a-z2-7]{26} created, state creating")
                .containsPattern("fork [a-z2-7]{26}: ready")
                .contains("start-backup on ")
                .contains(": 2 backup(s)")
                .containsPattern("cluster [a-z2-7]{26}: suspended")
                .containsPattern("resuming [a-z2-7]{26}: state resuming")
                .contains("410 Gone, as documented")
                .contains("Crunchy Bridge example done");
        assertThat(cb.clusters().listAll(ListClustersParams.builder().build()))
                .hasSize(LocalCloud.Options.DEFAULT_CRUNCHY_CLUSTERS);
    }

    @Test
    void changesNothingWithoutConfirmation() {
        CrunchyBridgeExample.run(cb, new Narrator(out, cloud.clock(), false));

        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed)
                .contains("dry run: would create cluster dbcloud-example-")
                .doesNotContain("creating ");
        assertThat(cb.clusters().listAll(ListClustersParams.builder().build()))
                .hasSize(LocalCloud.Options.DEFAULT_CRUNCHY_CLUSTERS);
    }
}
