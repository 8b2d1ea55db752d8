package dev.dbcloud.crunchy;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.Resource;
import dev.dbcloud.core.internal.Invoker;
import dev.dbcloud.crunchy.internal.ClusterOpsEndpoints;
import java.util.List;

/**
 * Where a cluster forwards its Postgres logs over syslog: {@code /clusters/{cluster_id}/loggers}. Get it from {@link
 * Clusters#loggers()}.
 *
 * <pre>{@code
 * ClusterLogger logger = cb.clusters().loggers().create(clusterId, ClusterLoggerParams.builder()
 *         .host("logs.example.com").port(6514).template(template).description("syslog").build());
 * for (ClusterLogger l : cb.clusters().loggers().list(clusterId)) { … }
 * cb.clusters().loggers().delete(clusterId, logger.id());
 * }</pre>
 *
 * <p>A template may hold a log provider's ingestion token: the SDK never shows request or answer bodies of these
 * operations in its log lines or exception messages, and {@code toString()} redacts the template. Each method sends
 * one request; IDs are checked to be Crunchy Bridge IDs before anything is sent, and a create carries an {@code
 * Idempotency-Key}, the same on every retry.
 */
public final class ClusterLoggers extends Resource<ClusterLoggers, ClusterLoggers.WithRawResponse> {

    ClusterLoggers(Invoker invoker) {
        super(invoker, ClusterLoggers::new, WithRawResponse::new);
    }

    /**
     * Lists a cluster's loggers: {@code GET /clusters/{cluster_id}/loggers}. The API answers with one page of up to
     * 100 loggers (its default) and no cursor.
     *
     * @param clusterId the cluster's ID
     * @return the loggers
     */
    public List<ClusterLogger> list(String clusterId) {
        return withRawResponse().list(clusterId).value();
    }

    /**
     * Adds a logger: {@code POST /clusters/{cluster_id}/loggers} (201).
     *
     * @param clusterId the cluster's ID
     * @param params host, port, template and options
     * @return the new logger
     */
    public ClusterLogger create(String clusterId, ClusterLoggerParams params) {
        return withRawResponse().create(clusterId, params).value();
    }

    /**
     * Gets a logger: {@code GET /clusters/{cluster_id}/loggers/{logger_id}}.
     *
     * @param clusterId the cluster's ID
     * @param loggerId the logger's ID
     * @return the logger
     */
    public ClusterLogger get(String clusterId, String loggerId) {
        return withRawResponse().get(clusterId, loggerId).value();
    }

    /**
     * Replaces a logger's settings: {@code PUT /clusters/{cluster_id}/loggers/{logger_id}}. Host, port and template
     * are required, as on a create.
     *
     * @param clusterId the cluster's ID
     * @param loggerId the logger's ID
     * @param params the new settings
     * @return the logger as changed
     */
    public ClusterLogger update(String clusterId, String loggerId, ClusterLoggerParams params) {
        return withRawResponse().update(clusterId, loggerId, params).value();
    }

    /**
     * Deletes a logger: {@code DELETE /clusters/{cluster_id}/loggers/{logger_id}}. Deleting it again fails with
     * {@link dev.dbcloud.core.errors.GoneException} (410).
     *
     * @param clusterId the cluster's ID
     * @param loggerId the logger's ID
     * @return the deleted logger
     */
    public ClusterLogger delete(String clusterId, String loggerId) {
        return withRawResponse().delete(clusterId, loggerId).value();
    }

    /** The operations of {@link ClusterLoggers} returning {@link ApiResponse}; each is documented there. */
    public static final class WithRawResponse extends RawResource<WithRawResponse> {
        WithRawResponse(Invoker invoker) {
            super(invoker, WithRawResponse::new);
        }

        /** {@link ClusterLoggers#list(String)}, with the response. */
        public ApiResponse<List<ClusterLogger>> list(String clusterId) {
            return send(ClusterOpsEndpoints.LIST_LOGGERS.call(clusterId));
        }

        /** {@link ClusterLoggers#create(String, ClusterLoggerParams)}, with the response. */
        public ApiResponse<ClusterLogger> create(String clusterId, ClusterLoggerParams params) {
            return send(
                    ClusterOpsEndpoints.CREATE_LOGGER.call(clusterId).body(requireNonNull(params, "params == null")));
        }

        /** {@link ClusterLoggers#get(String, String)}, with the response. */
        public ApiResponse<ClusterLogger> get(String clusterId, String loggerId) {
            return send(ClusterOpsEndpoints.GET_LOGGER.call(clusterId, loggerId));
        }

        /** {@link ClusterLoggers#update(String, String, ClusterLoggerParams)}, with the response. */
        public ApiResponse<ClusterLogger> update(String clusterId, String loggerId, ClusterLoggerParams params) {
            return send(ClusterOpsEndpoints.UPDATE_LOGGER
                    .call(clusterId, loggerId)
                    .body(requireNonNull(params, "params == null")));
        }

        /** {@link ClusterLoggers#delete(String, String)}, with the response. */
        public ApiResponse<ClusterLogger> delete(String clusterId, String loggerId) {
            return send(ClusterOpsEndpoints.DELETE_LOGGER.call(clusterId, loggerId));
        }
    }
}
