package dev.dbcloud.crunchy;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.Resource;
import dev.dbcloud.core.errors.NotFoundException;
import dev.dbcloud.core.internal.Invoker;
import dev.dbcloud.crunchy.internal.ClusterNetworkEndpoints;
import java.util.List;

/**
 * A cluster's private link and its connections: {@code /clusters/{cluster_id}/private-link}. Get it from {@link
 * Clusters#privateLinks()}. A private link lets your own virtual network reach the cluster on private addresses, in
 * three steps:
 *
 * <pre>{@code
 * ClusterPrivateLink link = cb.clusters().privateLinks().create(clusterId);            // 1. normally creating
 * String service = cb.clusters().privateLinks().get(clusterId).endpointIdentifier().orElseThrow();
 * // 2. create an endpoint to that service in your network, with your provider's tools, then:
 * for (ClusterPrivateLinkConnection c : cb.clusters().privateLinks().listConnections(clusterId)) {
 *     if (c.status().filter(PrivateLinkConnectionStatus.PENDING::equals).isPresent()) {
 *         cb.clusters().privateLinks().approveConnection(clusterId, c.id());     // 3. let it in
 *     }
 * }
 * }</pre>
 *
 * <p>Each method sends exactly one request. IDs are checked to be Crunchy Bridge IDs before anything is sent; the
 * create, approve and reject POSTs carry an {@code Idempotency-Key}, the same on every retry. The connection paths
 * follow the unofficial OpenAPI description ({@code …/private-link/connections}); the API documentation writes
 * {@code …/private-link-connections}, and which one the API serves is not confirmed.
 */
public final class ClusterPrivateLinks extends Resource<ClusterPrivateLinks, ClusterPrivateLinks.WithRawResponse> {

    ClusterPrivateLinks(Invoker invoker) {
        super(invoker, ClusterPrivateLinks::new, WithRawResponse::new);
    }

    /**
     * Gets a cluster's private link: {@code GET /clusters/{cluster_id}/private-link}.
     *
     * @param clusterId the cluster's ID
     * @return the private link
     * @throws NotFoundException if the cluster has no private link
     */
    public ClusterPrivateLink get(String clusterId) {
        return withRawResponse().get(clusterId).value();
    }

    /**
     * Starts creating a cluster's private link, a provider endpoint service: {@code POST
     * /clusters/{cluster_id}/private-link} (201), without a body. The link is normally {@code creating}; {@link
     * #get(String)} shows it {@code available}, with its endpoint identifier, once it is ready.
     *
     * @param clusterId the cluster's ID
     * @return the new private link
     */
    public ClusterPrivateLink create(String clusterId) {
        return withRawResponse().create(clusterId).value();
    }

    /**
     * Starts removing a cluster's private link: {@code DELETE /clusters/{cluster_id}/private-link}. Deleting it again
     * fails with {@link dev.dbcloud.core.errors.GoneException}.
     *
     * @param clusterId the cluster's ID
     * @return the private link being deleted
     */
    public ClusterPrivateLink delete(String clusterId) {
        return withRawResponse().delete(clusterId).value();
    }

    /**
     * Lists the provider endpoints connected, or asking to connect, to a cluster's private link: {@code GET
     * /clusters/{cluster_id}/private-link/connections}. The list is not paged.
     *
     * @param clusterId the cluster's ID
     * @return the connections
     */
    public List<ClusterPrivateLinkConnection> listConnections(String clusterId) {
        return withRawResponse().listConnections(clusterId).value();
    }

    /**
     * Approves a pending connection: {@code POST /clusters/{cluster_id}/private-link/connections/{connection_id}/approve},
     * without a body.
     *
     * @param clusterId the cluster's ID
     * @param connectionId the connection's ID
     * @return the approved connection
     */
    public ClusterPrivateLinkConnection approveConnection(String clusterId, String connectionId) {
        return withRawResponse().approveConnection(clusterId, connectionId).value();
    }

    /**
     * Rejects a pending connection: {@code POST /clusters/{cluster_id}/private-link/connections/{connection_id}/reject},
     * without a body.
     *
     * @param clusterId the cluster's ID
     * @param connectionId the connection's ID
     * @return the rejected connection
     */
    public ClusterPrivateLinkConnection rejectConnection(String clusterId, String connectionId) {
        return withRawResponse().rejectConnection(clusterId, connectionId).value();
    }

    /** The operations of {@link ClusterPrivateLinks} returning {@link ApiResponse}; each is documented there. */
    public static final class WithRawResponse extends RawResource<WithRawResponse> {
        WithRawResponse(Invoker invoker) {
            super(invoker, WithRawResponse::new);
        }

        /** {@link ClusterPrivateLinks#get(String)}, with the response. */
        public ApiResponse<ClusterPrivateLink> get(String clusterId) {
            return send(ClusterNetworkEndpoints.GET_PRIVATE_LINK.call(clusterId));
        }

        /** {@link ClusterPrivateLinks#create(String)}, with the response. */
        public ApiResponse<ClusterPrivateLink> create(String clusterId) {
            return send(ClusterNetworkEndpoints.CREATE_PRIVATE_LINK.call(clusterId));
        }

        /** {@link ClusterPrivateLinks#delete(String)}, with the response. */
        public ApiResponse<ClusterPrivateLink> delete(String clusterId) {
            return send(ClusterNetworkEndpoints.DELETE_PRIVATE_LINK.call(clusterId));
        }

        /** {@link ClusterPrivateLinks#listConnections(String)}, with the response. */
        public ApiResponse<List<ClusterPrivateLinkConnection>> listConnections(String clusterId) {
            return send(ClusterNetworkEndpoints.LIST_PRIVATE_LINK_CONNECTIONS.call(clusterId));
        }

        /** {@link ClusterPrivateLinks#approveConnection(String, String)}, with the response. */
        public ApiResponse<ClusterPrivateLinkConnection> approveConnection(String clusterId, String connectionId) {
            return send(ClusterNetworkEndpoints.APPROVE_PRIVATE_LINK_CONNECTION.call(clusterId, connectionId));
        }

        /** {@link ClusterPrivateLinks#rejectConnection(String, String)}, with the response. */
        public ApiResponse<ClusterPrivateLinkConnection> rejectConnection(String clusterId, String connectionId) {
            return send(ClusterNetworkEndpoints.REJECT_PRIVATE_LINK_CONNECTION.call(clusterId, connectionId));
        }
    }
}
