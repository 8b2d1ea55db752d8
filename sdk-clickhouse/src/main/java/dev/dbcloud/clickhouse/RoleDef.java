package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A role of the organization, predefined by the system or custom (wire schema {@code RBACRole}): who has it ({@link #actors()}) and what it allows or denies ({@link #policies()}). Its {@link #id()} is what {@code assignedRoleIds} of API keys, members and invitations take.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = Role.class)
@JsonDeserialize(as = Role.class)
abstract class RoleDef {
    /**
     * The role id (wire {@code id}), the {@code roleId} of {@link Roles#get(String)}, {@link Roles#update(String, UpdateRoleParams)} and {@link Roles#delete(String)}.
     *
     * @return the value
     */
    abstract String id();

    /**
     * The tenant resource id, e.g. {@code organization/<uuid>} (wire {@code tenantId}).
     *
     * @return the value
     */
    abstract Optional<String> tenantId();

    /**
     * The owner resource id, e.g. {@code organization/<uuid>} (wire {@code ownerId}).
     *
     * @return the value
     */
    abstract Optional<String> ownerId();

    /**
     * The role name (wire {@code name}).
     *
     * @return the value
     */
    abstract Optional<String> name();

    /**
     * System or custom; only custom roles can be changed or deleted (wire {@code type}).
     *
     * @return the value
     */
    abstract Optional<RoleType> type();

    /**
     * The actor resource ids that have the role, e.g. {@code user/<uuid>} or {@code apiKey/<uuid>} (wire {@code actors}).
     *
     * @return the value
     */
    abstract List<String> actors();

    /**
     * What the role allows or denies (wire {@code policies}).
     *
     * @return the value
     */
    abstract List<RolePolicy> policies();

    /**
     * When it was created (wire {@code createdAt}).
     *
     * @return the value
     */
    abstract Optional<Instant> createdAt();

    /**
     * When it was last changed (wire {@code updatedAt}).
     *
     * @return the value
     */
    abstract Optional<Instant> updatedAt();
}
