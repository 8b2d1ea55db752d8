package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A member of the organization (wire schema {@code Member}).
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = Member.class)
@JsonDeserialize(as = Member.class)
abstract class MemberDef {
    /**
     * The user's id (wire {@code userId}), the same in every organization the user belongs to; the {@code userId}
     * of {@link Members#get(String)}, {@link Members#update(String, UpdateMemberParams)} and {@link
     * Members#delete(String)}.
     *
     * @return the value
     */
    abstract String userId();

    /**
     * The name of the user's profile (wire {@code name}).
     *
     * @return the value
     */
    abstract Optional<String> name();

    /**
     * The email of the user's profile (wire {@code email}).
     *
     * @return the value
     */
    abstract Optional<String> email();

    /**
     * The role of the time before custom roles (wire {@code role}); frozen for organizations that moved to custom
     * roles.
     *
     * @return the value
     * @deprecated the API marks it deprecated; read {@link #assignedRoles()}
     */
    @Deprecated
    abstract Optional<LegacyRole> role();

    /**
     * When the user joined the organization (wire {@code joinedAt}).
     *
     * @return the value
     */
    abstract Optional<Instant> joinedAt();

    /**
     * The system and custom roles assigned to the member (wire {@code assignedRoles}).
     *
     * @return the value
     */
    abstract List<AssignedRole> assignedRoles();
}
