package dev.dbcloud.crunchy;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.Page;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.Resource;
import dev.dbcloud.core.internal.Invoker;
import dev.dbcloud.crunchy.internal.CatalogEndpoints;

/**
 * Networks that clusters run in: {@code /networks}. Get it from {@link CrunchyBridgeClient#networks()}.
 *
 * <pre>{@code
 * Page<Network> first = cb.networks().list(ListNetworksParams.builder().teamId(teamId).build());
 * Network network = cb.networks().get(cluster.networkId().orElseThrow());
 * }</pre>
 */
public final class Networks extends Resource<Networks, Networks.WithRawResponse> {

    Networks(Invoker invoker) {
        super(invoker, Networks::new, WithRawResponse::new);
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
    public Page<Network> list(ListNetworksParams params) {
        return withRawResponse().list(params).value();
    }

    /**
     * Every network across all pages; nothing is requested until iteration starts.
     *
     * @param params paging, order and team
     * @return a lazy iterable; each {@code iterator()} starts again from the first page
     */
    public Iterable<Network> listAll(ListNetworksParams params) {
        requireNonNull(params, "params == null");
        return Page.lazily(() -> list(params));
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
    }
}
