package dev.dbcloud.clickhouse;

import static dev.dbcloud.clickhouse.Cloud.SERVICE_ID;
import static dev.dbcloud.clickhouse.Cloud.body;
import static dev.dbcloud.clickhouse.Cloud.json;
import static dev.dbcloud.clickhouse.Cloud.ok;
import static dev.dbcloud.clickhouse.Cloud.okEmpty;
import static dev.dbcloud.clickhouse.Cloud.servicePath;
import static dev.dbcloud.clickhouse.Cloud.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dbcloud.core.errors.BadRequestException;
import dev.dbcloud.core.testing.Published;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** {@code …/services/{serviceId}/clickstack/roles}: each operation on the wire, the rules and the spec's example. */
class ClickStackRolesTest extends ClientTest {
    private static final JsonNode EXAMPLE =
            Published.fixture("/published/clickhouse/spec-clickstack-role.json").get("response");
    private static final String ID = "507f1f77bcf86cd799439011";

    @Test
    void createPostsTheSpecsExampleAndReadsTheRole() throws Exception {
        server.enqueue(ok(EXAMPLE.toString()));
        ClickStackRole role = ch.services()
                .clickStack()
                .roles()
                .create(
                        SERVICE_ID,
                        ClickStackCreateRoleParams.builder()
                                .name("Deploy Bot")
                                .description("Manages dashboards via Terraform")
                                .addPermissions(ClickStackPermission.builder()
                                        .from(ClickStackPermission.of("read", "dashboard"))
                                        .inverted(false)
                                        .integration("mongodb")
                                        .conditions(Map.of("id", "507f1f77bcf86cd799439012"))
                                        .build())
                                .build());
        RecordedRequest request = cloud.expect("POST", servicePath("/clickstack/roles"));
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(body(request))
                .isEqualTo(tree("{\"name\":\"Deploy Bot\",\"description\":\"Manages dashboards via Terraform\","
                        + "\"permissions\":[{\"action\":\"read\",\"subject\":\"dashboard\",\"inverted\":false,"
                        + "\"integration\":\"mongodb\",\"conditions\":{\"id\":\"507f1f77bcf86cd799439012\"}}]}"));
        assertThat(role.id()).isEqualTo(ID);
        assertThat(role.name()).contains("Read Only");
        assertThat(role.description()).contains("Read-only access to all resources");
        assertThat(role.isPredefined()).contains(false);
        assertThat(role.createdAt()).contains(Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(role.updatedAt()).contains(Instant.parse("2025-06-15T10:30:00Z"));
        ClickStackPermission p = role.permissions().get(0);
        assertThat(p.action()).contains("read");
        assertThat(p.subject()).contains("dashboard");
        assertThat(p.inverted()).contains(false);
        assertThat(p.integration()).contains("mongodb");
        assertThat(p.conditions()).contains(Map.of("id", "507f1f77bcf86cd799439012"));
    }

    @Test
    void updatePutsThePermissionsAndLeavesTheNameOut() throws Exception {
        server.enqueue(ok(EXAMPLE.toString()));
        server.enqueue(ok(EXAMPLE.toString()));
        ClickStackRoles roles = ch.services().clickStack().roles();
        roles.update(
                SERVICE_ID,
                ID,
                ClickStackUpdateRoleParams.builder()
                        .addPermissions(
                                ClickStackPermission.of("manage", "alert").withInverted(true))
                        .build());
        roles.update(
                SERVICE_ID,
                ID,
                ClickStackUpdateRoleParams.builder().name("Renamed").build());
        assertThat(body(cloud.expect("PUT", servicePath("/clickstack/roles/" + ID))))
                .isEqualTo(tree("{\"permissions\":[{\"action\":\"manage\",\"subject\":\"alert\",\"inverted\":true}]}"));
        assertThat(body(cloud.expect("PUT", servicePath("/clickstack/roles/" + ID))))
                .isEqualTo(tree("{\"name\":\"Renamed\",\"permissions\":[]}"));
    }

    @Test
    void listGetDeleteAndAPredefinedRoleRefused() throws Exception {
        server.enqueue(ok("[" + EXAMPLE + ",{\"id\":\"r-2\",\"isPredefined\":true}]"));
        server.enqueue(ok(EXAMPLE.toString()));
        server.enqueue(okEmpty());
        server.enqueue(json(
                400,
                "{\"status\":400,\"error\":\"BAD_REQUEST: predefined roles cannot be deleted\",\"requestId\":\"r\"}"));
        ClickStackRoles roles = ch.services().clickStack().roles();
        List<ClickStackRole> all = roles.list(SERVICE_ID);
        assertThat(all).extracting(ClickStackRole::id).containsExactly(ID, "r-2");
        assertThat(all.get(1).isPredefined()).contains(true);
        assertThat(all.get(1).permissions()).isEmpty();
        assertThat(roles.get(SERVICE_ID, ID).name()).contains("Read Only");
        roles.delete(SERVICE_ID, ID);
        assertThatThrownBy(() -> roles.delete(SERVICE_ID, "r-2"))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.errorMessage())
                        .contains("predefined roles cannot be deleted"));
        cloud.expect("GET", servicePath("/clickstack/roles"));
        cloud.expect("GET", servicePath("/clickstack/roles/" + ID));
        cloud.expect("DELETE", servicePath("/clickstack/roles/" + ID));
        cloud.expect("DELETE", servicePath("/clickstack/roles/r-2"));
    }

    @Test
    void theSpecsRulesAreCheckedBeforeSending() {
        assertThatThrownBy(() -> ClickStackCreateRoleParams.builder().build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> ClickStackCreateRoleParams.builder()
                        .name("n")
                        .addPermissions(ClickStackPermission.of("read", "dashboard"))
                        .addPermissions(
                                ClickStackPermission.builder().subject("alert").build())
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("permissions[1].action is required");
        assertThatThrownBy(() -> ClickStackUpdateRoleParams.builder()
                        .addPermissions(
                                ClickStackPermission.builder().action("read").build())
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("permissions[0].subject is required");
        assertThatCode(() -> ClickStackUpdateRoleParams.builder().build()).doesNotThrowAnyException();
        assertThatThrownBy(() -> ch.services().clickStack().roles().get(SERVICE_ID, ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("roleId");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void theRoleDecodesWithAnyOneFieldRemoved() {
        for (Published.Variant variant : Published.withOneFieldRemoved(EXAMPLE, Set.of("id"))) {
            assertThatCode(() -> Published.decode(variant.body(), ClickStackRole.class))
                    .as(variant.toString())
                    .doesNotThrowAnyException();
        }
    }
}
