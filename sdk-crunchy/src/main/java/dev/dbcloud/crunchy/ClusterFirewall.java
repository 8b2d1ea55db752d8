package dev.dbcloud.crunchy;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.Resource;
import dev.dbcloud.core.internal.Invoker;
import dev.dbcloud.crunchy.internal.ClusterNetworkEndpoints;
import java.util.List;

/**
 * The deprecated cluster-level firewall routes: {@code /clusters/{cluster_id}/firewall}. Get it from {@link
 * Clusters#firewall()}. They act on the firewall rules of the cluster's network; the API keeps them for old
 * integrations and its specification advises: obtain the cluster's {@code network_id}, then use the network
 * firewall rules.
 *
 * <pre>{@code
 * Cluster cluster = cb.clusters().get(clusterId);
 * List<FirewallRule> rules = cb.networks().firewallRules().list(cluster.networkId().orElseThrow());   // instead
 * }</pre>
 *
 * @deprecated use {@link Networks#firewallRules()} with the cluster's {@link Cluster#networkId()}; each
 *     method names its replacement
 */
@Deprecated
public final class ClusterFirewall extends Resource<ClusterFirewall, ClusterFirewall.WithRawResponse> {

    ClusterFirewall(Invoker invoker) {
        super(invoker, ClusterFirewall::new, WithRawResponse::new);
    }

    /**
     * Lists the firewall rules of a cluster's network: {@code GET /clusters/{cluster_id}/firewall}.
     *
     * @param clusterId the cluster's ID
     * @return the rules
     * @deprecated the spec: "Obtain the cluster's {@code network_id}, then use {@code GET
     *     /networks/{network_id}/firewall-rules}", that is {@link NetworkFirewallRules#list(String)}
     */
    @Deprecated
    public List<FirewallRule> list(String clusterId) {
        return withRawResponse().list(clusterId).value();
    }

    /**
     * Adds an ingress rule to a cluster's network: {@code POST /clusters/{cluster_id}/firewall} (201).
     *
     * @param clusterId the cluster's ID
     * @param params the CIDR block and an optional description
     * @return the new rule
     * @deprecated the spec: "Obtain the cluster's {@code network_id}, then use {@code POST
     *     /networks/{network_id}/firewall-rules}", that is {@link
     *     NetworkFirewallRules#create(String, CreateFirewallRuleParams)}
     */
    @Deprecated
    public FirewallRule create(String clusterId, ClusterFirewallRuleParams params) {
        return withRawResponse().create(clusterId, params).value();
    }

    /**
     * Replaces a rule's CIDR block and description: {@code PUT /clusters/{cluster_id}/firewall/{rule_id}}.
     *
     * @param clusterId the cluster's ID
     * @param ruleId the rule's ID
     * @param params the CIDR block and an optional description
     * @return the updated rule
     * @deprecated the spec: "Obtain the cluster's {@code network_id}, then use {@code PATCH
     *     /networks/{network_id}/firewall-rules/{rule_id}}", that is {@link NetworkFirewallRules#update(String,
     *     String, UpdateFirewallRuleParams)}
     */
    @Deprecated
    public FirewallRule update(String clusterId, String ruleId, ClusterFirewallRuleParams params) {
        return withRawResponse().update(clusterId, ruleId, params).value();
    }

    /**
     * Deletes a rule: {@code DELETE /clusters/{cluster_id}/firewall/{rule_id}} (200 with the deleted rule; again,
     * 410 {@link dev.dbcloud.core.errors.GoneException}).
     *
     * @param clusterId the cluster's ID
     * @param ruleId the rule's ID
     * @return the deleted rule
     * @deprecated the spec: "Obtain the cluster's {@code network_id}, then use {@code DELETE
     *     /networks/{network_id}/firewall-rules/{rule_id}}", that is {@link NetworkFirewallRules#delete(String,
     *     String)}
     */
    @Deprecated
    public FirewallRule delete(String clusterId, String ruleId) {
        return withRawResponse().delete(clusterId, ruleId).value();
    }

    /**
     * The operations of {@link ClusterFirewall} returning {@link ApiResponse}; each is documented there.
     *
     * @deprecated as {@link ClusterFirewall}
     */
    @Deprecated
    public static final class WithRawResponse extends RawResource<WithRawResponse> {
        WithRawResponse(Invoker invoker) {
            super(invoker, WithRawResponse::new);
        }

        /**
         * {@link ClusterFirewall#list(String)}, with the response.
         *
         * @deprecated as {@link ClusterFirewall#list(String)}
         */
        @Deprecated
        public ApiResponse<List<FirewallRule>> list(String clusterId) {
            return send(ClusterNetworkEndpoints.LIST_FIREWALL_RULES.call(clusterId));
        }

        /**
         * {@link ClusterFirewall#create(String, ClusterFirewallRuleParams)}, with the response.
         *
         * @deprecated as {@link ClusterFirewall#create(String, ClusterFirewallRuleParams)}
         */
        @Deprecated
        public ApiResponse<FirewallRule> create(String clusterId, ClusterFirewallRuleParams params) {
            return send(ClusterNetworkEndpoints.CREATE_FIREWALL_RULE
                    .call(clusterId)
                    .body(requireNonNull(params, "params == null")));
        }

        /**
         * {@link ClusterFirewall#update(String, String, ClusterFirewallRuleParams)}, with the response.
         *
         * @deprecated as {@link ClusterFirewall#update(String, String, ClusterFirewallRuleParams)}
         */
        @Deprecated
        public ApiResponse<FirewallRule> update(String clusterId, String ruleId, ClusterFirewallRuleParams params) {
            return send(ClusterNetworkEndpoints.UPDATE_FIREWALL_RULE
                    .call(clusterId, ruleId)
                    .body(requireNonNull(params, "params == null")));
        }

        /**
         * {@link ClusterFirewall#delete(String, String)}, with the response.
         *
         * @deprecated as {@link ClusterFirewall#delete(String, String)}
         */
        @Deprecated
        public ApiResponse<FirewallRule> delete(String clusterId, String ruleId) {
            return send(ClusterNetworkEndpoints.DELETE_FIREWALL_RULE.call(clusterId, ruleId));
        }
    }
}
