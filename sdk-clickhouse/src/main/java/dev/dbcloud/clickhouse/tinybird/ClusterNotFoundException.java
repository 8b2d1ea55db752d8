package dev.dbcloud.clickhouse.tinybird;

import dev.dbcloud.core.errors.ApiException;

/**
 * The organization's cluster list does not contain the requested cluster. Tinybird has no endpoint for one
 * cluster, so {@link Clusters#get(String)} and the operations built on it look the cluster up in {@link
 * Clusters#list()}; this is their "not found". It is an {@link ApiException}, the base of every failure the SDK
 * throws, but not a {@link dev.dbcloud.core.errors.NotFoundException}: the list call itself succeeded. The message
 * names the cluster and the organization. Only the SDK throws it; catch it:
 *
 * <pre>{@code
 * try {
 *     clusters.rebalance(clusterId, weights);
 * } catch (ClusterNotFoundException e) {
 *     log.warn("no cluster {} in {}", e.clusterId(), e.organizationId());
 * }
 * }</pre>
 */
public final class ClusterNotFoundException extends ApiException {
    private static final long serialVersionUID = 1L;

    private final String organizationId;
    private final String clusterId;

    /**
     * Creates the exception; only the SDK throws it.
     *
     * @param organizationId the organization that was searched
     * @param clusterId the cluster that was not found
     * @param listed how many clusters the organization has
     */
    ClusterNotFoundException(String organizationId, String clusterId, int listed) {
        super("cluster " + clusterId + " not found in organization " + organizationId + " (" + listed
                + (listed == 1 ? " cluster" : " clusters") + " listed)");
        this.organizationId = organizationId;
        this.clusterId = clusterId;
    }

    /**
     * The organization that was searched.
     *
     * @return the organization id
     */
    public String organizationId() {
        return organizationId;
    }

    /**
     * The cluster that was not found.
     *
     * @return the cluster id
     */
    public String clusterId() {
        return clusterId;
    }
}
