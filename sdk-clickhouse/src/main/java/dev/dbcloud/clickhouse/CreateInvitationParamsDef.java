package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@link Invitations#create(CreateInvitationParams)} (wire schema {@code InvitationPostRequest}). Only
 * what was set is sent: the API refuses some properties sent empty.
 *
 * <pre>{@code
 * ch.organizations().invitations().create(CreateInvitationParams.builder()
 *     .email("ada@example.com")
 *     .addAssignedRoleIds(developerRoleId)
 *     .build());
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonSerialize(as = CreateInvitationParams.class)
@JsonDeserialize(as = CreateInvitationParams.class)
abstract class CreateInvitationParamsDef {
    /**
     * The email of the user to invite (wire {@code email}); only a user with this email can accept.
     *
     * @return the value
     */
    abstract Optional<String> email();

    /**
     * The role of the time before custom roles (wire {@code role}).
     *
     * @return the value
     * @deprecated the API marks it deprecated; use {@link #assignedRoleIds()}
     */
    @Deprecated
    abstract Optional<LegacyRole> role();

    /**
     * The ids of the roles the user gets on accepting (wire {@code assignedRoleIds}); see {@link
     * AssignedRole#roleId()}.
     *
     * @return the value
     */
    abstract List<String> assignedRoleIds();
}
