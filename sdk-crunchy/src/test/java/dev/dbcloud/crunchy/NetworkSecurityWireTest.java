package dev.dbcloud.crunchy;

import static dev.dbcloud.crunchy.Fixtures.CLUSTER_ID;
import static dev.dbcloud.crunchy.Fixtures.NETWORK_ID;
import static dev.dbcloud.crunchy.Fixtures.TEAM_ID;
import static dev.dbcloud.crunchy.Fixtures.body;
import static dev.dbcloud.crunchy.Fixtures.json;
import static dev.dbcloud.crunchy.Fixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.errors.GoneException;
import dev.dbcloud.core.errors.NotFoundException;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * Network update, network firewall rules, peerings, private links and the deprecated cluster firewall routes on
 * the wire: method, path, query, the {@code Idempotency-Key} on every POST and PATCH (and on nothing else), the
 * JSON body as a tree, and the typed result.
 */
class NetworkSecurityWireTest extends MockApiTest {
    static final String RULE_ID = "rwhpndhwrfdetco3wypdyuw4vm";
    static final String PEERING_ID = "ktuyw5lrmvh5ngjyfc6mjgyzxe";
    static final String LINK_ID = "qtrpik2jyrcebnk2qzhagw6w2a";
    static final String CONNECTION_ID = "x2vbzb4kqvhxbg7ifgb6zx3zsm";

    static final String RULE = "{\"description\":\"office\",\"id\":\"" + RULE_ID + "\",\"kind\":\"ingress\","
            + "\"network_id\":\"" + NETWORK_ID + "\",\"rule\":\"203.0.113.0/24\",\"team_id\":\"" + TEAM_ID + "\"}";
    static final String LINK = "{\"cluster_id\":\"" + CLUSTER_ID + "\",\"endpoint_identifier\":null,\"id\":\"" + LINK_ID
            + "\",\"status\":\"creating\",\"team_id\":\"" + TEAM_ID + "\"}";

    static String peering(String status) {
        return "{\"id\":\"" + PEERING_ID + "\",\"cidr4\":\"10.10.0.0/16\",\"name\":\"pcx-0a1b2c3d4e5f60718\","
                + "\"network_id\":\"" + NETWORK_ID + "\",\"network_identifier\":\"vpc-0fedcba9876543210\","
                + "\"peer_identifier\":\"vpc-0123456789abcdef0\",\"status\":\"" + status + "\"}";
    }

    static String connection(String status) {
        return "{\"cluster_id\":\"" + CLUSTER_ID + "\",\"id\":\"" + CONNECTION_ID + "\",\"name\":\"vpce-0a1b2c3d\","
                + "\"status\":\"" + status + "\",\"team_id\":\"" + TEAM_ID + "\"}";
    }

    /** Takes the next request and checks that it carries an idempotency key exactly when it is a POST or PATCH. */
    private RecordedRequest takeWrite(String method, String target) throws InterruptedException {
        RecordedRequest request = take(method, target);
        String key = request.getHeaders().get("Idempotency-Key");
        if (method.equals("POST") || method.equals("PATCH")) {
            assertThat(key).as(method + " " + target).isNotBlank();
        } else {
            assertThat(key).as(method + " " + target).isNull();
        }
        return request;
    }

    @Test
    void updateRenamesTheNetwork() throws Exception {
        server.enqueue(json(
                200,
                "{\"id\":\"" + NETWORK_ID + "\",\"name\":\"production\",\"cidr4\":\"10.0.0.0/20\","
                        + "\"provider_id\":\"aws\",\"region_id\":\"us-west-2\",\"team_id\":\"" + TEAM_ID + "\"}"));

        Network network = cb().networks()
                .update(
                        NETWORK_ID,
                        UpdateNetworkParams.builder().name("production").build());

        assertThat(network.id()).isEqualTo(NETWORK_ID);
        assertThat(network.name()).contains("production");
        RecordedRequest request = takeWrite("PATCH", "/networks/" + NETWORK_ID);
        assertThat(body(request)).isEqualTo(tree("{\"name\":\"production\"}"));
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
    }

    @Test
    void firewallRulesListCreateGetUpdateDelete() throws Exception {
        server.enqueue(json(200, "{\"firewall_rules\":[" + RULE + "]}"));
        server.enqueue(json(201, RULE));
        server.enqueue(json(200, RULE));
        server.enqueue(json(200, RULE.replace("203.0.113.0/24", "203.0.113.0/25")));
        server.enqueue(json(200, RULE));
        NetworkFirewallRules rules = cb().networks().firewallRules();

        List<FirewallRule> listed = rules.list(NETWORK_ID);
        FirewallRule created = rules.create(
                NETWORK_ID,
                CreateFirewallRuleParams.builder()
                        .rule("203.0.113.0/24")
                        .description("office")
                        .kind(FirewallRuleKind.INGRESS)
                        .build());
        FirewallRule got = rules.get(NETWORK_ID, RULE_ID);
        FirewallRule updated = rules.update(
                NETWORK_ID,
                RULE_ID,
                UpdateFirewallRuleParams.builder().rule("203.0.113.0/25").build());
        FirewallRule deleted = rules.delete(NETWORK_ID, RULE_ID);

        assertThat(listed).containsExactly(created);
        assertThat(created)
                .isEqualTo(FirewallRule.builder()
                        .id(RULE_ID)
                        .rule("203.0.113.0/24")
                        .description("office")
                        .kind(FirewallRuleKind.INGRESS)
                        .networkId(NETWORK_ID)
                        .teamId(TEAM_ID)
                        .build());
        assertThat(got).isEqualTo(created);
        assertThat(updated.rule()).contains("203.0.113.0/25");
        assertThat(deleted).isEqualTo(created);

        String rulesPath = "/networks/" + NETWORK_ID + "/firewall-rules";
        takeWrite("GET", rulesPath);
        assertThat(body(takeWrite("POST", rulesPath)))
                .isEqualTo(tree("{\"rule\":\"203.0.113.0/24\",\"description\":\"office\",\"kind\":\"ingress\"}"));
        takeWrite("GET", rulesPath + "/" + RULE_ID);
        assertThat(body(takeWrite("PATCH", rulesPath + "/" + RULE_ID)))
                .isEqualTo(tree("{\"rule\":\"203.0.113.0/25\"}"));
        takeWrite("DELETE", rulesPath + "/" + RULE_ID);
    }

    @Test
    void aRuleCreatedWithOnlyItsCidrSendsOnlyThatAndALegacyRuleReadsWithoutKind() throws Exception {
        server.enqueue(json(201, "{\"id\":\"" + RULE_ID + "\",\"rule\":\"0.0.0.0/0\",\"kind\":null}"));

        FirewallRule rule = cb().networks()
                .firewallRules()
                .create(
                        NETWORK_ID,
                        CreateFirewallRuleParams.builder().rule("0.0.0.0/0").build());

        assertThat(rule.kind()).isEmpty();
        assertThat(rule.description()).isEmpty();
        assertThat(rule.networkId()).isEmpty();
        assertThat(body(takeWrite("POST", "/networks/" + NETWORK_ID + "/firewall-rules")))
                .isEqualTo(tree("{\"rule\":\"0.0.0.0/0\"}"));
    }

    @Test
    void anEgressRuleAndAnEmptyUpdate() throws Exception {
        server.enqueue(json(201, RULE.replace("ingress", "egress")));
        server.enqueue(json(200, RULE));
        NetworkFirewallRules rules = cb().networks().firewallRules();

        FirewallRule egress = rules.create(
                NETWORK_ID,
                CreateFirewallRuleParams.builder()
                        .rule("198.51.100.7/32")
                        .kind(FirewallRuleKind.EGRESS)
                        .build());
        rules.update(NETWORK_ID, RULE_ID, UpdateFirewallRuleParams.builder().build());

        assertThat(egress.kind()).contains(FirewallRuleKind.EGRESS);
        assertThat(body(takeWrite("POST", "/networks/" + NETWORK_ID + "/firewall-rules")))
                .isEqualTo(tree("{\"rule\":\"198.51.100.7/32\",\"kind\":\"egress\"}"));
        assertThat(body(takeWrite("PATCH", "/networks/" + NETWORK_ID + "/firewall-rules/" + RULE_ID)))
                .isEqualTo(tree("{}"));
    }

    @Test
    void listsReadAMissingOrNullArrayAsEmptyAndIgnoreCursorFieldsTheSpecDoesNotPromise() throws Exception {
        server.enqueue(json(200, "{\"firewall_rules\":null}"));
        server.enqueue(json(200, "{}"));
        server.enqueue(json(200, "{\"peerings\":[" + peering("active") + "],\"has_more\":false,\"next_cursor\":null}"));
        server.enqueue(json(200, "{\"connections\":[]}"));

        assertThat(cb().networks().firewallRules().list(NETWORK_ID)).isEmpty();
        assertThat(cb().networks().peerings().list(NETWORK_ID)).isEmpty();
        assertThat(cb().networks().peerings().list(NETWORK_ID))
                .extracting(Peering::id)
                .containsExactly(PEERING_ID);
        assertThat(cb().clusters().privateLinks().listConnections(CLUSTER_ID)).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void firewallRulesCarryTheirViewsOptionsUnderRawResponses() throws Exception {
        server.enqueue(json(200, RULE));
        server.enqueue(json(201, RULE));
        server.enqueue(json(200, "{\"firewall_rules\":[]}"));
        RequestOptions traced =
                RequestOptions.builder().header("X-Trace", "t-1").build();
        RequestOptions keyed = RequestOptions.builder()
                .idempotencyKey("rule-office-1")
                .header("X-Trace", "t-1")
                .build();
        NetworkFirewallRules rules = cb().networks().firewallRules();

        ApiResponse<FirewallRule> got =
                rules.withOptions(traced).withRawResponse().get(NETWORK_ID, RULE_ID);
        ApiResponse<FirewallRule> created = rules.withRawResponse()
                .withOptions(keyed)
                .create(
                        NETWORK_ID,
                        CreateFirewallRuleParams.builder()
                                .rule("203.0.113.0/24")
                                .build());
        List<FirewallRule> listed =
                cb().networks().withOptions(traced).firewallRules().list(NETWORK_ID);

        assertThat(got.statusCode()).isEqualTo(200);
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.value().id()).isEqualTo(RULE_ID);
        RecordedRequest get = take("GET", "/networks/" + NETWORK_ID + "/firewall-rules/" + RULE_ID);
        assertThat(get.getHeaders().get("X-Trace")).isEqualTo("t-1");
        assertThat(get.getHeaders().get("Idempotency-Key")).isNull();
        RecordedRequest post = take("POST", "/networks/" + NETWORK_ID + "/firewall-rules");
        assertThat(post.getHeaders().get("X-Trace")).isEqualTo("t-1");
        assertThat(post.getHeaders().get("Idempotency-Key")).isEqualTo("rule-office-1");
        assertThat(listed).isEmpty();
        assertThat(take("GET", "/networks/" + NETWORK_ID + "/firewall-rules")
                        .getHeaders()
                        .get("X-Trace"))
                .isEqualTo("t-1");
    }

    @Test
    void deletingARuleTwiceIsGone() {
        server.enqueue(json(410, "{\"message\":\"firewall rule already deleted\",\"request_id\":\"r-410\"}"));
        assertThatThrownBy(() -> cb().networks().firewallRules().delete(NETWORK_ID, RULE_ID))
                .isInstanceOfSatisfying(GoneException.class, e -> {
                    assertThat(e.attempts()).isEqualTo(1);
                    assertThat(e.getMessage())
                            .contains("DELETE /networks/" + NETWORK_ID + "/firewall-rules/" + RULE_ID);
                });
    }

    @Test
    void peeringsListCreateGetDelete() throws Exception {
        server.enqueue(json(200, "{\"peerings\":[" + peering("active") + "]}"));
        server.enqueue(json(201, peering("creating")));
        server.enqueue(json(200, peering("active")));
        server.enqueue(json(200, peering("deleting")));
        NetworkPeerings peerings = cb().networks().peerings();

        List<Peering> listed = peerings.list(NETWORK_ID);
        Peering created = peerings.create(
                NETWORK_ID,
                CreatePeeringParams.builder()
                        .peerIdentifier("vpc-0123456789abcdef0")
                        .build());
        Peering got = peerings.get(NETWORK_ID, PEERING_ID);
        Peering deleted = peerings.delete(NETWORK_ID, PEERING_ID);

        assertThat(listed).containsExactly(got);
        assertThat(got)
                .isEqualTo(Peering.builder()
                        .id(PEERING_ID)
                        .status(PeeringStatus.ACTIVE)
                        .cidr4("10.10.0.0/16")
                        .name("pcx-0a1b2c3d4e5f60718")
                        .networkId(NETWORK_ID)
                        .networkIdentifier("vpc-0fedcba9876543210")
                        .peerIdentifier("vpc-0123456789abcdef0")
                        .build());
        assertThat(created.status()).isEqualTo(PeeringStatus.CREATING);
        assertThat(deleted.status()).isEqualTo(PeeringStatus.DELETING);

        String peeringsPath = "/networks/" + NETWORK_ID + "/peerings";
        takeWrite("GET", peeringsPath);
        assertThat(body(takeWrite("POST", peeringsPath)))
                .isEqualTo(tree("{\"peer_identifier\":\"vpc-0123456789abcdef0\"}"));
        takeWrite("GET", peeringsPath + "/" + PEERING_ID);
        takeWrite("DELETE", peeringsPath + "/" + PEERING_ID);
    }

    @Test
    void aPeeringNeedsOnlyItsIdAndStatus() throws Exception {
        server.enqueue(json(
                200,
                "{\"id\":\"" + PEERING_ID + "\",\"status\":\"provisioning\",\"cidr4\":null,\"name\":null,"
                        + "\"future_field\":1}"));

        Peering peering = cb().networks().peerings().get(NETWORK_ID, PEERING_ID);

        assertThat(peering.status().isKnown()).isFalse();
        assertThat(peering.status().value()).isEqualTo("provisioning");
        assertThat(peering.cidr4()).isEmpty();
        assertThat(peering.name()).isEmpty();
        assertThat(peering.peerIdentifier()).isEmpty();
    }

    @Test
    void privateLinkGetCreateDelete() throws Exception {
        server.enqueue(
                json(200, LINK.replace("null", "\"vpce-075c50b2becc4c030\"").replace("creating", "available")));
        server.enqueue(json(201, LINK));
        server.enqueue(json(200, LINK.replace("creating", "destroying")));
        ClusterPrivateLinks links = cb().clusters().privateLinks();

        ClusterPrivateLink got = links.get(CLUSTER_ID);
        ClusterPrivateLink created = links.create(CLUSTER_ID);
        ClusterPrivateLink deleted = links.delete(CLUSTER_ID);

        assertThat(got.endpointIdentifier()).contains("vpce-075c50b2becc4c030");
        assertThat(got.status()).contains(PrivateLinkStatus.AVAILABLE);
        assertThat(created)
                .isEqualTo(ClusterPrivateLink.builder()
                        .id(LINK_ID)
                        .clusterId(CLUSTER_ID)
                        .status(PrivateLinkStatus.CREATING)
                        .teamId(TEAM_ID)
                        .build());
        assertThat(deleted.status()).contains(PrivateLinkStatus.DESTROYING);

        String path = "/clusters/" + CLUSTER_ID + "/private-link";
        takeWrite("GET", path);
        RecordedRequest create = takeWrite("POST", path);
        assertThat(create.getBody().size()).as("no body").isZero();
        takeWrite("DELETE", path);
    }

    @Test
    void aClusterWithoutAPrivateLinkAnswers404() {
        server.enqueue(json(404, "{\"message\":\"private link not found\",\"request_id\":\"r-404\"}"));
        assertThatThrownBy(() -> cb().clusters().privateLinks().get(CLUSTER_ID))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.errorMessage())
                        .contains("private link not found"));
    }

    @Test
    void privateLinkConnectionsListApproveReject() throws Exception {
        server.enqueue(json(200, "{\"connections\":[" + connection("pending") + "]}"));
        server.enqueue(json(200, connection("approved")));
        server.enqueue(json(200, connection("rejected")));
        ClusterPrivateLinks links = cb().clusters().privateLinks();

        List<ClusterPrivateLinkConnection> connections = links.listConnections(CLUSTER_ID);
        ClusterPrivateLinkConnection approved = links.approveConnection(CLUSTER_ID, CONNECTION_ID);
        ClusterPrivateLinkConnection rejected = links.rejectConnection(CLUSTER_ID, CONNECTION_ID);

        assertThat(connections)
                .containsExactly(ClusterPrivateLinkConnection.builder()
                        .id(CONNECTION_ID)
                        .clusterId(CLUSTER_ID)
                        .name("vpce-0a1b2c3d")
                        .status(PrivateLinkConnectionStatus.PENDING)
                        .teamId(TEAM_ID)
                        .build());
        assertThat(approved.status()).contains(PrivateLinkConnectionStatus.APPROVED);
        assertThat(rejected.status()).contains(PrivateLinkConnectionStatus.REJECTED);

        String path = "/clusters/" + CLUSTER_ID + "/private-link/connections";
        takeWrite("GET", path);
        assertThat(takeWrite("POST", path + "/" + CONNECTION_ID + "/approve")
                        .getBody()
                        .size())
                .isZero();
        assertThat(takeWrite("POST", path + "/" + CONNECTION_ID + "/reject")
                        .getBody()
                        .size())
                .isZero();
    }

    @Test
    @SuppressWarnings("deprecation")
    void theDeprecatedClusterFirewallRoutesStillWork() throws Exception {
        server.enqueue(json(200, "{\"firewall_rules\":[" + RULE + "]}"));
        server.enqueue(json(201, RULE));
        server.enqueue(json(200, RULE));
        server.enqueue(json(200, RULE));
        ClusterFirewall firewall = cb().clusters().firewall();

        List<FirewallRule> listed = firewall.list(CLUSTER_ID);
        FirewallRule created = firewall.create(
                CLUSTER_ID,
                ClusterFirewallRuleParams.builder()
                        .rule("203.0.113.0/24")
                        .description("office")
                        .build());
        FirewallRule updated = firewall.update(
                CLUSTER_ID,
                RULE_ID,
                ClusterFirewallRuleParams.builder().rule("203.0.113.0/24").build());
        FirewallRule deleted = firewall.delete(CLUSTER_ID, RULE_ID);

        assertThat(listed).containsExactly(created);
        assertThat(updated).isEqualTo(created);
        assertThat(deleted.id()).isEqualTo(RULE_ID);
        String path = "/clusters/" + CLUSTER_ID + "/firewall";
        takeWrite("GET", path);
        assertThat(body(takeWrite("POST", path)))
                .isEqualTo(tree("{\"rule\":\"203.0.113.0/24\",\"description\":\"office\"}"));
        assertThat(body(takeWrite("PUT", path + "/" + RULE_ID))).isEqualTo(tree("{\"rule\":\"203.0.113.0/24\"}"));
        takeWrite("DELETE", path + "/" + RULE_ID);
    }

    @Test
    @SuppressWarnings("deprecation")
    void everyDeprecatedCallIsMarkedOnTheMethodAndTheDeclaration() throws Exception {
        for (String name : List.of("list", "create", "update", "delete")) {
            assertThat(java.util.Arrays.stream(ClusterFirewall.class.getMethods())
                            .filter(m -> m.getName().equals(name)))
                    .as(name)
                    .isNotEmpty()
                    .allSatisfy(m ->
                            assertThat(m.isAnnotationPresent(Deprecated.class)).isTrue());
        }
        assertThat(Clusters.class.getMethod("firewall").isAnnotationPresent(Deprecated.class))
                .isTrue();
        for (String field : List.of(
                "LIST_FIREWALL_RULES", "CREATE_FIREWALL_RULE", "UPDATE_FIREWALL_RULE", "DELETE_FIREWALL_RULE")) {
            assertThat(dev.dbcloud.crunchy.internal.ClusterNetworkEndpoints.class
                            .getField(field)
                            .isAnnotationPresent(Deprecated.class))
                    .as(field)
                    .isTrue();
        }
    }
}
