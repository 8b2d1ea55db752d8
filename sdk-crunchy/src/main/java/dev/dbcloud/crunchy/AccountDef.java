package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The calling account ({@code Account}), from {@link CurrentAccount#get()}.
 *
 * <pre>{@code
 * Account me = cb.account().get();
 * String teamId = me.defaultTeamId().orElse(me.id());   // no default team: the personal team, same ID as the account
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = Account.class)
@JsonDeserialize(as = Account.class)
abstract class AccountDef {
    /** @return the account's ID ({@code id}) */
    abstract String id();

    /** @return the full name ({@code name}) */
    abstract Optional<String> name();

    /** @return the email ({@code email}) */
    abstract Optional<String> email();

    /** @return the default team's ID ({@code default_team_id}); empty means the personal team, whose ID is the account's */
    abstract Optional<String> defaultTeamId();

    /** @return whether the account has a password ({@code has_password}) */
    abstract Optional<Boolean> hasPassword();

    /** @return whether the account signs in through SSO ({@code has_sso}) */
    abstract Optional<Boolean> hasSso();

    /** @return whether multi-factor authentication is on ({@code multi_factor_enabled}) */
    abstract Optional<Boolean> multiFactorEnabled();

    /** @return whether notifications are on ({@code notifications_enabled}) */
    abstract Optional<Boolean> notificationsEnabled();

    /** @return when the account was last seen ({@code last_seen_at}) */
    abstract Optional<Instant> lastSeenAt();

    /** @return the SSO login URL ({@code login_url}), if any */
    abstract Optional<String> loginUrl();

    /** @return when the account was created ({@code created_at}); SSO's synthetic accounts leave it out */
    abstract Optional<Instant> createdAt();

    /** @return when the account was last updated ({@code updated_at}) */
    abstract Optional<Instant> updatedAt();
}
