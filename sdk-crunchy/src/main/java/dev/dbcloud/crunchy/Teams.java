package dev.dbcloud.crunchy;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.Page;
import dev.dbcloud.core.PagedList;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.Resource;
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
public final class Teams extends Resource<Teams, Teams.WithRawResponse> implements PagedList<Team, ListTeamsParams> {

    Teams(Invoker invoker) {
        super(invoker, Teams::new, WithRawResponse::new);
    }

    /**
     * Lists the first page of the teams the caller belongs to: {@code GET /teams}.
     *
     * @return the first page; {@link Page#autoPager()} walks the rest lazily
     */
    public Page<Team> list() {
        return withRawResponse().list().value();
    }

    /**
     * Lists teams: {@code GET /teams}. Later pages repeat the parameters and this view's options.
     *
     * @param params paging and order
     * @return the first page; {@link Page#autoPager()} walks the rest lazily
     */
    @Override
    public Page<Team> list(ListTeamsParams params) {
        return withRawResponse().list(params).value();
    }

    /**
     * Gets a team: {@code GET /teams/{team_id}}.
     *
     * @param teamId the team's ID
     * @return the team
     */
    public Team get(String teamId) {
        return withRawResponse().get(teamId).value();
    }

    /** The operations of {@link Teams} returning {@link ApiResponse}; each is documented there. */
    public static final class WithRawResponse extends RawResource<WithRawResponse> {
        WithRawResponse(Invoker invoker) {
            super(invoker, WithRawResponse::new);
        }

        /** {@link Teams#list()}, with the response. */
        public ApiResponse<Page<Team>> list() {
            return list(ListTeamsParams.builder().build());
        }

        /** {@link Teams#list(ListTeamsParams)}, with the response. */
        public ApiResponse<Page<Team>> list(ListTeamsParams params) {
            return send(requireNonNull(params, "params == null").bind(CatalogEndpoints.LIST_TEAMS.call()));
        }

        /** {@link Teams#get(String)}, with the response. */
        public ApiResponse<Team> get(String teamId) {
            return send(CatalogEndpoints.GET_TEAM.call(teamId));
        }
    }
}
