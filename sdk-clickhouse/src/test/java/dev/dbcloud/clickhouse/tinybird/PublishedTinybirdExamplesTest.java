package dev.dbcloud.clickhouse.tinybird;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dbcloud.clickhouse.CloudProvider;
import dev.dbcloud.core.testing.Published;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The response bodies of Tinybird's Organizations API documentation (fixtures under {@code published/tinybird/}
 * with their source) decode whole and with any one field removed but those the SDK cannot work without ({@link
 * #REQUIRED}).
 *
 * <p>Exceptions, each with its reason: none.
 */
class PublishedTinybirdExamplesTest {
    private static final String DIR = "/published/tinybird/";

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
