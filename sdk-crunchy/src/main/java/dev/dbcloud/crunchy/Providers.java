package dev.dbcloud.crunchy;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.internal.ApiRequest;
import dev.dbcloud.core.internal.HttpEngine;
import dev.dbcloud.core.internal.HttpMethod;
import dev.dbcloud.crunchy.internal.Eids;
import dev.dbcloud.crunchy.internal.ListResponses;
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
    private final HttpEngine engine;

    Providers(HttpEngine engine) {
        this.engine = engine;
    }

    /**
     * Lists the providers with the default catalog: {@code GET /providers}.
     *
     * @return the providers
     */
    public List<Provider> list() {
        return send(null, RequestOptions.none());
    }

    /**
     * Lists the providers with the default catalog: {@code GET /providers}.
     *
     * @param options per-call options
     * @return the providers
     */
    public List<Provider> list(RequestOptions options) {
        return send(null, options);
    }

    /**
     * Lists the providers with the plans enabled for a team: {@code GET /providers?team_id=}.
     *
     * @param teamId the team's ID
     * @return the providers
     */
    public List<Provider> list(String teamId) {
        return list(teamId, RequestOptions.none());
    }

    /**
     * Lists the providers with the plans enabled for a team: {@code GET /providers?team_id=}.
     *
     * @param teamId the team's ID
     * @param options per-call options
     * @return the providers
     */
    public List<Provider> list(String teamId, RequestOptions options) {
        return send(Eids.check(teamId, "teamId"), options);
    }

    private List<Provider> send(String teamId, RequestOptions options) {
        requireNonNull(options, "options == null");
        return ListResponses.items(
                engine,
                ApiRequest.builder(HttpMethod.GET, "/providers")
                        .query("team_id", teamId)
                        .options(options)
                        .build(),
                new TypeReference<ListResponses.Items<Provider>>() {});
    }
}
