package dev.dbcloud.clickhouse.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.dbcloud.clickhouse.clickpipes.ReversePrivateEndpoint;
import dev.dbcloud.core.internal.Checks;
import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.core.internal.EndpointGroup;
import java.util.List;

/**
 * The endpoints of a service's reverse private endpoints, {@code
 * …/services/{serviceId}/clickpipesReversePrivateEndpoints…}, each declared once. A bad endpoint id is refused
 * naming {@code endpointId}, as the resource's parameter is called.
 */
public final class ReversePrivateEndpointEndpoints {
    private static final EndpointGroup SERVICE = ServiceEndpoints.SERVICE;
    private static final String ENDPOINTS = "/clickpipesReversePrivateEndpoints";
    private static final EndpointGroup ENDPOINT = SERVICE.at(ENDPOINTS + "/{reversePrivateEndpointId}")
            .check("reversePrivateEndpointId", (value, name) -> Checks.pathSegment(value, "endpointId"));

    private ReversePrivateEndpointEndpoints() {}

    /** {@code GET …/clickpipesReversePrivateEndpoints}. */
    public static final Endpoint<List<ReversePrivateEndpoint>> LIST =
            SERVICE.get(ENDPOINTS).returns(new TypeReference<List<ReversePrivateEndpoint>>() {});

    /** {@code POST …/clickpipesReversePrivateEndpoints}. */
    public static final Endpoint<ReversePrivateEndpoint> CREATE =
            SERVICE.post(ENDPOINTS).jsonBody().returns(ReversePrivateEndpoint.class);

    /** {@code GET …/clickpipesReversePrivateEndpoints/{reversePrivateEndpointId}}. */
    public static final Endpoint<ReversePrivateEndpoint> GET = ENDPOINT.get("").returns(ReversePrivateEndpoint.class);

    /** {@code PATCH …/clickpipesReversePrivateEndpoints/{reversePrivateEndpointId}}. */
    public static final Endpoint<ReversePrivateEndpoint> UPDATE =
            ENDPOINT.patch("").jsonBody().returns(ReversePrivateEndpoint.class);

    /** {@code DELETE …/clickpipesReversePrivateEndpoints/{reversePrivateEndpointId}}; no result. */
    public static final Endpoint<Void> DELETE = ENDPOINT.delete("").returnsNothing();
}
