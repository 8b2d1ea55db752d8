package dev.dbcloud.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dbcloud.clickhouse.ClickHouseCloudClient;
import dev.dbcloud.clickhouse.ClickStack;
import dev.dbcloud.clickhouse.ClickStackAlert;
import dev.dbcloud.clickhouse.ClickStackAlertChannel;
import dev.dbcloud.clickhouse.ClickStackAlertInterval;
import dev.dbcloud.clickhouse.ClickStackAlertParams;
import dev.dbcloud.clickhouse.ClickStackAlertSource;
import dev.dbcloud.clickhouse.ClickStackCreateRoleParams;
import dev.dbcloud.clickhouse.ClickStackDashboard;
import dev.dbcloud.clickhouse.ClickStackDashboardParams;
import dev.dbcloud.clickhouse.ClickStackPermission;
import dev.dbcloud.clickhouse.ClickStackRole;
import dev.dbcloud.clickhouse.ClickStackSavedSearch;
import dev.dbcloud.clickhouse.ClickStackSavedSearchParams;
import dev.dbcloud.clickhouse.ClickStackSource;
import dev.dbcloud.clickhouse.ClickStackSourceFrom;
import dev.dbcloud.clickhouse.ClickStackSourceParams;
import dev.dbcloud.clickhouse.ClickStackThresholdType;
import dev.dbcloud.clickhouse.ClickStackTile;
import dev.dbcloud.clickhouse.ClickStackUpdateRoleParams;
import dev.dbcloud.clickhouse.ClickStackWebhook;
import dev.dbcloud.clickhouse.ClickStackWebhookParams;
import dev.dbcloud.clickhouse.ClickStackWebhookService;
import dev.dbcloud.clickhouse.ClickStackWhereLanguage;
import dev.dbcloud.core.errors.BadRequestException;
import dev.dbcloud.core.errors.ConflictException;
import dev.dbcloud.core.errors.NotFoundException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The SDK's ClickStack resources against the local cloud: each one created, read, listed, replaced and deleted. */
class ClickHouseClickStackTest {
    private static final String OBJECT_ID = "^[0-9a-f]{24}$";

    @RegisterExtension
    static final LocalCloudExtension local = LocalCloudExtension.perTest();

    private LocalCloud cloud;
    private ClickStack clickStack;
    private String serviceId;

    @BeforeEach
    void reachTheCloud() {
        cloud = local.cloud();
        clickStack = local.client(ClickHouseCloudClient.class).services().clickStack();
        serviceId = new ClickHouseHttp(cloud).serviceId("analytics");
    }

    @Test
    void savedSearches() {
        var searches = clickStack.savedSearches();
        ClickStackSavedSearch created = searches.create(
                serviceId,
                ClickStackSavedSearchParams.builder()
                        .name("Production Errors")
                        .sourceId("507f1f77bcf86cd799439012")
                        .where("SeverityText:ERROR")
                        .whereLanguage(ClickStackWhereLanguage.LUCENE)
                        .build());
        assertThat(created.id()).matches(OBJECT_ID);
        assertThat(searches.get(serviceId, created.id()).where()).contains("SeverityText:ERROR");
        assertThat(searches.list(serviceId))
                .extracting(ClickStackSavedSearch::id)
                .containsExactly(created.id());
        ClickStackSavedSearch replaced = searches.update(
                serviceId,
                created.id(),
                ClickStackSavedSearchParams.builder()
                        .name("All Errors")
                        .sourceId("507f1f77bcf86cd799439012")
                        .build());
        assertThat(replaced.name()).contains("All Errors");
        assertThat(replaced.where()).isEmpty(); // a full replace: what is left out is cleared
        searches.delete(serviceId, created.id());
        assertThatThrownBy(() -> searches.get(serviceId, created.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void webhooksAreListedWithoutTheirWriteOnlyHeadersAndCannotGoWhileAnAlertUsesThem() {
        var webhooks = clickStack.webhooks();
        ClickStackWebhook created = webhooks.create(
                serviceId,
                ClickStackWebhookParams.builder()
                        .name("Incidents")
                        .service(ClickStackWebhookService.GENERIC)
                        .url("https://example.com/hooks/alerts")
                        .headers(Map.of("Authorization", "Bearer s3cr3t"))
                        .build());
        assertThat(created.id()).matches(OBJECT_ID);
        assertThat(webhooks.list(serviceId)).extracting(ClickStackWebhook::id).containsExactly(created.id());
        JsonNode listed = new ClickHouseHttp(cloud).get("/services/" + serviceId + "/clickstack/webhooks");
        assertThat(listed.toString()).doesNotContain("s3cr3t").doesNotContain("headers");
        ClickStackWebhook replaced = webhooks.update(
                serviceId,
                created.id(),
                ClickStackWebhookParams.builder()
                        .name("Incidents")
                        .service(ClickStackWebhookService.GENERIC)
                        .url("https://example.com/hooks/v2")
                        .description("on call")
                        .build());
        assertThat(replaced.description()).contains("on call");
        ClickStackAlert alert = clickStack.alerts().create(serviceId, alertOn(created.id()));
        assertThatThrownBy(() -> webhooks.delete(serviceId, created.id())).isInstanceOf(ConflictException.class);
        clickStack.alerts().delete(serviceId, alert.id());
        webhooks.delete(serviceId, created.id());
        assertThat(webhooks.list(serviceId)).isEmpty();
        assertThatThrownBy(() -> webhooks.delete(serviceId, created.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void customRolesComeAndGoWhileThePredefinedOnesStay() {
        var roles = clickStack.roles();
        List<ClickStackRole> predefined = roles.list(serviceId);
        assertThat(predefined).isNotEmpty().allSatisfy(r -> assertThat(r.isPredefined())
                .contains(true));
        ClickStackRole created = roles.create(
                serviceId,
                ClickStackCreateRoleParams.builder()
                        .name("Deploy Bot")
                        .description("Manages dashboards")
                        .addPermissions(ClickStackPermission.of("manage", "dashboard"))
                        .build());
        assertThat(created.isPredefined()).contains(false);
        assertThat(roles.get(serviceId, created.id()).name()).contains("Deploy Bot");
        assertThat(roles.list(serviceId)).hasSize(predefined.size() + 1);
        ClickStackRole updated = roles.update(
                serviceId,
                created.id(),
                ClickStackUpdateRoleParams.builder()
                        .addPermissions(ClickStackPermission.of("read", "dashboard"))
                        .build());
        assertThat(updated.name()).contains("Deploy Bot"); // a name left out is kept
        assertThat(updated.permissions()).containsExactly(ClickStackPermission.of("read", "dashboard"));
        roles.delete(serviceId, created.id());
        assertThatThrownBy(() -> roles.get(serviceId, created.id())).isInstanceOf(NotFoundException.class);

        String admin = predefined.get(0).id();
        assertThatThrownBy(() -> roles.update(
                        serviceId,
                        admin,
                        ClickStackUpdateRoleParams.builder()
                                .addPermissions(ClickStackPermission.of("read", "dashboard"))
                                .build()))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("Predefined roles cannot be modified");
        assertThatThrownBy(() -> roles.delete(serviceId, admin))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("Predefined roles cannot be deleted");
        assertThat(roles.get(serviceId, admin)).isEqualTo(predefined.get(0));
    }

    @Test
    void sources() {
        var sources = clickStack.sources();
        ClickStackSource created = sources.create(serviceId, logs("Logs"));
        assertThat(created.id()).matches(OBJECT_ID);
        assertThat(sources.get(serviceId, created.id()).name()).contains("Logs");
        assertThat(sources.list(serviceId)).extracting(ClickStackSource::id).containsExactly(created.id());
        assertThat(sources.update(serviceId, created.id(), logs("App logs")).name())
                .contains("App logs");
        sources.delete(serviceId, created.id());
        assertThatThrownBy(() -> sources.get(serviceId, created.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void alerts() {
        var alerts = clickStack.alerts();
        ClickStackAlert created = alerts.create(serviceId, alertOn("65f5e4a3b9e77c001a789012"));
        assertThat(created.id()).matches(OBJECT_ID);
        assertThat(created.state()).isPresent();
        assertThat(alerts.get(serviceId, created.id()).threshold()).contains(new BigDecimal("100"));
        assertThat(alerts.list(serviceId)).extracting(ClickStackAlert::id).containsExactly(created.id());
        ClickStackAlert replaced = alerts.update(
                serviceId,
                created.id(),
                ClickStackAlertParams.builder()
                        .from(created)
                        .thresholdType(ClickStackThresholdType.BETWEEN)
                        .threshold(BigDecimal.ONE)
                        .thresholdMax(BigDecimal.TEN)
                        .build());
        assertThat(replaced.thresholdType()).contains(ClickStackThresholdType.BETWEEN);
        alerts.delete(serviceId, created.id());
        assertThatThrownBy(() -> alerts.get(serviceId, created.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void dashboardsGetTileIdsAndAreValidatedWithoutBeingStored() {
        var dashboards = clickStack.dashboards();
        ClickStackDashboardParams params = ClickStackDashboardParams.builder()
                .name("Service Overview")
                .addTiles(tile("Notes"))
                .build();
        assertThat(dashboards.validate(serviceId, params).valid()).isTrue();
        assertThat(dashboards.list(serviceId)).isEmpty();
        ClickStackDashboard created = dashboards.create(serviceId, params);
        assertThat(created.id()).matches(OBJECT_ID);
        String tileId = created.tiles().get(0).id().orElseThrow();
        assertThat(dashboards.get(serviceId, created.id()).name()).contains("Service Overview");
        assertThat(dashboards.list(serviceId))
                .extracting(ClickStackDashboard::id)
                .containsExactly(created.id());
        ClickStackDashboard updated = dashboards.update(
                serviceId,
                created.id(),
                ClickStackDashboardParams.builder()
                        .name("Overview")
                        .addTiles(created.tiles().get(0), tile("More"))
                        .build());
        assertThat(updated.tiles().get(0).id()).contains(tileId); // an existing tile keeps its id
        assertThat(updated.tiles().get(1).id())
                .isPresent()
                .isNotEqualTo(updated.tiles().get(0).id());
        dashboards.delete(serviceId, created.id());
        assertThatThrownBy(() -> dashboards.get(serviceId, created.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void whatTheSpecRequiresIsRefusedWithTheVendorsErrorBody() {
        ClickHouseHttp http = new ClickHouseHttp(cloud);
        String base = "/services/" + serviceId + "/clickstack";
        assertThat(http.error(400, "POST", base + "/saved-searches", "{\"name\":\"Errors\"}"))
                .isEqualTo("BAD_REQUEST: sourceId: Required");
        assertThat(http.error(
                        400,
                        "POST",
                        base + "/webhooks",
                        "{\"name\":\"w\",\"service\":\"slack\","
                                + "\"url\":\"https://hooks.slack.com/x\",\"body\":\"{}\"}"))
                .isEqualTo("BAD_REQUEST: body: not allowed for slack webhooks");
        assertThat(http.error(
                        400,
                        "POST",
                        base + "/sources",
                        "{\"name\":\"s\",\"kind\":\"profile\"," + "\"connection\":\"c\",\"from\":{}}"))
                .startsWith("BAD_REQUEST: kind: must be one of");
        assertThat(http.error(400, "POST", base + "/alerts", "{\"thresholdType\":\"between\",\"threshold\":1}"))
                .isEqualTo("BAD_REQUEST: thresholdMax: Required");
        JsonNode invalid =
                http.ok("POST", base + "/dashboards/validate", "{\"name\":\"d\",\"tiles\":[{\"name\":\"t\"}]}");
        assertThat(invalid.toString())
                .isEqualTo("{\"valid\":false,\"errors\":[{\"path\":\"tiles.0.x\",\"message\":\"Required\"}],"
                        + "\"normalized\":null}");
        assertThat(http.error(404, "GET", base + "/alerts/65f5e4a3b9e77c001a123456", null))
                .isEqualTo("NOT_FOUND: Alert 65f5e4a3b9e77c001a123456 not found");
        assertThat(http.error(404, "GET", "/services/nope/clickstack/roles", null))
                .isEqualTo("NOT_FOUND: Service nope not found");
    }

    private static ClickStackAlertParams alertOn(String webhookId) {
        return ClickStackAlertParams.builder()
                .source(ClickStackAlertSource.SAVED_SEARCH)
                .savedSearchId("65f5e4a3b9e77c001a345678")
                .threshold(new BigDecimal("100"))
                .thresholdType(ClickStackThresholdType.ABOVE)
                .interval(ClickStackAlertInterval.ONE_HOUR)
                .channel(ClickStackAlertChannel.webhook(webhookId))
                .build();
    }

    private static ClickStackSourceParams logs(String name) {
        return ClickStackSourceParams.log()
                .name(name)
                .connection("507f1f77bcf86cd799439012")
                .table(ClickStackSourceFrom.builder()
                        .databaseName("otel")
                        .tableName("otel_logs")
                        .build())
                .defaultTableSelectExpression("Timestamp, Body")
                .timestampValueExpression("Timestamp")
                .build();
    }

    private static ClickStackTile tile(String name) {
        return ClickStackTile.builder().name(name).x(0).y(0).w(6).h(3).build();
    }
}
