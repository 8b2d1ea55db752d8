package dev.dbcloud.clickhouse;

import static dev.dbcloud.clickhouse.Cloud.ORG;
import static dev.dbcloud.clickhouse.Cloud.SERVICE_ID;
import static dev.dbcloud.clickhouse.Cloud.fixture;
import static dev.dbcloud.clickhouse.Cloud.servicePath;
import static dev.dbcloud.clickhouse.RawResponses.answer;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.Patch;
import dev.dbcloud.core.RequestOptions;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every method of the raw views of services (and their sub-resources: ClickHouse settings, scaling schedule,
 * upgrade window, backup bucket, ClickStack), backups, organizations and what lives under them (API keys, members, invitations,
 * roles, activities, quotas, user-defined functions, BYOC infrastructure) sends exactly one request, with the options
 * of the views it was reached through (a header set on the resource's view and one set on the raw view).
 */
class RawViewsSendOneRequestTest extends ClientTest {
    private static final String BACKUP_ID = "b-1";
    private static final String SERVICE = fixture("service.json");
    private static final String UDF = "{\"functionName\":\"f\",\"version\":1}";
    private static final String PAGE = "{\"items\":[],\"pagination\":{\"nextCursor\":null}}";
    private static final String SAVED_SEARCH = "{\"id\":\"ss-1\"}";
    private static final ClickStackSavedSearchParams SEARCH_PARAMS =
            ClickStackSavedSearchParams.builder().name("n").sourceId("src-1").build();
    private static final String WEBHOOK = "{\"id\":\"wh-1\"}";
    private static final ClickStackWebhookParams WEBHOOK_PARAMS =
            ClickStackWebhookParams.of("n", ClickStackWebhookService.GENERIC, "https://example.com/hook");
    private static final String CLICKSTACK_ROLE = "{\"id\":\"csr-1\"}";
    private static final String SOURCE = "{\"id\":\"src-1\"}";
    private static final ClickStackSourceParams SOURCE_PARAMS = ClickStackSourceParams.promql()
            .name("n")
            .connection("c-1")
            .table(ClickStackSourceFrom.builder()
                    .databaseName("d")
                    .tableName("t")
                    .build())
            .timestampValueExpression("timestamp")
            .build();
    private static final String ALERT = "{\"id\":\"al-1\"}";
    private static final ClickStackAlertParams ALERT_PARAMS =
            ClickStackAlertParams.builder().name("n").build();
    private static final String DASHBOARD = "{\"id\":\"db-1\"}";
    private static final ClickStackDashboardParams DASHBOARD_PARAMS =
            ClickStackDashboardParams.builder().name("n").build();
    private static final String ATTACHMENT = "{\"functionName\":\"f\",\"serviceId\":\"s-1\"}";

    private record Case(
            String name,
            String result,
            String method,
            String path,
            Function<ClickHouseCloudClient, ApiResponse<?>> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    @SuppressWarnings("deprecation") // services.updateScaling: the API deprecates PATCH …/scaling, still sent
    static Stream<Arguments> cases() {
        String services = "/v1/organizations/" + ORG + "/services";
        CreateServiceParams create = CreateServiceParams.builder()
                .name("analytics")
                .provider(CloudProvider.AWS)
                .region(CloudRegion.EU_WEST_1)
                .build();
        return Stream.of(
                        new Case("services.list", "[]", "GET", services, ch -> raw(ch).list()),
                        new Case("services.list(params)", "[]", "GET", services, ch -> raw(ch).list(
                                        ListServicesParams.builder()
                                                .addTagKeys("env")
                                                .build())),
                        new Case(
                                "services.create",
                                "{\"service\":" + SERVICE + ",\"password\":\"p\"}",
                                "POST",
                                services,
                                ch -> raw(ch).create(create)),
                        new Case("services.get", SERVICE, "GET", servicePath(""), ch -> raw(ch).get(SERVICE_ID)),
                        new Case("services.update", SERVICE, "PATCH", servicePath(""), ch -> raw(ch).update(
                                        SERVICE_ID,
                                        UpdateServiceParams.builder().name("x").build())),
                        new Case("services.delete", null, "DELETE", servicePath(""), ch -> raw(ch).delete(SERVICE_ID)),
                        new Case("services.start", SERVICE, "PATCH", servicePath("/state"), ch -> raw(ch).start(
                                        SERVICE_ID)),
                        new Case("services.stop", SERVICE, "PATCH", servicePath("/state"), ch -> raw(ch).stop(
                                        SERVICE_ID)),
                        new Case("services.awake", SERVICE, "PATCH", servicePath("/state"), ch -> raw(ch).awake(
                                        SERVICE_ID)),
                        new Case(
                                "services.updateScaling",
                                SERVICE,
                                "PATCH",
                                servicePath("/scaling"),
                                ch -> raw(ch).updateScaling(
                                                SERVICE_ID,
                                                UpdateScalingParams.builder()
                                                        .numReplicas(3)
                                                        .build())),
                        new Case(
                                "services.updateReplicaScaling",
                                SERVICE,
                                "PATCH",
                                servicePath("/replicaScaling"),
                                ch -> raw(ch).updateReplicaScaling(
                                                SERVICE_ID,
                                                UpdateReplicaScalingParams.builder()
                                                        .minReplicaMemoryGb(16)
                                                        .build())),
                        new Case(
                                "services.resetPassword",
                                "{\"password\":\"g\"}",
                                "PATCH",
                                servicePath("/password"),
                                ch -> raw(ch).resetPassword(SERVICE_ID, ResetPasswordParams.generated())),
                        new Case(
                                "services.privateEndpointConfig",
                                "{}",
                                "GET",
                                servicePath("/privateEndpointConfig"),
                                ch -> raw(ch).privateEndpointConfig(SERVICE_ID)),
                        new Case(
                                "services.createPrivateEndpoint",
                                "{\"id\":\"vpce-1\"}",
                                "POST",
                                servicePath("/privateEndpoint"),
                                ch -> raw(ch).createPrivateEndpoint(
                                                SERVICE_ID,
                                                CreatePrivateEndpointParams.builder()
                                                        .id("vpce-1")
                                                        .build())),
                        new Case(
                                "services.queryEndpoint",
                                "{\"id\":\"qe-1\"}",
                                "GET",
                                servicePath("/serviceQueryEndpoint"),
                                ch -> raw(ch).queryEndpoint(SERVICE_ID)),
                        new Case(
                                "services.upsertQueryEndpoint",
                                "{\"id\":\"qe-1\"}",
                                "POST",
                                servicePath("/serviceQueryEndpoint"),
                                ch -> raw(ch).upsertQueryEndpoint(
                                                SERVICE_ID,
                                                UpsertQueryEndpointParams.builder()
                                                        .build())),
                        new Case(
                                "services.deleteQueryEndpoint",
                                null,
                                "DELETE",
                                servicePath("/serviceQueryEndpoint"),
                                ch -> raw(ch).deleteQueryEndpoint(SERVICE_ID)),
                        new Case(
                                "services.prometheusMetrics",
                                "\"m 1\"",
                                "GET",
                                servicePath("/prometheus"),
                                ch -> raw(ch).prometheusMetrics(SERVICE_ID, true)),
                        new Case("backups.list", "[]", "GET", servicePath("/backups"), ch -> backups(ch)
                                .list(SERVICE_ID)),
                        new Case(
                                "backups.get",
                                fixture("backup.json"),
                                "GET",
                                servicePath("/backups/" + BACKUP_ID),
                                ch -> backups(ch).get(SERVICE_ID, BACKUP_ID)),
                        new Case(
                                "backups.configuration",
                                "{}",
                                "GET",
                                servicePath("/backupConfiguration"),
                                ch -> backups(ch).configuration(SERVICE_ID)),
                        new Case(
                                "backups.updateConfiguration",
                                "{}",
                                "PATCH",
                                servicePath("/backupConfiguration"),
                                ch -> backups(ch)
                                        .updateConfiguration(
                                                SERVICE_ID,
                                                UpdateBackupConfigurationParams.builder()
                                                        .backupStartTime(Patch.ofNull())
                                                        .build())),
                        new Case(
                                "clickhouseSettings.list",
                                "{\"settings\":[]}",
                                "GET",
                                servicePath("/clickhouseSettings"),
                                ch -> settings(ch).list(SERVICE_ID)),
                        new Case(
                                "clickhouseSettings.update",
                                "{\"settings\":\"{}\"}",
                                "PATCH",
                                servicePath("/clickhouseSettings"),
                                ch -> settings(ch)
                                        .update(
                                                SERVICE_ID,
                                                UpdateClickHouseSettingsParams.builder()
                                                        .putSettings("compatibility", "24.8")
                                                        .build())),
                        new Case(
                                "clickhouseSettings.schema",
                                "{\"settings\":[]}",
                                "GET",
                                servicePath("/clickhouseSettings/schema"),
                                ch -> settings(ch).schema(SERVICE_ID)),
                        new Case(
                                "clickhouseSettings.get",
                                "{\"name\":\"compatibility\"}",
                                "GET",
                                servicePath("/clickhouseSettings/compatibility"),
                                ch -> settings(ch).get(SERVICE_ID, "compatibility")),
                        new Case(
                                "clickhouseSettings.delete",
                                null,
                                "DELETE",
                                servicePath("/clickhouseSettings/compatibility"),
                                ch -> settings(ch).delete(SERVICE_ID, "compatibility")),
                        new Case(
                                "scalingSchedule.get",
                                "{\"entries\":[]}",
                                "GET",
                                servicePath("/scalingSchedule"),
                                ch -> schedules(ch).get(SERVICE_ID)),
                        new Case(
                                "scalingSchedule.upsert",
                                "{\"entries\":[]}",
                                "POST",
                                servicePath("/scalingSchedule"),
                                ch -> schedules(ch)
                                        .upsert(
                                                SERVICE_ID,
                                                UpsertScalingScheduleParams.builder()
                                                        .build())),
                        new Case(
                                "scalingSchedule.delete",
                                null,
                                "DELETE",
                                servicePath("/scalingSchedule"),
                                ch -> schedules(ch).delete(SERVICE_ID)),
                        new Case("upgradeWindow.get", "{}", "GET", servicePath("/upgradeWindow"), ch -> windows(ch)
                                .get(SERVICE_ID)),
                        new Case("upgradeWindow.update", "{}", "PUT", servicePath("/upgradeWindow"), ch -> windows(ch)
                                .update(SERVICE_ID, UpdateUpgradeWindowParams.of(3, 12))),
                        new Case(
                                "upgradeWindow.delete", null, "DELETE", servicePath("/upgradeWindow"), ch -> windows(ch)
                                        .delete(SERVICE_ID)),
                        new Case("backupBucket.get", "{}", "GET", servicePath("/backupBucket"), ch -> buckets(ch)
                                .get(SERVICE_ID)),
                        new Case("backupBucket.create", "{}", "POST", servicePath("/backupBucket"), ch -> buckets(ch)
                                .create(SERVICE_ID, CreateBackupBucketParams.azure("c", "s"))),
                        new Case("backupBucket.update", "{}", "PATCH", servicePath("/backupBucket"), ch -> buckets(ch)
                                .update(
                                        SERVICE_ID,
                                        UpdateBackupBucketParams.builder()
                                                .bucketProvider(BucketProvider.AWS)
                                                .build())),
                        new Case("backupBucket.delete", null, "DELETE", servicePath("/backupBucket"), ch -> buckets(ch)
                                .delete(SERVICE_ID)),
                        new Case(
                                "clickStack.savedSearches.list",
                                "[]",
                                "GET",
                                servicePath("/clickstack/saved-searches"),
                                ch -> savedSearches(ch).list(SERVICE_ID)),
                        new Case(
                                "clickStack.savedSearches.create",
                                SAVED_SEARCH,
                                "POST",
                                servicePath("/clickstack/saved-searches"),
                                ch -> savedSearches(ch).create(SERVICE_ID, SEARCH_PARAMS)),
                        new Case(
                                "clickStack.savedSearches.get",
                                SAVED_SEARCH,
                                "GET",
                                servicePath("/clickstack/saved-searches/ss-1"),
                                ch -> savedSearches(ch).get(SERVICE_ID, "ss-1")),
                        new Case(
                                "clickStack.savedSearches.update",
                                SAVED_SEARCH,
                                "PUT",
                                servicePath("/clickstack/saved-searches/ss-1"),
                                ch -> savedSearches(ch).update(SERVICE_ID, "ss-1", SEARCH_PARAMS)),
                        new Case(
                                "clickStack.savedSearches.delete",
                                null,
                                "DELETE",
                                servicePath("/clickstack/saved-searches/ss-1"),
                                ch -> savedSearches(ch).delete(SERVICE_ID, "ss-1")),
                        new Case(
                                "clickStack.webhooks.list",
                                "[]",
                                "GET",
                                servicePath("/clickstack/webhooks"),
                                ch -> webhooks(ch).list(SERVICE_ID)),
                        new Case(
                                "clickStack.webhooks.create",
                                WEBHOOK,
                                "POST",
                                servicePath("/clickstack/webhooks"),
                                ch -> webhooks(ch).create(SERVICE_ID, WEBHOOK_PARAMS)),
                        new Case(
                                "clickStack.webhooks.update",
                                WEBHOOK,
                                "PUT",
                                servicePath("/clickstack/webhooks/wh-1"),
                                ch -> webhooks(ch).update(SERVICE_ID, "wh-1", WEBHOOK_PARAMS)),
                        new Case(
                                "clickStack.webhooks.delete",
                                null,
                                "DELETE",
                                servicePath("/clickstack/webhooks/wh-1"),
                                ch -> webhooks(ch).delete(SERVICE_ID, "wh-1")),
                        new Case(
                                "clickStack.roles.list",
                                "[]",
                                "GET",
                                servicePath("/clickstack/roles"),
                                ch -> clickStackRoles(ch).list(SERVICE_ID)),
                        new Case(
                                "clickStack.roles.create",
                                CLICKSTACK_ROLE,
                                "POST",
                                servicePath("/clickstack/roles"),
                                ch -> clickStackRoles(ch)
                                        .create(
                                                SERVICE_ID,
                                                ClickStackCreateRoleParams.builder()
                                                        .name("n")
                                                        .build())),
                        new Case(
                                "clickStack.roles.get",
                                CLICKSTACK_ROLE,
                                "GET",
                                servicePath("/clickstack/roles/csr-1"),
                                ch -> clickStackRoles(ch).get(SERVICE_ID, "csr-1")),
                        new Case(
                                "clickStack.roles.update",
                                CLICKSTACK_ROLE,
                                "PUT",
                                servicePath("/clickstack/roles/csr-1"),
                                ch -> clickStackRoles(ch)
                                        .update(
                                                SERVICE_ID,
                                                "csr-1",
                                                ClickStackUpdateRoleParams.builder()
                                                        .build())),
                        new Case(
                                "clickStack.roles.delete",
                                null,
                                "DELETE",
                                servicePath("/clickstack/roles/csr-1"),
                                ch -> clickStackRoles(ch).delete(SERVICE_ID, "csr-1")),
                        new Case(
                                "clickStack.sources.list",
                                "[]",
                                "GET",
                                servicePath("/clickstack/sources"),
                                ch -> sources(ch).list(SERVICE_ID)),
                        new Case(
                                "clickStack.sources.create",
                                SOURCE,
                                "POST",
                                servicePath("/clickstack/sources"),
                                ch -> sources(ch).create(SERVICE_ID, SOURCE_PARAMS)),
                        new Case(
                                "clickStack.sources.get",
                                SOURCE,
                                "GET",
                                servicePath("/clickstack/sources/src-1"),
                                ch -> sources(ch).get(SERVICE_ID, "src-1")),
                        new Case(
                                "clickStack.sources.update",
                                SOURCE,
                                "PUT",
                                servicePath("/clickstack/sources/src-1"),
                                ch -> sources(ch).update(SERVICE_ID, "src-1", SOURCE_PARAMS)),
                        new Case(
                                "clickStack.sources.delete",
                                null,
                                "DELETE",
                                servicePath("/clickstack/sources/src-1"),
                                ch -> sources(ch).delete(SERVICE_ID, "src-1")),
                        new Case("clickStack.alerts.list", "[]", "GET", servicePath("/clickstack/alerts"), ch -> alerts(
                                        ch)
                                .list(SERVICE_ID)),
                        new Case(
                                "clickStack.alerts.create",
                                ALERT,
                                "POST",
                                servicePath("/clickstack/alerts"),
                                ch -> alerts(ch).create(SERVICE_ID, ALERT_PARAMS)),
                        new Case(
                                "clickStack.alerts.get",
                                ALERT,
                                "GET",
                                servicePath("/clickstack/alerts/al-1"),
                                ch -> alerts(ch).get(SERVICE_ID, "al-1")),
                        new Case(
                                "clickStack.alerts.update",
                                ALERT,
                                "PUT",
                                servicePath("/clickstack/alerts/al-1"),
                                ch -> alerts(ch).update(SERVICE_ID, "al-1", ALERT_PARAMS)),
                        new Case(
                                "clickStack.alerts.delete",
                                null,
                                "DELETE",
                                servicePath("/clickstack/alerts/al-1"),
                                ch -> alerts(ch).delete(SERVICE_ID, "al-1")),
                        new Case(
                                "clickStack.dashboards.list",
                                "[]",
                                "GET",
                                servicePath("/clickstack/dashboards"),
                                ch -> dashboards(ch).list(SERVICE_ID)),
                        new Case(
                                "clickStack.dashboards.create",
                                DASHBOARD,
                                "POST",
                                servicePath("/clickstack/dashboards"),
                                ch -> dashboards(ch).create(SERVICE_ID, DASHBOARD_PARAMS)),
                        new Case(
                                "clickStack.dashboards.get",
                                DASHBOARD,
                                "GET",
                                servicePath("/clickstack/dashboards/db-1"),
                                ch -> dashboards(ch).get(SERVICE_ID, "db-1")),
                        new Case(
                                "clickStack.dashboards.update",
                                DASHBOARD,
                                "PUT",
                                servicePath("/clickstack/dashboards/db-1"),
                                ch -> dashboards(ch).update(SERVICE_ID, "db-1", DASHBOARD_PARAMS)),
                        new Case(
                                "clickStack.dashboards.delete",
                                null,
                                "DELETE",
                                servicePath("/clickstack/dashboards/db-1"),
                                ch -> dashboards(ch).delete(SERVICE_ID, "db-1")),
                        new Case(
                                "clickStack.dashboards.validate",
                                "{\"valid\":true}",
                                "POST",
                                servicePath("/clickstack/dashboards/validate"),
                                ch -> dashboards(ch).validate(SERVICE_ID, DASHBOARD_PARAMS)),
                        new Case("apiKeys.list", "[]", "GET", org("/keys"), ch -> keys(ch).list()),
                        new Case("apiKeys.get", "{\"id\":\"k-1\"}", "GET", org("/keys/k-1"), ch -> keys(ch).get("k-1")),
                        new Case("apiKeys.create", "{\"keySecret\":\"s\"}", "POST", org("/keys"), ch -> keys(ch).create(
                                        CreateApiKeyParams.builder().name("ci").build())),
                        new Case("apiKeys.update", "{\"id\":\"k-1\"}", "PATCH", org("/keys/k-1"), ch -> keys(ch).update(
                                        "k-1",
                                        UpdateApiKeyParams.builder().name("x").build())),
                        new Case("apiKeys.delete", null, "DELETE", org("/keys/k-1"), ch -> keys(ch).delete("k-1")),
                        new Case("members.list", "[]", "GET", org("/members"), ch -> members(ch)
                                .list()),
                        new Case("members.get", "{\"userId\":\"u-1\"}", "GET", org("/members/u-1"), ch -> members(ch)
                                .get("u-1")),
                        new Case("members.update", "{\"userId\":\"u-1\"}", "PATCH", org("/members/u-1"), ch -> members(
                                        ch)
                                .update(
                                        "u-1",
                                        UpdateMemberParams.builder()
                                                .assignedRoleIds(java.util.List.of("r-1"))
                                                .build())),
                        new Case("members.delete", null, "DELETE", org("/members/u-1"), ch -> members(ch)
                                .delete("u-1")),
                        new Case("invitations.list", "[]", "GET", org("/invitations"), ch -> invitations(ch)
                                .list()),
                        new Case(
                                "invitations.get",
                                "{\"id\":\"i-1\"}",
                                "GET",
                                org("/invitations/i-1"),
                                ch -> invitations(ch).get("i-1")),
                        new Case(
                                "invitations.create",
                                "{\"id\":\"i-1\"}",
                                "POST",
                                org("/invitations"),
                                ch -> invitations(ch)
                                        .create(CreateInvitationParams.builder()
                                                .email("a@example.com")
                                                .build())),
                        new Case("invitations.delete", null, "DELETE", org("/invitations/i-1"), ch -> invitations(ch)
                                .delete("i-1")),
                        new Case("activities.list", "[]", "GET", org("/activities"), ch -> activities(ch)
                                .list()),
                        new Case("activities.list(params)", "[]", "GET", org("/activities"), ch -> activities(ch)
                                .list(ListActivitiesParams.builder()
                                        .fromDate(java.time.Instant.EPOCH)
                                        .build())),
                        new Case("activities.get", "{\"id\":\"a-1\"}", "GET", org("/activities/a-1"), ch -> activities(
                                        ch)
                                .get("a-1")),
                        new Case("quotas.list", "[]", "GET", org("/quotas"), ch -> quotas(ch)
                                .list()),
                        new Case(
                                "quotas.get",
                                "{\"quotaCode\":\"replicas-per-warehouse\"}",
                                "GET",
                                org("/quotas/replicas-per-warehouse"),
                                ch -> quotas(ch).get(QuotaCode.REPLICAS_PER_WAREHOUSE)),
                        new Case(
                                "organizations.update",
                                fixture("organization.json"),
                                "PATCH",
                                org(""),
                                ch -> orgs(ch).update(UpdateOrganizationParams.builder()
                                        .name("x")
                                        .build())),
                        new Case("organizations.usageCost", "{}", "GET", org("/usageCost"), ch -> orgs(ch).usageCost(
                                        UsageCostParams.builder()
                                                .fromDate(java.time.LocalDate.EPOCH)
                                                .toDate(java.time.LocalDate.EPOCH)
                                                .build())),
                        new Case(
                                "organizations.prometheusMetrics",
                                "\"m 1\"",
                                "GET",
                                org("/prometheus"),
                                ch -> orgs(ch).prometheusMetrics(false)),
                        new Case("roles.list", "[]", "GET", org("/roles"), ch -> roles(ch)
                                .list()),
                        new Case("roles.get", "{\"id\":\"r-1\"}", "GET", org("/roles/r-1"), ch -> roles(ch)
                                .get("r-1")),
                        new Case("roles.create", "{\"id\":\"r-1\"}", "POST", org("/roles"), ch -> roles(ch)
                                .create(CreateRoleParams.builder().name("x").build())),
                        new Case("roles.update", "{\"id\":\"r-1\"}", "PATCH", org("/roles/r-1"), ch -> roles(ch)
                                .update(
                                        "r-1",
                                        UpdateRoleParams.builder().name("y").build())),
                        new Case("roles.delete", null, "DELETE", org("/roles/r-1"), ch -> roles(ch)
                                .delete("r-1")),
                        new Case("udfs.list", PAGE, "GET", org("/udfs"), ch -> udfs(ch).list()),
                        new Case("udfs.list(params)", PAGE, "GET", org("/udfs"), ch -> udfs(ch).list(
                                        UdfListParams.builder().limit(5).build())),
                        new Case("udfs.get", UDF, "GET", org("/udfs/f"), ch -> udfs(ch).get("f")),
                        new Case("udfs.create", UDF, "POST", org("/udfs"), ch -> udfs(ch).create("f", udfParams())),
                        new Case("udfs.delete", null, "DELETE", org("/udfs/f"), ch -> udfs(ch).delete("f")),
                        new Case(
                                "udfs.createUploadUrl",
                                "{\"uploadId\":\"u\",\"uploadUrl\":\"https://x\"}",
                                "POST",
                                org("/udfUploads/url"),
                                ch -> udfs(ch).createUploadUrl()),
                        new Case(
                                "udfs.createVersion",
                                UDF,
                                "POST",
                                org("/udfs/f/versions"),
                                ch -> udfs(ch).createVersion("f", udfParams())),
                        new Case("udfs.listVersions", PAGE, "GET", org("/udfs/f/versions"), ch -> udfs(ch).listVersions(
                                        "f")),
                        new Case(
                                "udfs.listVersions(params)",
                                PAGE,
                                "GET",
                                org("/udfs/f/versions"),
                                ch -> udfs(ch).listVersions(
                                                "f", UdfListParams.builder().build())),
                        new Case(
                                "udfs.deleteVersion",
                                null,
                                "DELETE",
                                org("/udfs/f/versions/3"),
                                ch -> udfs(ch).deleteVersion("f", 3)),
                        new Case(
                                "udfs.listAttachments",
                                PAGE,
                                "GET",
                                org("/udfs/f/attachments"),
                                ch -> udfs(ch).listAttachments("f")),
                        new Case(
                                "udfs.listAttachments(params)",
                                PAGE,
                                "GET",
                                org("/udfs/f/attachments"),
                                ch -> udfs(ch).listAttachments(
                                                "f", UdfListParams.builder().build())),
                        new Case(
                                "udfs.attach", ATTACHMENT, "PUT", org("/udfs/f/attachments/s-1"), ch -> udfs(ch).attach(
                                                "f", "s-1")),
                        new Case(
                                "udfs.attach(version)",
                                ATTACHMENT,
                                "PUT",
                                org("/udfs/f/attachments/s-1"),
                                ch -> udfs(ch).attach("f", "s-1", 2)),
                        new Case(
                                "udfs.getAttachment",
                                ATTACHMENT,
                                "GET",
                                org("/udfs/f/attachments/s-1"),
                                ch -> udfs(ch).getAttachment("f", "s-1")),
                        new Case("udfs.detach", null, "DELETE", org("/udfs/f/attachments/s-1"), ch -> udfs(ch).detach(
                                        "f", "s-1")),
                        new Case(
                                "byoc.create",
                                "{\"id\":\"b-1\"}",
                                "POST",
                                org("/byocInfrastructure"),
                                ch -> byoc(ch).create(CreateByocInfrastructureParams.builder()
                                        .build())),
                        new Case(
                                "byoc.update",
                                "{\"id\":\"b-1\"}",
                                "PATCH",
                                org("/byocInfrastructure/b-1"),
                                ch -> byoc(ch).update(
                                                "b-1",
                                                UpdateByocInfrastructureParams.builder()
                                                        .displayName("x")
                                                        .build())),
                        new Case("byoc.delete", null, "DELETE", org("/byocInfrastructure/b-1"), ch -> byoc(ch).delete(
                                        "b-1")),
                        new Case("organizations.list", "[]", "GET", "/v1/organizations", ch -> ch.organizations()
                                .withOptions(header("X-View", "resource"))
                                .withRawResponse()
                                .withOptions(header("X-Raw", "raw"))
                                .list()),
                        new Case(
                                "organizations.get",
                                fixture("organization.json"),
                                "GET",
                                "/v1/organizations/" + ORG,
                                ch -> ch.organizations()
                                        .withOptions(header("X-View", "resource"))
                                        .withRawResponse()
                                        .withOptions(header("X-Raw", "raw"))
                                        .get(ORG)))
                .map(Arguments::of);
    }

    private static RequestOptions header(String name, String value) {
        return RequestOptions.builder().header(name, value).build();
    }

    private static String org(String suffix) {
        return "/v1/organizations/" + ORG + suffix;
    }

    private static ApiKeys.WithRawResponse keys(ClickHouseCloudClient ch) {
        return ch.organizations()
                .apiKeys()
                .withOptions(header("X-View", "resource"))
                .withRawResponse()
                .withOptions(header("X-Raw", "raw"));
    }

    private static Members.WithRawResponse members(ClickHouseCloudClient ch) {
        return ch.organizations()
                .members()
                .withOptions(header("X-View", "resource"))
                .withRawResponse()
                .withOptions(header("X-Raw", "raw"));
    }

    private static Invitations.WithRawResponse invitations(ClickHouseCloudClient ch) {
        return ch.organizations()
                .invitations()
                .withOptions(header("X-View", "resource"))
                .withRawResponse()
                .withOptions(header("X-Raw", "raw"));
    }

    private static Activities.WithRawResponse activities(ClickHouseCloudClient ch) {
        return ch.organizations()
                .activities()
                .withOptions(header("X-View", "resource"))
                .withRawResponse()
                .withOptions(header("X-Raw", "raw"));
    }

    private static Quotas.WithRawResponse quotas(ClickHouseCloudClient ch) {
        return ch.organizations()
                .quotas()
                .withOptions(header("X-View", "resource"))
                .withRawResponse()
                .withOptions(header("X-Raw", "raw"));
    }

    private static Organizations.WithRawResponse orgs(ClickHouseCloudClient ch) {
        return ch.organizations()
                .withOptions(header("X-View", "resource"))
                .withRawResponse()
                .withOptions(header("X-Raw", "raw"));
    }

    private static ByocInfrastructures.WithRawResponse byoc(ClickHouseCloudClient ch) {
        return ch.organizations()
                .byocInfrastructure()
                .withOptions(header("X-View", "resource"))
                .withRawResponse()
                .withOptions(header("X-Raw", "raw"));
    }

    private static Udfs.WithRawResponse udfs(ClickHouseCloudClient ch) {
        return ch.organizations()
                .udfs()
                .withOptions(header("X-View", "resource"))
                .withRawResponse()
                .withOptions(header("X-Raw", "raw"));
    }

    private static UdfVersionParams udfParams() {
        return UdfVersionParams.builder()
                .uploadId("00000000-0000-0000-0000-000000000000")
                .runtime(UdfRuntime.NATIVE)
                .type(UdfType.EXECUTABLE)
                .returnType("String")
                .build();
    }

    private static Roles.WithRawResponse roles(ClickHouseCloudClient ch) {
        return ch.organizations()
                .roles()
                .withOptions(header("X-View", "resource"))
                .withRawResponse()
                .withOptions(header("X-Raw", "raw"));
    }

    private static Services.WithRawResponse raw(ClickHouseCloudClient ch) {
        return ch.services()
                .withOptions(header("X-View", "resource"))
                .withRawResponse()
                .withOptions(header("X-Raw", "raw"));
    }

    private static ClickHouseSettings.WithRawResponse settings(ClickHouseCloudClient ch) {
        return ch.services()
                .withOptions(header("X-View", "resource"))
                .clickhouseSettings()
                .withRawResponse()
                .withOptions(header("X-Raw", "raw"));
    }

    private static ScalingSchedules.WithRawResponse schedules(ClickHouseCloudClient ch) {
        return ch.services()
                .withOptions(header("X-View", "resource"))
                .scalingSchedule()
                .withRawResponse()
                .withOptions(header("X-Raw", "raw"));
    }

    private static UpgradeWindows.WithRawResponse windows(ClickHouseCloudClient ch) {
        return ch.services()
                .withOptions(header("X-View", "resource"))
                .upgradeWindow()
                .withRawResponse()
                .withOptions(header("X-Raw", "raw"));
    }

    private static BackupBuckets.WithRawResponse buckets(ClickHouseCloudClient ch) {
        return ch.services()
                .withOptions(header("X-View", "resource"))
                .backupBucket()
                .withRawResponse()
                .withOptions(header("X-Raw", "raw"));
    }

    private static ClickStackWebhooks.WithRawResponse webhooks(ClickHouseCloudClient ch) {
        return ch.services()
                .withOptions(header("X-View", "resource"))
                .clickStack()
                .webhooks()
                .withRawResponse()
                .withOptions(header("X-Raw", "raw"));
    }

    private static ClickStackRoles.WithRawResponse clickStackRoles(ClickHouseCloudClient ch) {
        return ch.services()
                .withOptions(header("X-View", "resource"))
                .clickStack()
                .roles()
                .withRawResponse()
                .withOptions(header("X-Raw", "raw"));
    }

    private static ClickStackSavedSearches.WithRawResponse savedSearches(ClickHouseCloudClient ch) {
        return ch.services()
                .withOptions(header("X-View", "resource"))
                .clickStack()
                .savedSearches()
                .withRawResponse()
                .withOptions(header("X-Raw", "raw"));
    }

    private static ClickStackSources.WithRawResponse sources(ClickHouseCloudClient ch) {
        return ch.services()
                .withOptions(header("X-View", "resource"))
                .clickStack()
                .sources()
                .withRawResponse()
                .withOptions(header("X-Raw", "raw"));
    }

    private static ClickStackAlerts.WithRawResponse alerts(ClickHouseCloudClient ch) {
        return ch.services()
                .withOptions(header("X-View", "resource"))
                .clickStack()
                .alerts()
                .withRawResponse()
                .withOptions(header("X-Raw", "raw"));
    }

    private static ClickStackDashboards.WithRawResponse dashboards(ClickHouseCloudClient ch) {
        return ch.services()
                .withOptions(header("X-View", "resource"))
                .clickStack()
                .dashboards()
                .withRawResponse()
                .withOptions(header("X-Raw", "raw"));
    }

    private static Backups.WithRawResponse backups(ClickHouseCloudClient ch) {
        return ch.backups()
                .withOptions(header("X-View", "resource"))
                .withRawResponse()
                .withOptions(header("X-Raw", "raw"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void sendsExactlyOneRequestWithTheViewsOptions(Case c) throws Exception {
        for (int i = 0; i < 3; i++) {
            server.enqueue(answer(200, c.result()));
        }
        ApiResponse<?> response = c.call().apply(ch);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(server.getRequestCount()).isEqualTo(1);
        RecordedRequest request = cloud.expect(c.method(), c.path());
        assertThat(request.getHeaders().get("X-View")).isEqualTo("resource");
        assertThat(request.getHeaders().get("X-Raw")).isEqualTo("raw");
    }

    /**
     * The table above lists every method of every raw view of this package, so a raw method added without a row
     * fails here: each method's name ends some row's name ({@code services.get}, {@code services.list(params)}),
     * and there are as many rows as methods.
     */
    @Test
    void theTableListsEveryMethodOfEveryRawView() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(Services.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<Method> methods = new ArrayList<>();
        try (Stream<Path> files = Files.list(classes.resolve("dev/dbcloud/clickhouse"))) {
            for (Path file : files.filter(p -> p.getFileName().toString().endsWith("$WithRawResponse.class"))
                    .sorted()
                    .toList()) {
                String name = file.getFileName().toString();
                Class<?> view = Class.forName("dev.dbcloud.clickhouse." + name.substring(0, name.length() - 6));
                for (Method method : view.getDeclaredMethods()) {
                    if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()) {
                        methods.add(method);
                    }
                }
            }
        }
        List<String> rows =
                cases().map(arguments -> arguments.get()[0].toString()).toList();
        assertThat(methods).isNotEmpty().allSatisfy(method -> assertThat(rows)
                .as("a row for %s.%s", method.getDeclaringClass().getName(), method.getName())
                .anyMatch(row -> row.endsWith("." + method.getName()) || row.contains("." + method.getName() + "(")));
        assertThat(rows).hasSameSizeAs(methods);
    }
}
