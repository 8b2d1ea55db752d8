package dev.dbcloud.crunchy;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.errors.WaitFailedException;
import dev.dbcloud.core.errors.WaitTimeoutException;
import dev.dbcloud.core.internal.ApiRequest;
import dev.dbcloud.core.internal.Checks;
import dev.dbcloud.core.internal.HttpEngine;
import dev.dbcloud.core.internal.HttpMethod;
import dev.dbcloud.core.internal.Json;
import dev.dbcloud.crunchy.internal.Eids;
import dev.dbcloud.crunchy.internal.Requests;
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
public final class ClusterUpgrades {
    private final HttpEngine engine;
    private final WithRawResponse raw;

    ClusterUpgrades(HttpEngine engine) {
        this.engine = engine;
        this.raw = new WithRawResponse(engine);
    }

    /**
     * The same operations returning the whole {@link ApiResponse}: status, headers (such as {@code
     * Idempotency-Replay}) and request id, with the decoded value.
     *
     * @return the raw view, the same instance on every call
     */
    public WithRawResponse withRawResponse() {
        return raw;
    }

    /**
     * Reads the planned and ongoing upgrade work: {@code GET /clusters/{cluster_id}/upgrade}.
     *
     * @param clusterId the cluster's ID
     * @return the upgrade; {@link ClusterUpgrade#isFinished()} when no work remains
     */
    public ClusterUpgrade get(String clusterId) {
        return raw.get(clusterId, RequestOptions.none()).value();
    }

    /**
     * Reads the upgrade work: {@code GET /clusters/{cluster_id}/upgrade}.
     *
     * @param clusterId the cluster's ID
     * @param options per-call options
     * @return the upgrade
     */
    public ClusterUpgrade get(String clusterId, RequestOptions options) {
        return raw.get(clusterId, options).value();
    }

    /**
     * Starts an upgrade: {@code POST /clusters/{cluster_id}/upgrade} (201).
     *
     * @param clusterId the cluster's ID
     * @param params what to change; empty params start minor-version maintenance
     * @return the upgrade
     */
    public ClusterUpgrade create(String clusterId, CreateUpgradeParams params) {
        return raw.create(clusterId, params, RequestOptions.none()).value();
    }

    /**
     * Starts an upgrade: {@code POST /clusters/{cluster_id}/upgrade} (201).
     *
     * @param clusterId the cluster's ID
     * @param params what to change
     * @param options per-call options
     * @return the upgrade
     */
    public ClusterUpgrade create(String clusterId, CreateUpgradeParams params, RequestOptions options) {
        return raw.create(clusterId, params, options).value();
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
        return raw.update(clusterId, params, RequestOptions.none()).value();
    }

    /**
     * Changes an upgrade: {@code PUT /clusters/{cluster_id}/upgrade} (201).
     *
     * @param clusterId the cluster's ID
     * @param params the changes
     * @param options per-call options
     * @return the upgrade
     */
    public ClusterUpgrade update(String clusterId, UpdateUpgradeParams params, RequestOptions options) {
        return raw.update(clusterId, params, options).value();
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
        return raw.cancel(clusterId, RequestOptions.none()).value();
    }

    /**
     * Cancels upgrade work: {@code DELETE /clusters/{cluster_id}/upgrade} (200 with the upgrade, or 204).
     *
     * @param clusterId the cluster's ID
     * @param options per-call options
     * @return the upgrade as the API returned it; empty when it answered without a body
     */
    public Optional<ClusterUpgrade> cancel(String clusterId, RequestOptions options) {
        return raw.cancel(clusterId, options).value();
    }

    /**
     * Polls {@link #get(String)} until no upgrade work remains (an empty operation list). The first pause between
     * polls is 5 seconds; it grows by half after each poll up to 30 seconds. Fails at once when an operation
     * reaches {@code creation_failed}. Also follows HA changes started with {@link Clusters#enableHa(String)} and
     * {@link Clusters#disableHa(String)}.
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
        return waitUntilFinished(clusterId, timeout, RequestOptions.none());
    }

    /**
     * Polls {@link #get(String, RequestOptions)} until no upgrade work remains, sending every poll with {@code
     * options} (e.g. a shorter per-request timeout or a tracing header). The first pause between polls is 5
     * seconds; it grows by half after each poll up to 30 seconds. Fails at once when an operation reaches {@code
     * creation_failed}.
     *
     * @param clusterId the cluster's ID
     * @param timeout how long to wait in all; positive, at most 365 days
     * @param options per-call options of every poll
     * @return the finished upgrade
     * @throws IllegalArgumentException if {@code clusterId} is not a Crunchy Bridge ID or {@code timeout} is not
     *     positive; nothing is sent
     * @throws WaitTimeoutException if the timeout passes first; {@code e.lastObserved(ClusterUpgrade.class)}
     *     holds the last upgrade
     * @throws WaitFailedException if an operation failed, or a poll failed (the cause); {@code
     *     e.lastObserved(ClusterUpgrade.class)} holds the last upgrade, empty if no poll succeeded
     */
    public ClusterUpgrade waitUntilFinished(String clusterId, Duration timeout, RequestOptions options) {
        Eids.check(clusterId, "clusterId");
        Checks.positive(timeout, "timeout");
        requireNonNull(options, "options == null");
        return engine.<ClusterUpgrade>poller("the upgrade of cluster " + clusterId + " to finish")
                .poll(() -> get(clusterId, options))
                .until(ClusterUpgrade::isFinished)
                .failWhen(upgrade ->
                        upgrade.operations().stream().anyMatch(op -> op.state().equals(OperationState.CREATION_FAILED)))
                .describeWith(ClusterUpgrades::describe)
                .interval(Clusters.POLL_INTERVAL)
                .timeout(timeout)
                .build()
                .await();
    }

    private static String describe(ClusterUpgrade upgrade) {
        StringBuilder out = new StringBuilder("operations [");
        upgrade.operations().forEach(op -> out.append(out.length() > 12 ? ", " : "")
                .append(op.flavor().map(Object::toString).orElse("?"))
                .append(' ')
                .append(op.state()));
        return out.append(']').toString();
    }

    /** The upgrade operations returning {@link ApiResponse}. */
    public static final class WithRawResponse {
        private final HttpEngine engine;

        WithRawResponse(HttpEngine engine) {
            this.engine = engine;
        }

        /**
         * {@code GET /clusters/{cluster_id}/upgrade}.
         *
         * @param clusterId the cluster's ID
         * @param options per-call options
         * @return the response with the upgrade
         */
        public ApiResponse<ClusterUpgrade> get(String clusterId, RequestOptions options) {
            return send(Requests.cluster(HttpMethod.GET, "/upgrade", clusterId), options);
        }

        /**
         * {@code POST /clusters/{cluster_id}/upgrade}.
         *
         * @param clusterId the cluster's ID
         * @param params what to change
         * @param options per-call options
         * @return the response with the upgrade
         */
        public ApiResponse<ClusterUpgrade> create(
                String clusterId, CreateUpgradeParams params, RequestOptions options) {
            ApiRequest.Builder request = Requests.cluster(HttpMethod.POST, "/upgrade", clusterId);
            return send(request.body(requireNonNull(params, "params == null")), options);
        }

        /**
         * {@code PUT /clusters/{cluster_id}/upgrade}.
         *
         * @param clusterId the cluster's ID
         * @param params the changes
         * @param options per-call options
         * @return the response with the upgrade
         */
        public ApiResponse<ClusterUpgrade> update(
                String clusterId, UpdateUpgradeParams params, RequestOptions options) {
            ApiRequest.Builder request = Requests.cluster(HttpMethod.PUT, "/upgrade", clusterId);
            return send(request.body(requireNonNull(params, "params == null")), options);
        }

        /**
         * {@code DELETE /clusters/{cluster_id}/upgrade}: 200 with the upgrade, or 204 without a body.
         *
         * @param clusterId the cluster's ID
         * @param options per-call options
         * @return the response with the upgrade; empty when the API answered without a body
         */
        public ApiResponse<Optional<ClusterUpgrade>> cancel(String clusterId, RequestOptions options) {
            requireNonNull(options, "options == null");
            return engine.sendOptional(
                    Requests.cluster(HttpMethod.DELETE, "/upgrade", clusterId)
                            .options(options)
                            .build(),
                    Json.type(ClusterUpgrade.class));
        }

        private ApiResponse<ClusterUpgrade> send(ApiRequest.Builder request, RequestOptions options) {
            return Requests.send(engine, request, options, ClusterUpgrade.class);
        }
    }
}
