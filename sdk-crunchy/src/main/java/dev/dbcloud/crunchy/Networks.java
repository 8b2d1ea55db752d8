package dev.dbcloud.crunchy;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.Page;
import dev.dbcloud.core.PagedList;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.Resource;
import dev.dbcloud.core.internal.Invoker;
import dev.dbcloud.crunchy.internal.CatalogEndpoints;
import dev.dbcloud.crunchy.internal.NetworkEndpoints;

/**
 * Networks that clusters run in: {@code /networks}. Get it from {@link CrunchyBridgeClient#networks()}.
 *
 * <pre>{@code
 * Page<Network> first = cb.networks().list(ListNetworksParams.builder().teamId(teamId).build());
 * String networkId = cluster.networkId().orElseThrow();
 * Network network = cb.networks().update(networkId, UpdateNetworkParams.builder().name("production").build());
 * FirewallRule office = cb.networks().firewallRules().create(networkId,
 *         CreateFirewallRuleParams.builder().rule("203.0.113.0/24").description("office").build());
 * Peering peering = cb.networks().peerings().create(networkId,
 *         CreatePeeringParams.builder().peerIdentifier("vpc-0123456789abcdef0").build());
 * }</pre>
 *
 * <p>Related resources: {@link #firewallRules()} and {@link #peerings()}. A network is created with the
 * first cluster placed in it; the API offers no create or delete.
 */
public final class Networks extends Resource<Networks, Networks.WithRawResponse>
        implements PagedList<Network, ListNetworksParams> {
    private final NetworkFirewallRules firewallRules;
    private final NetworkPeerings peerings;

    Networks(Invoker invoker) {
        super(invoker, Networks::new, WithRawResponse::new);
        this.firewallRules = new NetworkFirewallRules(invoker);
        this.peerings = new NetworkPeerings(invoker);
    }

    /**
     * @return the firewall rules of networks, {@code /networks/{network_id}/firewall-rules}, with this view's
     *     options; they decide which addresses may reach a network's clusters
     */
    public NetworkFirewallRules firewallRules() {
        return firewallRules;
    }

    /** @return the peerings of networks, {@code /networks/{network_id}/peerings}, with this view's options */
    public NetworkPeerings peerings() {
        return peerings;
    }

    /**
     * Lists the first page of the networks of the caller's default team: {@code GET /networks}.
     *
     * @return the first page; {@link Page#autoPager()} walks the rest lazily
     */
    public Page<Network> list() {
        return withRawResponse().list().value();
    }

    /**
     * Lists networks: {@code GET /networks}. Later pages repeat the parameters and this view's options.
     *
     * @param params paging, order and team
     * @return the first page; {@link Page#autoPager()} walks the rest lazily
     */
    @Override
    public Page<Network> list(ListNetworksParams params) {
        return withRawResponse().list(params).value();
    }

    /**
     * Gets a network: {@code GET /networks/{network_id}}.
     *
     * @param networkId the network's ID
     * @return the network
     */
    public Network get(String networkId) {
        return withRawResponse().get(networkId).value();
    }

    /**
     * Renames a network: {@code PATCH /networks/{network_id}}.
     *
     * @param networkId the network's ID
     * @param params the fields to change
     * @return the updated network
     */
    public Network update(String networkId, UpdateNetworkParams params) {
        return withRawResponse().update(networkId, params).value();
    }

    /** The operations of {@link Networks} returning {@link ApiResponse}; each is documented there. */
    public static final class WithRawResponse extends RawResource<WithRawResponse> {
        WithRawResponse(Invoker invoker) {
            super(invoker, WithRawResponse::new);
        }

        /** {@link Networks#list()}, with the response. */
        public ApiResponse<Page<Network>> list() {
            return list(ListNetworksParams.builder().build());
        }

        /** {@link Networks#list(ListNetworksParams)}, with the response. */
        public ApiResponse<Page<Network>> list(ListNetworksParams params) {
            return send(requireNonNull(params, "params == null").bind(CatalogEndpoints.LIST_NETWORKS.call()));
        }

        /** {@link Networks#get(String)}, with the response. */
        public ApiResponse<Network> get(String networkId) {
            return send(CatalogEndpoints.GET_NETWORK.call(networkId));
        }

        /** {@link Networks#update(String, UpdateNetworkParams)}, with the response. */
        public ApiResponse<Network> update(String networkId, UpdateNetworkParams params) {
            return send(NetworkEndpoints.UPDATE.call(networkId).body(requireNonNull(params, "params == null")));
        }
    }
}
