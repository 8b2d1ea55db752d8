package dev.dbcloud.crunchy;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.Resource;
import dev.dbcloud.core.internal.Invoker;
import dev.dbcloud.crunchy.internal.ClusterEndpoints;

/**
 * Read replicas of a cluster: {@code /clusters/{cluster_id}/replicas}. Get it from {@link Clusters#replicas()}.
 * A replica is a {@link Cluster} of its own, listed in its primary's {@link Cluster#replicas()}.
 *
 * <pre>{@code
 * Cluster replica = cb.clusters().replicas().create(primaryId,
 *         CreateReplicaParams.builder().name("crunchy-production-replica").build());
 * cb.clusters().waitUntilReady(replica.id(), Duration.ofMinutes(30));
 * }</pre>
 */
public final class ClusterReplicas extends Resource<ClusterReplicas, ClusterReplicas.WithRawResponse> {

    ClusterReplicas(Invoker invoker) {
        super(invoker, ClusterReplicas::new, WithRawResponse::new);
    }

    /**
     * Creates a read replica: {@code POST /clusters/{cluster_id}/replicas} (201).
     *
     * @param clusterId the primary's ID
     * @param params the replica
     * @return the new replica
     */
    public Cluster create(String clusterId, CreateReplicaParams params) {
        return withRawResponse().create(clusterId, params).value();
    }

    /** The operations of {@link ClusterReplicas} returning {@link ApiResponse}; each is documented there. */
    public static final class WithRawResponse extends RawResource<WithRawResponse> {
        WithRawResponse(Invoker invoker) {
            super(invoker, WithRawResponse::new);
        }

        /** {@link ClusterReplicas#create(String, CreateReplicaParams)}, with the response. */
        public ApiResponse<Cluster> create(String clusterId, CreateReplicaParams params) {
            return send(ClusterEndpoints.CREATE_REPLICA.call(clusterId).body(requireNonNull(params, "params == null")));
        }
    }
}
