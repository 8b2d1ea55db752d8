package dev.dbcloud.clickhouse.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.dbcloud.clickhouse.ApiKey;
import dev.dbcloud.clickhouse.CreatedApiKey;
import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.core.internal.EndpointGroup;
import java.util.List;

/**
 * The endpoints under {@code /v1/organizations/{organizationId}/keys}, each declared once; {@code ApiKeys} sends
 * them through an {@code OrganizationInvoker}, which fills in the organization.
 */
public final class ApiKeyEndpoints {
    private static final EndpointGroup KEY = OrganizationEndpoints.ORGANIZATION.at("/keys/{keyId}");

    private ApiKeyEndpoints() {}

    /** {@code GET …/keys}. */
    public static final Endpoint<List<ApiKey>> LIST =
            OrganizationEndpoints.ORGANIZATION.get("/keys").returns(new TypeReference<List<ApiKey>>() {});

    /** {@code POST …/keys}: the answer carries the new key's secret, unless hashes were sent. */
    public static final Endpoint<CreatedApiKey> CREATE = OrganizationEndpoints.ORGANIZATION
            .post("/keys")
            .jsonBody()
            .secretResponse()
            .returns(CreatedApiKey.class);

    /** {@code GET …/keys/{keyId}}. */
    public static final Endpoint<ApiKey> GET = KEY.get("").returns(ApiKey.class);

    /** {@code PATCH …/keys/{keyId}}. */
    public static final Endpoint<ApiKey> UPDATE = KEY.patch("").jsonBody().returns(ApiKey.class);

    /** {@code DELETE …/keys/{keyId}}; the answer carries no result. */
    public static final Endpoint<Void> DELETE = KEY.delete("").returnsNothing();
}
