package dev.dbcloud.clickhouse.tinybird;

import static dev.dbcloud.clickhouse.tinybird.TinybirdFixture.body;
import static dev.dbcloud.clickhouse.tinybird.TinybirdFixture.clusterList;
import static dev.dbcloud.clickhouse.tinybird.TinybirdFixture.clusterListWithFlags;
import static dev.dbcloud.clickhouse.tinybird.TinybirdFixture.fixture;
import static dev.dbcloud.clickhouse.tinybird.TinybirdFixture.json;
import static dev.dbcloud.clickhouse.tinybird.TinybirdFixture.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.clickhouse.tinybird.TinybirdFixture.Auth;
import dev.dbcloud.core.errors.ConflictException;
import dev.dbcloud.core.errors.NotFoundException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** rebalance, addReplica and removeReplica: read the current weights, refuse when the cluster cannot, then write. */
class ConveniencesTest {
    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final TinybirdFixture fixture = new TinybirdFixture(server);

    private static final String CURRENT = "{\"writer\": {\"replica-1\": 100, \"replica-2\": 0},"
            + " \"reader\": {\"replica-1\": 100, \"replica-2\": 0}, \"copyjob\": {\"replica-1\": 1}}";

    private static final Weights TARGET = TinybirdFixture.SEED_NEW_WEIGHTS;

    @ParameterizedTest
    @EnumSource(Auth.class)
    void rebalanceReadsTheCurrentWeightsAndSendsThemAsOldWeights(Auth auth) throws Exception {
        server.enqueue(json(200, clusterList("c-1", false, true, true, CURRENT)));
        server.enqueue(fixture("weights-updated.json"));
        WeightsUpdated updated;
        try (TinybirdClient tb = fixture.client(auth)) {
            updated = tb.organization("org-1").clusters().rebalance("c-1", TARGET);
        }

        assertThat(server.getRequestCount()).isEqualTo(2);
        RecordedRequest read = fixture.take("GET", "/v0/organizations/org-1/clusters", auth);
        RecordedRequest write = fixture.take("PUT", "/v0/organizations/org-1/clusters/c-1/weights", auth);
        assertThat(body(write).get("old_weights")).isEqualTo(tree(CURRENT));
        assertThat(body(write).get("new_weights"))
                .isEqualTo(tree("{\"writer\": {\"replica-1\": 50, \"replica-2\": 50},"
                        + " \"reader\": {\"replica-1\": 60, \"replica-2\": 40}}"));
        assertThat(body(write).size()).isEqualTo(2);
        assertThat(updated.operation()).contains(ClusterOperation.WEIGHT_UPDATE_REQUESTED);
    }

    @ParameterizedTest
    @EnumSource(Auth.class)
    void addReplicaReadsTheCurrentWeightsFirst(Auth auth) throws Exception {
        server.enqueue(json(200, clusterList("c-1", false, true, true, CURRENT)));
        server.enqueue(fixture("replica-added.json"));
        ReplicaAdded added;
        try (TinybirdClient tb = fixture.client(auth)) {
            added = tb.organization("org-1")
                    .clusters()
                    .addReplica(
                            "c-1",
                            "4-16",
                            Weights.builder()
                                    .weight(ClusterRole.WRITER, "replica-1", 70)
                                    .build(),
                            ReplicaWeights.builder()
                                    .weight(ClusterRole.WRITER, 30)
                                    .weight(ClusterRole.COPYJOB, 1)
                                    .build());
        }

        fixture.take("GET", "/v0/organizations/org-1/clusters", auth);
        RecordedRequest write = fixture.take("POST", "/v0/organizations/org-1/clusters/c-1/replicas", auth);
        assertThat(body(write))
                .isEqualTo(tree("{\"replica_size\": \"4-16\", \"existing_replicas\": {\"old_weights\": " + CURRENT
                        + ", \"new_weights\": {\"writer\": {\"replica-1\": 70}}},"
                        + " \"new_replica\": {\"writer\": 30, \"copyjob\": 1}}"));
        assertThat(added.newReplica().orElseThrow().name()).isEqualTo("replica-2");
    }

    @ParameterizedTest
    @EnumSource(Auth.class)
    void removeReplicaReadsTheCurrentWeightsFirst(Auth auth) throws Exception {
        server.enqueue(json(200, clusterList("c-1", false, true, true, CURRENT)));
        server.enqueue(fixture("replica-removed.json"));
        ReplicaRemoved removed;
        Weights remaining = Weights.builder()
                .weight(ClusterRole.WRITER, "replica-1", 100)
                .weight(ClusterRole.READER, "replica-1", 100)
                .build();
        try (TinybirdClient tb = fixture.client(auth)) {
            removed = tb.organization("org-1").clusters().removeReplica("c-1", "replica-2", remaining);
        }

        fixture.take("GET", "/v0/organizations/org-1/clusters", auth);
        RecordedRequest write = fixture.take("DELETE", "/v0/organizations/org-1/clusters/c-1/replicas/replica-2", auth);
        assertThat(body(write))
                .isEqualTo(tree("{\"old_weights\": " + CURRENT
                        + ", \"new_weights\": {\"writer\": {\"replica-1\": 100}, \"reader\": {\"replica-1\": 100}}}"));
        assertThat(removed.removedReplica()).contains("replica-2");
    }

    @Test
    void aConvenienceWhoseWriteIsAnsweredWith204ReturnsWhatWasRequested() throws Exception {
        server.enqueue(json(200, clusterList("c-1", false, true, true, CURRENT)));
        server.enqueue(new MockResponse.Builder().code(204).build());
        WeightsUpdated updated;
        try (TinybirdClient tb = fixture.client(Auth.HEADER)) {
            updated = tb.organization("org-1").clusters().rebalance("c-1", TARGET);
        }
        assertThat(server.getRequestCount()).isEqualTo(2);
        fixture.take("GET", "/v0/organizations/org-1/clusters", Auth.HEADER);
        RecordedRequest write = fixture.take("PUT", "/v0/organizations/org-1/clusters/c-1/weights", Auth.HEADER);
        assertThat(body(write).get("old_weights")).isEqualTo(tree(CURRENT));
        assertThat(updated.clusterId()).isEqualTo("c-1");
        assertThat(updated.updatedWeights()).contains(TARGET);
        assertThat(updated.operation()).contains(ClusterOperation.WEIGHT_UPDATE_REQUESTED);
    }

    @Test
    void aBusyClusterIsRefusedAfterTheReadWithoutWriting() {
        server.enqueue(json(200, clusterList("c-1", true, true, true, CURRENT)));
        try (TinybirdClient tb = fixture.client(Auth.HEADER)) {
            assertThatThrownBy(() -> tb.organization("org-1").clusters().rebalance("c-1", TARGET))
                    .isInstanceOf(ClusterNotReadyException.class)
                    .hasMessage("refused to rebalance on cluster c-1: an operation is in progress; wait with"
                            + " waitUntilIdle(…) and try again")
                    .satisfies(e -> {
                        ClusterNotReadyException notReady = (ClusterNotReadyException) e;
                        assertThat(notReady.clusterId()).isEqualTo("c-1");
                        assertThat(notReady.cluster().operationInProgress()).contains(true);
                    });
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aClusterThatCannotRebalanceOrScaleIsRefused() {
        server.enqueue(json(200, clusterList("c-1", false, false, true, CURRENT)));
        server.enqueue(json(200, clusterList("c-1", false, true, false, CURRENT)));
        server.enqueue(json(200, clusterList("c-1", false, true, false, CURRENT)));
        try (TinybirdClient tb = fixture.client(Auth.HEADER)) {
            Clusters clusters = tb.organization("org-1").clusters();
            assertThatThrownBy(() -> clusters.rebalance("c-1", TARGET))
                    .isInstanceOf(ClusterNotReadyException.class)
                    .hasMessage("refused to rebalance on cluster c-1: the cluster reports can_rebalance=false");
            assertThatThrownBy(() -> clusters.addReplica(
                            "c-1",
                            "4-16",
                            TARGET,
                            ReplicaWeights.builder()
                                    .weight(ClusterRole.WRITER, 1)
                                    .build()))
                    .isInstanceOf(ClusterNotReadyException.class)
                    .hasMessage("refused to add a replica on cluster c-1: the cluster reports can_scale=false");
            assertThatThrownBy(() -> clusters.removeReplica("c-1", "replica-2", TARGET.withoutReplica("replica-2")))
                    .isInstanceOf(ClusterNotReadyException.class)
                    .hasMessageContaining("can_scale=false");
        }
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    static Stream<Arguments> unknownStates() {
        String unknown =
                "the cluster does not report operation_in_progress, so whether an operation is running is" + " unknown";
        return Stream.of(
                Arguments.of("\"can_rebalance\": true, \"can_scale\": true", unknown),
                Arguments.of("\"operation_in_progress\": null, \"can_rebalance\": true, \"can_scale\": true", unknown),
                Arguments.of(
                        "\"operation_in_progress\": false",
                        "the cluster does not report can_rebalance, so whether it allows this is unknown"),
                Arguments.of(
                        "\"operation_in_progress\": false, \"can_rebalance\": null, \"can_scale\": true",
                        "the cluster does not report can_rebalance, so whether it allows this is unknown"));
    }

    @ParameterizedTest
    @MethodSource("unknownStates")
    void aRebalanceIsRefusedWhenTheClusterDoesNotReportItsState(String flags, String reason) {
        server.enqueue(json(200, clusterListWithFlags("c-1", flags)));
        try (TinybirdClient tb = fixture.client(Auth.HEADER)) {
            assertThatThrownBy(() -> tb.organization("org-1").clusters().rebalance("c-1", TARGET))
                    .isInstanceOfSatisfying(ClusterNotReadyException.class, e -> {
                        assertThat(e.getMessage()).isEqualTo("refused to rebalance on cluster c-1: " + reason);
                        assertThat(e.clusterId()).isEqualTo("c-1");
                        assertThat(e.cluster().isIdle()).isEqualTo(flags.contains("\"operation_in_progress\": false"));
                    });
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void scalingIsRefusedWhenTheClusterDoesNotReportItsState() {
        server.enqueue(json(200, clusterListWithFlags("c-1", "\"can_rebalance\": true, \"can_scale\": true")));
        server.enqueue(
                json(200, clusterListWithFlags("c-1", "\"operation_in_progress\": false, \"can_rebalance\": true")));
        server.enqueue(json(200, clusterListWithFlags("c-1", "")));
        server.enqueue(json(
                200,
                clusterListWithFlags(
                        "c-1", "\"operation_in_progress\": false, \"can_rebalance\": true, \"can_scale\": null")));
        ReplicaWeights newReplica =
                ReplicaWeights.builder().weight(ClusterRole.WRITER, 1).build();
        Weights remaining =
                Weights.builder().weight(ClusterRole.WRITER, "replica-1", 100).build();
        try (TinybirdClient tb = fixture.client(Auth.HEADER)) {
            Clusters clusters = tb.organization("org-1").clusters();
            assertThatThrownBy(() -> clusters.addReplica("c-1", "4-16", remaining, newReplica))
                    .isInstanceOf(ClusterNotReadyException.class)
                    .hasMessage("refused to add a replica on cluster c-1: the cluster does not report"
                            + " operation_in_progress, so whether an operation is running is unknown");
            assertThatThrownBy(() -> clusters.addReplica("c-1", "4-16", remaining, newReplica))
                    .isInstanceOf(ClusterNotReadyException.class)
                    .hasMessage("refused to add a replica on cluster c-1: the cluster does not report can_scale, so"
                            + " whether it allows this is unknown");
            assertThatThrownBy(() -> clusters.removeReplica("c-1", "replica-2", remaining))
                    .isInstanceOf(ClusterNotReadyException.class)
                    .hasMessage("refused to remove a replica on cluster c-1: the cluster does not report"
                            + " operation_in_progress, so whether an operation is running is unknown");
            assertThatThrownBy(() -> clusters.removeReplica("c-1", "replica-2", remaining))
                    .isInstanceOf(ClusterNotReadyException.class)
                    .hasMessage("refused to remove a replica on cluster c-1: the cluster does not report can_scale, so"
                            + " whether it allows this is unknown");
        }
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void removingAReplicaTheClusterDoesNotHaveIsTheServersToAnswer() throws Exception {
        server.enqueue(json(200, clusterList("c-1", false, true, true, CURRENT)));
        server.enqueue(json(404, "{\"error\": \"Replica replica-7 not found\"}"));
        try (TinybirdClient tb = fixture.client(Auth.HEADER)) {
            assertThatThrownBy(() -> tb.organization("org-1").clusters().removeReplica("c-1", "replica-7", TARGET))
                    .isInstanceOf(NotFoundException.class)
                    .hasMessageContaining("Replica replica-7 not found");
        }
        fixture.take("GET", "/v0/organizations/org-1/clusters", Auth.HEADER);
        RecordedRequest write =
                fixture.take("DELETE", "/v0/organizations/org-1/clusters/c-1/replicas/replica-7", Auth.HEADER);
        assertThat(body(write))
                .isEqualTo(tree("{\"old_weights\": " + CURRENT + ", \"new_weights\": {\"writer\": {\"replica-1\": 50,"
                        + " \"replica-2\": 50}, \"reader\": {\"replica-1\": 60, \"replica-2\": 40}}}"));
    }

    @Test
    void anUnknownClusterIsAClearNotFound() {
        server.enqueue(fixture("clusters.json"));
        try (TinybirdClient tb = fixture.client(Auth.HEADER)) {
            assertThatThrownBy(() -> tb.organization("org-1").clusters().rebalance("c-9", TARGET))
                    .isInstanceOf(ClusterNotFoundException.class)
                    .hasMessage("cluster c-9 not found in organization org-1 (2 clusters listed)")
                    .satisfies(e -> {
                        ClusterNotFoundException notFound = (ClusterNotFoundException) e;
                        assertThat(notFound.clusterId()).isEqualTo("c-9");
                        assertThat(notFound.organizationId()).isEqualTo("org-1");
                    });
        }
        server.enqueue(json(200, "{\"clusters\": []}"));
        try (TinybirdClient tb = fixture.client(Auth.HEADER)) {
            assertThatThrownBy(() -> tb.organization("org-1").clusters().get("c-1"))
                    .hasMessage("cluster c-1 not found in organization org-1 (0 clusters listed)");
        }
        server.enqueue(json(200, "{}"));
        try (TinybirdClient tb = fixture.client(Auth.HEADER)) {
            assertThat(tb.organization("org-1").clusters().list()).isEmpty();
        }
    }

    @Test
    void staleWeightsSurfaceAsConflictAndAreNotResent() throws Exception {
        server.enqueue(json(200, clusterList("c-1", false, true, true, CURRENT)));
        server.enqueue(json(409, "{\"error\": \"old_weights do not match the current cluster weights\"}"));
        try (TinybirdClient tb = fixture.client(Auth.HEADER)) {
            assertThatThrownBy(() -> tb.organization("org-1").clusters().rebalance("c-1", TARGET))
                    .isInstanceOf(ConflictException.class)
                    .hasMessage("PUT /v0/organizations/org-1/clusters/c-1/weights failed with status 409:"
                            + " old_weights do not match the current cluster weights");
        }
        assertThat(server.getRequestCount()).isEqualTo(2);
        server.takeRequest();
        assertThat(server.takeRequest(1, TimeUnit.SECONDS).getMethod()).isEqualTo("PUT");
    }

    @Test
    void localRefusalsSendNothing() {
        try (TinybirdClient tb = fixture.client(Auth.HEADER)) {
            Clusters clusters = tb.organization("org-1").clusters();
            Weights withRemoved = Weights.builder()
                    .weight(ClusterRole.WRITER, "replica-1", 70)
                    .weight(ClusterRole.READER, "replica-2", 30)
                    .build();
            assertThatThrownBy(() -> clusters.removeReplica("c-1", "replica-2", withRemoved))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("newWeights must not mention the removed replica replica-2 (it has weights for roles"
                            + " [reader])");
            assertThatThrownBy(() -> clusters.removeReplica(
                            "c-1",
                            "replica-2",
                            RemoveReplicaParams.builder()
                                    .oldWeights(withRemoved)
                                    .newWeights(withRemoved)
                                    .build()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("must not mention the removed replica replica-2");
            assertThatThrownBy(() -> clusters.rebalance(" ", TARGET))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("clusterId must not be blank");
            assertThatThrownBy(() -> clusters.updateWeights(
                            "..",
                            UpdateWeightsParams.builder()
                                    .oldWeights(TARGET)
                                    .newWeights(TARGET)
                                    .build()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("clusterId must not be '..'");
            assertThatThrownBy(() -> clusters.removeReplica("c-1", " ", TARGET))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("replicaName must not be blank");
            assertThatThrownBy(() -> clusters.get(""))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("clusterId must not be blank");
        }
        assertThat(server.getRequestCount()).isZero();
    }
}
