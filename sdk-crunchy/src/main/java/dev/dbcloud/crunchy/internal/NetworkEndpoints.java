package dev.dbcloud.crunchy.internal;

import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.core.internal.EndpointGroup;
import dev.dbcloud.core.internal.ResponseKind;
import dev.dbcloud.crunchy.FirewallRule;
import dev.dbcloud.crunchy.Network;
import dev.dbcloud.crunchy.Peering;
import java.util.List;

/**
 * The endpoints that change a network or reach under it: {@code PATCH /networks/{network_id}}, its firewall rules
 * and its peerings, each declared once ({@link CatalogEndpoints} declares the network list and get). Every
 * {@code network_id}, {@code rule_id} and {@code peering_id} is checked to be a Crunchy Bridge ID before sending.
 *
 * <p>The firewall-rule and peering lists accept {@code cursor}, {@code limit}, {@code order} and {@code
 * order_field} but answer without {@code has_more} or {@code next_cursor} (spec {@code FirewallRuleList}, {@code
 * PeeringList}; reference §3), so they are read as plain lists and sent without paging parameters: the API's
 * default page of up to 100 items.
 */
public final class NetworkEndpoints {
    private static final EndpointGroup NETWORK =
            EndpointGroup.of("/networks/{network_id}").check("network_id", Eids::check);
    private static final EndpointGroup RULE =
            NETWORK.at("/firewall-rules/{rule_id}").check("rule_id", Eids::check);
    private static final EndpointGroup PEERING =
            NETWORK.at("/peerings/{peering_id}").check("peering_id", Eids::check);

    private NetworkEndpoints() {}

    /** {@code PATCH /networks/{network_id}}. */
    public static final Endpoint<Network> UPDATE = NETWORK.patch("").jsonBody().returns(Network.class);

    /** {@code GET /networks/{network_id}/firewall-rules}. */
    public static final Endpoint<List<FirewallRule>> LIST_FIREWALL_RULES =
            NETWORK.get("/firewall-rules").returns(ResponseKind.listUnder("firewall_rules", FirewallRule.class));

    /** {@code POST /networks/{network_id}/firewall-rules} (201). */
    public static final Endpoint<FirewallRule> CREATE_FIREWALL_RULE =
            NETWORK.post("/firewall-rules").jsonBody().returns(FirewallRule.class);

    /** {@code GET /networks/{network_id}/firewall-rules/{rule_id}}. */
    public static final Endpoint<FirewallRule> GET_FIREWALL_RULE = RULE.get("").returns(FirewallRule.class);

    /** {@code PATCH /networks/{network_id}/firewall-rules/{rule_id}}. */
    public static final Endpoint<FirewallRule> UPDATE_FIREWALL_RULE =
            RULE.patch("").jsonBody().returns(FirewallRule.class);

    /** {@code DELETE /networks/{network_id}/firewall-rules/{rule_id}}. */
    public static final Endpoint<FirewallRule> DELETE_FIREWALL_RULE =
            RULE.delete("").returns(FirewallRule.class);

    /** {@code GET /networks/{network_id}/peerings}. */
    public static final Endpoint<List<Peering>> LIST_PEERINGS =
            NETWORK.get("/peerings").returns(ResponseKind.listUnder("peerings", Peering.class));

    /** {@code POST /networks/{network_id}/peerings} (201). */
    public static final Endpoint<Peering> CREATE_PEERING =
            NETWORK.post("/peerings").jsonBody().returns(Peering.class);

    /** {@code GET /networks/{network_id}/peerings/{peering_id}}. */
    public static final Endpoint<Peering> GET_PEERING = PEERING.get("").returns(Peering.class);

    /** {@code DELETE /networks/{network_id}/peerings/{peering_id}}. */
    public static final Endpoint<Peering> DELETE_PEERING = PEERING.delete("").returns(Peering.class);
}
