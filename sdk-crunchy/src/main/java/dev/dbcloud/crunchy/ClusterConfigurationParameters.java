package dev.dbcloud.crunchy;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.Resource;
import dev.dbcloud.core.internal.Invoker;
import dev.dbcloud.crunchy.internal.ClusterEndpoints;
import java.util.List;

/**
 * The configuration parameters of a cluster (Postgres and PgBouncer settings): {@code
 * /clusters/{cluster_id}/configuration-parameters}. Get it from {@link Clusters#configurationParameters()}; the
 * catalogue of what may be set is {@link CrunchyBridgeClient#configurationParameters()}.
 *
 * <pre>{@code
 * ClusterConfigurationParameters params = cb.clusters().configurationParameters();
 * for (ClusterConfigurationParameter p : params.list(clusterId)) {
 *     System.out.println(p.name() + " = " + p.value().orElse("(default)"));
 * }
 * params.update(clusterId, UpdateConfigurationParametersParams.builder()
 *         .addParameters(ConfigurationParameterValue.of("postgres:log_min_duration_statement", 500))
 *         .addParameters(ConfigurationParameterValue.reset("postgres:work_mem"))
 *         .build());                           // no restart needed for these two
 * }</pre>
 *
 * <p>Each method sends one request; an update is a {@code PUT}, repeated safely after a failure. A change of a
 * parameter that {@link SupportedConfigurationParameter#requiresRestart() requires a restart} restarts Postgres
 * only when {@link UpdateConfigurationParametersParams#allowRestart()} is true.
 */
public final class ClusterConfigurationParameters
        extends Resource<ClusterConfigurationParameters, ClusterConfigurationParameters.WithRawResponse> {

    ClusterConfigurationParameters(Invoker invoker) {
        super(invoker, ClusterConfigurationParameters::new, WithRawResponse::new);
    }

    /**
     * Lists a cluster's configuration parameters, with an empty value where the default applies: {@code GET
     * /clusters/{cluster_id}/configuration-parameters}.
     *
     * @param clusterId the cluster's ID
     * @return the parameters
     */
    public List<ClusterConfigurationParameter> list(String clusterId) {
        return withRawResponse().list(clusterId).value();
    }

    /**
     * Gets one configuration parameter of a cluster: {@code GET
     * /clusters/{cluster_id}/configuration-parameters/{configuration_parameter_name}}.
     *
     * @param clusterId the cluster's ID
     * @param name the fully qualified name, e.g. {@code postgres:log_statement}
     * @return the parameter
     */
    public ClusterConfigurationParameter get(String clusterId, String name) {
        return withRawResponse().get(clusterId, name).value();
    }

    /**
     * Sets or resets a batch of a cluster's configuration parameters: {@code PUT
     * /clusters/{cluster_id}/configuration-parameters}. Parameters not named keep their values.
     *
     * <p>Restarts: a parameter the catalogue marks {@link SupportedConfigurationParameter#requiresRestart()
     * requires_restart} takes effect only when Postgres restarts. With {@link
     * UpdateConfigurationParametersParams#allowRestart() allowRestart(true)} the API restarts Postgres while
     * applying the batch (connections drop for a moment); without it the API restarts nothing. Other parameters
     * are applied without a restart.
     *
     * @param clusterId the cluster's ID
     * @param params the values and whether a restart is allowed
     * @return the cluster's parameters after the change
     */
    public List<ClusterConfigurationParameter> update(String clusterId, UpdateConfigurationParametersParams params) {
        return withRawResponse().update(clusterId, params).value();
    }

    /** The operations of {@link ClusterConfigurationParameters} returning {@link ApiResponse}; documented there. */
    public static final class WithRawResponse extends RawResource<WithRawResponse> {
        WithRawResponse(Invoker invoker) {
            super(invoker, WithRawResponse::new);
        }

        /** {@link ClusterConfigurationParameters#list(String)}, with the response. */
        public ApiResponse<List<ClusterConfigurationParameter>> list(String clusterId) {
            return send(ClusterEndpoints.LIST_CONFIGURATION_PARAMETERS.call(clusterId));
        }

        /** {@link ClusterConfigurationParameters#get(String, String)}, with the response. */
        public ApiResponse<ClusterConfigurationParameter> get(String clusterId, String name) {
            return send(ClusterEndpoints.GET_CONFIGURATION_PARAMETER.call(clusterId, name));
        }

        /**
         * {@link ClusterConfigurationParameters#update(String, UpdateConfigurationParametersParams)}, with the
         * response.
         */
        public ApiResponse<List<ClusterConfigurationParameter>> update(
                String clusterId, UpdateConfigurationParametersParams params) {
            return send(ClusterEndpoints.UPDATE_CONFIGURATION_PARAMETERS
                    .call(clusterId)
                    .body(requireNonNull(params, "params == null")));
        }
    }
}
