package dev.dbcloud.crunchy;

import dev.dbcloud.crunchy.internal.ParamChecks;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The rules of {@link CreateAccessTokenParams}: what {@code CreateAccessTokenParamsAttributes} does not say about it. The
 * generated {@code CreateAccessTokenParamsDef} carries its annotations.
 */
abstract class CreateAccessTokenParamsRules extends CreateAccessTokenParamsAttributes {
    private static final Pattern EXPIRES_IN = Pattern.compile("[0-9]+[smhdwM]");

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
