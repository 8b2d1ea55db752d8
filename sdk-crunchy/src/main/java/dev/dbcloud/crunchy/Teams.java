package dev.dbcloud.crunchy;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.Page;
import dev.dbcloud.core.PagedList;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.Resource;
import dev.dbcloud.core.internal.Invoker;
import dev.dbcloud.crunchy.internal.CatalogEndpoints;
import dev.dbcloud.crunchy.internal.TeamEndpoints;

/**
 * Teams the caller belongs to: {@code /teams}. Get it from {@link CrunchyBridgeClient#teams()}.
 *
 * <pre>{@code
 * for (Team t : cb.teams().listAll(ListTeamsParams.builder().build())) { … }
 * Team team = cb.teams().get(teamId);
 * Team created = cb.teams().create(CreateTeamParams.builder().name("Analytics").build());
 * cb.teams().update(created.id(), UpdateTeamParams.builder().enforceMfa(true).build());
 * String pem = cb.teams().certificate(created.id());
 * cb.teams().members().add(created.id(), AddTeamMemberParams.builder().email("ada@example.com").build());
 * }</pre>
 *
 * <p>Related resource: {@link #members()}. Each method sends one request; IDs are checked to be Crunchy Bridge IDs
 * before anything is sent, and creates and updates carry an {@code Idempotency-Key}, the same on every retry.
 */
public final class Teams extends Resource<Teams, Teams.WithRawResponse> implements PagedList<Team, ListTeamsParams> {

    private final TeamMembers members;

    Teams(Invoker invoker) {
        super(invoker, Teams::new, WithRawResponse::new);
        this.members = new TeamMembers(invoker);
    }

    /** @return the members of teams, {@code /teams/{team_id}/members}, with this view's options */
    public TeamMembers members() {
        return members;
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

    /**
     * Creates a team, with the caller as its admin: {@code POST /teams} (the API answers 200).
     *
     * @param params the name and defaults
     * @return the new team
     */
    public Team create(CreateTeamParams params) {
        return withRawResponse().create(params).value();
    }

    /**
     * Changes a team's settings: {@code PATCH /teams/{team_id}}. Needs the admin role on the team.
     *
     * @param teamId the team's ID
     * @param params the changes; fields left empty stay as they are
     * @return the team as changed
     */
    public Team update(String teamId, UpdateTeamParams params) {
        return withRawResponse().update(teamId, params).value();
    }

    /**
     * Deletes a team: {@code DELETE /teams/{team_id}}. Deleting it again fails with {@link
     * dev.dbcloud.core.errors.GoneException} (410).
     *
     * @param teamId the team's ID
     * @return the deleted team
     */
    public Team delete(String teamId) {
        return withRawResponse().delete(teamId).value();
    }

    /**
     * Gets the certificate chain clients use to verify TLS connections to the team's clusters: {@code GET
     * /teams/{team_id}.pem}, answered as {@code application/pem-certificate-chain}.
     *
     * @param teamId the team's ID
     * @return the PEM text, as sent
     */
    public String certificate(String teamId) {
        return withRawResponse().certificate(teamId).value();
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

        /** {@link Teams#create(CreateTeamParams)}, with the response. */
        public ApiResponse<Team> create(CreateTeamParams params) {
            return send(TeamEndpoints.CREATE.call().body(requireNonNull(params, "params == null")));
        }

        /** {@link Teams#update(String, UpdateTeamParams)}, with the response. */
        public ApiResponse<Team> update(String teamId, UpdateTeamParams params) {
            return send(TeamEndpoints.UPDATE.call(teamId).body(requireNonNull(params, "params == null")));
        }

        /** {@link Teams#delete(String)}, with the response. */
        public ApiResponse<Team> delete(String teamId) {
            return send(TeamEndpoints.DELETE.call(teamId));
        }

        /** {@link Teams#certificate(String)}, with the response. */
        public ApiResponse<String> certificate(String teamId) {
            return send(TeamEndpoints.CERTIFICATE.call(teamId));
        }
    }
}
