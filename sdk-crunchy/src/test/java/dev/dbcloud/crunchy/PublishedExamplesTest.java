package dev.dbcloud.crunchy;

import static dev.dbcloud.crunchy.Fixtures.CLUSTER_ID;
import static dev.dbcloud.crunchy.Fixtures.TEAM_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dbcloud.core.testing.Published;
import java.time.Instant;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The request and response bodies of the Crunchy Bridge API reference (the Cluster, Provider, Network, Network
 * firewall rule, Private link and Private link connection pages;
 * fixtures under {@code published/crunchy/} with their source): requests built with the SDK's builders go out as
 * printed; responses decode whole and with any one field removed but those the SDK cannot work without ({@link
 * #REQUIRED}: ids, the names that identify a role or a backup, and the operation state the upgrade waiter reads).
 *
 * <p>Exceptions: none. The Network peering page prints no example; its decoding is tested from the spec's schema in
 * {@code NetworkSecurityWireTest}. The spec's own {@code Account} and {@code AccessToken} examples are
 * decoded in {@code AccountWireTest}, its {@code EventList} and metric view examples in {@code ActivityWireTest}, and
 * its query examples in {@code QueriesWireTest}.
 */
class PublishedExamplesTest extends MockApiTest {
    private static final String DIR = "/published/crunchy/";

    private static final Set<String> REQUIRED = Set.of(
            "id",
            "replicas[].id",
            "clusters[].id",
            "clusters[].replicas[].id",
            "providers[].plans[].id",
            "providers[].regions[].id",
            "operations[].state",
            "ongoing_upgrade.operations[].state");

    private static JsonNode fixture(String name) {
        return Published.fixture(DIR + name);
    }

    @Test
    void createUpdateAndForkGoOutAsDocumented() throws Exception {
        server.enqueue(Fixtures.cluster(201));
        cb().clusters()
                .create(CreateClusterParams.builder()
                        .name("crunchy-production")
                        .planId("hobby-2")
                        .postgresVersionId(PostgresVersionRef.major(13))
                        .providerId("aws")
                        .regionId("us-west-2")
                        .storage(100)
                        .teamId(TEAM_ID)
                        .build());
        assertThat(Fixtures.body(take("POST", "/clusters")))
                .isEqualTo(fixture("docs-cluster-create.json").get("request"));

        server.enqueue(Fixtures.cluster(200));
        cb().clusters()
                .update(
                        CLUSTER_ID,
                        UpdateClusterParams.builder()
                                .maintenanceWindowStart(3)
                                .name("new-cluster-name")
                                .build());
        assertThat(Fixtures.body(take("PATCH", "/clusters/" + CLUSTER_ID)))
                .isEqualTo(fixture("docs-cluster-update.json").get("request"));

        server.enqueue(Fixtures.cluster(201));
        cb().clusters()
                .fork(
                        CLUSTER_ID,
                        ForkClusterParams.builder()
                                .name("crunchy-production-fork")
                                .planId("standard-64")
                                .providerId("aws")
                                .regionId("us-west-2")
                                .storage(100)
                                .targetTime(Instant.parse("2021-07-11T01:02:03Z"))
                                .build());
        assertThat(Fixtures.body(take("POST", "/clusters/" + CLUSTER_ID + "/forks")))
                .isEqualTo(fixture("docs-cluster-fork.json").get("request"));
    }

    @Test
    void aPlanWithOnlyTheOlderCpuReadsItAsVcpu() {
        JsonNode providers = fixture("docs-providers.json").at("/response/providers");
        Provider aws = Published.decodeEach(providers, Provider.class).get(0);
        assertThat(aws.plans()).singleElement().satisfies(plan -> {
            assertThat(plan.vcpu()).contains(1.0);
            assertThat(plan.cpu()).contains(1.0);
            assertThat(plan.memory()).contains(2.0);
        });
    }

    @Test
    void aClusterWithoutIsSuspendedReads() {
        JsonNode cluster = fixture("docs-cluster.json").get("response").deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) cluster).remove("is_suspended");
        assertThat(Published.decode(cluster, Cluster.class).isSuspended()).isEmpty();
    }

    static Stream<String> responses() {
        return Stream.of(
                "docs-cluster.json",
                "docs-cluster-list.json",
                "docs-cluster-status.json",
                "docs-cluster-upgrade.json",
                "docs-message.json",
                "docs-providers.json",
                "docs-network.json",
                "docs-firewall-rule.json",
                "docs-private-link.json",
                "docs-private-link-connection.json");
    }

    private static Consumer<JsonNode> decoder(String type) {
        switch (type) {
            case "Cluster":
                return body -> Published.decode(body, Cluster.class);
            case "ClusterList":
                return body -> Published.decodeEach(body.path("clusters"), Cluster.class);
            case "ClusterStatus":
                return body -> Published.decode(body, ClusterStatus.class);
            case "ClusterUpgrade":
                return body -> Published.decode(body, ClusterUpgrade.class);
            case "Message":
                return body -> Published.decode(body, Message.class);
            case "ProviderList":
                return body -> Published.decodeEach(body.path("providers"), Provider.class);
            case "Network":
                return body -> Published.decode(body, Network.class);
            case "FirewallRule":
                return body -> Published.decode(body, FirewallRule.class);
            case "ClusterPrivateLink":
                return body -> Published.decode(body, ClusterPrivateLink.class);
            case "ClusterPrivateLinkConnection":
                return body -> Published.decode(body, ClusterPrivateLinkConnection.class);
            default:
                throw new IllegalArgumentException("no decoder for " + type);
        }
    }

    @Test
    void theNetworkSecurityExamplesReadAsPrinted() {
        FirewallRule rule = Published.decode(fixture("docs-firewall-rule.json").get("response"), FirewallRule.class);
        assertThat(rule)
                .isEqualTo(FirewallRule.builder()
                        .id("rwhpndhwrfdetco3wypdyuw4vm")
                        .networkId(Fixtures.NETWORK_ID)
                        .rule("0.0.0.0/0")
                        .teamId(TEAM_ID)
                        .build());
        ClusterPrivateLink link =
                Published.decode(fixture("docs-private-link.json").get("response"), ClusterPrivateLink.class);
        assertThat(link)
                .isEqualTo(ClusterPrivateLink.builder()
                        .id("qtrpik2jyrcebnk2qzhagw6w2a")
                        .clusterId(CLUSTER_ID)
                        .endpointIdentifier("vpce-075c50b2becc4c030")
                        .status(PrivateLinkStatus.AVAILABLE)
                        .teamId(TEAM_ID)
                        .build());
        ClusterPrivateLinkConnection connection = Published.decode(
                fixture("docs-private-link-connection.json").get("response"), ClusterPrivateLinkConnection.class);
        assertThat(connection)
                .isEqualTo(ClusterPrivateLinkConnection.builder()
                        .id("qtrpik2jyrcebnk2qzhagw6w2a")
                        .clusterId(CLUSTER_ID)
                        .name("my-connection")
                        .status(PrivateLinkConnectionStatus.PENDING)
                        .teamId(TEAM_ID)
                        .build());
    }

    @ParameterizedTest
    @MethodSource("responses")
    void everyPublishedResponseDecodesWholeAndWithAnyOneFieldRemoved(String name) {
        JsonNode doc = fixture(name);
        Consumer<JsonNode> decode = decoder(doc.get("type").asText());
        decode.accept(doc.get("response"));
        for (Published.Variant variant : Published.withOneFieldRemoved(doc.get("response"), REQUIRED)) {
            if (variant.removed().matches("(clusters|providers)")) {
                continue; // the list itself: an absent list is the pager's business, not a model's
            }
            assertThatCode(() -> decode.accept(variant.body()))
                    .as(name + " " + variant)
                    .doesNotThrowAnyException();
        }
    }
}
