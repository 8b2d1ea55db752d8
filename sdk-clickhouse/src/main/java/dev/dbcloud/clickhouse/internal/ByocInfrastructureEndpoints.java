package dev.dbcloud.clickhouse.internal;

import dev.dbcloud.clickhouse.ByocConfig;
import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.core.internal.EndpointGroup;

/**
 * The endpoints under {@code /v1/organizations/{organizationId}/byocInfrastructure}, each declared once; {@code
 * ByocInfrastructures} sends them through an {@code OrganizationInvoker}, which fills in the organization.
 */
public final class ByocInfrastructureEndpoints {
    private static final EndpointGroup INFRASTRUCTURE =
            OrganizationEndpoints.ORGANIZATION.at("/byocInfrastructure/{byocInfrastructureId}");

    private ByocInfrastructureEndpoints() {}

    /** {@code POST …/byocInfrastructure}. */
    public static final Endpoint<ByocConfig> CREATE = OrganizationEndpoints.ORGANIZATION
            .post("/byocInfrastructure")
            .jsonBody()
            .returns(ByocConfig.class);

    /** {@code PATCH …/byocInfrastructure/{byocInfrastructureId}}. */
    public static final Endpoint<ByocConfig> UPDATE =
            INFRASTRUCTURE.patch("").jsonBody().returns(ByocConfig.class);

    /** {@code DELETE …/byocInfrastructure/{byocInfrastructureId}}; the answer carries no result. */
    public static final Endpoint<Void> DELETE = INFRASTRUCTURE.delete("").returnsNothing();
}
