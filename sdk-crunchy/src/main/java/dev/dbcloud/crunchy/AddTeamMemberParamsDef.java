package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import dev.dbcloud.crunchy.internal.Eids;
import dev.dbcloud.crunchy.internal.ParamChecks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@link TeamMembers#add(String, AddTeamMemberParams)} ({@code TeamMemberCreateRequest}).
 *
 * <pre>{@code
 * AddTeamMemberParams.builder().email("ada@example.com").build();
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = AddTeamMemberParams.class)
@JsonDeserialize(as = AddTeamMemberParams.class)
abstract class AddTeamMemberParamsDef {
    /** @return the email of the person to add or invite, not blank ({@code email}) */
    abstract String email();

    /** @return the access group to place the member in, a Crunchy Bridge ID ({@code access_group_id}) */
    abstract Optional<String> accessGroupId();

    /** Refuses a blank email and an access group ID that is not a Crunchy Bridge ID. */
    @Value.Check
    void check() {
        ParamChecks.text(email(), "email");
        accessGroupId().ifPresent(id -> Eids.check(id, "accessGroupId"));
    }
}
