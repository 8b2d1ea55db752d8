package dev.dbcloud.crunchy;

import dev.dbcloud.core.errors.NotFoundException;
import dev.dbcloud.core.internal.Invoker;
import dev.dbcloud.core.internal.Waiter;
import dev.dbcloud.crunchy.internal.ClusterEndpoints;
import java.time.Duration;

/**
 * The waiting workflows of clusters, declared once each and reached from {@link Clusters#waitUntilReady} and
 * {@link ClusterUpgrades#waitUntilFinished}. Each polls with the options of the view it was called from; the
 * pause follows {@code pollInterval} when the call or the client sets one, else starts at 5 seconds and grows by
 * half after each poll up to 30 seconds.
 */
final class ClusterWaiters {
    /**
     * How long a 404 is polled through: a cluster just created may be unknown to the status endpoint for a
     * moment.
     */
    static final Duration NOT_FOUND_GRACE = Duration.ofMinutes(2);

    /**
     * {@code GET /clusters/{cluster_id}/status} until {@code ready}; {@code creation_failed} and {@code failed}
     * end the wait at once; 404 is tolerated for {@link #NOT_FOUND_GRACE}.
     */
    static final Waiter<ClusterStatus> READY = Waiter.on(ClusterEndpoints.STATUS, "cluster %s to be ready")
            .state(ClusterStatus::state)
            .successOn(ClusterState.READY)
            .failOn(ClusterState.CREATION_FAILED, ClusterState.FAILED)
            .tolerate(NotFoundException.class, NOT_FOUND_GRACE)
            .build();

    /**
     * {@code GET /clusters/{cluster_id}/upgrade} until no operation remains; an operation in {@code
     * creation_failed} ends the wait at once.
     */
    static final Waiter<ClusterUpgrade> UPGRADE_FINISHED = Waiter.on(
                    ClusterEndpoints.GET_UPGRADE, "the upgrade of cluster %s to finish")
            .successWhen(ClusterUpgrade::isFinished)
            .failWhen(upgrade ->
                    upgrade.operations().stream().anyMatch(op -> op.state().equals(OperationState.CREATION_FAILED)))
            .describeWith(ClusterWaiters::describe)
            .build();

    private ClusterWaiters() {}

    /**
     * Waits until the cluster is ready, then reads it: {@code GET /clusters/{cluster_id}/status} until {@code
     * ready}, then one {@code GET /clusters/{cluster_id}}.
     *
     * @param invoker the view's invoker
     * @param clusterId the cluster's ID
     * @param timeout how long to poll in all
     * @return the cluster as read once it was ready
     */
    static Cluster ready(Invoker invoker, String clusterId, Duration timeout) {
        READY.await(invoker, timeout, clusterId);
        return invoker.send(ClusterEndpoints.GET.call(clusterId)).value();
    }

    /**
     * Waits until no upgrade work remains: {@code GET /clusters/{cluster_id}/upgrade} until its operations are
     * empty.
     *
     * @param invoker the view's invoker
     * @param clusterId the cluster's ID
     * @param timeout how long to poll in all
     * @return the finished upgrade as last read
     */
    static ClusterUpgrade upgradeFinished(Invoker invoker, String clusterId, Duration timeout) {
        return UPGRADE_FINISHED.await(invoker, timeout, clusterId);
    }

    private static String describe(ClusterUpgrade upgrade) {
        StringBuilder out = new StringBuilder("operations [");
        upgrade.operations().forEach(op -> out.append(out.length() > 12 ? ", " : "")
                .append(op.flavor())
                .append(' ')
                .append(op.state()));
        return out.append(']').toString();
    }
}
