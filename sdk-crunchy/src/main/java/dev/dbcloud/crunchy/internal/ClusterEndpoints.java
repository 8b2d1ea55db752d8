package dev.dbcloud.crunchy.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.dbcloud.core.Page;
import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.core.internal.HttpMethod;
import dev.dbcloud.core.internal.ResponseKind;
import dev.dbcloud.crunchy.Cluster;
import dev.dbcloud.crunchy.ClusterBackup;
import dev.dbcloud.crunchy.ClusterConfigurationParameter;
import dev.dbcloud.crunchy.ClusterOperation;
import dev.dbcloud.crunchy.ClusterStatus;
import dev.dbcloud.crunchy.ClusterUpgrade;
import dev.dbcloud.crunchy.Message;
import dev.dbcloud.crunchy.PostgresRole;
import java.util.List;
import java.util.Optional;

/**
 * The endpoints under {@code /clusters}, each declared once; {@code Clusters} and its sub-resources send them.
 * Paths are the specification's; every {@code cluster_id} is checked to be a Crunchy Bridge ID before sending.
 */
public final class ClusterEndpoints {
    private ClusterEndpoints() {}

    /** {@code GET /clusters}. */
    public static final Endpoint<Page<Cluster>> LIST = Endpoint.get("/clusters")
            .query(ListResponses.PAGING)
            .query("team_id")
            .returns(ListResponses.page(new TypeReference<ListResponses.CursorPage<Cluster>>() {}));

    /** {@code POST /clusters}. */
    public static final Endpoint<Cluster> CREATE =
            Endpoint.post("/clusters").jsonBody().returns(Cluster.class);

    /** {@code GET /clusters/{cluster_id}}. */
    public static final Endpoint<Cluster> GET = cluster(HttpMethod.GET, "").returns(Cluster.class);

    /** {@code PATCH /clusters/{cluster_id}}. */
    public static final Endpoint<Cluster> UPDATE =
            cluster(HttpMethod.PATCH, "").jsonBody().returns(Cluster.class);

    /** {@code DELETE /clusters/{cluster_id}}. */
    public static final Endpoint<Cluster> DELETE =
            cluster(HttpMethod.DELETE, "").returns(Cluster.class);

    /** {@code GET /clusters/{cluster_id}/status}. */
    public static final Endpoint<ClusterStatus> STATUS =
            cluster(HttpMethod.GET, "/status").returns(ClusterStatus.class);

    /** {@code POST /clusters/{cluster_id}/forks}. */
    public static final Endpoint<Cluster> FORK =
            cluster(HttpMethod.POST, "/forks").jsonBody().returns(Cluster.class);

    /** {@code PUT /clusters/{cluster_id}/actions/restart}; without a body the API restarts the server. */
    public static final Endpoint<Cluster> RESTART =
            cluster(HttpMethod.PUT, "/actions/restart").optionalJsonBody().returns(Cluster.class);

    /** {@code PUT /clusters/{cluster_id}/actions/start-backup}. */
    public static final Endpoint<Message> START_BACKUP =
            cluster(HttpMethod.PUT, "/actions/start-backup").returns(Message.class);

    /** {@code PUT /clusters/{cluster_id}/actions/suspend}. */
    public static final Endpoint<Cluster> SUSPEND =
            cluster(HttpMethod.PUT, "/actions/suspend").returns(Cluster.class);

    /** {@code PUT /clusters/{cluster_id}/actions/resume}. */
    public static final Endpoint<Cluster> RESUME =
            cluster(HttpMethod.PUT, "/actions/resume").returns(Cluster.class);

    /** {@code PUT /clusters/{cluster_id}/actions/enable-ha}. */
    public static final Endpoint<ClusterOperation> ENABLE_HA =
            cluster(HttpMethod.PUT, "/actions/enable-ha").returns(ClusterOperation.class);

    /** {@code PUT /clusters/{cluster_id}/actions/disable-ha}. */
    public static final Endpoint<ClusterOperation> DISABLE_HA =
            cluster(HttpMethod.PUT, "/actions/disable-ha").returns(ClusterOperation.class);

    /** {@code POST /clusters/{cluster_id}/replicas}. */
    public static final Endpoint<Cluster> CREATE_REPLICA =
            cluster(HttpMethod.POST, "/replicas").jsonBody().returns(Cluster.class);

    /** {@code GET /clusters/{cluster_id}/backups}. */
    public static final Endpoint<List<ClusterBackup>> LIST_BACKUPS =
            cluster(HttpMethod.GET, "/backups").returns(ResponseKind.listUnder("backups", ClusterBackup.class));

    /** {@code GET /clusters/{cluster_id}/roles}. */
    public static final Endpoint<List<PostgresRole>> LIST_ROLES =
            cluster(HttpMethod.GET, "/roles").returns(ResponseKind.listUnder("roles", PostgresRole.class));

    /** {@code GET /clusters/{cluster_id}/roles/{role_name}}: sensitive in the spec, it carries the password and URI. */
    public static final Endpoint<PostgresRole> GET_ROLE =
            cluster(HttpMethod.GET, "/roles/{role_name}").secretResponse().returns(PostgresRole.class);

    /** {@code POST /clusters/{cluster_id}/roles} (201): the calling account's role, sent with {@code {}}. */
    public static final Endpoint<PostgresRole> CREATE_ROLE =
            cluster(HttpMethod.POST, "/roles").emptyJsonBody().secretResponse().returns(PostgresRole.class);

    /** {@code PUT /clusters/{cluster_id}/roles/{role_name}} (201). */
    public static final Endpoint<PostgresRole> UPDATE_ROLE = cluster(HttpMethod.PUT, "/roles/{role_name}")
            .jsonBody()
            .secretResponse()
            .returns(PostgresRole.class);

    /** {@code DELETE /clusters/{cluster_id}/roles/{role_name}}: the deleted role, credentials left out. */
    public static final Endpoint<PostgresRole> DELETE_ROLE =
            cluster(HttpMethod.DELETE, "/roles/{role_name}").returns(PostgresRole.class);

    /** {@code GET /clusters/{cluster_id}/configuration-parameters}. */
    public static final Endpoint<List<ClusterConfigurationParameter>> LIST_CONFIGURATION_PARAMETERS = cluster(
                    HttpMethod.GET, "/configuration-parameters")
            .returns(ResponseKind.listUnder("parameters", ClusterConfigurationParameter.class));

    /** {@code PUT /clusters/{cluster_id}/configuration-parameters}: the cluster's values after the change. */
    public static final Endpoint<List<ClusterConfigurationParameter>> UPDATE_CONFIGURATION_PARAMETERS = cluster(
                    HttpMethod.PUT, "/configuration-parameters")
            .jsonBody()
            .returns(ResponseKind.listUnder("parameters", ClusterConfigurationParameter.class));

    /** {@code GET /clusters/{cluster_id}/configuration-parameters/{configuration_parameter_name}}. */
    public static final Endpoint<ClusterConfigurationParameter> GET_CONFIGURATION_PARAMETER = cluster(
                    HttpMethod.GET, "/configuration-parameters/{configuration_parameter_name}")
            .returns(ClusterConfigurationParameter.class);

    /** {@code GET /clusters/{cluster_id}/upgrade}. */
    public static final Endpoint<ClusterUpgrade> GET_UPGRADE =
            cluster(HttpMethod.GET, "/upgrade").returns(ClusterUpgrade.class);

    /** {@code POST /clusters/{cluster_id}/upgrade} (201). */
    public static final Endpoint<ClusterUpgrade> CREATE_UPGRADE =
            cluster(HttpMethod.POST, "/upgrade").jsonBody().returns(ClusterUpgrade.class);

    /** {@code PUT /clusters/{cluster_id}/upgrade} (201). */
    public static final Endpoint<ClusterUpgrade> UPDATE_UPGRADE =
            cluster(HttpMethod.PUT, "/upgrade").jsonBody().returns(ClusterUpgrade.class);

    /** {@code DELETE /clusters/{cluster_id}/upgrade}: 200 with the upgrade, or 204 without a body. */
    public static final Endpoint<Optional<ClusterUpgrade>> CANCEL_UPGRADE =
            cluster(HttpMethod.DELETE, "/upgrade").returns(ResponseKind.optional(ClusterUpgrade.class));

    /**
     * Starts declaring an endpoint under {@code /clusters/{cluster_id}}, whose ID is checked before sending.
     *
     * @param method the method
     * @param suffix the rest of the path, e.g. {@code /status}, or empty
     * @return the builder
     */
    static Endpoint.Builder cluster(HttpMethod method, String suffix) {
        return Endpoint.of(method, "/clusters/{cluster_id}" + suffix).check("cluster_id", Eids::check);
    }
}
