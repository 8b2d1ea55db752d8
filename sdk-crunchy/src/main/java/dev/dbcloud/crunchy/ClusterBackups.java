package dev.dbcloud.crunchy;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.Resource;
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
public final class ClusterBackups extends Resource<ClusterBackups, ClusterBackups.WithRawResponse> {

    ClusterBackups(Invoker invoker) {
        super(invoker, ClusterBackups::new, WithRawResponse::new);
    }

    /**
     * Lists a cluster's backups: {@code GET /clusters/{cluster_id}/backups}. The API returns them in one list.
     *
     * @param clusterId the cluster's ID
     * @return the backups
     */
    public List<ClusterBackup> list(String clusterId) {
        return withRawResponse().list(clusterId).value();
    }

    /** The operations of {@link ClusterBackups} returning {@link ApiResponse}; each is documented there. */
    public static final class WithRawResponse extends RawResource<WithRawResponse> {
        WithRawResponse(Invoker invoker) {
            super(invoker, WithRawResponse::new);
        }

        /** {@link ClusterBackups#list(String)}, with the response. */
        public ApiResponse<List<ClusterBackup>> list(String clusterId) {
            return send(ClusterEndpoints.LIST_BACKUPS.call(clusterId));
        }
    }
}
