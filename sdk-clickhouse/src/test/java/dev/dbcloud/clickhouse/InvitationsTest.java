package dev.dbcloud.clickhouse;

import static dev.dbcloud.clickhouse.Cloud.ORG;
import static dev.dbcloud.clickhouse.Cloud.body;
import static dev.dbcloud.clickhouse.Cloud.ok;
import static dev.dbcloud.clickhouse.Cloud.okEmpty;
import static dev.dbcloud.clickhouse.Cloud.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** {@code …/invitations}: what each operation sends and what it reads. */
class InvitationsTest extends ClientTest {
    static final String INVITATION_ID = "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f";
    static final String INVITATION = "{\"id\":\"" + INVITATION_ID + "\",\"email\":\"ada@example.com\","
            + "\"role\":\"developer\",\"createdAt\":\"2026-04-01T09:00:00Z\",\"expireAt\":\"2026-04-08T09:00:00Z\","
            + "\"assignedRoles\":[{\"roleId\":\"r-dev\",\"roleName\":\"Developer\",\"roleType\":\"system\"}]}";

    private static String invitationsPath(String suffix) {
        return "/v1/organizations/" + ORG + "/invitations" + suffix;
    }

    @Test
    @SuppressWarnings("deprecation") // Invitation.role: deprecated by the API, still read
    void listAndGetReadEveryField() throws Exception {
        server.enqueue(ok("[" + INVITATION + "]"));
        server.enqueue(ok(INVITATION));
        List<Invitation> invitations = ch.organizations().invitations().list();
        Invitation invitation = ch.organizations().invitations().get(INVITATION_ID);
        assertThat(invitations).containsExactly(invitation);
        assertThat(invitation.id()).isEqualTo(INVITATION_ID);
        assertThat(invitation.email()).contains("ada@example.com");
        assertThat(invitation.role()).contains(LegacyRole.DEVELOPER);
        assertThat(invitation.createdAt()).contains(Instant.parse("2026-04-01T09:00:00Z"));
        assertThat(invitation.expireAt()).contains(Instant.parse("2026-04-08T09:00:00Z"));
        assertThat(invitation.assignedRoles())
                .containsExactly(AssignedRole.builder()
                        .roleId("r-dev")
                        .roleName("Developer")
                        .roleType(RoleType.SYSTEM)
                        .build());
        assertThat(cloud.expect("GET", invitationsPath("")).getBody()).isNull();
        assertThat(cloud.expect("GET", invitationsPath("/" + INVITATION_ID)).getBody())
                .isNull();
    }

    @Test
    void readsTolerantly() {
        server.enqueue(ok("[{\"id\":\"i-1\",\"status\":\"pending\"}]"));
        Invitation invitation = ch.organizations().invitations().list().get(0);
        assertThat(invitation.id()).isEqualTo("i-1");
        assertThat(invitation.email()).isEmpty();
        assertThat(invitation.assignedRoles()).isEmpty();
    }

    @Test
    @SuppressWarnings("deprecation") // CreateInvitationParams.role: deprecated by the API, still sent
    void createSendsOnlyWhatWasSet() throws Exception {
        server.enqueue(ok(INVITATION));
        server.enqueue(ok(INVITATION));
        Invitation created = ch.organizations()
                .invitations()
                .create(CreateInvitationParams.builder()
                        .email("ada@example.com")
                        .addAssignedRoleIds("r-dev")
                        .build());
        ch.organizations()
                .invitations()
                .create(CreateInvitationParams.builder()
                        .email("bob@example.com")
                        .role(LegacyRole.ADMIN)
                        .build());
        assertThat(created.id()).isEqualTo(INVITATION_ID);
        RecordedRequest request = cloud.expect("POST", invitationsPath(""));
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(body(request)).isEqualTo(tree("{\"email\":\"ada@example.com\",\"assignedRoleIds\":[\"r-dev\"]}"));
        assertThat(body(cloud.expect("POST", invitationsPath(""))))
                .isEqualTo(tree("{\"email\":\"bob@example.com\",\"role\":\"admin\"}"));
    }

    @Test
    void deleteWithdrawsTheInvitation() throws Exception {
        server.enqueue(okEmpty());
        ch.organizations().invitations().delete(INVITATION_ID);
        assertThat(cloud.expect("DELETE", invitationsPath("/" + INVITATION_ID)).getBody())
                .isNull();
    }

    @Test
    void badIdsAndMissingParamsAreRefusedBeforeSending() {
        assertThatThrownBy(() -> ch.organizations().invitations().delete(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("invitationId");
        assertThatThrownBy(() -> ch.organizations().invitations().create(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("params");
        assertThat(server.getRequestCount()).isZero();
    }
}
