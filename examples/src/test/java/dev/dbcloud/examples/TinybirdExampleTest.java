package dev.dbcloud.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.clickhouse.tinybird.Cluster;
import dev.dbcloud.clickhouse.tinybird.Region;
import dev.dbcloud.clickhouse.tinybird.TinybirdClient;
import dev.dbcloud.core.Credentials;
import dev.dbcloud.core.errors.WaitFailedException;
import dev.dbcloud.testing.LocalCloud;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TinybirdExampleTest {
    private final LocalCloud cloud =
            LocalCloud.start(LocalCloud.Options.defaults().withSpeed(3_000));
    private final TinybirdClient tb = Launch.tinybird(cloud);
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @AfterEach
    void close() {
        tb.close();
        cloud.close();
    }

    private Cluster euCluster() {
        return tb.organization(cloud.tinybirdOrganizationId()).clusters().get("dedicated-aws-eu-west-1-01");
    }

    @Test
    void addsRebalancesAndRemovesAReplicaOnTheLocalCloud() {
        Cluster before = euCluster();

        TinybirdExample.run(
                tb,
                cloud.tinybirdOrganizationId(),
                Optional.of(Region.AWS_EU_WEST_1),
                Optional.empty(),
                new Narrator(out, cloud.clock(), true));

        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed)
                .contains("regions (GET /v0/regions, no token needed): EU (GCP)")
                .contains("3 dedicated cluster(s), 1 in ")
                .contains("dedicated-aws-eu-west-1-01 analytics-eu (aws eu-west-1): replicas [replica-1 running]")
                .contains("adding a 4-32 replica to dedicated-aws-eu-west-1-01 with 50% of the reads")
                .contains("replica replica-2 requested: replica_add_requested")
                .contains("idle, replicas [replica-1 running, replica-2 running]")
                .contains("rebalancing: half of the writes to replica-2")
                .contains("weights now {writer={replica-1=50, replica-2=50}, reader={replica-1=50, replica-2=50}}")
                .contains("a write with stale old_weights is refused: 409 old_weights do not match")
                .contains("idle, replicas [replica-1 running]")
                .contains("Tinybird example done");
        assertThat(euCluster().clusterWeights()).isEqualTo(before.clusterWeights());
        assertThat(euCluster().replicas()).containsOnlyKeys("replica-1");
    }

    @Test
    void removesTheReplicaAndRestoresTheWeightsWhenAStepFails() {
        Cluster before = euCluster();
        FailAfter printed = FailAfter.printing(
                "replica replica-2 requested", () -> cloud.faults().failNext(1, 500));

        try (TinybirdClient noRetries = TinybirdClient.builder()
                .baseUrl(cloud.tinybirdUrl())
                .credentials(Credentials.bearer(cloud.tinybirdToken()))
                .sleeper(cloud.clock().sleeper())
                .maxRetries(0)
                .build()) {
            assertThatThrownBy(() -> TinybirdExample.run(
                            noRetries,
                            cloud.tinybirdOrganizationId(),
                            Optional.of(Region.AWS_EU_WEST_1),
                            Optional.empty(),
                            new Narrator(printed.stream(), cloud.clock(), true)))
                    .isInstanceOf(WaitFailedException.class)
                    .hasMessageContaining("failed with status 500");
        }

        assertThat(printed.fired()).isTrue();
        assertThat(printed.printed())
                .contains("the example stopped before its end; cleaning up (best effort): removing replica-2 from"
                        + " dedicated-aws-eu-west-1-01")
                .contains("cleanup done: dedicated-aws-eu-west-1-01")
                .doesNotContain("Tinybird example done");
        assertThat(euCluster().replicas()).containsOnlyKeys("replica-1");
        assertThat(euCluster().clusterWeights()).isEqualTo(before.clusterWeights());
    }

    @Test
    void theRealApiNeedsTheOrganizationAndTheOneClusterToChange() {
        assertThat(TinybirdExample.refusal(Optional.of("org"), Optional.empty()))
                .hasValueSatisfying(m -> assertThat(m).contains("--organization=<organization id>", "--cluster="));
        assertThat(TinybirdExample.refusal(Optional.empty(), Optional.of("c"))).isPresent();
        assertThat(TinybirdExample.refusal(Optional.of("org"), Optional.of(" ")))
                .isPresent();
        assertThat(TinybirdExample.refusal(Optional.of("org"), Optional.of("c")))
                .isEmpty();
    }

    @Test
    void changesNothingOnAClusterNotFound() {
        TinybirdExample.run(
                tb,
                cloud.tinybirdOrganizationId(),
                Optional.empty(),
                Optional.of("nope"),
                new Narrator(out, cloud.clock(), true));

        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("no cluster nope in organization " + cloud.tinybirdOrganizationId())
                .doesNotContain("adding");
        assertThat(euCluster().replicas()).containsOnlyKeys("replica-1");
    }

    @Test
    void changesNothingWithoutConfirmation() {
        TinybirdExample.run(
                tb,
                cloud.tinybirdOrganizationId(),
                Optional.of(Region.AWS_EU_WEST_1),
                Optional.of("dedicated-aws-eu-west-1-01"),
                new Narrator(out, cloud.clock(), false));

        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("dry run: would add a 4-32 replica to dedicated-aws-eu-west-1-01");
        assertThat(euCluster().replicas()).containsOnlyKeys("replica-1");
        assertThat(euCluster().operationInProgress()).contains(false);
    }
}
