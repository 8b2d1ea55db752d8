package dev.dbcloud.crunchy;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.Page;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.Resource;
import dev.dbcloud.core.internal.Invoker;
import dev.dbcloud.crunchy.internal.TeamEndpoints;

/**
 * The members of teams, and invitations: {@code /teams/{team_id}/members}. Get it from {@link Teams#members()}.
 *
 * <pre>{@code
 * TeamMembers members = cb.teams().members();
 * for (TeamMember m : members.list(teamId).autoPager()) { … }
 * TeamMember invited = members.add(teamId, AddTeamMemberParams.builder().email("ada@example.com").build());
 * members.update(teamId, accountId, UpdateTeamMemberParams.builder().role(TeamRole.MANAGER).build());
 * members.remove(teamId, accountId);
 * }</pre>
 *
 * <p>Each method sends one request. Team and account IDs are checked to be Crunchy Bridge IDs before anything is
 * sent; adding a member carries an {@code Idempotency-Key}, the same on every retry.
 */
public final class TeamMembers extends Resource<TeamMembers, TeamMembers.WithRawResponse> {

    TeamMembers(Invoker invoker) {
        super(invoker, TeamMembers::new, WithRawResponse::new);
    }

    /**
     * Lists the first page of a team's members and invitations: {@code GET /teams/{team_id}/members}.
     *
     * @param teamId the team's ID
     * @return the first page; {@link Page#autoPager()} walks the rest lazily
     */
    public Page<TeamMember> list(String teamId) {
        return withRawResponse().list(teamId).value();
    }

    /**
     * Lists a team's members: {@code GET /teams/{team_id}/members}. Later pages repeat the parameters and this
     * view's options.
     *
     * @param teamId the team's ID
     * @param params paging and order
     * @return the first page; {@link Page#autoPager()} walks the rest lazily
     */
    public Page<TeamMember> list(String teamId, ListTeamMembersParams params) {
        return withRawResponse().list(teamId, params).value();
    }

    /**
     * Adds a person to a team, or invites them when they have no account yet: {@code POST
     * /teams/{team_id}/members} (201). Needs the admin role on the team.
     *
     * @param teamId the team's ID
     * @param params whom to add
     * @return the new membership or invitation
     */
    public TeamMember add(String teamId, AddTeamMemberParams params) {
        return withRawResponse().add(teamId, params).value();
    }

    /**
     * Gets a member: {@code GET /teams/{team_id}/members/{account_id}}.
     *
     * @param teamId the team's ID
     * @param accountId the member's account ID
     * @return the membership
     */
    public TeamMember get(String teamId, String accountId) {
        return withRawResponse().get(teamId, accountId).value();
    }

    /**
     * Changes a member's team role: {@code PUT /teams/{team_id}/members/{account_id}}.
     *
     * @param teamId the team's ID
     * @param accountId the member's account ID
     * @param params the new role
     * @return the membership as changed
     */
    public TeamMember update(String teamId, String accountId, UpdateTeamMemberParams params) {
        return withRawResponse().update(teamId, accountId, params).value();
    }

    /**
     * Removes a member from a team: {@code DELETE /teams/{team_id}/members/{account_id}}. The person loses access
     * to the team's clusters through the API and dashboard. Removing them again fails with {@link
     * dev.dbcloud.core.errors.GoneException} (410).
     *
     * @param teamId the team's ID
     * @param accountId the member's account ID
     * @return the removed membership
     */
    public TeamMember remove(String teamId, String accountId) {
        return withRawResponse().remove(teamId, accountId).value();
    }

    /** The operations of {@link TeamMembers} returning {@link ApiResponse}; each is documented there. */
    public static final class WithRawResponse extends RawResource<WithRawResponse> {
        WithRawResponse(Invoker invoker) {
            super(invoker, WithRawResponse::new);
        }

        /** {@link TeamMembers#list(String)}, with the response. */
        public ApiResponse<Page<TeamMember>> list(String teamId) {
            return list(teamId, ListTeamMembersParams.builder().build());
        }

        /** {@link TeamMembers#list(String, ListTeamMembersParams)}, with the response. */
        public ApiResponse<Page<TeamMember>> list(String teamId, ListTeamMembersParams params) {
            return send(requireNonNull(params, "params == null").bind(TeamEndpoints.LIST_MEMBERS.call(teamId)));
        }

        /** {@link TeamMembers#add(String, AddTeamMemberParams)}, with the response. */
        public ApiResponse<TeamMember> add(String teamId, AddTeamMemberParams params) {
            return send(TeamEndpoints.ADD_MEMBER.call(teamId).body(requireNonNull(params, "params == null")));
        }

        /** {@link TeamMembers#get(String, String)}, with the response. */
        public ApiResponse<TeamMember> get(String teamId, String accountId) {
            return send(TeamEndpoints.GET_MEMBER.call(teamId, accountId));
        }

        /** {@link TeamMembers#update(String, String, UpdateTeamMemberParams)}, with the response. */
        public ApiResponse<TeamMember> update(String teamId, String accountId, UpdateTeamMemberParams params) {
            return send(
                    TeamEndpoints.UPDATE_MEMBER.call(teamId, accountId).body(requireNonNull(params, "params == null")));
        }

        /** {@link TeamMembers#remove(String, String)}, with the response. */
        public ApiResponse<TeamMember> remove(String teamId, String accountId) {
            return send(TeamEndpoints.REMOVE_MEMBER.call(teamId, accountId));
        }
    }
}
