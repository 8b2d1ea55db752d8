package dev.dbcloud.clickhouse.internal;

import dev.dbcloud.clickhouse.PrivateEndpoint;
import dev.dbcloud.clickhouse.PrivateEndpointConfig;
import dev.dbcloud.clickhouse.ResetPasswordResult;
import dev.dbcloud.clickhouse.ServiceQueryEndpoint;
import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.core.internal.EndpointGroup;
import dev.dbcloud.core.internal.ResponseKind;
import java.util.Optional;

/**
 * The endpoints for reaching a service under {@code /v1/organizations/{organizationId}/services/{serviceId}}: its
 * password, private endpoints, query endpoint and metrics, each declared once. Kept apart from {@link
 * ServiceEndpoints} so that a client that only reads and manages services never loads them or their result types.
 */
public final class ServiceAccessEndpoints {
    private static final EndpointGroup SERVICE = ServiceEndpoints.SERVICE;

    private ServiceAccessEndpoints() {}

    /** {@code PATCH …/services/{serviceId}/password}. */
    public static final Endpoint<ResetPasswordResult> RESET_PASSWORD =
            SERVICE.patch("/password").jsonBody().secretResponse().returns(ResetPasswordResult.class);

    /** {@code GET …/services/{serviceId}/privateEndpointConfig}. */
    public static final Endpoint<PrivateEndpointConfig> PRIVATE_ENDPOINT_CONFIG =
            SERVICE.get("/privateEndpointConfig").returns(PrivateEndpointConfig.class);

    /** {@code POST …/services/{serviceId}/privateEndpoint}. */
    public static final Endpoint<PrivateEndpoint> CREATE_PRIVATE_ENDPOINT =
            SERVICE.post("/privateEndpoint").jsonBody().returns(PrivateEndpoint.class);

    /**
     * {@code GET …/services/{serviceId}/serviceQueryEndpoint}: empty when the answer carries no result; the API
     * answers 404 both when no endpoint is configured and when the service does not exist.
     */
    public static final Endpoint<Optional<ServiceQueryEndpoint>> GET_QUERY_ENDPOINT =
            SERVICE.get("/serviceQueryEndpoint").returns(ResponseKind.optional(ServiceQueryEndpoint.class));

    /** {@code POST …/services/{serviceId}/serviceQueryEndpoint}. */
    public static final Endpoint<ServiceQueryEndpoint> UPSERT_QUERY_ENDPOINT =
            SERVICE.post("/serviceQueryEndpoint").jsonBody().returns(ServiceQueryEndpoint.class);

    /** {@code DELETE …/services/{serviceId}/serviceQueryEndpoint}. */
    public static final Endpoint<Void> DELETE_QUERY_ENDPOINT =
            SERVICE.delete("/serviceQueryEndpoint").returnsNothing();

    /** {@code GET …/services/{serviceId}/prometheus?filtered_metrics=…}, answered in the Prometheus text format. */
    public static final Endpoint<String> PROMETHEUS =
            SERVICE.get("/prometheus").query("filtered_metrics").returns(ResponseKind.text());
}
