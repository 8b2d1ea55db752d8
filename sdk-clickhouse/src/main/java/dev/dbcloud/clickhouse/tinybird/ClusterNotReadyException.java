package dev.dbcloud.clickhouse.tinybird;

import dev.dbcloud.core.errors.ApiException;

/**
 * The SDK refused to send a rebalance or scaling request because the cluster, as just read, reports that it
 * cannot accept one: an operation is in progress, or {@code can_rebalance} / {@code can_scale} is false. Nothing
 * was changed. Wait with {@link Clusters#waitUntilIdle(String, java.time.Duration)} and try again; {@link
 * #cluster()} holds the cluster as read.
 */
public class ClusterNotReadyException extends ApiException {
    private static final long serialVersionUID = 1L;

    private final transient Cluster cluster;

    /**
     * Creates the exception.
     *
     * @param message what was refused and why
     * @param cluster the cluster as read
     */
    public ClusterNotReadyException(String message, Cluster cluster) {
        super(message);
        this.cluster = cluster;
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
