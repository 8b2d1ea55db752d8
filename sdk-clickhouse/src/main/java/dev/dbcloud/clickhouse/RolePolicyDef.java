package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A policy of a role as read (wire schema {@code RBACPolicy}): permissions allowed or denied on resources.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = RolePolicy.class)
@JsonDeserialize(as = RolePolicy.class)
abstract class RolePolicyDef {
    /**
     * The policy id (wire {@code id}).
     *
     * @return the value
     */
    abstract Optional<String> id();

    /**
     * The role it belongs to (wire {@code roleId}).
     *
     * @return the value
     */
    abstract Optional<String> roleId();

    /**
     * The tenant resource id (wire {@code tenantId}).
     *
     * @return the value
     */
    abstract Optional<String> tenantId();

    /**
     * Whether it allows or denies (wire {@code allowDeny}).
     *
     * @return the value
     */
    abstract Optional<PolicyEffect> allowDeny();

    /**
     * The permissions, e.g. {@code control-plane:organization:view} (wire {@code permissions}).
     *
     * @return the value
     */
    abstract List<String> permissions();

    /**
     * The resource ids it applies to, e.g. {@code instance/<uuid>} or {@code instance/*} (wire {@code resources}).
     *
     * @return the value
     */
    abstract List<String> resources();

    /**
     * Database grants and SQL console role (wire {@code tags}).
     *
     * @return the value
     */
    abstract Optional<RolePolicyTags> tags();
}
