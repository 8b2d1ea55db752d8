package dev.dbcloud.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.core.Credentials;
import dev.dbcloud.crunchy.Cluster;
import dev.dbcloud.crunchy.CrunchyBridgeClient;
import dev.dbcloud.crunchy.PostgresVersion;
import dev.dbcloud.crunchy.Team;
import dev.dbcloud.crunchy.UpdateClusterParams;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LocalCloudTest {

    @Test
    void servesEachApiOnItsOwnLoopbackPortAndStopsWhenClosed() {
        LocalCloud cloud = LocalCloud.start(LocalCloud.Options.defaults().withCrunchyClusters(0));

        assertThat(cloud.crunchyBridgeUrl()).startsWith("http://127.0.0.1:");
        assertThat(cloud.tinybirdUrl()).startsWith("http://127.0.0.1:").isNotEqualTo(cloud.crunchyBridgeUrl());
        assertThat(cloud.crunchyBridgeApiKey()).startsWith("cbkey_");
        assertThat(cloud.options().speed()).isEqualTo(LocalCloud.Options.DEFAULT_SPEED);
        assertThat(cloud.clock().speed()).isEqualTo(LocalCloud.Options.DEFAULT_SPEED);
        assertThat(cloud.clickHouseCloudUrl())
                .startsWith("http://127.0.0.1:")
                .isNotIn(cloud.crunchyBridgeUrl(), cloud.tinybirdUrl());
        assertThat(cloud.clickHouseCloudKeyId()).isEqualTo("LOCALCLOUDKEYID0AAAA");
        assertThat(cloud.clickHouseCloudKeySecret()).startsWith("4b1d").hasSize(41);
        assertThat(cloud.clickHouseOrganizationId())
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(cloud.tinybirdToken()).startsWith("p.");
        assertThat(cloud.tinybirdOrganizationId()).isNotEqualTo(cloud.clickHouseOrganizationId());
        assertThat(cloud.toString())
                .contains(cloud.clickHouseCloudUrl(), cloud.crunchyBridgeUrl(), cloud.tinybirdUrl());
        assertThat(Raw.send("GET", cloud.crunchyBridgeUrl() + "/providers", null)
                        .statusCode())
                .isEqualTo(200);
        assertThat(Raw.send("GET", cloud.crunchyBridgeUrl() + "/nowhere", null).statusCode())
                .isEqualTo(404);
        assertThat(Raw.send("DELETE", cloud.crunchyBridgeUrl() + "/providers", null)
                        .statusCode())
                .isEqualTo(405);

        cloud.close();

        assertThatThrownBy(() -> Raw.send("GET", cloud.crunchyBridgeUrl() + "/providers", null))
                .isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void closingEndsTheThreadsThatWouldKeepTheJvmAlive() {
        Set<Thread> before = liveNonDaemonThreads();
        LocalCloud cloud = LocalCloud.start();
        Set<Thread> started = liveNonDaemonThreads();
        started.removeAll(before);

        assertThat(started).isNotEmpty();
        assertThat(System.getProperty("sun.net.httpserver.nodelay")).isEqualTo("true");

        cloud.close();
        cloud.close();

        assertThat(started).noneMatch(Thread::isAlive);
    }

    private static Set<Thread> liveNonDaemonThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !t.isDaemon())
                .collect(Collectors.toCollection(HashSet::new));
    }

    @Test
    void acceleratedTimeDividesSimulatedDurationsBySpeed() {
        SimClock clock = new SimClock(60);

        assertThat(clock.toReal(Duration.ofMinutes(2))).isEqualTo(Duration.ofSeconds(2));
        assertThat(clock.toReal(Duration.ofSeconds(-1))).isZero();
        assertThat(clock.passed(clock.deadline(Duration.ZERO))).isTrue();
        assertThat(clock.passed(clock.deadline(Duration.ofHours(1)))).isFalse();
        assertThatThrownBy(() -> new SimClock(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void simulatedTimeRunsSpeedTimesFasterThanTheWallClock() throws InterruptedException {
        Instant wallBefore = Instant.now();
        long start = System.nanoTime();
        SimClock clock = new SimClock(3_600);
        Clock simulated = clock.clock();
        Instant before = simulated.instant();
        // a busy machine may pause this thread between those lines: bound by the real time that really passed
        Duration toFirstInstant = Duration.ofNanos(System.nanoTime() - start);

        Thread.sleep(20);

        Instant after = simulated.instant();
        Duration wall = Duration.ofNanos(System.nanoTime() - start);
        assertThat(before)
                .isBetween(
                        wallBefore.minusSeconds(1),
                        wallBefore.plus(toFirstInstant.multipliedBy(3_600)).plusSeconds(1));
        assertThat(Duration.between(before, after)).isGreaterThanOrEqualTo(Duration.ofSeconds(72));
        assertThat(Duration.between(before, after))
                .isLessThanOrEqualTo(wall.multipliedBy(3_600).plusSeconds(1));
        assertThat(simulated.getZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(simulated.withZone(ZoneId.of("Europe/Paris")).getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(simulated.toString()).contains("3600.0x");
    }

    @Test
    void crunchyIdsHaveTheDocumentedShape() {
        assertThat(IntStream.range(0, 500).mapToObj(i -> Eids.next()))
                .allMatch(id -> id.matches("^[a-z2-7]{25}[aeimquy4]$"))
                .doesNotHaveDuplicates();
    }

    @Test
    void crunchyTeamsVersionsAndUpdates() {
        try (LocalCloud cloud = LocalCloud.start();
                CrunchyBridgeClient cb = CrunchyBridgeClient.builder()
                        .baseUrl(cloud.crunchyBridgeUrl())
                        .credentials(Credentials.bearer(cloud.crunchyBridgeApiKey()))
                        .build()) {
            Team team = cb.teams().get(cloud.crunchyBridgeDefaultTeamId());
            assertThat(team.isDefault()).isTrue();
            assertThat(cb.postgresVersions().list())
                    .filteredOn(PostgresVersion::isDefault)
                    .extracting(PostgresVersion::majorVersion)
                    .containsExactly(17);

            Cluster cluster = cb.clusters().list().items().get(0);
            Cluster updated = cb.clusters()
                    .update(
                            cluster.id(),
                            UpdateClusterParams.builder()
                                    .name("renamed")
                                    .maintenanceWindowStart(3)
                                    .isProtected(true)
                                    .build());
            assertThat(updated.name()).isEqualTo("renamed");
            assertThat(updated.maintenanceWindowStart()).contains(3);
            assertThatThrownBy(() -> cb.clusters().delete(cluster.id())).hasMessageContaining("is protected");
            Cluster unset = cb.clusters()
                    .update(
                            cluster.id(),
                            UpdateClusterParams.builder()
                                    .maintenanceWindowStart(-1)
                                    .build());
            assertThat(unset.maintenanceWindowStart()).isEmpty();
        }
    }
}
