package dev.dbcloud.crunchy.internal;

import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.core.internal.EndpointGroup;
import dev.dbcloud.core.internal.ResponseKind;
import dev.dbcloud.crunchy.ClusterPrivateLink;
import dev.dbcloud.crunchy.ClusterPrivateLinkConnection;
import dev.dbcloud.crunchy.FirewallRule;
import java.util.List;

/**
 * The endpoints of a cluster's network access, each declared once: its private link and the link's connections,
 * and the deprecated cluster-level firewall routes. Every {@code cluster_id}, {@code connection_id} and {@code
 * rule_id} is checked to be a Crunchy Bridge ID before sending.
 *
 * <p>The connection paths follow the unofficial OpenAPI description ({@code
 * /clusters/{cluster_id}/private-link/connections…}); the API documentation writes the list as {@code
 * /clusters/{cluster_id}/private-link-connections}, and which one is live is not confirmed (reference §6). Each
 * path is declared here once, so a correction is one line.
 */
public final class ClusterNetworkEndpoints {
    private static final EndpointGroup CLUSTER = ClusterEndpoints.CLUSTER;
    private static final EndpointGroup CONNECTION =
            CLUSTER.at("/private-link/connections/{connection_id}").check("connection_id", Eids::check);
    private static final EndpointGroup FIREWALL_RULE =
            CLUSTER.at("/firewall/{rule_id}").check("rule_id", Eids::check);

    private ClusterNetworkEndpoints() {}

    /** {@code GET /clusters/{cluster_id}/private-link}: 404 when the cluster has none. */
    public static final Endpoint<ClusterPrivateLink> GET_PRIVATE_LINK =
            CLUSTER.get("/private-link").returns(ClusterPrivateLink.class);

    /** {@code POST /clusters/{cluster_id}/private-link} (201), without a body. */
    public static final Endpoint<ClusterPrivateLink> CREATE_PRIVATE_LINK =
            CLUSTER.post("/private-link").returns(ClusterPrivateLink.class);

    /** {@code DELETE /clusters/{cluster_id}/private-link}. */
    public static final Endpoint<ClusterPrivateLink> DELETE_PRIVATE_LINK =
            CLUSTER.delete("/private-link").returns(ClusterPrivateLink.class);

    /** {@code GET /clusters/{cluster_id}/private-link/connections}: not paged. */
    public static final Endpoint<List<ClusterPrivateLinkConnection>> LIST_PRIVATE_LINK_CONNECTIONS = CLUSTER.get(
                    "/private-link/connections")
            .returns(ResponseKind.listUnder("connections", ClusterPrivateLinkConnection.class));

    /** {@code POST /clusters/{cluster_id}/private-link/connections/{connection_id}/approve}, without a body. */
    public static final Endpoint<ClusterPrivateLinkConnection> APPROVE_PRIVATE_LINK_CONNECTION =
            CONNECTION.post("/approve").returns(ClusterPrivateLinkConnection.class);

    /** {@code POST /clusters/{cluster_id}/private-link/connections/{connection_id}/reject}, without a body. */
    public static final Endpoint<ClusterPrivateLinkConnection> REJECT_PRIVATE_LINK_CONNECTION =
            CONNECTION.post("/reject").returns(ClusterPrivateLinkConnection.class);

    /**
     * {@code GET /clusters/{cluster_id}/firewall}.
     *
     * @deprecated the spec: use the cluster's {@code network_id} with {@code GET
     *     /networks/{network_id}/firewall-rules} ({@link NetworkEndpoints#LIST_FIREWALL_RULES})
     */
    @Deprecated
    public static final Endpoint<List<FirewallRule>> LIST_FIREWALL_RULES =
            CLUSTER.get("/firewall").returns(ResponseKind.listUnder("firewall_rules", FirewallRule.class));

    /**
     * {@code POST /clusters/{cluster_id}/firewall} (201).
     *
     * @deprecated the spec: use the cluster's {@code network_id} with {@code POST
     *     /networks/{network_id}/firewall-rules} ({@link NetworkEndpoints#CREATE_FIREWALL_RULE})
     */
    @Deprecated
    public static final Endpoint<FirewallRule> CREATE_FIREWALL_RULE =
            CLUSTER.post("/firewall").jsonBody().returns(FirewallRule.class);

    /**
     * {@code PUT /clusters/{cluster_id}/firewall/{rule_id}}.
     *
     * @deprecated the spec: use the cluster's {@code network_id} with {@code PATCH
     *     /networks/{network_id}/firewall-rules/{rule_id}} ({@link NetworkEndpoints#UPDATE_FIREWALL_RULE})
     */
    @Deprecated
    public static final Endpoint<FirewallRule> UPDATE_FIREWALL_RULE =
            FIREWALL_RULE.put("").jsonBody().returns(FirewallRule.class);

    /**
     * {@code DELETE /clusters/{cluster_id}/firewall/{rule_id}}.
     *
     * @deprecated the spec: use the cluster's {@code network_id} with {@code DELETE
     *     /networks/{network_id}/firewall-rules/{rule_id}} ({@link NetworkEndpoints#DELETE_FIREWALL_RULE})
     */
    @Deprecated
    public static final Endpoint<FirewallRule> DELETE_FIREWALL_RULE =
            FIREWALL_RULE.delete("").returns(FirewallRule.class);
}
