package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import org.immutables.value.Value;

/**
 * The body of {@link TeamMembers#update(String, String, UpdateTeamMemberParams)} ({@code TeamMemberUpdateRequest}).
 *
 * <pre>{@code
 * UpdateTeamMemberParams.builder().role(TeamRole.MANAGER).build();
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = UpdateTeamMemberParams.class)
@JsonDeserialize(as = UpdateTeamMemberParams.class)
abstract class UpdateTeamMemberParamsDef {
    /** @return the member's new team role ({@code role}) */
    abstract TeamRole role();
}
