package dev.dbcloud.clickhouse.tinybird;

import static dev.dbcloud.clickhouse.tinybird.TinybirdFixture.body;
import static dev.dbcloud.clickhouse.tinybird.TinybirdFixture.fixture;
import static dev.dbcloud.clickhouse.tinybird.TinybirdFixture.tree;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dbcloud.clickhouse.CloudProvider;
import dev.dbcloud.clickhouse.tinybird.TinybirdFixture.Auth;
import dev.dbcloud.core.RequestOptions;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every raw operation, with both ways of sending the token: the exact request and the parsed answer. */
class ClustersWireTest {
    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final TinybirdFixture fixture = new TinybirdFixture(server);

    private static final Weights OLD = TinybirdFixture.SEED_OLD_WEIGHTS;
    private static final Weights NEW = TinybirdFixture.SEED_NEW_WEIGHTS;

    @ParameterizedTest
    @EnumSource(Auth.class)
    void listReadsEveryFieldOfTheSeed(Auth auth) throws Exception {
        server.enqueue(fixture("clusters.json"));
        List<Cluster> clusters;
        try (TinybirdClient tb = fixture.client(auth)) {
            clusters = tb.organization("org 1").clusters().list();
        }

        RecordedRequest request = fixture.take("GET", "/v0/organizations/org%201/clusters", auth);
        assertThat(request.getHeaders().get("Accept")).contains("application/json");

        assertThat(clusters).hasSize(2);
        Cluster c = clusters.get(0);
        assertThat(c.clusterId()).isEqualTo("c-1");
        assertThat(c.clusterName()).contains("dedicated-eu-1");
        assertThat(c.cloudProvider()).contains(CloudProvider.AWS);
        assertThat(c.cloudRegion()).contains("eu-west-1");
        assertThat(c.operationInProgress()).contains(false);
        assertThat(c.isIdle()).isTrue();
        assertThat(c.canRebalance()).contains(true);
        assertThat(c.canScale()).contains(true);
        assertThat(c.clusterWeights()).isEqualTo(OLD);
        assertThat(c.clusterWeights().weight(ClusterRole.WRITER, "replica-1")).hasValue(100);
        assertThat(c.replicas()).containsOnlyKeys("replica-1", "replica-2");
        Replica replica = c.replicas().get("replica-1");
        assertThat(replica.name()).isEqualTo("replica-1");
        assertThat(replica.cpu()).contains(4);
        assertThat(replica.memoryGb()).contains(16);
        assertThat(replica.state()).contains(ReplicaState.RUNNING);
        assertThat(c.error()).isEmpty();
        assertThat(c.ongoingMaintenance()).contains(false);
        assertThat(c.clickhouseVersion()).contains("24.8");
        assertThat(c.availableClickhouseVersions()).containsExactly("24.8", "24.12");
        assertThat(c.rollingUpdateConfig()).isEmpty();

        // The second cluster carries values the SDK does not know yet: they are kept, never a failure.
        Cluster busy = clusters.get(1);
        assertThat(busy.cloudProvider()).contains(CloudProvider.GCP);
        assertThat(busy.operationInProgress()).contains(true);
        assertThat(busy.isIdle()).isFalse();
        assertThat(busy.clusterWeights().roles())
                .containsExactly(ClusterRole.WRITER, ClusterRole.READER, ClusterRole.of("analytics"));
        assertThat(busy.clusterWeights().weight(ClusterRole.of("analytics"), "replica-1"))
                .hasValue(7);
        ReplicaState upgrading = busy.replicas().get("replica-1").state().orElseThrow();
        assertThat(upgrading.isKnown()).isFalse();
        assertThat(upgrading.value()).isEqualTo("upgrading");
        assertThat(tree(busy.error().orElseThrow()))
                .isEqualTo(tree("{\"code\": \"ROLLING_UPDATE\", \"detail\": \"replica-1 restarted\"}"));
        assertThat(busy.ongoingMaintenance()).contains(true);
        assertThat(busy.clickhouseVersion()).isEmpty();
        assertThat(busy.availableClickhouseVersions()).isEmpty();
        assertThat(busy.rollingUpdateConfig()).contains(Map.of("max_unavailable", 1, "paused", false));
    }

    @Test
    void theReferenceListExampleDecodesVerbatim() throws Exception {
        server.enqueue(fixture("seed-clusters.json"));
        List<Cluster> clusters;
        try (TinybirdClient tb = fixture.client(Auth.HEADER)) {
            clusters = tb.organization("org-1").clusters().list();
        }
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v0/organizations/org-1/clusters");

        assertThat(clusters)
                .containsExactly(Cluster.builder()
                        .clusterId("<cluster_id>")
                        .clusterName("<cluster_name>")
                        .cloudProvider(CloudProvider.AWS)
                        .cloudRegion("eu-west-1")
                        .operationInProgress(false)
                        .canRebalance(true)
                        .canScale(true)
                        .clusterWeights(Weights.builder()
                                .weight(ClusterRole.WRITER, "replica-1", 100)
                                .weight(ClusterRole.READER, "replica-1", 100)
                                .build())
                        .putReplicas(
                                "replica-1",
                                Replica.builder()
                                        .name("replica-1")
                                        .cpu(4)
                                        .memoryGb(16)
                                        .state(ReplicaState.RUNNING)
                                        .build())
                        .ongoingMaintenance(false)
                        .clickhouseVersion("24.8")
                        .addAvailableClickhouseVersions("24.8", "24.12")
                        .build());
        assertThat(clusters.get(0).error()).isEmpty();
        assertThat(clusters.get(0).rollingUpdateConfig()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Auth.class)
    void configurationReadsRegionsSizesAndRoles(Auth auth) throws Exception {
        server.enqueue(fixture("clusters-configuration.json"));
        ClustersConfiguration configuration;
        try (TinybirdClient tb = fixture.client(auth)) {
            configuration = tb.organization("org-1").configuration();
        }

        RecordedRequest request = fixture.take("GET", "/v0/organizations/org-1/clusters-configuration", auth);

        assertThat(configuration.cloudRegions().get(CloudProvider.AWS))
                .containsExactly("us-east-1", "us-west-2", "eu-central-1", "eu-west-1", "ap-east-1");
        assertThat(configuration.cloudRegions().get(CloudProvider.GCP))
                .containsExactly("europe-west3", "us-east4", "europe-west2", "northamerica-northeast2");
        assertThat(configuration.availableSizes().get(CloudProvider.AWS))
                .extracting(ReplicaSize::name)
                .containsExactly("4-32", "8-32", "16-64", "32-128", "48-192", "64-256", "96-384", "128-512");
        ReplicaSize smallest =
                configuration.availableSizes().get(CloudProvider.GCP).get(0);
        assertThat(smallest)
                .isEqualTo(
                        ReplicaSize.builder().name("4-16").cpu(4).memoryGb(16).build());
        assertThat(configuration.availableSizes().get(CloudProvider.GCP)).hasSize(10);
        assertThat(configuration.availableRoles())
                .containsExactly(ClusterRole.WRITER, ClusterRole.READER, ClusterRole.COPYJOB);
    }

    @ParameterizedTest
    @EnumSource(Auth.class)
    void updateWeightsPutsOldAndNewWeights(Auth auth) throws Exception {
        server.enqueue(fixture("weights-updated.json"));
        WeightsUpdated updated;
        try (TinybirdClient tb = fixture.client(auth)) {
            updated = tb.organization("org-1")
                    .clusters()
                    .updateWeights(
                            "c-1",
                            UpdateWeightsParams.builder()
                                    .oldWeights(OLD)
                                    .newWeights(NEW)
                                    .build());
        }

        RecordedRequest request = fixture.take("PUT", "/v0/organizations/org-1/clusters/c-1/weights", auth);
        assertThat(body(request))
                .isEqualTo(tree("{\"old_weights\": {\"writer\": {\"replica-1\": 100, \"replica-2\": 0},"
                        + " \"reader\": {\"replica-1\": 100, \"replica-2\": 0}},"
                        + " \"new_weights\": {\"writer\": {\"replica-1\": 50, \"replica-2\": 50},"
                        + " \"reader\": {\"replica-1\": 60, \"replica-2\": 40}}}"));

        assertThat(updated.clusterId()).isEqualTo("c-1");
        assertThat(updated.updatedWeights()).contains(NEW);
        assertThat(updated.operation()).contains(ClusterOperation.WEIGHT_UPDATE_REQUESTED);
    }

    @ParameterizedTest
    @EnumSource(Auth.class)
    void addReplicaPostsSizeExistingWeightsAndNewReplica(Auth auth) throws Exception {
        server.enqueue(fixture("replica-added.json"));
        ReplicaAdded added;
        try (TinybirdClient tb = fixture.client(auth)) {
            added = tb.organization("org-1")
                    .clusters()
                    .addReplica("c-1", addParams().build());
        }

        RecordedRequest request = fixture.take("POST", "/v0/organizations/org-1/clusters/c-1/replicas", auth);
        assertThat(body(request)).isEqualTo(tree(SEED_ADD_BODY));

        assertThat(added.clusterId()).isEqualTo("c-1");
        Replica replica = added.newReplica().orElseThrow();
        assertThat(replica.name()).isEqualTo("replica-2");
        assertThat(replica.cpu()).contains(4);
        assertThat(replica.memoryGb()).contains(16);
        assertThat(replica.state()).contains(ReplicaState.ADDING);
        assertThat(added.operation()).contains(ClusterOperation.REPLICA_ADD_REQUESTED);
    }

    @ParameterizedTest
    @EnumSource(Auth.class)
    void addReplicaWithANameUsesTheNamedRoute(Auth auth) throws Exception {
        server.enqueue(fixture("replica-added.json"));
        try (TinybirdClient tb = fixture.client(auth)) {
            tb.organization("org-1")
                    .clusters()
                    .addReplica("c-1", addParams().replicaName("replica-2").build());
        }

        RecordedRequest request = fixture.take("POST", "/v0/organizations/org-1/clusters/c-1/replicas/replica-2", auth);
        assertThat(body(request)).isEqualTo(tree(SEED_ADD_BODY));
    }

    @ParameterizedTest
    @EnumSource(Auth.class)
    void removeReplicaSendsDeleteWithAJsonBody(Auth auth) throws Exception {
        server.enqueue(fixture("replica-removed.json"));
        ReplicaRemoved removed;
        try (TinybirdClient tb = fixture.client(auth)) {
            removed = tb.organization("org-1")
                    .clusters()
                    .removeReplica(
                            "c-1",
                            "replica-2",
                            RemoveReplicaParams.builder()
                                    .oldWeights(Weights.builder()
                                            .weight(ClusterRole.COPYJOB, "replica-1", 1)
                                            .weight(ClusterRole.COPYJOB, "replica-2", 1)
                                            .weight(ClusterRole.WRITER, "replica-1", 70)
                                            .weight(ClusterRole.WRITER, "replica-2", 30)
                                            .weight(ClusterRole.READER, "replica-1", 80)
                                            .weight(ClusterRole.READER, "replica-2", 20)
                                            .build())
                                    .newWeights(Weights.builder()
                                            .weight(ClusterRole.COPYJOB, "replica-1", 1)
                                            .weight(ClusterRole.WRITER, "replica-1", 100)
                                            .weight(ClusterRole.READER, "replica-1", 100)
                                            .build())
                                    .build());
        }

        RecordedRequest request =
                fixture.take("DELETE", "/v0/organizations/org-1/clusters/c-1/replicas/replica-2", auth);
        assertThat(body(request))
                .isEqualTo(tree("{\"old_weights\": {\"copyjob\": {\"replica-1\": 1, \"replica-2\": 1},"
                        + " \"writer\": {\"replica-1\": 70, \"replica-2\": 30},"
                        + " \"reader\": {\"replica-1\": 80, \"replica-2\": 20}},"
                        + " \"new_weights\": {\"copyjob\": {\"replica-1\": 1}, \"writer\": {\"replica-1\": 100},"
                        + " \"reader\": {\"replica-1\": 100}}}"));

        assertThat(removed.clusterId()).isEqualTo("c-1");
        assertThat(removed.removedReplica()).contains("replica-2");
        assertThat(removed.updatedWeights().orElseThrow().forRole(ClusterRole.WRITER))
                .containsExactly(Map.entry("replica-1", 100));
        assertThat(removed.operation()).contains(ClusterOperation.REPLICA_DELETE_REQUESTED);
    }

    @ParameterizedTest
    @EnumSource(Auth.class)
    void writesAnsweredWithoutABodyReturnWhatWasRequested(Auth auth) throws Exception {
        server.enqueue(new MockResponse.Builder().code(204).build());
        server.enqueue(new MockResponse.Builder().code(204).build());
        server.enqueue(new MockResponse.Builder().code(202).build());
        server.enqueue(new MockResponse.Builder().code(200).build());
        Weights remaining =
                Weights.builder().weight(ClusterRole.WRITER, "replica-1", 100).build();
        WeightsUpdated updated;
        ReplicaAdded added;
        ReplicaAdded named;
        ReplicaRemoved removed;
        try (TinybirdClient tb = fixture.client(auth)) {
            Clusters clusters = tb.organization("org-1").clusters();
            updated = clusters.updateWeights(
                    "c-1",
                    UpdateWeightsParams.builder()
                            .oldWeights(OLD)
                            .newWeights(NEW)
                            .build());
            added = clusters.addReplica("c-1", addParams().build());
            named = clusters.addReplica(
                    "c-1", addParams().replicaName("replica-2").build());
            removed = clusters.removeReplica(
                    "c-1",
                    "replica-2",
                    RemoveReplicaParams.builder()
                            .oldWeights(OLD)
                            .newWeights(remaining)
                            .build());
        }

        RecordedRequest put = fixture.take("PUT", "/v0/organizations/org-1/clusters/c-1/weights", auth);
        assertThat(body(put))
                .isEqualTo(tree("{\"old_weights\": {\"writer\": {\"replica-1\": 100, \"replica-2\": 0},"
                        + " \"reader\": {\"replica-1\": 100, \"replica-2\": 0}},"
                        + " \"new_weights\": {\"writer\": {\"replica-1\": 50, \"replica-2\": 50},"
                        + " \"reader\": {\"replica-1\": 60, \"replica-2\": 40}}}"));
        assertThat(updated)
                .isEqualTo(WeightsUpdated.builder()
                        .clusterId("c-1")
                        .updatedWeights(NEW)
                        .operation(ClusterOperation.WEIGHT_UPDATE_REQUESTED)
                        .build());

        RecordedRequest post = fixture.take("POST", "/v0/organizations/org-1/clusters/c-1/replicas", auth);
        assertThat(body(post)).isEqualTo(tree(SEED_ADD_BODY));
        assertThat(added)
                .isEqualTo(ReplicaAdded.builder()
                        .clusterId("c-1")
                        .operation(ClusterOperation.REPLICA_ADD_REQUESTED)
                        .build());

        RecordedRequest namedPost =
                fixture.take("POST", "/v0/organizations/org-1/clusters/c-1/replicas/replica-2", auth);
        assertThat(body(namedPost)).isEqualTo(tree(SEED_ADD_BODY));
        assertThat(named.newReplica().map(Replica::name)).contains("replica-2");
        assertThat(named.operation()).contains(ClusterOperation.REPLICA_ADD_REQUESTED);

        RecordedRequest delete =
                fixture.take("DELETE", "/v0/organizations/org-1/clusters/c-1/replicas/replica-2", auth);
        assertThat(body(delete))
                .isEqualTo(tree("{\"old_weights\": {\"writer\": {\"replica-1\": 100, \"replica-2\": 0},"
                        + " \"reader\": {\"replica-1\": 100, \"replica-2\": 0}},"
                        + " \"new_weights\": {\"writer\": {\"replica-1\": 100}}}"));
        assertThat(removed)
                .isEqualTo(ReplicaRemoved.builder()
                        .clusterId("c-1")
                        .removedReplica("replica-2")
                        .updatedWeights(remaining)
                        .operation(ClusterOperation.REPLICA_DELETE_REQUESTED)
                        .build());
    }

    @ParameterizedTest
    @EnumSource(Auth.class)
    void getFindsOneClusterInTheList(Auth auth) throws Exception {
        server.enqueue(fixture("clusters.json"));
        Cluster cluster;
        try (TinybirdClient tb = fixture.client(auth)) {
            cluster = tb.organization("org-1").clusters().get("c-2");
        }
        fixture.take("GET", "/v0/organizations/org-1/clusters", auth);
        assertThat(cluster.clusterId()).isEqualTo("c-2");
    }

    @ParameterizedTest
    @EnumSource(Auth.class)
    void perCallOptionsReachTheWire(Auth auth) throws Exception {
        server.enqueue(fixture("clusters-configuration.json"));
        server.enqueue(fixture("clusters.json"));
        server.enqueue(fixture("clusters.json"));
        server.enqueue(fixture("weights-updated.json"));
        RequestOptions traced =
                RequestOptions.builder().header("X-Trace", "deploy-42").build();
        try (TinybirdClient tb = fixture.client(auth)) {
            tb.organization("org-1").withOptions(traced).configuration();
            tb.withOptions(traced).organization("org-1").clusters().list();
            tb.organization("org-1").clusters().withOptions(traced).rebalance("c-1", NEW);
        }
        List<RecordedRequest> requests = List.of(
                fixture.take("GET", "/v0/organizations/org-1/clusters-configuration", auth),
                fixture.take("GET", "/v0/organizations/org-1/clusters", auth),
                fixture.take("GET", "/v0/organizations/org-1/clusters", auth),
                fixture.take("PUT", "/v0/organizations/org-1/clusters/c-1/weights", auth));
        assertThat(requests)
                .allSatisfy(request ->
                        assertThat(request.getHeaders().get("X-Trace")).isEqualTo("deploy-42"));
    }

    static final String SEED_ADD_BODY = "{\"replica_size\": \"4-16\", \"existing_replicas\": {"
            + "\"old_weights\": {\"writer\": {\"replica-1\": 100}, \"reader\": {\"replica-1\": 100}},"
            + " \"new_weights\": {\"writer\": {\"replica-1\": 70}, \"reader\": {\"replica-1\": 80}}},"
            + " \"new_replica\": {\"writer\": 30, \"reader\": 20}}";

    static AddReplicaParams.Builder addParams() {
        return AddReplicaParams.builder()
                .replicaSize("4-16")
                .oldWeights(Weights.builder()
                        .weight(ClusterRole.WRITER, "replica-1", 100)
                        .weight(ClusterRole.READER, "replica-1", 100)
                        .build())
                .newWeights(Weights.builder()
                        .weight(ClusterRole.WRITER, "replica-1", 70)
                        .weight(ClusterRole.READER, "replica-1", 80)
                        .build())
                .newReplica(ReplicaWeights.builder()
                        .weight(ClusterRole.WRITER, 30)
                        .weight(ClusterRole.READER, 20)
                        .build());
    }
}
