package dev.dbcloud.crunchy;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RequestOptions;
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
public final class ClusterReplicas {
    private final Invoker invoker;
    private final WithRawResponse raw;

    ClusterReplicas(Invoker invoker) {
        this.invoker = invoker;
        this.raw = new WithRawResponse(invoker);
    }

    /**
     * This resource with per-call options on every request it sends.
     *
     * @param options the options
     * @return a view of this resource bound to them
     */
    public ClusterReplicas withOptions(RequestOptions options) {
        return new ClusterReplicas(invoker.withOptions(options));
    }

    /**
     * The same operations returning the whole {@link ApiResponse}: status, headers (such as {@code
     * Idempotency-Replay}) and request id, with the decoded value.
     *
     * @return the raw view, with this view's options
     */
    public WithRawResponse withRawResponse() {
        return raw;
    }

    /**
     * Creates a read replica: {@code POST /clusters/{cluster_id}/replicas} (201).
     *
     * @param clusterId the primary's ID
     * @param params the replica
     * @return the new replica
     */
    public Cluster create(String clusterId, CreateReplicaParams params) {
        return raw.create(clusterId, params).value();
    }

    /** The operations of {@link ClusterReplicas} returning {@link ApiResponse}; each is documented there. */
    public static final class WithRawResponse {
        private final Invoker invoker;

        WithRawResponse(Invoker invoker) {
            this.invoker = invoker;
        }

        /** This raw view bound to per-call options; see {@link ClusterReplicas#withOptions(RequestOptions)}. */
        public WithRawResponse withOptions(RequestOptions options) {
            return new WithRawResponse(invoker.withOptions(options));
        }

        /** {@link ClusterReplicas#create(String, CreateReplicaParams)}, with the response. */
        public ApiResponse<Cluster> create(String clusterId, CreateReplicaParams params) {
            return invoker.send(
                    ClusterEndpoints.CREATE_REPLICA.call(clusterId).body(requireNonNull(params, "params == null")));
        }
    }
}
