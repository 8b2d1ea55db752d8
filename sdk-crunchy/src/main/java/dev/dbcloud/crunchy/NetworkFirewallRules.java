package dev.dbcloud.crunchy;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.Resource;
import dev.dbcloud.core.errors.GoneException;
import dev.dbcloud.core.internal.Invoker;
import dev.dbcloud.crunchy.internal.NetworkEndpoints;
import java.util.List;

/**
 * The firewall rules of networks: {@code /networks/{network_id}/firewall-rules}. Get it from {@link
 * Networks#firewallRules()}. A rule allows a CIDR block into the network's clusters (ingress, the default) or lets
 * them reach it (egress); changing or deleting a rule can cut off applications or public access at once.
 *
 * <pre>{@code
 * String networkId = cluster.networkId().orElseThrow();
 * NetworkFirewallRules rules = cb.networks().firewallRules();
 * FirewallRule office = rules.create(networkId, CreateFirewallRuleParams.builder()
 *         .rule("203.0.113.0/24").description("office").build());
 * rules.update(networkId, office.id(), UpdateFirewallRuleParams.builder().rule("203.0.113.0/25").build());
 * for (FirewallRule rule : rules.list(networkId)) {
 *     System.out.println(rule.rule().orElse("?") + " " + rule.kind().map(Object::toString).orElse(""));
 * }
 * rules.delete(networkId, office.id());
 * }</pre>
 *
 * <p>Each method sends exactly one request. Network and rule IDs are checked to be Crunchy Bridge IDs before
 * anything is sent; creates and updates carry an {@code Idempotency-Key}, the same on every retry.
 */
public final class NetworkFirewallRules extends Resource<NetworkFirewallRules, NetworkFirewallRules.WithRawResponse> {

    NetworkFirewallRules(Invoker invoker) {
        super(invoker, NetworkFirewallRules::new, WithRawResponse::new);
    }

    /**
     * Lists a network's firewall rules: {@code GET /networks/{network_id}/firewall-rules}. The API answers with one
     * page of up to 100 rules (its default) and no cursor.
     *
     * @param networkId the network's ID, e.g. a cluster's {@link Cluster#networkId()}
     * @return the rules
     */
    public List<FirewallRule> list(String networkId) {
        return withRawResponse().list(networkId).value();
    }

    /**
     * Adds a rule: {@code POST /networks/{network_id}/firewall-rules} (201). Rules of a network cannot overlap.
     *
     * @param networkId the network's ID
     * @param params the CIDR block, an optional description and direction
     * @return the new rule
     */
    public FirewallRule create(String networkId, CreateFirewallRuleParams params) {
        return withRawResponse().create(networkId, params).value();
    }

    /**
     * Gets a rule: {@code GET /networks/{network_id}/firewall-rules/{rule_id}}.
     *
     * @param networkId the network's ID
     * @param ruleId the rule's ID
     * @return the rule
     */
    public FirewallRule get(String networkId, String ruleId) {
        return withRawResponse().get(networkId, ruleId).value();
    }

    /**
     * Changes a rule's CIDR block or description: {@code PATCH /networks/{network_id}/firewall-rules/{rule_id}}. Its
     * direction cannot change.
     *
     * @param networkId the network's ID
     * @param ruleId the rule's ID
     * @param params the fields to change
     * @return the updated rule
     */
    public FirewallRule update(String networkId, String ruleId, UpdateFirewallRuleParams params) {
        return withRawResponse().update(networkId, ruleId, params).value();
    }

    /**
     * Deletes a rule: {@code DELETE /networks/{network_id}/firewall-rules/{rule_id}} (200 with the deleted rule).
     * Deleting it again fails with {@link GoneException}; as for {@link Clusters#delete(String)}, an {@code
     * attempts()} above 1 means an earlier attempt of this call deleted it.
     *
     * @param networkId the network's ID
     * @param ruleId the rule's ID
     * @return the deleted rule
     */
    public FirewallRule delete(String networkId, String ruleId) {
        return withRawResponse().delete(networkId, ruleId).value();
    }

    /** The operations of {@link NetworkFirewallRules} returning {@link ApiResponse}; each is documented there. */
    public static final class WithRawResponse extends RawResource<WithRawResponse> {
        WithRawResponse(Invoker invoker) {
            super(invoker, WithRawResponse::new);
        }

        /** {@link NetworkFirewallRules#list(String)}, with the response. */
        public ApiResponse<List<FirewallRule>> list(String networkId) {
            return send(NetworkEndpoints.LIST_FIREWALL_RULES.call(networkId));
        }

        /** {@link NetworkFirewallRules#create(String, CreateFirewallRuleParams)}, with the response. */
        public ApiResponse<FirewallRule> create(String networkId, CreateFirewallRuleParams params) {
            return send(NetworkEndpoints.CREATE_FIREWALL_RULE
                    .call(networkId)
                    .body(requireNonNull(params, "params == null")));
        }

        /** {@link NetworkFirewallRules#get(String, String)}, with the response. */
        public ApiResponse<FirewallRule> get(String networkId, String ruleId) {
            return send(NetworkEndpoints.GET_FIREWALL_RULE.call(networkId, ruleId));
        }

        /** {@link NetworkFirewallRules#update(String, String, UpdateFirewallRuleParams)}, with the response. */
        public ApiResponse<FirewallRule> update(String networkId, String ruleId, UpdateFirewallRuleParams params) {
            return send(NetworkEndpoints.UPDATE_FIREWALL_RULE
                    .call(networkId, ruleId)
                    .body(requireNonNull(params, "params == null")));
        }

        /** {@link NetworkFirewallRules#delete(String, String)}, with the response. */
        public ApiResponse<FirewallRule> delete(String networkId, String ruleId) {
            return send(NetworkEndpoints.DELETE_FIREWALL_RULE.call(networkId, ruleId));
        }
    }
}
