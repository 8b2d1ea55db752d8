package dev.dbcloud.crunchy;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.internal.Invoker;
import dev.dbcloud.crunchy.internal.CatalogEndpoints;
import dev.dbcloud.crunchy.internal.Eids;
import java.util.List;

/**
 * Cloud providers with their plans and regions: {@code /providers}, where the {@code plan_id}, {@code
 * provider_id} and {@code region_id} of a new cluster come from. Get it from {@link
 * CrunchyBridgeClient#providers()}.
 *
 * <pre>{@code
 * for (Provider p : cb.providers().list(teamId)) {
 *     p.plans().forEach(plan -> System.out.println(p.id().orElse("?") + " " + plan.id() + " " + plan.memory()));
 * }
 * }</pre>
 */
public final class Providers {
    private final Invoker invoker;
    private final WithRawResponse raw;

    Providers(Invoker invoker) {
        this.invoker = invoker;
        this.raw = new WithRawResponse(invoker);
    }

    /**
     * This resource with per-call options on every request it sends.
     *
     * @param options the options
     * @return a view of this resource bound to them
     */
    public Providers withOptions(RequestOptions options) {
        return new Providers(invoker.withOptions(options));
    }

    /**
     * The same operations returning the whole {@link ApiResponse}.
     *
     * @return the raw view, with this view's options
     */
    public WithRawResponse withRawResponse() {
        return raw;
    }

    /**
     * Lists the providers with the default catalog: {@code GET /providers}.
     *
     * @return the providers
     */
    public List<Provider> list() {
        return raw.list().value();
    }

    /**
     * Lists the providers with the plans enabled for a team: {@code GET /providers?team_id=}.
     *
     * @param teamId the team's ID
     * @return the providers
     */
    public List<Provider> list(String teamId) {
        return raw.list(teamId).value();
    }

    /** The operations of {@link Providers} returning {@link ApiResponse}; each is documented there. */
    public static final class WithRawResponse {
        private final Invoker invoker;

        WithRawResponse(Invoker invoker) {
            this.invoker = invoker;
        }

        /** This raw view bound to per-call options; see {@link Providers#withOptions(RequestOptions)}. */
        public WithRawResponse withOptions(RequestOptions options) {
            return new WithRawResponse(invoker.withOptions(options));
        }

        /** {@link Providers#list()}, with the response. */
        public ApiResponse<List<Provider>> list() {
            return invoker.send(CatalogEndpoints.LIST_PROVIDERS.call());
        }

        /** {@link Providers#list(String)}, with the response. */
        public ApiResponse<List<Provider>> list(String teamId) {
            return invoker.send(CatalogEndpoints.LIST_PROVIDERS.call().query("team_id", Eids.check(teamId, "teamId")));
        }
    }
}
