package dev.dbcloud.crunchy;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.dbcloud.core.Page;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.internal.ApiRequest;
import dev.dbcloud.core.internal.HttpEngine;
import dev.dbcloud.core.internal.HttpMethod;
import dev.dbcloud.crunchy.internal.Eids;
import dev.dbcloud.crunchy.internal.ListResponses;
import dev.dbcloud.crunchy.internal.Requests;

/**
 * Networks that clusters run in: {@code /networks}. Get it from {@link CrunchyBridgeClient#networks()}.
 *
 * <pre>{@code
 * Page<Network> first = cb.networks().list(ListNetworksParams.builder().teamId(teamId).build());
 * Network network = cb.networks().get(cluster.networkId().orElseThrow());
 * }</pre>
 */
public final class Networks {
    private final HttpEngine engine;

    Networks(HttpEngine engine) {
        this.engine = engine;
    }

    /**
     * Lists the first page of the networks of the caller's default team: {@code GET /networks}.
     *
     * @return the first page; {@link Page#autoPager()} walks the rest lazily
     */
    public Page<Network> list() {
        return list(ListNetworksParams.builder().build(), RequestOptions.none());
    }

    /**
     * Lists the first page of the networks of the caller's default team with per-call options, which later pages repeat.
     *
     * @param options per-call options
     * @return the first page; {@link Page#autoPager()} walks the rest lazily
     */
    public Page<Network> list(RequestOptions options) {
        return list(ListNetworksParams.builder().build(), options);
    }

    /**
     * Lists networks: {@code GET /networks}.
     *
     * @param params paging and order
     * @return the first page; {@link Page#autoPager()} walks the rest lazily
     */
    public Page<Network> list(ListNetworksParams params) {
        return list(params, RequestOptions.none());
    }

    /**
     * Lists networks: {@code GET /networks}. Later pages repeat the parameters and options.
     *
     * @param params paging and order
     * @param options per-call options
     * @return the first page
     */
    public Page<Network> list(ListNetworksParams params, RequestOptions options) {
        requireNonNull(params, "params == null");
        requireNonNull(options, "options == null");
        ApiRequest request = ListResponses.paging(
                        ApiRequest.builder(HttpMethod.GET, "/networks"),
                        params.cursor(),
                        params.limit(),
                        params.order(),
                        params.orderField())
                .query("team_id", params.teamId().orElse(null))
                .options(options)
                .build();
        return ListResponses.page(engine, request, new TypeReference<ListResponses.CursorPage<Network>>() {});
    }

    /**
     * Every network across all pages; nothing is requested until iteration starts.
     *
     * @param params paging and order
     * @return a lazy iterable; each {@code iterator()} starts again from the first page
     */
    public Iterable<Network> listAll(ListNetworksParams params) {
        return listAll(params, RequestOptions.none());
    }

    /**
     * Every network across all pages, fetched lazily.
     *
     * @param params paging and order
     * @param options per-call options, used for every page
     * @return a lazy iterable
     */
    public Iterable<Network> listAll(ListNetworksParams params, RequestOptions options) {
        requireNonNull(params, "params == null");
        requireNonNull(options, "options == null");
        return () -> list(params, options).autoPager().iterator();
    }

    /**
     * Gets a network: {@code GET /networks/{network_id}}.
     *
     * @param networkId the network's ID
     * @return the network
     */
    public Network get(String networkId) {
        return get(networkId, RequestOptions.none());
    }

    /**
     * Gets a network: {@code GET /networks/{network_id}}.
     *
     * @param networkId the network's ID
     * @param options per-call options
     * @return the network
     */
    public Network get(String networkId, RequestOptions options) {
        return Requests.send(
                        engine,
                        ApiRequest.builder(HttpMethod.GET, "/networks/{networkId}", Eids.check(networkId, "networkId")),
                        options,
                        Network.class)
                .value();
    }
}
