package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import dev.dbcloud.crunchy.internal.Eids;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@link Clusters#tailscaleConnect(String, TailscaleConnectParams)} ({@code TailscaleConnectRequest}):
 * exactly one of a short-lived Tailscale auth key and a stored Tailscale OAuth client. The auth key is redacted in
 * {@code toString()} and the body is never logged.
 *
 * <pre>{@code
 * TailscaleConnectParams.builder().authKey(System.getenv("TS_AUTHKEY")).build();
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = TailscaleConnectParams.class)
@JsonDeserialize(as = TailscaleConnectParams.class)
abstract class TailscaleConnectParamsDef {
    /** @return a short-lived Tailscale auth key ({@code auth_key}); redacted in toString */
    @Value.Redacted
    abstract Optional<String> authKey();

    /** @return the ID of a stored Tailscale OAuth client, a Crunchy Bridge ID ({@code tailscale_oauth_client_id}) */
    abstract Optional<String> tailscaleOauthClientId();

    /** Requires exactly one of the two, and the client ID to be a Crunchy Bridge ID. */
    @Value.Check
    void check() {
        if (authKey().isPresent() == tailscaleOauthClientId().isPresent()) {
            throw new IllegalArgumentException("exactly one of authKey and tailscaleOauthClientId must be set");
        }
        authKey().filter(String::isBlank).ifPresent(k -> {
            throw new IllegalArgumentException("authKey must not be blank");
        });
        tailscaleOauthClientId().ifPresent(id -> Eids.check(id, "tailscaleOauthClientId"));
    }
}
