package dev.dbcloud.clickhouse.tinybird;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.core.errors.ApiException;

/**
 * The SDK refused to send a rebalance or scaling request because the cluster, as just read, reports that it cannot
 * accept one (an operation is in progress, or {@code can_rebalance} / {@code can_scale} is false) or does not report
 * whether it can (one of those fields missing or null: the state is unknown). Nothing was changed. The message names
 * the operation, the cluster id and the reason, e.g. {@code refused to rebalance on cluster c-1: an operation is in
 * progress; …}. Wait with {@link Clusters#waitUntilIdle(String, java.time.Duration)} and try again; {@link #cluster()}
 * holds the cluster as read.
 *
 * <p>It is an {@link ApiException}, the base of every failure the SDK throws, and not an HTTP error: the server was
 * only read, never asked to change anything. Only the SDK throws it; catch it:
 *
 * <pre>{@code
 * try {
 *     clusters.rebalance(clusterId, weights);
 * } catch (ClusterNotReadyException e) {
 *     clusters.waitUntilIdle(e.clusterId(), Duration.ofMinutes(30));
 *     clusters.rebalance(clusterId, weights);   // reads the weights afresh
 * }
 * }</pre>
 */
public final class ClusterNotReadyException extends ApiException {
    private static final long serialVersionUID = 1L;

    private final String clusterId;
    private final transient Cluster cluster;

    /**
     * Creates the exception; only the SDK throws it.
     *
     * @param operation what was refused, e.g. {@code rebalance}
     * @param reason why, e.g. {@code the cluster reports can_scale=false}
     * @param cluster the cluster as read
     */
    ClusterNotReadyException(String operation, String reason, Cluster cluster) {
        super("refused to " + operation + " on cluster " + idOf(cluster) + ": " + reason);
        this.clusterId = cluster.clusterId();
        this.cluster = cluster;
    }

    private static String idOf(Cluster cluster) {
        return requireNonNull(cluster, "cluster == null").clusterId();
    }

    /**
     * The cluster that was not ready.
     *
     * @return the cluster id
     */
    public String clusterId() {
        return clusterId;
    }

    /**
     * The cluster as read just before the refusal.
     *
     * @return the cluster
     */
    public Cluster cluster() {
        return cluster;
    }
}
