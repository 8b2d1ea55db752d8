package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@link Members#update(String, UpdateMemberParams)} (wire schema {@code MemberPatchRequest}): the
 * member's roles. What is left unset is not sent.
 *
 * <pre>{@code
 * ch.organizations().members().update(userId, UpdateMemberParams.builder()
 *     .assignedRoleIds(List.of(adminRoleId))
 *     .build());
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = UpdateMemberParams.class)
@JsonDeserialize(as = UpdateMemberParams.class)
abstract class UpdateMemberParamsDef {
    /**
     * The role of the time before custom roles (wire {@code role}).
     *
     * @return the value
     * @deprecated the API marks it deprecated; use {@link #assignedRoleIds()}
     */
    @Deprecated
    abstract Optional<LegacyRole> role();

    /**
     * The ids of the roles the member has from now on (wire {@code assignedRoleIds}); see {@link
     * AssignedRole#roleId()}.
     *
     * @return the value
     */
    abstract Optional<List<String>> assignedRoleIds();
}
