package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import dev.dbcloud.crunchy.internal.ParamChecks;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The body of {@link AccessTokens#create(CreateAccessTokenParams)} ({@code AccessTokenCreateRequest}). The API key
 * secret is redacted in {@code toString()} and masked in the SDK's log lines.
 *
 * <pre>{@code
 * CreateAccessTokenParams.builder().clientSecret(apiKey).applicationName("deploy-bot").expiresIn("1h").build();
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = CreateAccessTokenParams.class)
@JsonDeserialize(as = CreateAccessTokenParams.class)
abstract class CreateAccessTokenParamsDef {
    private static final Pattern EXPIRES_IN = Pattern.compile("[0-9]+[smhdwM]");

    /** @return the API key secret ({@code cbkey_…}) to exchange, not blank ({@code client_secret}); redacted in toString */
    @Value.Redacted
    abstract String clientSecret();

    /** @return your label for the token ({@code application_name}) */
    abstract Optional<String> applicationName();

    /** @return when the token expires ({@code expires_at}); not with {@link #expiresIn()} */
    abstract Optional<Instant> expiresAt();

    /**
     * @return how long the token lives, a number and a unit of {@code s}, {@code m}, {@code h}, {@code d}, {@code w}
     *     or {@code M} (months), e.g. {@code 15m} or {@code 1w} ({@code expires_in}); not with {@link #expiresAt()}
     */
    abstract Optional<String> expiresIn();

    /** Refuses a blank secret, a malformed duration, and both expiry fields at once. */
    @Value.Check
    void check() {
        ParamChecks.text(clientSecret(), "clientSecret");
        expiresIn().filter(d -> !EXPIRES_IN.matcher(d).matches()).ifPresent(d -> {
            throw new IllegalArgumentException("expiresIn must be a number followed by one of s, m, h, d, w, M"
                    + " (e.g. 15m or 1w) but was \"" + d + "\"");
        });
        ParamChecks.notBoth(expiresAt(), "expiresAt", expiresIn(), "expiresIn");
    }
}
