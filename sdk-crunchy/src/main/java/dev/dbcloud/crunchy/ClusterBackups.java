package dev.dbcloud.crunchy;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.Resource;
import dev.dbcloud.core.internal.Invoker;
import dev.dbcloud.crunchy.internal.ClusterEndpoints;
import dev.dbcloud.crunchy.internal.ClusterOpsEndpoints;
import java.util.List;

/**
 * Backups of a cluster: {@code /clusters/{cluster_id}/backups}. Get it from {@link Clusters#backups()}; start one
 * with {@link Clusters#startBackup(String)}.
 *
 * <pre>{@code
 * for (ClusterBackup b : cb.clusters().backups().list(clusterId)) {
 *     System.out.println(b.name() + " " + b.finishedAt().orElse(null));
 * }
 * ClusterBackupToken token = cb.clusters().backups().createToken(clusterId);   // pgBackRest credentials
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

    /**
     * Creates short-lived credentials for reading the cluster's backup repository with pgBackRest: {@code POST
     * /clusters/{cluster_id}/backup-tokens} (201). The keys reach the caller only in the returned token:
     * {@code toString()}, the SDK's log lines and exception messages never show them.
     *
     * @param clusterId the cluster's ID
     * @return the credentials, for the cluster's cloud
     */
    public ClusterBackupToken createToken(String clusterId) {
        return withRawResponse().createToken(clusterId).value();
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

        /** {@link ClusterBackups#createToken(String)}, with the response. */
        public ApiResponse<ClusterBackupToken> createToken(String clusterId) {
            return send(ClusterOpsEndpoints.CREATE_BACKUP_TOKEN.call(clusterId));
        }
    }
}
