package dev.dbcloud.crunchy.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.dbcloud.core.Page;
import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.core.internal.EndpointGroup;
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
    /** The endpoints under {@code /clusters/{cluster_id}}, whose ID is checked before sending. */
    static final EndpointGroup CLUSTER =
            EndpointGroup.of("/clusters/{cluster_id}").check("cluster_id", Eids::check);

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
    public static final Endpoint<Cluster> GET = CLUSTER.get("").returns(Cluster.class);

    /** {@code PATCH /clusters/{cluster_id}}. */
    public static final Endpoint<Cluster> UPDATE = CLUSTER.patch("").jsonBody().returns(Cluster.class);

    /** {@code DELETE /clusters/{cluster_id}}. */
    public static final Endpoint<Cluster> DELETE = CLUSTER.delete("").returns(Cluster.class);

    /** {@code GET /clusters/{cluster_id}/status}. */
    public static final Endpoint<ClusterStatus> STATUS = CLUSTER.get("/status").returns(ClusterStatus.class);

    /** {@code POST /clusters/{cluster_id}/forks}. */
    public static final Endpoint<Cluster> FORK =
            CLUSTER.post("/forks").jsonBody().returns(Cluster.class);

    /** {@code PUT /clusters/{cluster_id}/actions/restart}; without a body the API restarts the server. */
    public static final Endpoint<Cluster> RESTART =
            CLUSTER.put("/actions/restart").optionalJsonBody().returns(Cluster.class);

    /** {@code PUT /clusters/{cluster_id}/actions/start-backup}. */
    public static final Endpoint<Message> START_BACKUP =
            CLUSTER.put("/actions/start-backup").returns(Message.class);

    /** {@code PUT /clusters/{cluster_id}/actions/suspend}. */
    public static final Endpoint<Cluster> SUSPEND =
            CLUSTER.put("/actions/suspend").returns(Cluster.class);

    /** {@code PUT /clusters/{cluster_id}/actions/resume}. */
    public static final Endpoint<Cluster> RESUME =
            CLUSTER.put("/actions/resume").returns(Cluster.class);

    /** {@code PUT /clusters/{cluster_id}/actions/enable-ha}. */
    public static final Endpoint<ClusterOperation> ENABLE_HA =
            CLUSTER.put("/actions/enable-ha").returns(ClusterOperation.class);

    /** {@code PUT /clusters/{cluster_id}/actions/disable-ha}. */
    public static final Endpoint<ClusterOperation> DISABLE_HA =
            CLUSTER.put("/actions/disable-ha").returns(ClusterOperation.class);

    /** {@code POST /clusters/{cluster_id}/replicas}. */
    public static final Endpoint<Cluster> CREATE_REPLICA =
            CLUSTER.post("/replicas").jsonBody().returns(Cluster.class);

    /** {@code GET /clusters/{cluster_id}/backups}. */
    public static final Endpoint<List<ClusterBackup>> LIST_BACKUPS =
            CLUSTER.get("/backups").returns(ResponseKind.listUnder("backups", ClusterBackup.class));

    /** {@code GET /clusters/{cluster_id}/roles}. */
    public static final Endpoint<List<PostgresRole>> LIST_ROLES =
            CLUSTER.get("/roles").returns(ResponseKind.listUnder("roles", PostgresRole.class));

    /** {@code GET /clusters/{cluster_id}/roles/{role_name}}: sensitive in the spec, it carries the password and URI. */
    public static final Endpoint<PostgresRole> GET_ROLE =
            CLUSTER.get("/roles/{role_name}").secretResponse().returns(PostgresRole.class);

    /** {@code POST /clusters/{cluster_id}/roles} (201): the calling account's role, sent with {@code {}}. */
    public static final Endpoint<PostgresRole> CREATE_ROLE =
            CLUSTER.post("/roles").emptyJsonBody().secretResponse().returns(PostgresRole.class);

    /** {@code PUT /clusters/{cluster_id}/roles/{role_name}} (201). */
    public static final Endpoint<PostgresRole> UPDATE_ROLE =
            CLUSTER.put("/roles/{role_name}").jsonBody().secretResponse().returns(PostgresRole.class);

    /** {@code DELETE /clusters/{cluster_id}/roles/{role_name}}: the deleted role, credentials left out. */
    public static final Endpoint<PostgresRole> DELETE_ROLE =
            CLUSTER.delete("/roles/{role_name}").returns(PostgresRole.class);

    /** {@code GET /clusters/{cluster_id}/configuration-parameters}. */
    public static final Endpoint<List<ClusterConfigurationParameter>> LIST_CONFIGURATION_PARAMETERS = CLUSTER.get(
                    "/configuration-parameters")
            .returns(ResponseKind.listUnder("parameters", ClusterConfigurationParameter.class));

    /** {@code PUT /clusters/{cluster_id}/configuration-parameters}: the cluster's values after the change. */
    public static final Endpoint<List<ClusterConfigurationParameter>> UPDATE_CONFIGURATION_PARAMETERS = CLUSTER.put(
                    "/configuration-parameters")
            .jsonBody()
            .returns(ResponseKind.listUnder("parameters", ClusterConfigurationParameter.class));

    /** {@code GET /clusters/{cluster_id}/configuration-parameters/{configuration_parameter_name}}. */
    public static final Endpoint<ClusterConfigurationParameter> GET_CONFIGURATION_PARAMETER = CLUSTER.get(
                    "/configuration-parameters/{configuration_parameter_name}")
            .returns(ClusterConfigurationParameter.class);

    /** {@code GET /clusters/{cluster_id}/upgrade}. */
    public static final Endpoint<ClusterUpgrade> GET_UPGRADE =
            CLUSTER.get("/upgrade").returns(ClusterUpgrade.class);

    /** {@code POST /clusters/{cluster_id}/upgrade} (201). */
    public static final Endpoint<ClusterUpgrade> CREATE_UPGRADE =
            CLUSTER.post("/upgrade").jsonBody().returns(ClusterUpgrade.class);

    /** {@code PUT /clusters/{cluster_id}/upgrade} (201). */
    public static final Endpoint<ClusterUpgrade> UPDATE_UPGRADE =
            CLUSTER.put("/upgrade").jsonBody().returns(ClusterUpgrade.class);

    /** {@code DELETE /clusters/{cluster_id}/upgrade}: 200 with the upgrade, or 204 without a body. */
    public static final Endpoint<Optional<ClusterUpgrade>> CANCEL_UPGRADE =
            CLUSTER.delete("/upgrade").returns(ResponseKind.optional(ClusterUpgrade.class));
}
