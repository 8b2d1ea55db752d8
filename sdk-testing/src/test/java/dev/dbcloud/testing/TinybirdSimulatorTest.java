package dev.dbcloud.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dbcloud.clickhouse.tinybird.Cluster;
import dev.dbcloud.clickhouse.tinybird.ClusterRole;
import dev.dbcloud.clickhouse.tinybird.Clusters;
import dev.dbcloud.clickhouse.tinybird.ClustersConfiguration;
import dev.dbcloud.clickhouse.tinybird.ReplicaAdded;
import dev.dbcloud.clickhouse.tinybird.ReplicaState;
import dev.dbcloud.clickhouse.tinybird.ReplicaWeights;
import dev.dbcloud.clickhouse.tinybird.TinybirdClient;
import dev.dbcloud.clickhouse.tinybird.UpdateWeightsParams;
import dev.dbcloud.clickhouse.tinybird.Weights;
import dev.dbcloud.clickhouse.tinybird.WeightsUpdated;
import dev.dbcloud.core.Credentials;
import dev.dbcloud.core.errors.ConflictException;
import dev.dbcloud.core.errors.NotFoundException;
import dev.dbcloud.core.errors.UnauthorizedException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TinybirdSimulatorTest {
    private static final String EU = "dedicated-aws-eu-west-1-01";

    private LocalCloud cloud = LocalCloud.start(LocalCloud.Options.defaults().withSpeed(2_000));
    private TinybirdClient tb = client(cloud, Credentials.bearer(cloud.tinybirdToken()));
    private Clusters clusters = tb.organization(cloud.tinybirdOrganizationId()).clusters();

    @AfterEach
    void close() {
        tb.close();
        cloud.close();
    }

    private static TinybirdClient client(LocalCloud cloud, Credentials credentials) {
        return TinybirdClient.builder()
                .baseUrl(cloud.tinybirdUrl())
                .credentials(credentials)
                .sleeper(cloud.clock().sleeper())
                .jitter(() -> 1.0)
                .build();
    }

    private void slowCloud() {
        tb.close();
        cloud.close();
        cloud = LocalCloud.start(LocalCloud.Options.defaults().withSpeed(1));
        tb = client(cloud, Credentials.bearer(cloud.tinybirdToken()));
        clusters = tb.organization(cloud.tinybirdOrganizationId()).clusters();
    }

    private String url(String path) {
        return cloud.tinybirdUrl() + "/v0/organizations/" + cloud.tinybirdOrganizationId() + path;
    }

    @Test
    void listsClustersWithTheDocumentedFields() {
        HttpResponse<String> response = Raw.send("GET", url("/clusters/?token=" + cloud.tinybirdToken()), null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode cluster = Raw.json(response).get("clusters").get(0);
        assertThat(cluster.get("cluster_id").asText()).isEqualTo(EU);
        assertThat(cluster.get("cloud_provider").asText()).isEqualTo("aws");
        assertThat(cluster.get("cloud_region").asText()).isEqualTo("eu-west-1");
        assertThat(cluster.get("operation_in_progress").asBoolean()).isFalse();
        assertThat(cluster.get("can_rebalance").asBoolean()).isTrue();
        assertThat(cluster.get("can_scale").asBoolean()).isTrue();
        assertThat(cluster.get("cluster_weights").toString())
                .isEqualTo("{\"writer\":{\"replica-1\":100},\"reader\":{\"replica-1\":100}}");
        assertThat(cluster.get("replicas").get("replica-1").get("state").asText())
                .isEqualTo("running");
        assertThat(cluster.has("error")).isTrue();
        assertThat(cluster.has("rolling_update_config")).isTrue();
        assertThat(clusters.list()).extracting(Cluster::clusterId).contains(EU, "dedicated-gcp-europe-west3-01");
    }

    @Test
    void acceptsTheTokenAsBearerOrQueryParameterAndRefusesAnythingElse() {
        HttpResponse<String> missing = Raw.send("GET", url("/clusters"), null);
        HttpResponse<String> wrong = Raw.send("GET", url("/clusters?token=p.wrong"), null);

        for (HttpResponse<String> response : List.of(missing, wrong)) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(Raw.json(response).get("error").asText()).isNotBlank();
        }
        assertThat(Raw.send("GET", cloud.tinybirdUrl() + "/v0/regions", null).statusCode())
                .isEqualTo(200);
        try (TinybirdClient query = client(cloud, Credentials.queryToken(cloud.tinybirdToken()));
                TinybirdClient stranger = client(cloud, Credentials.bearer("p.stranger"))) {
            assertThat(query.organization(cloud.tinybirdOrganizationId())
                            .clusters()
                            .list())
                    .hasSize(3);
            assertThatThrownBy(() -> stranger.organization(cloud.tinybirdOrganizationId())
                            .clusters()
                            .list())
                    .isInstanceOf(UnauthorizedException.class);
            assertThat(stranger.regions()).isNotEmpty();
        }
        assertThatThrownBy(() -> tb.organization("another-org").clusters().list())
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void servesTheConfigurationCatalogue() {
        ClustersConfiguration configuration =
                tb.organization(cloud.tinybirdOrganizationId()).configuration();

        assertThat(configuration.availableRoles())
                .containsExactly(ClusterRole.WRITER, ClusterRole.READER, ClusterRole.COPYJOB);
        assertThat(configuration.availableSizes()).hasSize(2);
    }

    @Test
    void aStaleOldWeightsWriteIsAConflict() {
        Weights stale = Weights.builder()
                .weight(ClusterRole.WRITER, "replica-1", 50)
                .weight(ClusterRole.READER, "replica-1", 100)
                .build();

        assertThatThrownBy(() -> clusters.updateWeights(
                        EU,
                        UpdateWeightsParams.builder()
                                .oldWeights(stale)
                                .newWeights(stale)
                                .build()))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(409);
                    assertThat(e.errorMessage())
                            .hasValueSatisfying(m -> assertThat(m).contains("old_weights do not match"));
                });
        assertThat(clusters.get(EU).clusterWeights().weight(ClusterRole.WRITER, "replica-1"))
                .hasValue(100);
    }

    @Test
    void aWriteKeepsAnOperationInProgressDuringWhichOtherWritesConflict() {
        slowCloud();
        Weights same = clusters.get(EU).clusterWeights();

        WeightsUpdated updated = clusters.updateWeights(
                EU,
                UpdateWeightsParams.builder().oldWeights(same).newWeights(same).build());

        assertThat(updated.updatedWeights()).contains(same);
        Cluster busy = clusters.get(EU);
        assertThat(busy.operationInProgress()).contains(true);
        assertThat(busy.canRebalance()).contains(false);
        assertThat(busy.canScale()).contains(false);
        HttpResponse<String> again = Raw.send(
                "PUT",
                url("/clusters/" + EU + "/weights"),
                "{\"old_weights\":"
                        + Raw.json(Raw.send("GET", url("/clusters?token=" + cloud.tinybirdToken()), null))
                                .get("clusters")
                                .get(0)
                                .get("cluster_weights")
                        + ",\"new_weights\":{\"writer\":{\"replica-1\":100}}}",
                "Authorization",
                "Bearer " + cloud.tinybirdToken());
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(Raw.json(again).get("error").asText()).contains("already in progress");
    }

    @Test
    void aReplicaIsAddedThenRunningAndIsRemovedAgain() {
        Cluster before = clusters.get(EU);
        ReplicaAdded added = clusters.addReplica(
                EU,
                "4-32",
                Weights.builder()
                        .weight(ClusterRole.WRITER, "replica-1", 100)
                        .weight(ClusterRole.READER, "replica-1", 50)
                        .build(),
                ReplicaWeights.builder().weight(ClusterRole.READER, 50).build());

        assertThat(added.newReplica()).hasValueSatisfying(r -> {
            assertThat(r.name()).isEqualTo("replica-2");
            assertThat(r.state()).contains(ReplicaState.ADDING);
            assertThat(r.cpu()).contains(4);
            assertThat(r.memoryGb()).contains(32);
        });
        Cluster idle = clusters.waitUntilIdle(EU, Duration.ofMinutes(10));
        assertThat(idle.replicas().get("replica-2").state()).contains(ReplicaState.RUNNING);
        assertThat(idle.clusterWeights().weight(ClusterRole.READER, "replica-2"))
                .hasValue(50);

        clusters.removeReplica(EU, "replica-2", before.clusterWeights());
        Cluster removed = clusters.waitUntilIdle(EU, Duration.ofMinutes(10));
        assertThat(removed.replicas()).containsOnlyKeys("replica-1");
        assertThat(removed.clusterWeights()).isEqualTo(before.clusterWeights());
    }

    @Test
    void refusesWhatTheApiDocumentsAsInvalid() {
        String auth = "Bearer " + cloud.tinybirdToken();
        String current = "{\"writer\":{\"replica-1\":100},\"reader\":{\"replica-1\":100}}";

        HttpResponse<String> unknownSize = Raw.send(
                "POST",
                url("/clusters/" + EU + "/replicas"),
                "{\"replica_size\":\"1-1\",\"existing_replicas\":{\"old_weights\":" + current + ",\"new_weights\":"
                        + current + "},\"new_replica\":{\"reader\":1}}",
                "Authorization",
                auth);
        HttpResponse<String> mentionsRemoved = Raw.send(
                "DELETE",
                url("/clusters/dedicated-aws-us-east-1-01/replicas/replica-2"),
                "{\"old_weights\":{\"writer\":{\"replica-1\":100,\"replica-2\":0},\"reader\":{\"replica-1\":50,"
                        + "\"replica-2\":50}},\"new_weights\":{\"writer\":{\"replica-2\":1}}}",
                "Authorization",
                auth);
        HttpResponse<String> unknownReplica = Raw.send(
                "DELETE",
                url("/clusters/" + EU + "/replicas/replica-9"),
                "{\"old_weights\":" + current + ",\"new_weights\":" + current + "}",
                "Authorization",
                auth);
        HttpResponse<String> badWeight = Raw.send(
                "PUT",
                url("/clusters/" + EU + "/weights"),
                "{\"old_weights\":" + current + ",\"new_weights\":{\"writer\":{\"replica-1\":70000}}}",
                "Authorization",
                auth);

        assertThat(unknownSize.statusCode()).isEqualTo(400);
        assertThat(mentionsRemoved.statusCode()).isEqualTo(400);
        assertThat(Raw.json(mentionsRemoved).get("error").asText()).contains("must not include the removed replica");
        assertThat(unknownReplica.statusCode()).isEqualTo(404);
        assertThat(badWeight.statusCode()).isEqualTo(400);
    }

    @Test
    void acceptsWhatTheDocsDoNotRefuse() {
        String auth = "Bearer " + cloud.tinybirdToken();
        String current = "{\"writer\":{\"replica-1\":100},\"reader\":{\"replica-1\":100}}";

        HttpResponse<String> emptyNewReplica = Raw.send(
                "POST",
                url("/clusters/" + EU + "/replicas"),
                "{\"replica_size\":\"4-32\",\"existing_replicas\":{\"old_weights\":" + current
                        + ",\"new_weights\":{\"writer\":{\"replica-1\":100,\"replica-2\":0}}},\"new_replica\":{}}",
                "Authorization",
                auth);

        assertThat(emptyNewReplica.statusCode()).as(emptyNewReplica.body()).isEqualTo(200);
        assertThat(Raw.json(emptyNewReplica).at("/new_replica/name").asText()).isEqualTo("replica-2");
    }
}
