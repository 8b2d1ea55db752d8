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
 * A short-lived access token issued from an API key ({@code AccessToken}). Only {@link AccessTokens#create} returns
 * the bearer token itself ({@link #accessToken()}); {@code toString()}, the SDK's log lines and exception messages
 * show {@code ****} instead.
 *
 * <pre>{@code
 * AccessToken token = cb.accessTokens().create(CreateAccessTokenParams.builder()
 *         .clientSecret(apiKey).expiresIn("15m").build());
 * Credentials bearer = Credentials.bearer(token.accessToken().orElseThrow());
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = AccessToken.class)
@JsonDeserialize(as = AccessToken.class)
abstract class AccessTokenDef {
    /** @return the token's ID ({@code id}), to revoke it with {@link AccessTokens#delete(String)} */
    abstract String id();

    /** @return the bearer token ({@code access_token}), only in the create answer; redacted in toString */
    @Value.Redacted
    abstract Optional<String> accessToken();

    /** @return the account the token acts for ({@code account_id}) */
    abstract Optional<String> accountId();

    /** @return the API key it was issued from ({@code api_key_id}) */
    abstract Optional<String> apiKeyId();

    /** @return the caller's label for the token ({@code application_name}) */
    abstract Optional<String> applicationName();

    /** @return when the token was created ({@code created_at}) */
    abstract Optional<Instant> createdAt();

    /** @return when the token expires ({@code expires_at}); empty for a token that does not */
    abstract Optional<Instant> expiresAt();

    /** @return seconds until expiry when issued ({@code expires_in}, deprecated by the API); prefer {@link #expiresAt()} */
    abstract Optional<Long> expiresIn();

    /** @return the authorization scheme to use it with, {@code bearer} ({@code token_type}) */
    abstract Optional<String> tokenType();
}
