package dev.dbcloud.crunchy;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.Resource;
import dev.dbcloud.core.internal.Invoker;
import dev.dbcloud.crunchy.internal.AccountEndpoints;

/**
 * Short-lived access tokens exchanged for an API key: {@code /access-tokens}. Get it from {@link
 * CrunchyBridgeClient#accessTokens()}.
 *
 * <pre>{@code
 * AccessToken token = cb.accessTokens().create(CreateAccessTokenParams.builder()
 *         .clientSecret(apiKey).applicationName("deploy-bot").expiresIn("15m").build());
 * try (CrunchyBridgeClient scoped = CrunchyBridgeClient.builder()
 *         .credentials(Credentials.bearer(token.accessToken().orElseThrow())).build()) {
 *     …
 * }
 * cb.accessTokens().delete(token.id());
 * }</pre>
 *
 * <p>The bearer token reaches the caller only in the returned {@link AccessToken}: {@code toString()}, the SDK's
 * log lines and exception messages show {@code ****}. Each method sends one request; a create is sent without the
 * client's credentials (the API key travels in the body) and carries an {@code Idempotency-Key}.
 */
public final class AccessTokens extends Resource<AccessTokens, AccessTokens.WithRawResponse> {

    AccessTokens(Invoker invoker) {
        super(invoker, AccessTokens::new, WithRawResponse::new);
    }

    /**
     * Exchanges an API key secret for an access token: {@code POST /access-tokens} (200). The token is in the
     * answer only; keep it, the API never shows it again.
     *
     * @param params the API key secret and the token's label and lifetime
     * @return the new token, with {@link AccessToken#accessToken()}
     */
    public AccessToken create(CreateAccessTokenParams params) {
        return withRawResponse().create(params).value();
    }

    /**
     * Revokes an access token: {@code DELETE /access-tokens/{access_token_id}}. Revoking it again fails with {@link
     * dev.dbcloud.core.errors.GoneException} (410).
     *
     * @param accessTokenId the token's ID ({@link AccessToken#id()})
     * @return the revoked token, without the bearer token
     */
    public AccessToken delete(String accessTokenId) {
        return withRawResponse().delete(accessTokenId).value();
    }

    /** The operations of {@link AccessTokens} returning {@link ApiResponse}; each is documented there. */
    public static final class WithRawResponse extends RawResource<WithRawResponse> {
        WithRawResponse(Invoker invoker) {
            super(invoker, WithRawResponse::new);
        }

        /** {@link AccessTokens#create(CreateAccessTokenParams)}, with the response. */
        public ApiResponse<AccessToken> create(CreateAccessTokenParams params) {
            return send(AccountEndpoints.CREATE_ACCESS_TOKEN.call().body(requireNonNull(params, "params == null")));
        }

        /** {@link AccessTokens#delete(String)}, with the response. */
        public ApiResponse<AccessToken> delete(String accessTokenId) {
            return send(AccountEndpoints.DELETE_ACCESS_TOKEN.call(accessTokenId));
        }
    }
}
