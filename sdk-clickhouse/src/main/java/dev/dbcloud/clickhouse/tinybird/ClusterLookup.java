package dev.dbcloud.clickhouse.tinybird;

import dev.dbcloud.clickhouse.tinybird.internal.ClusterEndpoints;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.core.internal.Invoker;
import java.util.List;

/**
 * Reads one cluster: Tinybird has no endpoint for a single cluster, so one request lists the organization's
 * clusters and the one with the id is picked, or {@link ClusterNotFoundException} thrown.
 */
final class ClusterLookup {
    private ClusterLookup() {}

    /**
     * The cluster list read as one cluster, for a waiter's read (a call reads {@link ClusterEndpoints#LIST} and
     * picks with {@link #send(Invoker, String, String)}, declaring no endpoint of its own).
     *
     * @param organizationId the organization, for the exception's message
     * @param clusterId the cluster to pick
     * @return the endpoint, taking the organization id as its path argument
     */
    static Endpoint<Cluster> endpoint(String organizationId, String clusterId) {
        return ClusterEndpoints.one(clusters -> pick(clusters, organizationId, clusterId));
    }

    /**
     * Reads one cluster: one request.
     *
     * @param invoker the view's invoker
     * @param organizationId the organization
     * @param clusterId the cluster
     * @return the cluster
     */
    static Cluster get(Invoker invoker, String organizationId, String clusterId) {
        return send(invoker, organizationId, clusterId).value();
    }

    /**
     * Reads one cluster, keeping the response's details: one request.
     *
     * @param invoker the view's invoker
     * @param organizationId the organization
     * @param clusterId the cluster
     * @return the response with the cluster
     */
    static ApiResponse<Cluster> send(Invoker invoker, String organizationId, String clusterId) {
        ApiResponse<List<Cluster>> all = invoker.send(ClusterEndpoints.LIST.call(organizationId));
        return all.withValue(pick(all.value(), organizationId, clusterId));
    }

    private static Cluster pick(List<Cluster> clusters, String organizationId, String clusterId) {
        for (Cluster cluster : clusters) {
            if (cluster.clusterId().equals(clusterId)) {
                return cluster;
            }
        }
        throw new ClusterNotFoundException(organizationId, clusterId, clusters.size());
    }
}
