package dev.dbcloud.crunchy.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.dbcloud.core.Page;
import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.core.internal.EndpointGroup;
import dev.dbcloud.core.internal.ResponseKind;
import dev.dbcloud.crunchy.Team;
import dev.dbcloud.crunchy.TeamMember;

/**
 * The endpoints that create, change or delete a team, its certificate and its members, each declared once
 * ({@link CatalogEndpoints} declares the team list and get). Every {@code team_id} and {@code account_id} is checked
 * to be a Crunchy Bridge ID before sending.
 */
public final class TeamEndpoints {
    private static final EndpointGroup TEAM =
            EndpointGroup.of("/teams/{team_id}").check("team_id", Eids::check);
    private static final EndpointGroup MEMBER = TEAM.at("/members/{account_id}").check("account_id", Eids::check);

    private TeamEndpoints() {}

    /** {@code POST /teams} (200, not 201). */
    public static final Endpoint<Team> CREATE =
            Endpoint.post("/teams").jsonBody().returns(Team.class);

    /** {@code PATCH /teams/{team_id}}. */
    public static final Endpoint<Team> UPDATE = TEAM.patch("").jsonBody().returns(Team.class);

    /** {@code DELETE /teams/{team_id}}. */
    public static final Endpoint<Team> DELETE = TEAM.delete("").returns(Team.class);

    /** {@code GET /teams/{team_id}.pem}: the team's certificate chain, as PEM text. */
    public static final Endpoint<String> CERTIFICATE =
            Endpoint.get("/teams/{team_id}.pem").check("team_id", Eids::check).returns(ResponseKind.text());

    /** {@code GET /teams/{team_id}/members}. */
    public static final Endpoint<Page<TeamMember>> LIST_MEMBERS = TEAM.get("/members")
            .query(ListResponses.PAGING)
            .returns(ListResponses.page(new TypeReference<ListResponses.CursorPage<TeamMember>>() {}));

    /** {@code POST /teams/{team_id}/members} (201). */
    public static final Endpoint<TeamMember> ADD_MEMBER =
            TEAM.post("/members").jsonBody().returns(TeamMember.class);

    /** {@code GET /teams/{team_id}/members/{account_id}}. */
    public static final Endpoint<TeamMember> GET_MEMBER = MEMBER.get("").returns(TeamMember.class);

    /** {@code PUT /teams/{team_id}/members/{account_id}}. */
    public static final Endpoint<TeamMember> UPDATE_MEMBER =
            MEMBER.put("").jsonBody().returns(TeamMember.class);

    /** {@code DELETE /teams/{team_id}/members/{account_id}}. */
    public static final Endpoint<TeamMember> REMOVE_MEMBER = MEMBER.delete("").returns(TeamMember.class);
}
