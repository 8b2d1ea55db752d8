package dev.dbcloud.crunchy;

import static dev.dbcloud.crunchy.Fixtures.TEAM_ID;
import static dev.dbcloud.crunchy.Fixtures.body;
import static dev.dbcloud.crunchy.Fixtures.json;
import static dev.dbcloud.crunchy.Fixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.Page;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.SortOrder;
import dev.dbcloud.core.errors.GoneException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Team writes, the team certificate and team members, on the wire, decoded from the spec's shapes. */
class TeamsWireTest extends MockApiTest {
    static final String ACCOUNT_ID = "qvcw4hylovgyzbwzp53bmmlhga";
    static final String GROUP_ID = "ryexlkxpibfang6u7374faajfe";
    private static final String TEAM = "{\"id\":\"" + TEAM_ID + "\",\"name\":\"Analytics\",\"is_default\":false,"
            + "\"is_personal\":false,\"role\":\"admin\",\"default_role_flavor\":\"read\",\"support_tier\":\"standard\","
            + "\"enforce_mfa\":false,\"enforce_sso\":false,\"automatic_sso_join\":null,\"billing_email\":null,"
            + "\"created_at\":\"2024-06-01T12:00:00Z\",\"updated_at\":\"2024-06-01T12:00:00Z\"}";
    /** A member as the spec's TeamMember and AccountTeamMember describe it, with access groups as observed. */
    static final String MEMBER = "{\"id\":\"" + ACCOUNT_ID + "\",\"team_id\":\"" + TEAM_ID + "\",\"role\":\"member\","
            + "\"account\":{\"id\":\"" + ACCOUNT_ID + "\",\"email\":\"cheshire.cat@example.com\","
            + "\"name\":\"Cheshire Cat\",\"has_password\":true,\"has_sso\":false,\"multi_factor_enabled\":true,"
            + "\"access_groups\":[{\"id\":\"" + GROUP_ID + "\",\"is_system\":true,\"name\":\"Member\",\"team_id\":\""
            + TEAM_ID + "\"}]},\"account_id\":\"" + ACCOUNT_ID + "\",\"email\":\"cheshire.cat@example.com\","
            + "\"name\":\"Cheshire Cat\"}";

    private static final String PEM = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUQ\n-----END CERTIFICATE-----\n";

    @Test
    void createPostsTheNameAndDefaultsWithAnIdempotencyKeyAndReadsThe200() throws Exception {
        server.enqueue(json(200, TEAM));
        ApiResponse<Team> response = cb().teams()
                .withRawResponse()
                .create(CreateTeamParams.builder()
                        .name("Analytics")
                        .defaultRoleFlavor(RoleFlavor.READ)
                        .automaticSsoJoinEnabled(false)
                        .build());

        assertThat(response.statusCode()).isEqualTo(200);
        Team team = response.value();
        assertThat(team.id()).isEqualTo(TEAM_ID);
        assertThat(team.name()).contains("Analytics");
        assertThat(team.role()).contains(TeamRole.ADMIN);
        assertThat(team.supportTier()).contains(SupportTier.STANDARD);
        assertThat(team.createdAt()).contains(Instant.parse("2024-06-01T12:00:00Z"));
        RecordedRequest request = take("POST", "/teams");
        assertThat(body(request))
                .isEqualTo(tree("{\"name\":\"Analytics\",\"default_role_flavor\":\"read\","
                        + "\"automatic_sso_join_enabled\":false}"));
        assertThat(request.getHeaders().get("Idempotency-Key")).isNotBlank();
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
    }

    @Test
    void updatePatchesOnlyTheFieldsSetWithAnIdempotencyKey() throws Exception {
        server.enqueue(json(200, TEAM));
        Team team = cb().teams()
                .withOptions(
                        RequestOptions.builder().idempotencyKey("team-update-1").build())
                .update(
                        TEAM_ID,
                        UpdateTeamParams.builder()
                                .name("Analytics")
                                .enforceMfa(true)
                                .enforceSso(false)
                                .supportTier(SupportTier.PREMIUM)
                                .defaultRoleFlavor(RoleFlavor.WRITE)
                                .automaticSsoJoinEnabled(true)
                                .billingEmail("billing@example.com")
                                .technicalEmail("ops@example.com")
                                .invoiceNote("PO 4711")
                                .build());

        assertThat(team.id()).isEqualTo(TEAM_ID);
        RecordedRequest request = take("PATCH", "/teams/" + TEAM_ID);
        assertThat(body(request))
                .isEqualTo(tree("{\"name\":\"Analytics\",\"enforce_mfa\":true,\"enforce_sso\":false,"
                        + "\"support_tier\":\"premium\",\"default_role_flavor\":\"write\","
                        + "\"automatic_sso_join_enabled\":true,\"billing_email\":\"billing@example.com\","
                        + "\"technical_email\":\"ops@example.com\",\"invoice_note\":\"PO 4711\"}"));
        assertThat(request.getHeaders().get("Idempotency-Key")).isEqualTo("team-update-1");
    }

    @Test
    void deleteSendsNoKeyAndASecondDeleteIsGone() throws Exception {
        server.enqueue(json(200, TEAM));
        server.enqueue(
                json(410, "{\"message\":\"team deleted\",\"request_id\":\"7e0a1d5c-1111-4a3b-9c2d-0000000000ff\"}"));

        assertThat(cb().teams().delete(TEAM_ID).id()).isEqualTo(TEAM_ID);
        assertThatThrownBy(() -> cb().teams().delete(TEAM_ID)).isInstanceOf(GoneException.class);

        RecordedRequest first = take("DELETE", "/teams/" + TEAM_ID);
        assertThat(first.getHeaders().get("Idempotency-Key")).isNull();
        take("DELETE", "/teams/" + TEAM_ID);
    }

    @Test
    void certificateIsThePemTextAsSent() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "application/pem-certificate-chain")
                .setHeader("X-Request-Id", "7e0a1d5c-1111-4a3b-9c2d-000000000002")
                .body(PEM)
                .build());

        ApiResponse<String> response = cb().teams().withRawResponse().certificate(TEAM_ID);

        assertThat(response.value()).isEqualTo(PEM);
        assertThat(response.requestId()).contains("7e0a1d5c-1111-4a3b-9c2d-000000000002");
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(Fixtures.target(request)).isEqualTo("/teams/" + TEAM_ID + ".pem");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + Fixtures.API_KEY);
    }

    @Test
    void membersListPagesWithTheCursorAndOrder() throws Exception {
        server.enqueue(json(200, Fixtures.page("team_members", MEMBER, true, "bbbbbbbbbbbbbbbbbbbbbbbbba")));
        server.enqueue(json(200, Fixtures.page("team_members", MEMBER, false, null)));

        Page<TeamMember> first = cb().teams()
                .members()
                .list(
                        TEAM_ID,
                        ListTeamMembersParams.builder()
                                .limit(1)
                                .order(SortOrder.DESC)
                                .orderField("email")
                                .build());
        List<TeamMember> all = new ArrayList<>();
        first.autoPager().forEach(all::add);

        assertThat(all).hasSize(2);
        take("GET", "/teams/" + TEAM_ID + "/members?limit=1&order=desc&order_field=email");
        take(
                "GET",
                "/teams/" + TEAM_ID
                        + "/members?limit=1&order=desc&order_field=email&cursor=bbbbbbbbbbbbbbbbbbbbbbbbba");
    }

    @Test
    void membersAddGetUpdateRemove() throws Exception {
        server.enqueue(json(201, MEMBER));
        server.enqueue(json(200, MEMBER));
        server.enqueue(json(200, MEMBER.replace("\"role\":\"member\"", "\"role\":\"manager\"")));
        server.enqueue(json(200, MEMBER));
        TeamMembers members = cb().teams().members();

        TeamMember added = members.add(
                TEAM_ID,
                AddTeamMemberParams.builder()
                        .email("cheshire.cat@example.com")
                        .accessGroupId(GROUP_ID)
                        .build());
        TeamMember got = members.get(TEAM_ID, ACCOUNT_ID);
        TeamMember updated = members.update(
                TEAM_ID,
                ACCOUNT_ID,
                UpdateTeamMemberParams.builder().role(TeamRole.MANAGER).build());
        TeamMember removed = members.remove(TEAM_ID, ACCOUNT_ID);

        assertThat(added.id()).contains(ACCOUNT_ID);
        assertThat(added.teamId()).contains(TEAM_ID);
        assertThat(added.role()).contains(TeamRole.MEMBER);
        assertThat(added.account()).hasValueSatisfying(account -> {
            assertThat(account.id()).contains(ACCOUNT_ID);
            assertThat(account.email()).contains("cheshire.cat@example.com");
            assertThat(account.name()).contains("Cheshire Cat");
            assertThat(account.hasPassword()).contains(true);
            assertThat(account.hasSso()).contains(false);
            assertThat(account.multiFactorEnabled()).contains(true);
        });
        assertThat(added.accountId()).contains(ACCOUNT_ID);
        assertThat(added.email()).contains("cheshire.cat@example.com");
        assertThat(got).isEqualTo(added);
        assertThat(updated.role()).contains(TeamRole.MANAGER);
        assertThat(removed).isEqualTo(added);

        RecordedRequest add = take("POST", "/teams/" + TEAM_ID + "/members");
        assertThat(body(add))
                .isEqualTo(tree("{\"email\":\"cheshire.cat@example.com\",\"access_group_id\":\"" + GROUP_ID + "\"}"));
        assertThat(add.getHeaders().get("Idempotency-Key")).isNotBlank();
        take("GET", "/teams/" + TEAM_ID + "/members/" + ACCOUNT_ID);
        RecordedRequest update = take("PUT", "/teams/" + TEAM_ID + "/members/" + ACCOUNT_ID);
        assertThat(body(update)).isEqualTo(tree("{\"role\":\"manager\"}"));
        take("DELETE", "/teams/" + TEAM_ID + "/members/" + ACCOUNT_ID);
    }

    @Test
    void anInvitationWithoutAccountDecodesAndUnknownValuesAreKept() {
        server.enqueue(json(
                201,
                "{\"id\":null,\"account\":null,\"role\":\"billing\",\"team_id\":\"" + TEAM_ID
                        + "\",\"email\":\"new@example.com\",\"name\":null,\"invited_at\":\"2024-06-01T12:00:00Z\"}"));

        TeamMember invited = cb().teams()
                .members()
                .add(
                        TEAM_ID,
                        AddTeamMemberParams.builder().email("new@example.com").build());

        assertThat(invited.id()).isEmpty();
        assertThat(invited.account()).isEmpty();
        assertThat(invited.email()).contains("new@example.com");
        assertThat(invited.role()).hasValueSatisfying(role -> {
            assertThat(role.value()).isEqualTo("billing");
            assertThat(role.isKnown()).isFalse();
        });
    }

    @Test
    void badArgumentsAreRefusedBeforeSending() {
        assertThatThrownBy(() -> CreateTeamParams.builder().name(" ").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> UpdateTeamParams.builder().name("").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> AddTeamMemberParams.builder().email(" ").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("email");
        assertThatThrownBy(() -> AddTeamMemberParams.builder()
                        .email("a@example.com")
                        .accessGroupId("group-1")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("accessGroupId \"group-1\" is not a Crunchy Bridge ID");
        assertThatThrownBy(() -> ListTeamMembersParams.builder().limit(201).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("limit must be between 1 and 200 but was 201");
        assertThatThrownBy(() -> cb().teams().certificate("team-1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("teamId \"team-1\" is not a Crunchy Bridge ID");
        assertThatThrownBy(() -> cb().teams().members().get(TEAM_ID, "acct"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("accountId \"acct\" is not a Crunchy Bridge ID");
        assertThatThrownBy(() ->
                        cb().teams().update("x", UpdateTeamParams.builder().build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("teamId \"x\" is not a Crunchy Bridge ID");
        assertThat(server.getRequestCount()).isZero();
    }
}
