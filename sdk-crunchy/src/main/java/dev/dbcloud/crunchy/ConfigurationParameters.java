package dev.dbcloud.crunchy;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.Resource;
import dev.dbcloud.core.internal.Invoker;
import dev.dbcloud.crunchy.internal.CatalogEndpoints;
import java.util.List;

/**
 * The catalogue of configuration parameters clusters may set: {@code GET /configuration-parameters}. Get it from
 * {@link CrunchyBridgeClient#configurationParameters()}; a cluster's own values are in {@link
 * Clusters#configurationParameters()}.
 *
 * <pre>{@code
 * for (SupportedConfigurationParameter p : cb.configurationParameters().list()) {
 *     System.out.println(p.name() + (p.requiresRestart().orElse(false) ? " (restarts Postgres)" : ""));
 * }
 * }</pre>
 *
 * <p>Unlike the providers and Postgres versions, the catalogue needs credentials.
 */
public final class ConfigurationParameters
        extends Resource<ConfigurationParameters, ConfigurationParameters.WithRawResponse> {

    ConfigurationParameters(Invoker invoker) {
        super(invoker, ConfigurationParameters::new, WithRawResponse::new);
    }

    /**
     * Lists the supported configuration parameters, with their allowed values, version bounds and whether a
     * change restarts Postgres: {@code GET /configuration-parameters}.
     *
     * @return the catalogue
     */
    public List<SupportedConfigurationParameter> list() {
        return withRawResponse().list().value();
    }

    /** The operations of {@link ConfigurationParameters} returning {@link ApiResponse}; documented there. */
    public static final class WithRawResponse extends RawResource<WithRawResponse> {
        WithRawResponse(Invoker invoker) {
            super(invoker, WithRawResponse::new);
        }

        /** {@link ConfigurationParameters#list()}, with the response. */
        public ApiResponse<List<SupportedConfigurationParameter>> list() {
            return send(CatalogEndpoints.LIST_SUPPORTED_CONFIGURATION_PARAMETERS.call());
        }
    }
}
