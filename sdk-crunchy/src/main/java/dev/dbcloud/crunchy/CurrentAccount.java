package dev.dbcloud.crunchy;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.Resource;
import dev.dbcloud.core.internal.Invoker;
import dev.dbcloud.crunchy.internal.AccountEndpoints;

/**
 * The account whose credentials the client uses: {@code /account}. Get it from {@link
 * CrunchyBridgeClient#account()}.
 *
 * <pre>{@code
 * Account me = cb.account().get();
 * System.out.println(me.email().orElse("?"));
 * }</pre>
 *
 * <p>Each method sends one request.
 */
public final class CurrentAccount extends Resource<CurrentAccount, CurrentAccount.WithRawResponse> {

    CurrentAccount(Invoker invoker) {
        super(invoker, CurrentAccount::new, WithRawResponse::new);
    }

    /**
     * Gets the calling account: {@code GET /account}.
     *
     * @return the account
     */
    public Account get() {
        return withRawResponse().get().value();
    }

    /**
     * <b>Deletes the calling account</b>, the one whose API key or access token this client uses: {@code DELETE
     * /account}. This cannot be undone: the account's personal team and what it owns go with it, and the client's
     * credentials stop working. Deleting it again fails with {@link dev.dbcloud.core.errors.GoneException} (410).
     *
     * @return the deleted account
     */
    public Account delete() {
        return withRawResponse().delete().value();
    }

    /** The operations of {@link CurrentAccount} returning {@link ApiResponse}; each is documented there. */
    public static final class WithRawResponse extends RawResource<WithRawResponse> {
        WithRawResponse(Invoker invoker) {
            super(invoker, WithRawResponse::new);
        }

        /** {@link CurrentAccount#get()}, with the response. */
        public ApiResponse<Account> get() {
            return send(AccountEndpoints.GET.call());
        }

        /** {@link CurrentAccount#delete()}, with the response: this deletes the calling account too. */
        public ApiResponse<Account> delete() {
            return send(AccountEndpoints.DELETE.call());
        }
    }
}
