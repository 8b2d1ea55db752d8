package dev.dbcloud.crunchy;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.dbcloud.core.Page;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.internal.ApiRequest;
import dev.dbcloud.core.internal.HttpEngine;
import dev.dbcloud.core.internal.HttpMethod;
import dev.dbcloud.crunchy.internal.Eids;
import dev.dbcloud.crunchy.internal.ListResponses;
import dev.dbcloud.crunchy.internal.Requests;

/**
 * Teams the caller belongs to: {@code /teams}. Get it from {@link CrunchyBridgeClient#teams()}.
 *
 * <pre>{@code
 * for (Team t : cb.teams().listAll(ListTeamsParams.builder().build())) { … }
 * Team team = cb.teams().get(teamId);
 * }</pre>
 */
public final class Teams {
    private final HttpEngine engine;

    Teams(HttpEngine engine) {
        this.engine = engine;
    }

    /**
     * Lists the first page of the teams the caller belongs to: {@code GET /teams}.
     *
     * @return the first page; {@link Page#autoPager()} walks the rest lazily
     */
    public Page<Team> list() {
        return list(ListTeamsParams.builder().build(), RequestOptions.none());
    }

    /**
     * Lists the first page of the teams the caller belongs to with per-call options, which later pages repeat.
     *
     * @param options per-call options
     * @return the first page; {@link Page#autoPager()} walks the rest lazily
     */
    public Page<Team> list(RequestOptions options) {
        return list(ListTeamsParams.builder().build(), options);
    }

    /**
     * Lists teams: {@code GET /teams}.
     *
     * @param params paging and order
     * @return the first page; {@link Page#autoPager()} walks the rest lazily
     */
    public Page<Team> list(ListTeamsParams params) {
        return list(params, RequestOptions.none());
    }

    /**
     * Lists teams: {@code GET /teams}. Later pages repeat the parameters and options.
     *
     * @param params paging and order
     * @param options per-call options
     * @return the first page
     */
    public Page<Team> list(ListTeamsParams params, RequestOptions options) {
        requireNonNull(params, "params == null");
        requireNonNull(options, "options == null");
        ApiRequest request = ListResponses.paging(
                        ApiRequest.builder(HttpMethod.GET, "/teams"),
                        params.cursor(),
                        params.limit(),
                        params.order(),
                        params.orderField())
                .options(options)
                .build();
        return ListResponses.page(engine, request, new TypeReference<ListResponses.CursorPage<Team>>() {});
    }

    /**
     * Every team across all pages; nothing is requested until iteration starts.
     *
     * @param params paging and order
     * @return a lazy iterable; each {@code iterator()} starts again from the first page
     */
    public Iterable<Team> listAll(ListTeamsParams params) {
        return listAll(params, RequestOptions.none());
    }

    /**
     * Every team across all pages, fetched lazily.
     *
     * @param params paging and order
     * @param options per-call options, used for every page
     * @return a lazy iterable
     */
    public Iterable<Team> listAll(ListTeamsParams params, RequestOptions options) {
        requireNonNull(params, "params == null");
        requireNonNull(options, "options == null");
        return () -> list(params, options).autoPager().iterator();
    }

    /**
     * Gets a team: {@code GET /teams/{team_id}}.
     *
     * @param teamId the team's ID
     * @return the team
     */
    public Team get(String teamId) {
        return get(teamId, RequestOptions.none());
    }

    /**
     * Gets a team: {@code GET /teams/{team_id}}.
     *
     * @param teamId the team's ID
     * @param options per-call options
     * @return the team
     */
    public Team get(String teamId, RequestOptions options) {
        return Requests.send(
                        engine,
                        ApiRequest.builder(HttpMethod.GET, "/teams/{teamId}", Eids.check(teamId, "teamId")),
                        options,
                        Team.class)
                .value();
    }
}
