package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The account of a {@link TeamMember} ({@code AccountTeamMember}). */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = TeamMemberAccount.class)
@JsonDeserialize(as = TeamMemberAccount.class)
abstract class TeamMemberAccountDef {
    /** @return the account's ID ({@code id}); the {@code account_id} of the member paths */
    abstract Optional<String> id();

    /** @return the account's email ({@code email}) */
    abstract Optional<String> email();

    /** @return the account holder's full name ({@code name}) */
    abstract Optional<String> name();

    /** @return whether the account has a password ({@code has_password}) */
    abstract Optional<Boolean> hasPassword();

    /** @return whether the account signs in through SSO ({@code has_sso}) */
    abstract Optional<Boolean> hasSso();

    /** @return whether multi-factor authentication is on ({@code multi_factor_enabled}) */
    abstract Optional<Boolean> multiFactorEnabled();
}
