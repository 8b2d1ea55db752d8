package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An invitation to join the organization (wire schema {@code Invitation}). Only a user with its email can accept
 * it, which makes the user a {@link Member}.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = Invitation.class)
@JsonDeserialize(as = Invitation.class)
abstract class InvitationDef {
    /**
     * The invitation id (wire {@code id}), the {@code invitationId} of {@link Invitations#get(String)} and {@link
     * Invitations#delete(String)}.
     *
     * @return the value
     */
    abstract String id();

    /**
     * The invited email, stored in lower case (wire {@code email}).
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
     * When it was created (wire {@code createdAt}).
     *
     * @return the value
     */
    abstract Optional<Instant> createdAt();

    /**
     * When it expires (wire {@code expireAt}).
     *
     * @return the value
     */
    abstract Optional<Instant> expireAt();

    /**
     * The roles the user gets on accepting (wire {@code assignedRoles}).
     *
     * @return the value
     */
    abstract List<AssignedRole> assignedRoles();
}
