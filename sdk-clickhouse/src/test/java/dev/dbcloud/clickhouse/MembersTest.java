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

/** {@code …/members}: what each operation sends and what it reads. */
class MembersTest extends ClientTest {
    static final String USER_ID = "5e4d3c2b-1a09-4f8e-9d7c-6b5a49382716";
    static final String MEMBER = "{\"userId\":\"" + USER_ID + "\",\"name\":\"Ada\",\"email\":\"ada@example.com\","
            + "\"role\":\"admin\",\"joinedAt\":\"2025-12-01T12:00:00Z\",\"assignedRoles\":[{\"roleId\":\"r-admin\","
            + "\"roleName\":\"Admin\",\"roleType\":\"system\"},{\"roleId\":\"r-ops\",\"roleName\":\"Ops\","
            + "\"roleType\":\"custom\"}]}";

    private static String membersPath(String suffix) {
        return "/v1/organizations/" + ORG + "/members" + suffix;
    }

    @Test
    @SuppressWarnings("deprecation") // Member.role: deprecated by the API, still read
    void listAndGetReadEveryField() throws Exception {
        server.enqueue(ok("[" + MEMBER + "]"));
        server.enqueue(ok(MEMBER));
        List<Member> members = ch.organizations().members().list();
        Member member = ch.organizations().members().get(USER_ID);
        assertThat(members).containsExactly(member);
        assertThat(member.userId()).isEqualTo(USER_ID);
        assertThat(member.name()).contains("Ada");
        assertThat(member.email()).contains("ada@example.com");
        assertThat(member.role()).contains(LegacyRole.ADMIN);
        assertThat(member.joinedAt()).contains(Instant.parse("2025-12-01T12:00:00Z"));
        assertThat(member.assignedRoles())
                .extracting(r -> r.roleId().orElseThrow(), r -> r.roleType().orElseThrow())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("r-admin", RoleType.SYSTEM),
                        org.assertj.core.groups.Tuple.tuple("r-ops", RoleType.CUSTOM));
        assertThat(cloud.expect("GET", membersPath("")).getBody()).isNull();
        assertThat(cloud.expect("GET", membersPath("/" + USER_ID)).getBody()).isNull();
    }

    @Test
    @SuppressWarnings("deprecation") // Member.role: deprecated by the API, still read
    void readsTolerantly() {
        server.enqueue(ok("{\"userId\":\"u-1\",\"role\":\"owner\",\"assignedRoles\":null,\"mfa\":true}"));
        Member member = ch.organizations().members().get("u-1");
        assertThat(member.role()).contains(LegacyRole.of("owner"));
        assertThat(member.role().orElseThrow().isKnown()).isFalse();
        assertThat(member.assignedRoles()).isEmpty();
        assertThat(member.email()).isEmpty();
    }

    @Test
    @SuppressWarnings("deprecation") // UpdateMemberParams.role: deprecated by the API, still sent
    void updateSendsOnlyWhatWasSet() throws Exception {
        server.enqueue(ok(MEMBER));
        server.enqueue(ok(MEMBER));
        Member updated = ch.organizations()
                .members()
                .update(
                        USER_ID,
                        UpdateMemberParams.builder()
                                .assignedRoleIds(List.of("r-admin", "r-ops"))
                                .build());
        ch.organizations()
                .members()
                .update(
                        USER_ID,
                        UpdateMemberParams.builder().role(LegacyRole.DEVELOPER).build());
        assertThat(updated.userId()).isEqualTo(USER_ID);
        RecordedRequest request = cloud.expect("PATCH", membersPath("/" + USER_ID));
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(body(request)).isEqualTo(tree("{\"assignedRoleIds\":[\"r-admin\",\"r-ops\"]}"));
        assertThat(body(cloud.expect("PATCH", membersPath("/" + USER_ID)))).isEqualTo(tree("{\"role\":\"developer\"}"));
    }

    @Test
    void deleteRemovesTheMember() throws Exception {
        server.enqueue(okEmpty());
        ch.organizations().members().delete(USER_ID);
        assertThat(cloud.expect("DELETE", membersPath("/" + USER_ID)).getBody()).isNull();
    }

    @Test
    void badIdsAreRefusedBeforeSending() {
        assertThatThrownBy(() -> ch.organizations().members().get(""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("userId");
        assertThatThrownBy(() -> ch.organizations()
                        .members()
                        .update(".", UpdateMemberParams.builder().build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("userId");
        assertThat(server.getRequestCount()).isZero();
    }
}
