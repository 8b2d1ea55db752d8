package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dbcloud.crunchy.Cluster;
import dev.dbcloud.crunchy.ClusterState;
import dev.dbcloud.crunchy.CreateClusterParams;
import dev.dbcloud.crunchy.CrunchyBridgeClient;
import dev.dbcloud.testing.LocalCloud;
import dev.dbcloud.testing.LocalCloudExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What a Crunchy Bridge user's own test looks like: the extension hands it a client of the local cloud. */
@ExtendWith(LocalCloudExtension.class)
class ClusterProvisioningTest {
    /** How long the local cloud's Crunchy Bridge takes to provision a cluster, in simulated time. */
    private static final Duration PROVISIONING = Duration.ofMinutes(2);

    @Test
    void createsAClusterAndWaitsUntilItIsReady(CrunchyBridgeClient cb, LocalCloud cloud) {
        Instant simulatedStart = cloud.clock().clock().instant();
        long realStart = System.nanoTime();

        Cluster cluster = cb.clusters().create(CreateClusterParams.builder()
                .name("orders")
                .teamId(cloud.crunchyBridgeDefaultTeamId())
                .planId("hobby-2")
                .providerId("aws")
                .regionId("us-west-2")
                .build());
        Cluster ready = cb.clusters().waitUntilReady(cluster.id(), Duration.ofMinutes(30));

        Duration simulated = Duration.between(simulatedStart, cloud.clock().clock().instant());
        Duration real = Duration.ofNanos(System.nanoTime() - realStart);
        assertEquals(Optional.of(ClusterState.READY), ready.state(), () -> "not ready: " + ready);
        assertTrue(simulated.compareTo(PROVISIONING) >= 0, () -> "simulated time passed: " + simulated);
        assertTrue(real.compareTo(Duration.ofSeconds(10)) < 0, () -> "real time passed: " + real);
    }

    @Test
    void onlyTheApiModulesOfTheProjectAreOnTheClassPath() {
        assertThrows(
                ClassNotFoundException.class, () -> Class.forName("dev.dbcloud.clickhouse.ClickHouseCloudClient"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("dev.dbcloud.postgres.ManagedPostgresClient"));
    }
}
