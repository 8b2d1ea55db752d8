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

/** {@code …/roles}: what each operation sends, what it reads, and what is refused before sending. */
class RolesTest extends ClientTest {
    static final String ROLE_ID = "8d7c6b5a-4e3f-4a2b-9c1d-0e9f8a7b6c5d";
    static final String ROLE = "{\"id\":\"" + ROLE_ID + "\",\"tenantId\":\"organization/" + ORG + "\","
            + "\"ownerId\":\"organization/" + ORG + "\",\"name\":\"viewers\",\"type\":\"custom\","
            + "\"actors\":[\"user/u-1\",\"apiKey/k-1\"],\"policies\":[{\"id\":\"p-1\",\"roleId\":\"" + ROLE_ID + "\","
            + "\"tenantId\":\"organization/" + ORG + "\",\"allowDeny\":\"ALLOW\","
            + "\"permissions\":[\"control-plane:organization:view\"],\"resources\":[\"instance/*\"],"
            + "\"tags\":{\"grants\":[\"analytics\"],\"roleV2\":\"sql-console-readonly\"}}],"
            + "\"createdAt\":\"2026-02-01T08:00:00Z\",\"updatedAt\":\"2026-02-02T08:00:00Z\"}";

    private static String rolesPath(String suffix) {
        return "/v1/organizations/" + ORG + "/roles" + suffix;
    }

    @Test
    void listAndGetReadEveryField() throws Exception {
        server.enqueue(ok("[" + ROLE + "]"));
        server.enqueue(ok(ROLE));
        List<Role> roles = ch.organizations().roles().list();
        Role role = ch.organizations().roles().get(ROLE_ID);
        assertThat(roles).containsExactly(role);
        assertThat(role.id()).isEqualTo(ROLE_ID);
        assertThat(role.tenantId()).contains("organization/" + ORG);
        assertThat(role.ownerId()).contains("organization/" + ORG);
        assertThat(role.name()).contains("viewers");
        assertThat(role.type()).contains(RoleType.CUSTOM);
        assertThat(role.actors()).containsExactly("user/u-1", "apiKey/k-1");
        assertThat(role.createdAt()).contains(Instant.parse("2026-02-01T08:00:00Z"));
        assertThat(role.updatedAt()).contains(Instant.parse("2026-02-02T08:00:00Z"));
        RolePolicy policy = role.policies().get(0);
        assertThat(policy.id()).contains("p-1");
        assertThat(policy.roleId()).contains(ROLE_ID);
        assertThat(policy.tenantId()).contains("organization/" + ORG);
        assertThat(policy.allowDeny()).contains(PolicyEffect.ALLOW);
        assertThat(policy.permissions()).containsExactly("control-plane:organization:view");
        assertThat(policy.resources()).containsExactly("instance/*");
        assertThat(policy.tags())
                .contains(RolePolicyTags.builder()
                        .addGrants("analytics")
                        .roleV2(SqlConsoleRole.SQL_CONSOLE_READONLY)
                        .build());
        assertThat(cloud.expect("GET", rolesPath("")).getBody()).isNull();
        assertThat(cloud.expect("GET", rolesPath("/" + ROLE_ID)).getBody()).isNull();
    }

    @Test
    void readsTolerantly() {
        server.enqueue(ok("[{\"id\":\"r-1\",\"type\":\"builtin\",\"policies\":[{\"allowDeny\":\"AUDIT\"}],"
                + "\"actors\":null,\"color\":\"red\"}]"));
        Role role = ch.organizations().roles().list().get(0);
        assertThat(role.type().orElseThrow().isKnown()).isFalse();
        assertThat(role.policies().get(0).allowDeny()).contains(PolicyEffect.of("AUDIT"));
        assertThat(role.actors()).isEmpty();
        assertThat(role.policies().get(0).tags()).isEmpty();
    }

    @Test
    void createSendsTheRequiredListsEvenEmpty() throws Exception {
        server.enqueue(ok(ROLE));
        server.enqueue(ok(ROLE));
        Role created = ch.organizations()
                .roles()
                .create(CreateRoleParams.builder()
                        .name("viewers")
                        .addActors("user/u-1")
                        .addPolicies(RolePolicyParams.builder()
                                .allowDeny(PolicyEffect.ALLOW)
                                .addPermissions("control-plane:organization:view")
                                .addResources("instance/*")
                                .tags(RolePolicyTags.builder()
                                        .roleV2(SqlConsoleRole.SQL_CONSOLE_ADMIN)
                                        .build())
                                .build())
                        .build());
        ch.organizations()
                .roles()
                .create(CreateRoleParams.builder().name("empty").build());
        assertThat(created.id()).isEqualTo(ROLE_ID);
        RecordedRequest request = cloud.expect("POST", rolesPath(""));
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(body(request))
                .isEqualTo(
                        tree("{\"name\":\"viewers\",\"actors\":[\"user/u-1\"],\"policies\":[{\"allowDeny\":\"ALLOW\","
                                + "\"permissions\":[\"control-plane:organization:view\"],\"resources\":[\"instance/*\"],"
                                + "\"tags\":{\"roleV2\":\"sql-console-admin\"}}]}"));
        assertThat(body(cloud.expect("POST", rolesPath(""))))
                .isEqualTo(tree("{\"name\":\"empty\",\"actors\":[],\"policies\":[]}"));
    }

    @Test
    void requiredFieldsAreRefusedBeforeSending() {
        assertThatThrownBy(() -> CreateRoleParams.builder().build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> RolePolicyParams.builder().addPermissions("p").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("allowDeny");
        assertThatThrownBy(() -> ch.organizations().roles().delete(""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("roleId");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void updateSendsOnlyWhatWasSetAndDeleteNoBody() throws Exception {
        server.enqueue(ok(ROLE));
        server.enqueue(okEmpty());
        ch.organizations()
                .roles()
                .update(
                        ROLE_ID,
                        UpdateRoleParams.builder()
                                .name("readers")
                                .actors(List.of())
                                .build());
        ch.organizations().roles().delete(ROLE_ID);
        assertThat(body(cloud.expect("PATCH", rolesPath("/" + ROLE_ID))))
                .isEqualTo(tree("{\"name\":\"readers\",\"actors\":[]}"));
        assertThat(cloud.expect("DELETE", rolesPath("/" + ROLE_ID)).getBody()).isNull();
    }
}
