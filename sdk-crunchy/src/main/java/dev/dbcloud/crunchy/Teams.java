package dev.dbcloud.crunchy;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.Page;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.internal.Invoker;
import dev.dbcloud.crunchy.internal.CatalogEndpoints;

/**
 * Teams the caller belongs to: {@code /teams}. Get it from {@link CrunchyBridgeClient#teams()}.
 *
 * <pre>{@code
 * for (Team t : cb.teams().listAll(ListTeamsParams.builder().build())) { … }
 * Team team = cb.teams().get(teamId);
 * }</pre>
 */
public final class Teams {
    private final Invoker invoker;
    private final WithRawResponse raw;

    Teams(Invoker invoker) {
        this.invoker = invoker;
        this.raw = new WithRawResponse(invoker);
    }

    /**
     * This resource with per-call options on every request it sends, later pages included.
     *
     * @param options the options
     * @return a view of this resource bound to them
     */
    public Teams withOptions(RequestOptions options) {
        return new Teams(invoker.withOptions(options));
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
     * Lists the first page of the teams the caller belongs to: {@code GET /teams}.
     *
     * @return the first page; {@link Page#autoPager()} walks the rest lazily
     */
    public Page<Team> list() {
        return raw.list().value();
    }

    /**
     * Lists teams: {@code GET /teams}. Later pages repeat the parameters and this view's options.
     *
     * @param params paging and order
     * @return the first page; {@link Page#autoPager()} walks the rest lazily
     */
    public Page<Team> list(ListTeamsParams params) {
        return raw.list(params).value();
    }

    /**
     * Every team across all pages; nothing is requested until iteration starts.
     *
     * @param params paging and order
     * @return a lazy iterable; each {@code iterator()} starts again from the first page
     */
    public Iterable<Team> listAll(ListTeamsParams params) {
        requireNonNull(params, "params == null");
        return () -> list(params).autoPager().iterator();
    }

    /**
     * Gets a team: {@code GET /teams/{team_id}}.
     *
     * @param teamId the team's ID
     * @return the team
     */
    public Team get(String teamId) {
        return raw.get(teamId).value();
    }

    /** The operations of {@link Teams} returning {@link ApiResponse}; each is documented there. */
    public static final class WithRawResponse {
        private final Invoker invoker;

        WithRawResponse(Invoker invoker) {
            this.invoker = invoker;
        }

        /** This raw view bound to per-call options; see {@link Teams#withOptions(RequestOptions)}. */
        public WithRawResponse withOptions(RequestOptions options) {
            return new WithRawResponse(invoker.withOptions(options));
        }

        /** {@link Teams#list()}, with the response. */
        public ApiResponse<Page<Team>> list() {
            return list(ListTeamsParams.builder().build());
        }

        /** {@link Teams#list(ListTeamsParams)}, with the response. */
        public ApiResponse<Page<Team>> list(ListTeamsParams params) {
            return invoker.send(requireNonNull(params, "params == null").bind(CatalogEndpoints.LIST_TEAMS.call()));
        }

        /** {@link Teams#get(String)}, with the response. */
        public ApiResponse<Team> get(String teamId) {
            return invoker.send(CatalogEndpoints.GET_TEAM.call(teamId));
        }
    }
}
