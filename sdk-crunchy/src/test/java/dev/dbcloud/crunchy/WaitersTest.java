package dev.dbcloud.crunchy;

import static dev.dbcloud.crunchy.Fixtures.CLUSTER_ID;
import static dev.dbcloud.crunchy.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.errors.NotFoundException;
import dev.dbcloud.core.errors.ServerException;
import dev.dbcloud.core.errors.WaitFailedException;
import dev.dbcloud.core.errors.WaitTimeoutException;
import java.time.Duration;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WaitersTest extends MockApiTest {
    private static String status(String state) {
        return "{\"state\":\"" + state + "\",\"disk_usage\":null,\"oldest_backup_at\":null,\"ongoing_upgrade\":null}";
    }

    @Test
    void waitsUntilReadyBackingOffBetweenPolls() throws Exception {
        server.enqueue(json(200, status("creating")));
        server.enqueue(json(200, status("creating")));
        server.enqueue(json(200, status("finalizing")));
        server.enqueue(json(200, status("ready")));
        server.enqueue(Fixtures.cluster(200));

        Cluster ready = cb().clusters().waitUntilReady(CLUSTER_ID, Duration.ofMinutes(30));

        assertThat(ready.id()).isEqualTo(CLUSTER_ID);
        assertThat(server.getRequestCount()).isEqualTo(5);
        assertThat(time.sleeps())
                .containsExactly(Duration.ofSeconds(5), Duration.ofMillis(7500), Duration.ofMillis(11250));
        for (int i = 0; i < 4; i++) {
            assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/clusters/" + CLUSTER_ID + "/status");
        }
        take("GET", "/clusters/" + CLUSTER_ID);
    }

    @Test
    void toleratesTheNotFoundOfAClusterJustCreated() throws Exception {
        server.enqueue(json(404, "{\"message\":\"cluster not found\",\"request_id\":\"r\"}"));
        server.enqueue(json(404, "{\"message\":\"cluster not found\",\"request_id\":\"r\"}"));
        server.enqueue(json(200, status("creating")));
        server.enqueue(json(200, status("ready")));
        server.enqueue(Fixtures.cluster(200));

        Cluster ready = cb().clusters().waitUntilReady(CLUSTER_ID, Duration.ofMinutes(30));

        assertThat(ready.id()).isEqualTo(CLUSTER_ID);
        assertThat(server.getRequestCount()).isEqualTo(5);
    }

    @Test
    void failsFastOnCreationFailedWithTheLastStatus() {
        server.enqueue(json(200, status("creating")));
        server.enqueue(json(200, status("creation_failed")));

        assertThatThrownBy(() -> cb().clusters().waitUntilReady(CLUSTER_ID, Duration.ofHours(1)))
                .isInstanceOfSatisfying(WaitFailedException.class, e -> {
                    assertThat(e.getMessage())
                            .contains("cluster " + CLUSTER_ID + " to be ready")
                            .contains("state creation_failed");
                    assertThat(e.lastObserved(ClusterStatus.class).orElseThrow().state())
                            .contains(ClusterState.CREATION_FAILED);
                });
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void failsFastOnFailed() {
        server.enqueue(json(200, status("failed")));
        assertThatThrownBy(() -> cb().clusters().waitUntilReady(CLUSTER_ID, Duration.ofHours(1)))
                .isInstanceOfSatisfying(WaitFailedException.class, e -> assertThat(e.lastObserved(ClusterStatus.class)
                                .orElseThrow()
                                .state())
                        .contains(ClusterState.FAILED));
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void timesOutWithTheLastStatus() {
        for (int i = 0; i < 10; i++) {
            server.enqueue(json(200, status("restarting")));
        }
        assertThatThrownBy(() -> cb().clusters().waitUntilReady(CLUSTER_ID, Duration.ofSeconds(20)))
                .isInstanceOfSatisfying(WaitTimeoutException.class, e -> {
                    assertThat(e.getMessage()).contains("last seen: state restarting");
                    assertThat(e.lastObserved(ClusterStatus.class).orElseThrow().state())
                            .contains(ClusterState.RESTARTING);
                });
        assertThat(time.sleeps())
                .containsExactly(Duration.ofSeconds(5), Duration.ofMillis(7500), Duration.ofMillis(7500));
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void aMissingStateIsNotReady() {
        server.enqueue(json(200, "{\"state\":null}"));
        server.enqueue(json(200, "{}"));
        assertThatThrownBy(() -> cb().clusters().waitUntilReady(CLUSTER_ID, Duration.ofSeconds(1)))
                .isInstanceOfSatisfying(WaitTimeoutException.class, e -> assertThat(e.getMessage())
                        .contains("state (none)"));
    }

    @Test
    void aNotFoundPastTheFirstTwoMinutesEndsTheWait() {
        for (int i = 0; i < 12; i++) {
            server.enqueue(json(404, "{\"message\":\"not found\",\"request_id\":\"r\"}"));
        }
        assertThatThrownBy(() -> cb().clusters().waitUntilReady(CLUSTER_ID, Duration.ofMinutes(10)))
                .isInstanceOf(WaitFailedException.class)
                .hasCauseInstanceOf(NotFoundException.class);
        // 5 + 7.5 + 11.25 + 16.875 + 25.3 + 30 + 30 s: the poll after 2 minutes is the last
        assertThat(server.getRequestCount()).isEqualTo(8);
    }

    @Test
    void anotherApiErrorEndsTheWaitAtOnce() {
        server.enqueue(json(403, "{\"message\":\"forbidden\",\"request_id\":\"r\"}"));
        assertThatThrownBy(() -> cb().clusters().waitUntilReady(CLUSTER_ID, Duration.ofMinutes(1)))
                .isInstanceOf(WaitFailedException.class)
                .hasCauseInstanceOf(dev.dbcloud.core.errors.ForbiddenException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void waitsForAnUpgradeToFinish() throws Exception {
        String upgrading = "{\"cluster_id\":\"" + CLUSTER_ID + "\",\"team_id\":\"" + Fixtures.TEAM_ID
                + "\",\"operations\":[{\"flavor\":\"resize\",\"state\":\"in_progress\"}]}";
        server.enqueue(json(200, upgrading));
        server.enqueue(json(200, "{\"cluster_id\":\"" + CLUSTER_ID + "\",\"operations\":[]}"));

        ClusterUpgrade done = cb().clusters().upgrades().waitUntilFinished(CLUSTER_ID, Duration.ofHours(2));

        assertThat(done.isFinished()).isTrue();
        assertThat(done.operations()).isEmpty();
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(5));
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/clusters/" + CLUSTER_ID + "/upgrade");
    }

    @Test
    void anUpgradeWhoseOperationFailedEndsTheWait() {
        server.enqueue(json(
                200,
                "{\"operations\":[{\"flavor\":\"major_version_upgrade\",\"state\":\"creation_failed\"},"
                        + "{\"flavor\":\"ha_change\",\"state\":\"enabling_ha\"}]}"));
        assertThatThrownBy(() -> cb().clusters().upgrades().waitUntilFinished(CLUSTER_ID, Duration.ofHours(2)))
                .isInstanceOf(WaitFailedException.class)
                .hasMessageContaining("operations [major_version_upgrade creation_failed, ha_change enabling_ha]");
    }

    @Test
    void anUpgradeThatDoesNotFinishTimesOut() {
        for (int i = 0; i < 5; i++) {
            server.enqueue(json(200, "{\"operations\":[{\"flavor\":\"resize\",\"state\":\"scheduled\"}]}"));
        }
        assertThatThrownBy(() -> cb().clusters().upgrades().waitUntilFinished(CLUSTER_ID, Duration.ofSeconds(6)))
                .isInstanceOfSatisfying(WaitTimeoutException.class, e -> assertThat(e.lastObserved(ClusterUpgrade.class)
                                .orElseThrow()
                                .operations())
                        .singleElement()
                        .satisfies(op -> assertThat(op.state()).isEqualTo(OperationState.SCHEDULED)));
    }

    private static final RequestOptions TRACED =
            RequestOptions.builder().header("X-Trace", "wait-7").maxRetries(0).build();

    @Test
    void waitUntilReadySendsEveryPollWithTheOptions() throws Exception {
        server.enqueue(json(200, status("creating")));
        server.enqueue(json(200, status("finalizing")));
        server.enqueue(json(200, status("ready")));
        server.enqueue(Fixtures.cluster(200));

        Cluster ready = cb().clusters().withOptions(TRACED).waitUntilReady(CLUSTER_ID, Duration.ofMinutes(30));

        assertThat(ready.id()).isEqualTo(CLUSTER_ID);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(5), Duration.ofMillis(7500));
        for (int i = 0; i < 3; i++) {
            RecordedRequest poll = take("GET", "/clusters/" + CLUSTER_ID + "/status");
            assertThat(poll.getHeaders().values("X-Trace")).containsExactly("wait-7");
        }
        assertThat(take("GET", "/clusters/" + CLUSTER_ID).getHeaders().values("X-Trace"))
                .containsExactly("wait-7");
    }

    @Test
    void aSteadyPollIntervalFromTheClientOrTheCallReplacesTheSchedule() {
        for (int i = 0; i < 2; i++) {
            server.enqueue(json(200, status("creating")));
            server.enqueue(json(200, status("creating")));
            server.enqueue(json(200, status("ready")));
            server.enqueue(Fixtures.cluster(200));
        }
        try (CrunchyBridgeClient steady = Fixtures.builder(server, time)
                .pollInterval(Duration.ofSeconds(10))
                .build()) {
            steady.clusters().waitUntilReady(CLUSTER_ID, Duration.ofMinutes(30));
            steady.withOptions(RequestOptions.builder()
                            .pollInterval(Duration.ofSeconds(2))
                            .build())
                    .clusters()
                    .waitUntilReady(CLUSTER_ID, Duration.ofMinutes(30));
        }
        assertThat(time.sleeps())
                .containsExactly(
                        Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(2), Duration.ofSeconds(2));
    }

    @Test
    void waitUntilReadyPollsWithTheOptionsRetryLimit() {
        server.enqueue(json(200, status("creating")));
        server.enqueue(json(503, "{\"message\":\"unavailable\",\"request_id\":\"r\"}"));
        server.enqueue(json(200, status("ready")));

        assertThatThrownBy(() -> cb().clusters().withOptions(TRACED).waitUntilReady(CLUSTER_ID, Duration.ofMinutes(30)))
                .isInstanceOfSatisfying(WaitFailedException.class, e -> {
                    assertThat(e).hasCauseInstanceOf(ServerException.class);
                    assertThat(e.lastObserved(ClusterStatus.class).orElseThrow().state())
                            .contains(ClusterState.CREATING);
                });
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void waitUntilFinishedSendsEveryPollWithTheOptions() throws Exception {
        server.enqueue(json(200, "{\"operations\":[{\"flavor\":\"resize\",\"state\":\"in_progress\"}]}"));
        server.enqueue(json(200, "{\"operations\":[]}"));

        ClusterUpgrade done =
                cb().clusters().upgrades().withOptions(TRACED).waitUntilFinished(CLUSTER_ID, Duration.ofHours(2));

        assertThat(done.isFinished()).isTrue();
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(5));
        for (int i = 0; i < 2; i++) {
            RecordedRequest poll = take("GET", "/clusters/" + CLUSTER_ID + "/upgrade");
            assertThat(poll.getHeaders().values("X-Trace")).containsExactly("wait-7");
        }
    }

    @Test
    void waitUntilFinishedPollsWithTheOptionsRetryLimit() {
        server.enqueue(json(503, "{\"message\":\"unavailable\",\"request_id\":\"r\"}"));
        server.enqueue(json(200, "{\"operations\":[]}"));

        assertThatThrownBy(() -> cb().clusters()
                        .upgrades()
                        .withOptions(TRACED)
                        .waitUntilFinished(CLUSTER_ID, Duration.ofHours(2)))
                .isInstanceOfSatisfying(WaitFailedException.class, e -> {
                    assertThat(e).hasCauseInstanceOf(ServerException.class);
                    assertThat(e.lastObserved(ClusterUpgrade.class)).isEmpty();
                });
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    static Stream<Duration> badTimeouts() {
        return Stream.of(Duration.ZERO, Duration.ofSeconds(-1), Duration.ofDays(366));
    }

    @ParameterizedTest
    @MethodSource("badTimeouts")
    void waitersRefuseABadTimeoutBeforeSending(Duration timeout) {
        assertThatThrownBy(() -> cb().clusters().waitUntilReady(CLUSTER_ID, timeout))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("timeout must be");
        assertThatThrownBy(() -> cb().clusters().upgrades().withOptions(TRACED).waitUntilFinished(CLUSTER_ID, timeout))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("timeout must be");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void waitersRefuseNullsBeforeSending() {
        Duration hour = Duration.ofHours(1);
        assertThatThrownBy(() -> cb().clusters().waitUntilReady(CLUSTER_ID, null))
                .isExactlyInstanceOf(NullPointerException.class)
                .hasMessage("timeout == null");
        assertThatThrownBy(() -> cb().clusters().upgrades().waitUntilFinished(CLUSTER_ID, null))
                .isExactlyInstanceOf(NullPointerException.class)
                .hasMessage("timeout == null");
        assertThatThrownBy(() -> cb().clusters().upgrades().withOptions(null))
                .isExactlyInstanceOf(NullPointerException.class)
                .hasMessage("options == null");
        assertThatThrownBy(() -> cb().clusters().upgrades().waitUntilFinished("not-an-id", hour))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("clusterId \"not-an-id\" is not a Crunchy Bridge ID");
        assertThat(server.getRequestCount()).isZero();
    }
}
