package dev.dbcloud.crunchy;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.Resource;
import dev.dbcloud.core.errors.WaitFailedException;
import dev.dbcloud.core.errors.WaitTimeoutException;
import dev.dbcloud.core.internal.Invoker;
import dev.dbcloud.crunchy.internal.NetworkEndpoints;
import java.time.Duration;
import java.util.List;

/**
 * Peerings between Crunchy Bridge networks and networks of yours: {@code /networks/{network_id}/peerings}. Get it
 * from {@link Networks#peerings()}.
 *
 * <pre>{@code
 * Peering started = cb.networks().peerings().create(networkId,
 *         CreatePeeringParams.builder().peerIdentifier("vpc-0123456789abcdef0").build());
 * // accept the peering request on your side, then:
 * Peering active = cb.networks().peerings().waitUntilActive(networkId, started.id(), Duration.ofMinutes(30));
 * }</pre>
 *
 * <p>Every method sends exactly one request, except the waiter {@link #waitUntilActive}, whose Javadoc lists what
 * it sends. IDs are checked to be Crunchy Bridge IDs before anything is sent; creates carry an {@code
 * Idempotency-Key}, the same on every retry.
 */
public final class NetworkPeerings extends Resource<NetworkPeerings, NetworkPeerings.WithRawResponse> {

    NetworkPeerings(Invoker invoker) {
        super(invoker, NetworkPeerings::new, WithRawResponse::new);
    }

    /**
     * Lists a network's peerings: {@code GET /networks/{network_id}/peerings}. The API answers with one page of up
     * to 100 peerings (its default) and no cursor.
     *
     * @param networkId the network's ID
     * @return the peerings
     */
    public List<Peering> list(String networkId) {
        return withRawResponse().list(networkId).value();
    }

    /**
     * Starts peering a network with one of yours: {@code POST /networks/{network_id}/peerings} (201). The peering
     * is normally {@code creating}; see {@link #waitUntilActive(String, String, Duration)}.
     *
     * @param networkId the Crunchy Bridge network's ID
     * @param params your network's provider identifier
     * @return the new peering
     */
    public Peering create(String networkId, CreatePeeringParams params) {
        return withRawResponse().create(networkId, params).value();
    }

    /**
     * Gets a peering and its status: {@code GET /networks/{network_id}/peerings/{peering_id}}.
     *
     * @param networkId the network's ID
     * @param peeringId the peering's ID
     * @return the peering
     */
    public Peering get(String networkId, String peeringId) {
        return withRawResponse().get(networkId, peeringId).value();
    }

    /**
     * Starts removing a peering: {@code DELETE /networks/{network_id}/peerings/{peering_id}} (200 with the peering,
     * normally {@code deleting}). Deleting it again fails with {@link dev.dbcloud.core.errors.GoneException}.
     *
     * @param networkId the network's ID
     * @param peeringId the peering's ID
     * @return the peering being deleted
     */
    public Peering delete(String networkId, String peeringId) {
        return withRawResponse().delete(networkId, peeringId).value();
    }

    /**
     * Waits until a peering is active and returns it. A workflow: it polls {@code GET
     * /networks/{network_id}/peerings/{peering_id}} until the status is {@code active}. It fails at once on {@code
     * failed}, and on {@code deleting}, from which the peering cannot become active; it polls through a 404 for the
     * first two minutes, as a peering just created may not be known yet. Polls carry this view's options; the pause
     * between them starts at 5 seconds and grows by half up to 30 seconds, unless the client or {@link
     * RequestOptions.Builder#pollInterval(Duration)} sets a steady one.
     *
     * <pre>{@code
     * try {
     *     Peering active = cb.networks().peerings().waitUntilActive(networkId, peeringId, Duration.ofMinutes(30));
     * } catch (WaitException e) {                  // timed out, failed, or a poll failed
     *     e.lastObserved(Peering.class).map(Peering::status).ifPresent(System.out::println);
     * }
     * }</pre>
     *
     * @param networkId the network's ID
     * @param peeringId the peering's ID
     * @param timeout how long to poll in all; positive, at most 365 days
     * @return the active peering, as last read
     * @throws IllegalArgumentException if an ID is not a Crunchy Bridge ID or {@code timeout} is not positive;
     *     nothing is sent
     * @throws WaitTimeoutException if the timeout passes first; {@code e.lastObserved(Peering.class)} holds the last
     *     peering read
     * @throws WaitFailedException if the peering failed or is being deleted, or a poll failed (the cause); {@code
     *     e.lastObserved(Peering.class)} holds the last peering read, empty if no poll succeeded
     */
    public Peering waitUntilActive(String networkId, String peeringId, Duration timeout) {
        return PeeringWaiters.active(invoker(), networkId, peeringId, timeout);
    }

    /** The operations of {@link NetworkPeerings} returning {@link ApiResponse}; each is documented there. */
    public static final class WithRawResponse extends RawResource<WithRawResponse> {
        WithRawResponse(Invoker invoker) {
            super(invoker, WithRawResponse::new);
        }

        /** {@link NetworkPeerings#list(String)}, with the response. */
        public ApiResponse<List<Peering>> list(String networkId) {
            return send(NetworkEndpoints.LIST_PEERINGS.call(networkId));
        }

        /** {@link NetworkPeerings#create(String, CreatePeeringParams)}, with the response. */
        public ApiResponse<Peering> create(String networkId, CreatePeeringParams params) {
            return send(NetworkEndpoints.CREATE_PEERING.call(networkId).body(requireNonNull(params, "params == null")));
        }

        /** {@link NetworkPeerings#get(String, String)}, with the response. */
        public ApiResponse<Peering> get(String networkId, String peeringId) {
            return send(NetworkEndpoints.GET_PEERING.call(networkId, peeringId));
        }

        /** {@link NetworkPeerings#delete(String, String)}, with the response. */
        public ApiResponse<Peering> delete(String networkId, String peeringId) {
            return send(NetworkEndpoints.DELETE_PEERING.call(networkId, peeringId));
        }
    }
}
