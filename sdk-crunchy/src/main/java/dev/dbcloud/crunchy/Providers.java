package dev.dbcloud.crunchy;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.Resource;
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
public final class Providers extends Resource<Providers, Providers.WithRawResponse> {

    Providers(Invoker invoker) {
        super(invoker, Providers::new, WithRawResponse::new);
    }

    /**
     * Lists the providers with the default catalog: {@code GET /providers}.
     *
     * @return the providers
     */
    public List<Provider> list() {
        return withRawResponse().list().value();
    }

    /**
     * Lists the providers with the plans enabled for a team: {@code GET /providers?team_id=}.
     *
     * @param teamId the team's ID
     * @return the providers
     */
    public List<Provider> list(String teamId) {
        return withRawResponse().list(teamId).value();
    }

    /** The operations of {@link Providers} returning {@link ApiResponse}; each is documented there. */
    public static final class WithRawResponse extends RawResource<WithRawResponse> {
        WithRawResponse(Invoker invoker) {
            super(invoker, WithRawResponse::new);
        }

        /** {@link Providers#list()}, with the response. */
        public ApiResponse<List<Provider>> list() {
            return send(CatalogEndpoints.LIST_PROVIDERS.call());
        }

        /** {@link Providers#list(String)}, with the response. */
        public ApiResponse<List<Provider>> list(String teamId) {
            return send(CatalogEndpoints.LIST_PROVIDERS.call().query("team_id", Eids.check(teamId, "teamId")));
        }
    }
}
