package dev.dbcloud.crunchy;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.internal.HttpEngine;
import dev.dbcloud.core.internal.HttpMethod;
import dev.dbcloud.crunchy.internal.Requests;

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
    private final WithRawResponse raw;

    ClusterReplicas(HttpEngine engine) {
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
     * Creates a read replica: {@code POST /clusters/{cluster_id}/replicas} (201).
     *
     * @param clusterId the primary's ID
     * @param params the replica
     * @return the new replica
     */
    public Cluster create(String clusterId, CreateReplicaParams params) {
        return raw.create(clusterId, params, RequestOptions.none()).value();
    }

    /**
     * Creates a read replica: {@code POST /clusters/{cluster_id}/replicas} (201).
     *
     * @param clusterId the primary's ID
     * @param params the replica
     * @param options per-call options
     * @return the new replica
     */
    public Cluster create(String clusterId, CreateReplicaParams params, RequestOptions options) {
        return raw.create(clusterId, params, options).value();
    }

    /** The replica operations returning {@link ApiResponse}. */
    public static final class WithRawResponse {
        private final HttpEngine engine;

        WithRawResponse(HttpEngine engine) {
            this.engine = engine;
        }

        /**
         * {@code POST /clusters/{cluster_id}/replicas}.
         *
         * @param clusterId the primary's ID
         * @param params the replica
         * @param options per-call options
         * @return the response with the new replica
         */
        public ApiResponse<Cluster> create(String clusterId, CreateReplicaParams params, RequestOptions options) {
            requireNonNull(params, "params == null");
            return Requests.send(
                    engine,
                    Requests.cluster(HttpMethod.POST, "/replicas", clusterId).body(params),
                    options,
                    Cluster.class);
        }
    }
}
