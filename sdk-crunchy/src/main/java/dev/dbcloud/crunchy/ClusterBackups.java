package dev.dbcloud.crunchy;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.internal.Invoker;
import dev.dbcloud.crunchy.internal.ClusterEndpoints;
import java.util.List;

/**
 * Backups of a cluster: {@code /clusters/{cluster_id}/backups}. Get it from {@link Clusters#backups()}; start one
 * with {@link Clusters#startBackup(String)}.
 *
 * <pre>{@code
 * for (ClusterBackup b : cb.clusters().backups().list(clusterId)) {
 *     System.out.println(b.name() + " " + b.finishedAt().orElse(null));
 * }
 * }</pre>
 */
public final class ClusterBackups {
    private final Invoker invoker;
    private final WithRawResponse raw;

    ClusterBackups(Invoker invoker) {
        this.invoker = invoker;
        this.raw = new WithRawResponse(invoker);
    }

    /**
     * This resource with per-call options on every request it sends.
     *
     * @param options the options
     * @return a view of this resource bound to them
     */
    public ClusterBackups withOptions(RequestOptions options) {
        return new ClusterBackups(invoker.withOptions(options));
    }

    /**
     * The same operations returning the whole {@link ApiResponse}.
     *
     * @return the raw view, with this view's options
     */
    public WithRawResponse withRawResponse() {
        return raw;
    }

    /**
     * Lists a cluster's backups: {@code GET /clusters/{cluster_id}/backups}. The API returns them in one list.
     *
     * @param clusterId the cluster's ID
     * @return the backups
     */
    public List<ClusterBackup> list(String clusterId) {
        return raw.list(clusterId).value();
    }

    /** The operations of {@link ClusterBackups} returning {@link ApiResponse}; each is documented there. */
    public static final class WithRawResponse {
        private final Invoker invoker;

        WithRawResponse(Invoker invoker) {
            this.invoker = invoker;
        }

        /** This raw view bound to per-call options; see {@link ClusterBackups#withOptions(RequestOptions)}. */
        public WithRawResponse withOptions(RequestOptions options) {
            return new WithRawResponse(invoker.withOptions(options));
        }

        /** {@link ClusterBackups#list(String)}, with the response. */
        public ApiResponse<List<ClusterBackup>> list(String clusterId) {
            return invoker.send(ClusterEndpoints.LIST_BACKUPS.call(clusterId));
        }
    }
}
