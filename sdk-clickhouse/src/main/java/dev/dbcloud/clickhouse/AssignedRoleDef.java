package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A role assigned to an API key, a member or an invitation (wire schema {@code AssignedRole}): a system role
 * predefined by ClickHouse Cloud or a custom role of the organization. Assign roles by their {@link #roleId()}.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = AssignedRole.class)
@JsonDeserialize(as = AssignedRole.class)
abstract class AssignedRoleDef {
    /**
     * The role id (wire {@code roleId}), what {@code assignedRoleIds} of a create or update takes.
     *
     * @return the value
     */
    abstract Optional<String> roleId();

    /**
     * The role's name (wire {@code roleName}).
     *
     * @return the value
     */
    abstract Optional<String> roleName();

    /**
     * System or custom (wire {@code roleType}).
     *
     * @return the value
     */
    abstract Optional<RoleType> roleType();
}
