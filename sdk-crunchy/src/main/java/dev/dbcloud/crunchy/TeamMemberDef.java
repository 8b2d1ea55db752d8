package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A team membership, or an invitation not yet accepted ({@code TeamMember}). An invited person may have no account
 * yet: then {@link #id()} and {@link #account()} are empty and {@link #email()} says whom the invitation is for.
 *
 * <pre>{@code
 * TeamMember member = cb.teams().members().get(teamId, accountId);
 * String email = member.account().flatMap(TeamMemberAccount::email).or(member::email).orElse("?");
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = TeamMember.class)
@JsonDeserialize(as = TeamMember.class)
abstract class TeamMemberDef {
    /** @return the membership's ID ({@code id}); empty for an invitation */
    abstract Optional<String> id();

    /** @return the team's ID ({@code team_id}) */
    abstract Optional<String> teamId();

    /** @return the member's legacy team role ({@code role}) */
    abstract Optional<TeamRole> role();

    /** @return the member's account ({@code account}); empty for an invitation */
    abstract Optional<TeamMemberAccount> account();

    /** @return the account's ID, the flat form the API still sends ({@code account_id}); prefer {@link #account()} */
    abstract Optional<String> accountId();

    /** @return the member's or invitee's email ({@code email}); prefer {@link #account()} when there is one */
    abstract Optional<String> email();

    /** @return the member's name, the flat form ({@code name}); prefer {@link #account()} */
    abstract Optional<String> name();
}
