package dev.dbcloud.crunchy;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.internal.HttpEngine;
import dev.dbcloud.core.internal.HttpMethod;
import dev.dbcloud.crunchy.internal.ListResponses;
import dev.dbcloud.crunchy.internal.Requests;
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
    private final HttpEngine engine;

    ClusterBackups(HttpEngine engine) {
        this.engine = engine;
    }

    /**
     * Lists a cluster's backups: {@code GET /clusters/{cluster_id}/backups}. The API returns them in one list.
     *
     * @param clusterId the cluster's ID
     * @return the backups
     */
    public List<ClusterBackup> list(String clusterId) {
        return list(clusterId, RequestOptions.none());
    }

    /**
     * Lists a cluster's backups: {@code GET /clusters/{cluster_id}/backups}.
     *
     * @param clusterId the cluster's ID
     * @param options per-call options
     * @return the backups
     */
    public List<ClusterBackup> list(String clusterId, RequestOptions options) {
        requireNonNull(options, "options == null");
        return ListResponses.items(
                engine,
                Requests.cluster(HttpMethod.GET, "/backups", clusterId)
                        .options(options)
                        .build(),
                new TypeReference<ListResponses.Items<ClusterBackup>>() {});
    }
}
