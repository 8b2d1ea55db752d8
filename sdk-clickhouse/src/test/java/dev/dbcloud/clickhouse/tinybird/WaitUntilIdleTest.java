package dev.dbcloud.clickhouse.tinybird;

import static dev.dbcloud.clickhouse.tinybird.TinybirdFixture.clusterList;
import static dev.dbcloud.clickhouse.tinybird.TinybirdFixture.clusterListWithFlags;
import static dev.dbcloud.clickhouse.tinybird.TinybirdFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dbcloud.clickhouse.tinybird.TinybirdFixture.Auth;
import dev.dbcloud.core.errors.WaitFailedException;
import dev.dbcloud.core.errors.WaitTimeoutException;
import java.time.Duration;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** waitUntilIdle polls the cluster list on the client's (fake) clock until no operation is in progress. */
class WaitUntilIdleTest {
    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final TinybirdFixture fixture = new TinybirdFixture(server);

    private static final String WEIGHTS = "{\"writer\": {\"replica-1\": 100}}";

    @ParameterizedTest
    @EnumSource(Auth.class)
    void pollsUntilNoOperationIsInProgress(Auth auth) throws Exception {
        server.enqueue(json(200, clusterList("c-1", true, false, false, WEIGHTS)));
        server.enqueue(json(200, clusterList("c-1", true, false, false, WEIGHTS)));
        server.enqueue(json(200, clusterList("c-1", false, true, true, WEIGHTS)));
        Cluster idle;
        try (TinybirdClient tb = fixture.client(auth)) {
            idle = tb.organization("org-1").clusters().waitUntilIdle("c-1", Duration.ofMinutes(30));
        }
        assertThat(idle.isIdle()).isTrue();
        assertThat(idle.canRebalance()).contains(true);
        assertThat(server.getRequestCount()).isEqualTo(3);
        for (int i = 0; i < 3; i++) {
            auth.assertCarriedBy(server.takeRequest());
        }
        assertThat(fixture.time.sleeps()).containsExactly(Duration.ofSeconds(5), Duration.ofMillis(7500));
    }

    @Test
    void timesOutWithTheLastClusterSeen() {
        for (int i = 0; i < 10; i++) {
            server.enqueue(json(200, clusterList("c-1", true, false, false, WEIGHTS)));
        }
        try (TinybirdClient tb = fixture.client(Auth.HEADER)) {
            WaitTimeoutException e = catchThrowableOfType(
                    WaitTimeoutException.class,
                    () -> tb.organization("org-1").clusters().waitUntilIdle("c-1", Duration.ofSeconds(20)));
            assertThat(e.getMessage())
                    .contains("cluster c-1 to have no operation in progress")
                    .contains("operation_in_progress=true, replicas {replica-1=running, replica-2=adding}");
            assertThat(e.lastObserved(Cluster.class))
                    .hasValueSatisfying(c -> assertThat(c.operationInProgress()).contains(true));
        }
        assertThat(fixture.time.sleeps().stream().reduce(Duration.ZERO, Duration::plus))
                .isEqualTo(Duration.ofSeconds(20));
    }

    @Test
    void aTimeoutShowsTheClustersErrorWithoutFailingOnIt() {
        String failing = clusterList("c-1", true, false, false, WEIGHTS)
                .replace("\"error\": null", "\"error\": {\"code\": \"replica_failed\", \"replica\": \"replica-2\"}");
        for (int i = 0; i < 10; i++) {
            server.enqueue(json(200, failing));
        }
        try (TinybirdClient tb = fixture.client(Auth.HEADER)) {
            WaitTimeoutException e = catchThrowableOfType(
                    WaitTimeoutException.class,
                    () -> tb.organization("org-1").clusters().waitUntilIdle("c-1", Duration.ofSeconds(20)));
            assertThat(e.getMessage())
                    .contains("operation_in_progress=true, replicas {replica-1=running, replica-2=adding},"
                            + " error {\"code\":\"replica_failed\",\"replica\":\"replica-2\"}");
        }
    }

    @Test
    void anIdleClusterIsReturnedWithItsError() {
        server.enqueue(json(
                200,
                clusterList("c-1", false, true, true, WEIGHTS)
                        .replace("\"error\": null", "\"error\": \"last rebalance failed\"")));
        Cluster idle;
        try (TinybirdClient tb = fixture.client(Auth.HEADER)) {
            idle = tb.organization("org-1").clusters().waitUntilIdle("c-1", Duration.ofMinutes(1));
        }
        assertThat(idle.error()).contains("last rebalance failed");
    }

    @Test
    void aTimeoutWithoutAnErrorDoesNotMentionOne() {
        for (int i = 0; i < 10; i++) {
            server.enqueue(json(
                    200,
                    clusterList("c-1", true, false, false, WEIGHTS).replace("\"error\": null", "\"error\": \" \"")));
        }
        try (TinybirdClient tb = fixture.client(Auth.HEADER)) {
            WaitTimeoutException e = catchThrowableOfType(
                    WaitTimeoutException.class,
                    () -> tb.organization("org-1").clusters().waitUntilIdle("c-1", Duration.ofSeconds(20)));
            assertThat(e.getMessage()).doesNotContain("error");
        }
    }

    @Test
    void aClusterThatDoesNotReportOperationInProgressIsNotIdleYet() throws Exception {
        server.enqueue(json(200, clusterListWithFlags("c-1", "\"can_rebalance\": true")));
        server.enqueue(json(200, clusterListWithFlags("c-1", "\"operation_in_progress\": null")));
        server.enqueue(json(200, clusterListWithFlags("c-1", "\"operation_in_progress\": false")));
        Cluster idle;
        try (TinybirdClient tb = fixture.client(Auth.HEADER)) {
            idle = tb.organization("org-1").clusters().waitUntilIdle("c-1", Duration.ofMinutes(30));
        }
        assertThat(idle.operationInProgress()).contains(false);
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(fixture.time.sleeps()).hasSize(2);
    }

    @Test
    void aTimeoutOnAnUnknownStateSaysSo() {
        for (int i = 0; i < 10; i++) {
            server.enqueue(json(200, clusterListWithFlags("c-1", "")));
        }
        try (TinybirdClient tb = fixture.client(Auth.HEADER)) {
            WaitTimeoutException e = catchThrowableOfType(
                    WaitTimeoutException.class,
                    () -> tb.organization("org-1").clusters().waitUntilIdle("c-1", Duration.ofSeconds(20)));
            assertThat(e.getMessage())
                    .contains("operation_in_progress=unknown, replicas {replica-1=running, replica-2=running}");
        }
    }

    @Test
    void aVanishedClusterEndsTheWait() {
        server.enqueue(json(200, "{\"clusters\": []}"));
        try (TinybirdClient tb = fixture.client(Auth.HEADER)) {
            assertThatThrownBy(() -> tb.organization("org-1").clusters().waitUntilIdle("c-1", Duration.ofMinutes(1)))
                    .isInstanceOf(WaitFailedException.class)
                    .hasCauseInstanceOf(ClusterNotFoundException.class);
        }
    }

    @Test
    void argumentsAreChecked() {
        try (TinybirdClient tb = fixture.client(Auth.HEADER)) {
            Clusters clusters = tb.organization("org-1").clusters();
            assertThatThrownBy(() -> clusters.waitUntilIdle("c-1", Duration.ZERO))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("timeout must be positive");
            assertThatThrownBy(() -> clusters.waitUntilIdle("", Duration.ofMinutes(1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("clusterId must not be blank");
        }
        assertThat(server.getRequestCount()).isZero();
    }
}
