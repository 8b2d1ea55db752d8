package dev.dbcloud.crunchy.internal;

import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.core.internal.EndpointGroup;
import dev.dbcloud.core.internal.ResponseKind;
import dev.dbcloud.crunchy.Cluster;
import dev.dbcloud.crunchy.ClusterBackupToken;
import dev.dbcloud.crunchy.ClusterLogger;
import dev.dbcloud.crunchy.Message;
import java.util.List;
import java.util.Optional;

/**
 * The endpoints of a cluster's log forwarding, backup tokens and the actions detach, ping and Tailscale connect and
 * disconnect, each declared once. Every {@code cluster_id} and {@code logger_id} is checked to be a Crunchy Bridge ID
 * before sending.
 *
 * <p>Logger answers are declared secret (a template may hold a log provider's ingestion token), and logger and
 * Tailscale request bodies are declared {@code secretRequest()} (an {@code auth_key} or a template is no member name
 * the log masking knows), so neither shows in TRACE lines or exception excerpts. The logger list accepts paging parameters but answers without a cursor (reference §3): it is read as a
 * plain list. Ping and the Tailscale actions answer {@code {"message": …}} per the reference notes and without a
 * body per the spec: both are read.
 */
public final class ClusterOpsEndpoints {
    private static final EndpointGroup LOGGER =
            ClusterEndpoints.CLUSTER.at("/loggers/{logger_id}").check("logger_id", Eids::check);

    private ClusterOpsEndpoints() {}

    /** {@code GET /clusters/{cluster_id}/loggers}. */
    public static final Endpoint<List<ClusterLogger>> LIST_LOGGERS = ClusterEndpoints.CLUSTER
            .get("/loggers")
            .secretResponse()
            .returns(ResponseKind.listUnder("loggers", ClusterLogger.class));

    /** {@code POST /clusters/{cluster_id}/loggers} (201). */
    public static final Endpoint<ClusterLogger> CREATE_LOGGER = ClusterEndpoints.CLUSTER
            .post("/loggers")
            .jsonBody()
            .secretRequest()
            .secretResponse()
            .returns(ClusterLogger.class);

    /** {@code GET /clusters/{cluster_id}/loggers/{logger_id}}. */
    public static final Endpoint<ClusterLogger> GET_LOGGER =
            LOGGER.get("").secretResponse().returns(ClusterLogger.class);

    /** {@code PUT /clusters/{cluster_id}/loggers/{logger_id}}. */
    public static final Endpoint<ClusterLogger> UPDATE_LOGGER =
            LOGGER.put("").jsonBody().secretRequest().secretResponse().returns(ClusterLogger.class);

    /** {@code DELETE /clusters/{cluster_id}/loggers/{logger_id}}. */
    public static final Endpoint<ClusterLogger> DELETE_LOGGER =
            LOGGER.delete("").secretResponse().returns(ClusterLogger.class);

    /** {@code PUT /clusters/{cluster_id}/actions/detach}: the replica, becoming a standalone cluster. */
    public static final Endpoint<Cluster> DETACH =
            ClusterEndpoints.CLUSTER.put("/actions/detach").returns(Cluster.class);

    /** {@code PUT /clusters/{cluster_id}/actions/ping}. */
    public static final Endpoint<Optional<Message>> PING =
            ClusterEndpoints.CLUSTER.put("/actions/ping").returns(ResponseKind.optional(Message.class));

    /** {@code PUT /clusters/{cluster_id}/actions/tailscale-connect}: the auth key goes in a body never logged. */
    public static final Endpoint<Optional<Message>> TAILSCALE_CONNECT = ClusterEndpoints.CLUSTER
            .put("/actions/tailscale-connect")
            .jsonBody()
            .secretRequest()
            .returns(ResponseKind.optional(Message.class));

    /** {@code PUT /clusters/{cluster_id}/actions/tailscale-disconnect}. */
    public static final Endpoint<Optional<Message>> TAILSCALE_DISCONNECT =
            ClusterEndpoints.CLUSTER.put("/actions/tailscale-disconnect").returns(ResponseKind.optional(Message.class));

    /** {@code POST /clusters/{cluster_id}/backup-tokens} (201): pgBackRest credentials, a secret answer. */
    public static final Endpoint<ClusterBackupToken> CREATE_BACKUP_TOKEN =
            ClusterEndpoints.CLUSTER.post("/backup-tokens").secretResponse().returns(ClusterBackupToken.class);
}
