package dev.dbcloud.crunchy;

import dev.dbcloud.crunchy.internal.Eids;
import org.immutables.value.Value;

/**
 * The rules of {@link TailscaleConnectParams}: what {@code TailscaleConnectParamsAttributes} does not say about it. The
 * generated {@code TailscaleConnectParamsDef} carries its annotations.
 */
abstract class TailscaleConnectParamsRules extends TailscaleConnectParamsAttributes {

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
