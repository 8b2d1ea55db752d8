package dev.dbcloud.clickhouse.tinybird;

import static dev.dbcloud.clickhouse.tinybird.TinybirdFixture.body;
import static dev.dbcloud.clickhouse.tinybird.TinybirdFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dbcloud.clickhouse.CloudProvider;
import dev.dbcloud.clickhouse.tinybird.TinybirdFixture.Auth;
import dev.dbcloud.core.testing.Published;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The request and response bodies of Tinybird's Organizations API documentation (fixtures under {@code
 * published/tinybird/} with their source): each documented request, built with the SDK's params, goes out as the
 * JSON tree printed; each response decodes whole and with any one field removed but those the SDK cannot work
 * without ({@link #REQUIRED}).
 *
 * <p>Exceptions, each with its reason: none.
 */
class PublishedTinybirdExamplesTest {
    private static final String DIR = "/published/tinybird/";

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final TinybirdFixture fixture = new TinybirdFixture(server);

    /** Answers the next request with the fixture's documented response, and returns the fixture's request tree. */
    private JsonNode documented(String name) {
        JsonNode doc = Published.fixture(DIR + name);
        server.enqueue(json(200, doc.get("response").toString()));
        return doc.get("request");
    }

    private static Weights writerAndReader(int writer1, int writer2, int reader1, int reader2) {
        return Weights.builder()
                .weight(ClusterRole.WRITER, "replica-1", writer1)
                .weight(ClusterRole.WRITER, "replica-2", writer2)
                .weight(ClusterRole.READER, "replica-1", reader1)
                .weight(ClusterRole.READER, "replica-2", reader2)
                .build();
    }

    @Test
    void theDocumentedRebalanceGoesOutAsPrinted() throws Exception {
        JsonNode request = documented("docs-update-weights.json");
        try (TinybirdClient tb = fixture.client(Auth.HEADER)) {
            tb.organization("org-1")
                    .clusters()
                    .updateWeights(
                            "c-1",
                            UpdateWeightsParams.builder()
                                    .oldWeights(writerAndReader(100, 0, 100, 0))
                                    .newWeights(writerAndReader(50, 50, 60, 40))
                                    .build());
        }
        RecordedRequest sent = fixture.take("PUT", "/v0/organizations/org-1/clusters/c-1/weights", Auth.HEADER);
        assertThat(body(sent)).isEqualTo(request);
    }

    @Test
    void theDocumentedAddReplicaGoesOutAsPrinted() throws Exception {
        JsonNode request = documented("docs-add-replica.json");
        ReplicaAdded added;
        try (TinybirdClient tb = fixture.client(Auth.HEADER)) {
            added = tb.organization("org-1")
                    .clusters()
                    .addReplica(
                            "c-1",
                            AddReplicaParams.builder()
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
                                            .build())
                                    .build());
        }
        RecordedRequest sent = fixture.take("POST", "/v0/organizations/org-1/clusters/c-1/replicas", Auth.HEADER);
        assertThat(body(sent)).isEqualTo(request);
        assertThat(added.newReplica().orElseThrow().name()).isEqualTo("replica-2");
    }

    @Test
    void theDocumentedRemoveReplicaGoesOutAsPrinted() throws Exception {
        JsonNode request = documented("docs-remove-replica.json");
        try (TinybirdClient tb = fixture.client(Auth.HEADER)) {
            tb.organization("org-1")
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
        RecordedRequest sent =
                fixture.take("DELETE", "/v0/organizations/org-1/clusters/c-1/replicas/replica-2", Auth.HEADER);
        assertThat(body(sent)).isEqualTo(request);
    }

    /**
     * The fields the SDK cannot work without: the list envelope, a cluster's id (every operation takes it) and a
     * replica's name (its identity, what a remove takes), a replica size's name (what an add-replica request names).
     */
    private static final Set<String> REQUIRED = Set.of(
            "clusters",
            "available_sizes.aws[].name",
            "available_sizes.gcp[].name",
            "clusters[].cluster_id",
            "clusters[].replicas.replica-1.name",
            "cluster_id",
            "new_replica.name");

    static Stream<String> responses() {
        return Stream.of(
                "docs-clusters.json",
                "docs-update-weights.json",
                "docs-add-replica.json",
                "docs-remove-replica.json",
                "docs-clusters-configuration.json");
    }

    private static Consumer<JsonNode> decoder(String type) {
        switch (type) {
            case "ClusterList":
                return body -> Published.decodeEach(body.get("clusters"), Cluster.class);
            case "WeightsUpdated":
                return body -> Published.decode(body, WeightsUpdated.class);
            case "ReplicaAdded":
                return body -> Published.decode(body, ReplicaAdded.class);
            case "ReplicaRemoved":
                return body -> Published.decode(body, ReplicaRemoved.class);
            case "ClustersConfiguration":
                return body -> Published.decode(body, ClustersConfiguration.class);
            default:
                throw new IllegalArgumentException("no decoder for " + type);
        }
    }

    @ParameterizedTest
    @MethodSource("responses")
    void everyPublishedResponseDecodesWholeAndWithAnyOneFieldRemoved(String name) {
        JsonNode doc = Published.fixture(DIR + name);
        JsonNode result = doc.get("response");
        Consumer<JsonNode> decode = decoder(doc.get("type").asText());
        decode.accept(result);
        var variants = Published.withOneFieldRemoved(result, REQUIRED);
        assertThat(variants).isNotEmpty();
        for (Published.Variant variant : variants) {
            assertThatCode(() -> decode.accept(variant.body()))
                    .as(name + " " + variant)
                    .doesNotThrowAnyException();
        }
    }

    @Test
    void aPublishedReplicaSizeWithoutItsCpuReadsAsAbsent() {
        JsonNode doc = Published.fixture(DIR + "docs-clusters-configuration.json");
        ((ObjectNode) doc.at("/response/available_sizes/aws/0")).remove("cpu");
        ReplicaSize size = Published.decode(doc.get("response"), ClustersConfiguration.class)
                .availableSizes()
                .get(CloudProvider.AWS)
                .get(0);
        assertThat(size.name()).isEqualTo("4-32");
        assertThat(size.cpu()).isEmpty();
        assertThat(size.memoryGb()).contains(32);
    }
}
