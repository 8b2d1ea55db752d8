package dev.dbcloud.clickhouse.tinybird;

import static dev.dbcloud.clickhouse.tinybird.TinybirdFixture.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.core.internal.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Weights and request bodies: typed on the Java side, exactly the seed's JSON on the wire. */
class ModelsTest {

    @Test
    void weightsSerializeExactlyAsTheSeedAndReadBack() throws Exception {
        Weights weights = Weights.builder()
                .weight(ClusterRole.WRITER, "replica-1", 50)
                .weight(ClusterRole.WRITER, "replica-2", 50)
                .weight(ClusterRole.READER, "replica-1", 60)
                .weight(ClusterRole.READER, "replica-2", 40)
                .build();
        String json = Json.write(weights);
        assertThat(json)
                .isEqualTo(
                        "{\"writer\":{\"replica-1\":50,\"replica-2\":50},\"reader\":{\"replica-1\":60,\"replica-2\":40}}");
        Weights read = Json.reader(Json.type(Weights.class)).readValue(json);
        assertThat(read).isEqualTo(weights).hasSameHashCodeAs(weights);
        assertThat(read.roles()).containsExactly(ClusterRole.WRITER, ClusterRole.READER);
        assertThat(read.replicas()).containsExactly("replica-1", "replica-2");
        assertThat(read.forRole(ClusterRole.COPYJOB)).isEmpty();
        assertThat(read.weight(ClusterRole.COPYJOB, "replica-1")).isEmpty();
        assertThat(read.mentions("replica-2")).isTrue();
        assertThat(read.mentions("replica-3")).isFalse();
        assertThat(read.toString())
                .isEqualTo("Weights{writer={replica-1=50, replica-2=50}, reader={replica-1=60, replica-2=40}}");
        assertThat(read.toBuilder().build()).isEqualTo(read);
        assertThat(Weights.empty().isEmpty()).isTrue();
    }

    @Test
    void weightsAreReadLeniently() throws Exception {
        Weights read = Json.reader(Json.type(Weights.class))
                .readValue("{\"writer\": {\"replica-1\": \"100\"}, \"copyjob\": {}, \"gpu\": {\"replica-9\": 1}}");
        assertThat(read.weight(ClusterRole.WRITER, "replica-1")).hasValue(100);
        assertThat(read.roles()).containsExactly(ClusterRole.WRITER, ClusterRole.COPYJOB, ClusterRole.of("gpu"));
        assertThat(Json.write(read))
                .isEqualTo("{\"writer\":{\"replica-1\":100},\"copyjob\":{},\"gpu\":{\"replica-9\":1}}");
    }

    @Test
    void weightsTheServerSendsAreKeptAsSentEvenOutsideTheDocumentedRange() throws Exception {
        String wire = "{\"writer\":{\"replica-1\":70000},\"reader\":null}";
        Weights read = Json.reader(Json.type(Weights.class)).readValue(wire);
        assertThat(read.weight(ClusterRole.WRITER, "replica-1")).hasValue(70000);
        assertThat(read.forRole(ClusterRole.READER)).isEmpty();
        assertThat(Json.write(read)).isEqualTo("{\"writer\":{\"replica-1\":70000},\"reader\":{}}");
        assertThatThrownBy(() -> Json.reader(Json.type(Weights.class)).readValue("{\"writer\": {\"replica-1\": null}}"))
                .hasMessageContaining("weight of replica replica-1 for role writer")
                .hasMessageContaining("but was null");
        assertThatThrownBy(() -> Weights.of(Map.of(ClusterRole.WRITER, Map.of("replica-1", 70000))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("but was 70000");
    }

    @Test
    void weightsOutsideZeroTo65535AreRefusedNamingRoleAndReplica() {
        assertThatThrownBy(() -> Weights.builder().weight(ClusterRole.WRITER, "replica-1", 65536))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "weight of replica replica-1 for role writer must be an integer from 0 to 65535 but was 65536");
        assertThatThrownBy(() -> Weights.builder().weight(ClusterRole.READER, "replica-2", -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("replica-2")
                .hasMessageContaining("reader");
        assertThat(Weights.builder().weight(ClusterRole.READER, " ", 1).build().weight(ClusterRole.READER, " "))
                .hasValue(1);
        Map<String, Integer> withNull = new LinkedHashMap<>();
        withNull.put("replica-1", null);
        assertThatThrownBy(() -> Weights.of(Map.of(ClusterRole.WRITER, withNull)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("replica-1")
                .hasMessageContaining("but was null");
        assertThatThrownBy(() -> ReplicaWeights.builder().weight(ClusterRole.WRITER, 70000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "weight of the new replica for role writer must be an integer from 0 to 65535 but was 70000");
        Map<ClusterRole, Integer> roleWithNull = new LinkedHashMap<>();
        roleWithNull.put(ClusterRole.READER, null);
        assertThatThrownBy(() -> ReplicaWeights.of(roleWithNull))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reader");
        assertThat(Weights.builder()
                        .weight(ClusterRole.WRITER, "r", 0)
                        .weight(ClusterRole.WRITER, "s", 65535)
                        .build()
                        .forRole(ClusterRole.WRITER))
                .containsExactly(Map.entry("r", 0), Map.entry("s", 65535));
    }

    @Test
    void withoutReplicaDropsItFromEveryRole() {
        Weights weights = Weights.of(Map.of(ClusterRole.WRITER, Map.of("replica-1", 70, "replica-2", 30)));
        Weights remaining = weights.withoutReplica("replica-2");
        assertThat(remaining.mentions("replica-2")).isFalse();
        assertThat(remaining.forRole(ClusterRole.WRITER)).containsExactly(Map.entry("replica-1", 70));
    }

    @Test
    void replicaWeightsSerializeAsRoleToWeight() throws Exception {
        ReplicaWeights weights = ReplicaWeights.of(Map.of(ClusterRole.WRITER, 30));
        assertThat(tree(Json.write(weights))).isEqualTo(tree("{\"writer\": 30}"));
        assertThat(weights.weight(ClusterRole.WRITER)).hasValue(30);
        assertThat(weights.weight(ClusterRole.READER)).isEmpty();
        assertThat(weights)
                .isEqualTo(
                        ReplicaWeights.builder().weight(ClusterRole.WRITER, 30).build());
        assertThat(weights.hashCode())
                .isEqualTo(ReplicaWeights.of(Map.of(ClusterRole.WRITER, 30)).hashCode());
        assertThat(weights).hasToString("ReplicaWeights{writer=30}");
        assertThat(Json.reader(Json.type(ReplicaWeights.class)).<ReplicaWeights>readValue("{\"writer\": 30}"))
                .isEqualTo(weights);
    }

    @Test
    void paramsRefuseOnlyWhatTheReferenceDocuments() {
        Weights one =
                Weights.builder().weight(ClusterRole.WRITER, "replica-1", 1).build();
        // Nothing documents a refusal of empty weights, an empty new replica or a replica name already weighted.
        assertThat(UpdateWeightsParams.builder()
                        .oldWeights(one)
                        .newWeights(Weights.empty())
                        .build()
                        .newWeights())
                .isEqualTo(Weights.empty());
        assertThat(RemoveReplicaParams.builder()
                        .oldWeights(one)
                        .newWeights(Weights.empty())
                        .build()
                        .newWeights())
                .isEqualTo(Weights.empty());
        assertThat(ClustersWireTest.addParams()
                        .replicaSize(" ")
                        .newReplica(ReplicaWeights.builder().build())
                        .replicaName("replica-1")
                        .build()
                        .replicaSize())
                .isEqualTo(" ");
        // A replica name goes into the path, so it must be one path segment.
        assertThatThrownBy(() -> ClustersWireTest.addParams().replicaName("").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("replicaName must not be blank");
        assertThatThrownBy(() -> ClustersWireTest.addParams().replicaName("..").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("replicaName must not be '..'");
    }

    @Test
    void buildersNameTheMissingRequiredAttributes() {
        assertThatThrownBy(() -> UpdateWeightsParams.builder()
                        .newWeights(TinybirdFixture.SEED_NEW_WEIGHTS)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("oldWeights");
        assertThatThrownBy(() -> AddReplicaParams.builder().replicaSize("4-16").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("oldWeights")
                .hasMessageContaining("newWeights")
                .hasMessageContaining("newReplica");
        assertThatThrownBy(() -> Cluster.builder().build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("clusterId");
    }

    @Test
    void addReplicaParamsAreSentInTheNestedWireShapeWithoutTheReplicaName() {
        AddReplicaParams params =
                ClustersWireTest.addParams().replicaName("replica-2").build();
        assertThat(tree(Json.write(AddReplicaBody.of(params)))).isEqualTo(tree(ClustersWireTest.SEED_ADD_BODY));
        assertThat(AddReplicaBody.of(params).existingReplicas().oldWeights()).isEqualTo(params.oldWeights());
    }

    @Test
    void clustersToleratesNullsAndMissingOptionalFields() throws Exception {
        Cluster cluster = Json.reader(Json.type(Cluster.class))
                .readValue("{\"cluster_id\": \"c-1\", \"cluster_weights\": null, \"replicas\": null,"
                        + " \"available_clickhouse_versions\": null, \"error\": 42, \"cloud_provider\": \"oracle\"}");
        assertThat(cluster.clusterWeights().isEmpty()).isTrue();
        assertThat(cluster.replicas()).isEmpty();
        assertThat(cluster.availableClickhouseVersions()).isEmpty();
        assertThat(cluster.error()).contains("42");
        assertThat(cluster.cloudProvider().orElseThrow().isKnown()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"cluster_id\": \"c-1\"}",
                "{\"cluster_id\": \"c-1\", \"operation_in_progress\": null, \"can_rebalance\": null, \"can_scale\":"
                        + " null, \"ongoing_maintenance\": null, \"cluster_weights\": null, \"replicas\": null,"
                        + " \"available_clickhouse_versions\": null, \"error\": null, \"clickhouse_version\": null,"
                        + " \"rolling_update_config\": null}"
            })
    void aClusterThatDoesNotReportItsStateIsNeitherIdleNorAllowedAnything(String json) throws Exception {
        Cluster cluster = Json.reader(Json.type(Cluster.class)).readValue(json);
        assertThat(cluster.clusterId()).isEqualTo("c-1");
        assertThat(cluster.operationInProgress()).isEmpty();
        assertThat(cluster.isIdle()).isFalse();
        assertThat(cluster.canRebalance()).isEmpty();
        assertThat(cluster.canScale()).isEmpty();
        assertThat(cluster.ongoingMaintenance()).isEmpty();
        assertThat(cluster.clusterWeights().isEmpty()).isTrue();
        assertThat(cluster.replicas()).isEmpty();
        assertThat(cluster.availableClickhouseVersions()).isEmpty();
        assertThat(cluster.error()).isEmpty();
        assertThat(cluster.clickhouseVersion()).isEmpty();
        assertThat(cluster.rollingUpdateConfig()).isEmpty();
    }

    @Test
    void onlyAnExplicitFalseOperationInProgressIsIdle() {
        Cluster.Builder base = Cluster.builder().clusterId("c-1");
        assertThat(base.build().isIdle()).isFalse();
        assertThat(base.operationInProgress(true).build().isIdle()).isFalse();
        assertThat(base.operationInProgress(false).build().isIdle()).isTrue();
    }

    @Test
    void clustersSerializeBackToSnakeCase() {
        Cluster cluster = Cluster.builder()
                .clusterId("c-1")
                .clusterWeights(Weights.builder()
                        .weight(ClusterRole.WRITER, "replica-1", 100)
                        .build())
                .putReplicas(
                        "replica-1",
                        Replica.builder().name("replica-1").memoryGb(16).build())
                .build();
        assertThat(tree(Json.write(cluster)))
                .isEqualTo(tree("{\"cluster_id\": \"c-1\", \"cluster_weights\": {\"writer\": {\"replica-1\": 100}},"
                        + " \"replicas\": {\"replica-1\": {\"name\": \"replica-1\", \"memory_gb\": 16}},"
                        + " \"available_clickhouse_versions\": []}"));
    }
}
