package dev.dbcloud.clickhouse.internal;

import dev.dbcloud.clickhouse.PrivateEndpoint;
import dev.dbcloud.clickhouse.PrivateEndpointConfig;
import dev.dbcloud.clickhouse.ResetPasswordResult;
import dev.dbcloud.clickhouse.ServiceQueryEndpoint;
import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.core.internal.HttpMethod;
import dev.dbcloud.core.internal.ResponseKind;
import java.util.Optional;

/**
 * The endpoints for reaching a service under {@code /v1/organizations/{organizationId}/services/{serviceId}}: its
 * password, private endpoints, query endpoint and metrics, each declared once. Kept apart from {@link
 * ServiceEndpoints} so that a client that only reads and manages services never loads them or their result types.
 */
public final class ServiceAccessEndpoints {
    private ServiceAccessEndpoints() {}

    /** {@code PATCH …/services/{serviceId}/password}. */
    public static final Endpoint<ResetPasswordResult> RESET_PASSWORD = ServiceEndpoints.service(
                    HttpMethod.PATCH, "/password")
            .jsonBody()
            .secretResponse()
            .returns(ResetPasswordResult.class);

    /** {@code GET …/services/{serviceId}/privateEndpointConfig}. */
    public static final Endpoint<PrivateEndpointConfig> PRIVATE_ENDPOINT_CONFIG =
            ServiceEndpoints.service(HttpMethod.GET, "/privateEndpointConfig").returns(PrivateEndpointConfig.class);

    /** {@code POST …/services/{serviceId}/privateEndpoint}. */
    public static final Endpoint<PrivateEndpoint> CREATE_PRIVATE_ENDPOINT = ServiceEndpoints.service(
                    HttpMethod.POST, "/privateEndpoint")
            .jsonBody()
            .returns(PrivateEndpoint.class);

    /**
     * {@code GET …/services/{serviceId}/serviceQueryEndpoint}: empty when the answer carries no result; the API
     * answers 404 both when no endpoint is configured and when the service does not exist.
     */
    public static final Endpoint<Optional<ServiceQueryEndpoint>> GET_QUERY_ENDPOINT = ServiceEndpoints.service(
                    HttpMethod.GET, "/serviceQueryEndpoint")
            .returns(ResponseKind.optional(ServiceQueryEndpoint.class));

    /** {@code POST …/services/{serviceId}/serviceQueryEndpoint}. */
    public static final Endpoint<ServiceQueryEndpoint> UPSERT_QUERY_ENDPOINT = ServiceEndpoints.service(
                    HttpMethod.POST, "/serviceQueryEndpoint")
            .jsonBody()
            .returns(ServiceQueryEndpoint.class);

    /** {@code DELETE …/services/{serviceId}/serviceQueryEndpoint}. */
    public static final Endpoint<Void> DELETE_QUERY_ENDPOINT =
            ServiceEndpoints.service(HttpMethod.DELETE, "/serviceQueryEndpoint").returnsNothing();

    /** {@code GET …/services/{serviceId}/prometheus?filtered_metrics=…}, answered in the Prometheus text format. */
    public static final Endpoint<String> PROMETHEUS = ServiceEndpoints.service(HttpMethod.GET, "/prometheus")
            .query("filtered_metrics")
            .returns(ResponseKind.text());
}
