package dev.dbcloud.clickhouse.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.dbcloud.clickhouse.Role;
import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.core.internal.EndpointGroup;
import java.util.List;

/**
 * The endpoints under {@code /v1/organizations/{organizationId}/roles}, each declared once; {@code Roles} sends
 * them through an {@code OrganizationInvoker}, which fills in the organization.
 */
public final class RoleEndpoints {
    private static final EndpointGroup ROLE = OrganizationEndpoints.ORGANIZATION.at("/roles/{roleId}");

    private RoleEndpoints() {}

    /** {@code GET …/roles}: system and custom roles. */
    public static final Endpoint<List<Role>> LIST =
            OrganizationEndpoints.ORGANIZATION.get("/roles").returns(new TypeReference<List<Role>>() {});

    /** {@code POST …/roles}: a custom role. */
    public static final Endpoint<Role> CREATE =
            OrganizationEndpoints.ORGANIZATION.post("/roles").jsonBody().returns(Role.class);

    /** {@code GET …/roles/{roleId}}. */
    public static final Endpoint<Role> GET = ROLE.get("").returns(Role.class);

    /** {@code PATCH …/roles/{roleId}}: custom roles only. */
    public static final Endpoint<Role> UPDATE = ROLE.patch("").jsonBody().returns(Role.class);

    /** {@code DELETE …/roles/{roleId}}: custom roles only, with their policies; the answer carries no result. */
    public static final Endpoint<Void> DELETE = ROLE.delete("").returnsNothing();
}
