package dev.dbcloud.crunchy;

import dev.dbcloud.core.errors.NotFoundException;
import dev.dbcloud.core.internal.Invoker;
import dev.dbcloud.core.internal.Waiter;
import dev.dbcloud.crunchy.internal.NetworkEndpoints;
import java.time.Duration;

/**
 * The waiting workflow of network peerings, reached from {@link NetworkPeerings#waitUntilActive}. It polls with the
 * options of the view it was called from, on the schedule {@link Waiter} describes.
 */
final class PeeringWaiters {
    /**
     * {@code GET /networks/{network_id}/peerings/{peering_id}} until {@code active}; {@code failed} (the spec's only
     * failure state) and {@code deleting} (which leads nowhere but away) end the wait at once; a 404 is tolerated
     * for {@link ClusterWaiters#NOT_FOUND_GRACE}, as right after a create.
     */
    static final Waiter<Peering> ACTIVE = Waiter.on(
                    NetworkEndpoints.GET_PEERING, "peering %2$s of network %1$s to be active")
            .state(Peering::status)
            .successOn(PeeringStatus.ACTIVE)
            .failOn(PeeringStatus.FAILED, PeeringStatus.DELETING)
            .tolerate(NotFoundException.class, ClusterWaiters.NOT_FOUND_GRACE)
            .build();

    private PeeringWaiters() {}

    /**
     * Waits until the peering is active: {@code GET /networks/{network_id}/peerings/{peering_id}} until {@code
     * active}.
     *
     * @param invoker the view's invoker
     * @param networkId the network's ID
     * @param peeringId the peering's ID
     * @param timeout how long to poll in all
     * @return the active peering, as last read
     */
    static Peering active(Invoker invoker, String networkId, String peeringId, Duration timeout) {
        return ACTIVE.await(invoker, timeout, networkId, peeringId);
    }
}
