package dev.dbcloud.crunchy;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.Resource;
import dev.dbcloud.core.errors.WaitFailedException;
import dev.dbcloud.core.errors.WaitTimeoutException;
import dev.dbcloud.core.internal.Invoker;
import dev.dbcloud.crunchy.internal.ClusterEndpoints;
import java.time.Duration;
import java.util.Optional;

/**
 * Upgrades of a cluster: resizes, plan changes, major-version upgrades and their schedule, at {@code
 * /clusters/{cluster_id}/upgrade}. Get it from {@link Clusters#upgrades()}.
 *
 * <pre>{@code
 * ClusterUpgrades upgrades = cb.clusters().upgrades();
 * ClusterUpgrade planned = upgrades.create(clusterId, CreateUpgradeParams.builder()
 *         .planId("standard-128").storage(200)
 *         .startingFrom(Instant.now().plus(Duration.ofHours(6)))   // less than 72 hours ahead
 *         .build());
 * upgrades.update(clusterId, UpdateUpgradeParams.builder().useClusterMaintenanceWindow(true).build());
 * upgrades.cancel(clusterId);                                      // or let it run:
 * upgrades.waitUntilFinished(clusterId, Duration.ofHours(2));
 * }</pre>
 *
 * <p>Creating an upgrade carries an {@code Idempotency-Key}, the same on each retry. High-availability changes
 * are not made here but with {@link Clusters#enableHa(String)} and {@link Clusters#disableHa(String)}, which
 * {@link #waitUntilFinished(String, Duration)} follows as well.
 */
public final class ClusterUpgrades extends Resource<ClusterUpgrades, ClusterUpgrades.WithRawResponse> {

    ClusterUpgrades(Invoker invoker) {
        super(invoker, ClusterUpgrades::new, WithRawResponse::new);
    }

    /**
     * Reads the planned and ongoing upgrade work: {@code GET /clusters/{cluster_id}/upgrade}.
     *
     * @param clusterId the cluster's ID
     * @return the upgrade; {@link ClusterUpgrade#isFinished()} when no work remains
     */
    public ClusterUpgrade get(String clusterId) {
        return withRawResponse().get(clusterId).value();
    }

    /**
     * Starts an upgrade: {@code POST /clusters/{cluster_id}/upgrade} (201).
     *
     * @param clusterId the cluster's ID
     * @param params what to change; empty params start minor-version maintenance
     * @return the upgrade
     */
    public ClusterUpgrade create(String clusterId, CreateUpgradeParams params) {
        return withRawResponse().create(clusterId, params).value();
    }

    /**
     * Changes an upgrade's targets or schedule before it fails over: {@code PUT /clusters/{cluster_id}/upgrade}
     * (201).
     *
     * @param clusterId the cluster's ID
     * @param params the changes
     * @return the upgrade
     */
    public ClusterUpgrade update(String clusterId, UpdateUpgradeParams params) {
        return withRawResponse().update(clusterId, params).value();
    }

    /**
     * Cancels upgrade work that has not passed its cancellation point: {@code DELETE
     * /clusters/{cluster_id}/upgrade}. The API documents a 200 answer with the upgrade, but may answer 204
     * without a body; both mean the cancellation was accepted.
     *
     * <pre>{@code
     * cb.clusters().upgrades().cancel(clusterId)
     *         .ifPresent(upgrade -> System.out.println(upgrade.operations()));
     * }</pre>
     *
     * @param clusterId the cluster's ID
     * @return the upgrade as the API returned it; empty when it answered without a body
     */
    public Optional<ClusterUpgrade> cancel(String clusterId) {
        return withRawResponse().cancel(clusterId).value();
    }

    /**
     * Waits until no upgrade work remains. A workflow: it polls {@code GET /clusters/{cluster_id}/upgrade} until
     * the operation list is empty, and fails at once when an operation reaches {@code creation_failed}. Also
     * follows HA changes started with {@link Clusters#enableHa(String)} and {@link Clusters#disableHa(String)}.
     * Polls carry this view's options; the pause between them starts at 5 seconds and grows by half up to 30
     * seconds, unless the client or {@link RequestOptions.Builder#pollInterval(Duration)} sets a steady one.
     *
     * <pre>{@code
     * try {
     *     cb.clusters().upgrades().waitUntilFinished(clusterId, Duration.ofHours(2));
     * } catch (WaitException e) {                  // timed out, failed, or a poll failed
     *     e.lastObserved(ClusterUpgrade.class).ifPresent(u -> System.out.println(u.operations()));
     * }
     * }</pre>
     *
     * @param clusterId the cluster's ID
     * @param timeout how long to wait in all; positive, at most 365 days
     * @return the finished upgrade
     * @throws IllegalArgumentException if {@code clusterId} is not a Crunchy Bridge ID or {@code timeout} is not
     *     positive; nothing is sent
     * @throws WaitTimeoutException if the timeout passes first; {@code e.lastObserved(ClusterUpgrade.class)}
     *     holds the last upgrade
     * @throws WaitFailedException if an operation failed, or a poll failed (the cause); {@code
     *     e.lastObserved(ClusterUpgrade.class)} holds the last upgrade, empty if no poll succeeded
     */
    public ClusterUpgrade waitUntilFinished(String clusterId, Duration timeout) {
        return ClusterWaiters.upgradeFinished(invoker(), clusterId, timeout);
    }

    /** The operations of {@link ClusterUpgrades} returning {@link ApiResponse}; each is documented there. */
    public static final class WithRawResponse extends RawResource<WithRawResponse> {
        WithRawResponse(Invoker invoker) {
            super(invoker, WithRawResponse::new);
        }

        /** {@link ClusterUpgrades#get(String)}, with the response. */
        public ApiResponse<ClusterUpgrade> get(String clusterId) {
            return send(ClusterEndpoints.GET_UPGRADE.call(clusterId));
        }

        /** {@link ClusterUpgrades#create(String, CreateUpgradeParams)}, with the response. */
        public ApiResponse<ClusterUpgrade> create(String clusterId, CreateUpgradeParams params) {
            return send(ClusterEndpoints.CREATE_UPGRADE.call(clusterId).body(requireNonNull(params, "params == null")));
        }

        /** {@link ClusterUpgrades#update(String, UpdateUpgradeParams)}, with the response. */
        public ApiResponse<ClusterUpgrade> update(String clusterId, UpdateUpgradeParams params) {
            return send(ClusterEndpoints.UPDATE_UPGRADE.call(clusterId).body(requireNonNull(params, "params == null")));
        }

        /** {@link ClusterUpgrades#cancel(String)}, with the response. */
        public ApiResponse<Optional<ClusterUpgrade>> cancel(String clusterId) {
            return send(ClusterEndpoints.CANCEL_UPGRADE.call(clusterId));
        }
    }
}
