package dev.dbcloud.crunchy.internal;

import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.crunchy.AccessToken;
import dev.dbcloud.crunchy.Account;

/**
 * The endpoints of the calling account and of access tokens, each declared once. Access token IDs are checked to
 * be Crunchy Bridge IDs before sending.
 */
public final class AccountEndpoints {
    private AccountEndpoints() {}

    /** {@code GET /account}. */
    public static final Endpoint<Account> GET = Endpoint.get("/account").returns(Account.class);

    /** {@code DELETE /account}: deletes the calling account. */
    public static final Endpoint<Account> DELETE = Endpoint.delete("/account").returns(Account.class);

    /**
     * {@code POST /access-tokens} (200): called without credentials (the spec's {@code security: []}), as the body
     * carries the API key secret; the answer carries the new bearer token.
     */
    public static final Endpoint<AccessToken> CREATE_ACCESS_TOKEN = Endpoint.post("/access-tokens")
            .unauthenticated()
            .jsonBody()
            .secretResponse()
            .returns(AccessToken.class);

    /** {@code DELETE /access-tokens/{access_token_id}}: the revoked token, without its secret. */
    public static final Endpoint<AccessToken> DELETE_ACCESS_TOKEN = Endpoint.delete("/access-tokens/{access_token_id}")
            .check("access_token_id", Eids::check)
            .returns(AccessToken.class);
}
