package dev.dbcloud.clickhouse;

import static dev.dbcloud.clickhouse.Cloud.ORG;
import static dev.dbcloud.clickhouse.Cloud.body;
import static dev.dbcloud.clickhouse.Cloud.fixture;
import static dev.dbcloud.clickhouse.Cloud.notFound;
import static dev.dbcloud.clickhouse.Cloud.ok;
import static dev.dbcloud.clickhouse.Cloud.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.core.errors.NotFoundException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * The organization's own operations: update, usage cost, Prometheus metrics, activities and (beta) quotas; what
 * each sends and reads, and which parameters are refused before sending.
 */
class OrganizationAdministrationTest extends ClientTest {
    private static final String ORG_PATH = "/v1/organizations/" + ORG;

    @Test
    @SuppressWarnings("deprecation") // OrganizationPrivateEndpointChanges.add: deprecated by the API, still sent
    void updateSendsOnlyWhatWasSet() throws Exception {
        server.enqueue(ok(fixture("organization.json")));
        server.enqueue(ok(fixture("organization.json")));
        Organization updated = ch.organizations()
                .update(UpdateOrganizationParams.builder()
                        .name("Acme")
                        .enableCoreDumps(false)
                        .build());
        ch.organizations()
                .update(UpdateOrganizationParams.builder()
                        .privateEndpoints(OrganizationPrivateEndpointChanges.builder()
                                .addRemove(PrivateEndpoint.builder()
                                        .id("vpce-0123456789abcdef0")
                                        .cloudProvider(CloudProvider.AWS)
                                        .region(CloudRegion.US_EAST_1)
                                        .build())
                                .addAdd(PrivateEndpoint.builder()
                                        .id("vpce-1")
                                        .description("new")
                                        .build())
                                .build())
                        .build());
        assertThat(updated.name()).contains("Acme");
        RecordedRequest request = cloud.expect("PATCH", ORG_PATH);
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(body(request)).isEqualTo(tree("{\"name\":\"Acme\",\"enableCoreDumps\":false}"));
        assertThat(body(cloud.expect("PATCH", ORG_PATH)))
                .isEqualTo(tree("{\"privateEndpoints\":{\"add\":[{\"id\":\"vpce-1\",\"description\":\"new\"}],"
                        + "\"remove\":[{\"id\":\"vpce-0123456789abcdef0\",\"cloudProvider\":\"aws\","
                        + "\"region\":\"us-east-1\"}]}}"));
    }

    @Test
    void anEmptyUpdateSendsAnEmptyObject() throws Exception {
        server.enqueue(ok(fixture("organization.json")));
        ch.organizations().update(UpdateOrganizationParams.builder().build());
        assertThat(body(cloud.expect("PATCH", ORG_PATH))).isEqualTo(tree("{}"));
    }

    @Test
    void usageCostSendsThePeriodAndTagFiltersAndReadsEveryField() throws Exception {
        server.enqueue(ok("{\"grandTotalCHC\":1234.5678,\"costs\":[{\"dataWarehouseId\":\"dw-1\","
                + "\"serviceId\":null,\"date\":\"2024-12-19\",\"entityType\":\"datawarehouse\",\"entityId\":\"dw-1\","
                + "\"entityName\":\"main\",\"metrics\":{\"storageCHC\":1.25,\"backupCHC\":0.5},\"totalCHC\":1.75,"
                + "\"locked\":true},{\"dataWarehouseId\":\"dw-1\",\"serviceId\":\"s-1\",\"date\":\"2024-12-20\","
                + "\"entityType\":\"service\",\"entityId\":\"s-1\",\"metrics\":{\"computeCHC\":10,"
                + "\"publicDataTransferCHC\":0.01,\"interRegionTier1DataTransferCHC\":0.1,"
                + "\"interRegionTier2DataTransferCHC\":0.2,\"interRegionTier3DataTransferCHC\":0.3,"
                + "\"interRegionTier4DataTransferCHC\":0.4},\"totalCHC\":11.01,\"locked\":false},"
                + "{\"entityType\":\"gpu\",\"metrics\":{\"dataTransferCHC\":2,\"initialLoadCHC\":3}}]}"));
        // The specification's example filter: tag:Environment=Production, tag:Department=Engineering, tag:isActive
        UsageCost cost = ch.organizations()
                .usageCost(UsageCostParams.builder()
                        .fromDate(LocalDate.parse("2024-12-19"))
                        .toDate(LocalDate.parse("2024-12-20"))
                        .putTags("Environment", "Production")
                        .putTags("Department", "Engineering")
                        .addTagKeys("isActive")
                        .build());
        RecordedRequest request = cloud.expect("GET", ORG_PATH + "/usageCost");
        assertThat(request.getUrl().query())
                .isEqualTo("from_date=2024-12-19&to_date=2024-12-20&filter=tag:Environment=Production"
                        + "&filter=tag:Department=Engineering&filter=tag:isActive");
        assertThat(request.getBody()).isNull();

        assertThat(cost.grandTotalCHC()).contains(new BigDecimal("1234.5678"));
        UsageCostRecord warehouse = cost.costs().get(0);
        assertThat(warehouse.dataWarehouseId()).contains("dw-1");
        assertThat(warehouse.serviceId()).isEmpty();
        assertThat(warehouse.date()).contains(LocalDate.parse("2024-12-19"));
        assertThat(warehouse.entityType()).contains(UsageEntityType.DATAWAREHOUSE);
        assertThat(warehouse.entityId()).contains("dw-1");
        assertThat(warehouse.entityName()).contains("main");
        assertThat(warehouse.totalCHC()).contains(new BigDecimal("1.75"));
        assertThat(warehouse.locked()).contains(true);
        UsageCostMetrics storage = warehouse.metrics().orElseThrow();
        assertThat(storage.storageCHC()).contains(new BigDecimal("1.25"));
        assertThat(storage.backupCHC()).contains(new BigDecimal("0.5"));
        assertThat(storage.computeCHC()).isEmpty();
        UsageCostMetrics service = cost.costs().get(1).metrics().orElseThrow();
        assertThat(cost.costs().get(1).entityType()).contains(UsageEntityType.SERVICE);
        assertThat(service.computeCHC()).contains(new BigDecimal("10"));
        assertThat(service.publicDataTransferCHC()).contains(new BigDecimal("0.01"));
        assertThat(service.interRegionTier1DataTransferCHC()).contains(new BigDecimal("0.1"));
        assertThat(service.interRegionTier2DataTransferCHC()).contains(new BigDecimal("0.2"));
        assertThat(service.interRegionTier3DataTransferCHC()).contains(new BigDecimal("0.3"));
        assertThat(service.interRegionTier4DataTransferCHC()).contains(new BigDecimal("0.4"));
        UsageCostRecord unknown = cost.costs().get(2);
        assertThat(unknown.entityType().orElseThrow().isKnown()).isFalse();
        assertThat(unknown.metrics().orElseThrow().dataTransferCHC()).contains(new BigDecimal("2"));
        assertThat(unknown.metrics().orElseThrow().initialLoadCHC()).contains(new BigDecimal("3"));
    }

    @Test
    void usageCostPeriodIsAtMost31Days() {
        UsageCostParams longest = UsageCostParams.builder()
                .fromDate(LocalDate.parse("2026-01-01"))
                .toDate(LocalDate.parse("2026-01-31"))
                .build();
        assertThat(longest.toDate()).isEqualTo(LocalDate.parse("2026-01-31"));
        assertThatThrownBy(() -> UsageCostParams.builder()
                        .fromDate(LocalDate.parse("2026-01-01"))
                        .toDate(LocalDate.parse("2026-02-01"))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("toDate must be at most 30 days after fromDate")
                .hasMessageContaining("is 31 days after");
        assertThatThrownBy(() -> UsageCostParams.builder()
                        .fromDate(LocalDate.parse("2026-01-01"))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("toDate");
        assertThatThrownBy(() -> UsageCostParams.builder()
                        .fromDate(LocalDate.parse("2026-01-01"))
                        .toDate(LocalDate.parse("2026-01-02"))
                        .addTagKeys("")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tag key must not be empty");
        assertThatThrownBy(() -> ch.organizations().usageCost(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("params");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void prometheusMetricsAreText() throws Exception {
        String metrics = "# HELP ClickHouseProfileEvents_Query Number of queries\n"
                + "ClickHouseProfileEvents_Query{clickhouse_org=\"" + ORG + "\"} 42\n";
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "text/plain; charset=utf-8")
                .body(metrics)
                .build());
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "text/plain")
                .body("")
                .build());
        assertThat(ch.organizations().prometheusMetrics(true)).isEqualTo(metrics);
        assertThat(ch.organizations().prometheusMetrics(false)).isEmpty();
        assertThat(cloud.expect("GET", ORG_PATH + "/prometheus").getUrl().query())
                .isEqualTo("filtered_metrics=true");
        assertThat(cloud.expect("GET", ORG_PATH + "/prometheus").getUrl().query())
                .isEqualTo("filtered_metrics=false");
    }

    @Test
    void activitiesListWithAndWithoutAPeriodAndGet() throws Exception {
        String activity = "{\"id\":\"act-0123456789abcdefghij\",\"createdAt\":\"2026-03-02T10:15:00Z\","
                + "\"type\":\"openapi_key_update\",\"actorType\":\"api\",\"actorId\":\"k-1\","
                + "\"actorDetails\":\"ci key\",\"actorIpAddress\":\"203.0.113.7\",\"organizationId\":\"" + ORG + "\","
                + "\"serviceId\":\"s-1\",\"userAgent\":\"dbcloud-java\",\"targetKeyId\":\"k-2\","
                + "\"keyUpdateType\":\"state-changed\"}";
        server.enqueue(ok("[" + activity + "]"));
        server.enqueue(ok("[]"));
        server.enqueue(ok(activity));
        List<Activity> activities = ch.organizations()
                .activities()
                .list(ListActivitiesParams.builder()
                        .fromDate(Instant.parse("2026-03-01T00:00:00Z"))
                        .toDate(Instant.parse("2026-03-31T23:59:59Z"))
                        .build());
        assertThat(ch.organizations().activities().list()).isEmpty();
        Activity read = ch.organizations().activities().get("act-0123456789abcdefghij");
        assertThat(activities).containsExactly(read);
        assertThat(read.id()).isEqualTo("act-0123456789abcdefghij");
        assertThat(read.createdAt()).contains(Instant.parse("2026-03-02T10:15:00Z"));
        assertThat(read.type()).contains(ActivityType.OPENAPI_KEY_UPDATE);
        assertThat(read.actorType()).contains(ActorType.API);
        assertThat(read.actorId()).contains("k-1");
        assertThat(read.actorDetails()).contains("ci key");
        assertThat(read.actorIpAddress()).contains("203.0.113.7");
        assertThat(read.organizationId()).contains(ORG);
        assertThat(read.serviceId()).contains("s-1");
        assertThat(read.userAgent()).contains("dbcloud-java");
        assertThat(read.targetKeyId()).contains("k-2");
        assertThat(read.keyUpdateType()).contains(KeyUpdateType.STATE_CHANGED);

        assertThat(cloud.expect("GET", ORG_PATH + "/activities").getUrl().query())
                .isEqualTo("from_date=2026-03-01T00:00:00Z&to_date=2026-03-31T23:59:59Z");
        assertThat(cloud.expect("GET", ORG_PATH + "/activities").getUrl().query())
                .isNull();
        assertThat(cloud.expect("GET", ORG_PATH + "/activities/act-0123456789abcdefghij")
                        .getUrl()
                        .query())
                .isNull();
    }

    @Test
    void activitiesReadTolerantly() {
        server.enqueue(ok("[{\"id\":\"a-1\",\"type\":\"service_teleport\",\"actorType\":\"robot\",\"extra\":1}]"));
        Activity activity = ch.organizations().activities().list().get(0);
        assertThat(activity.type().orElseThrow().value()).isEqualTo("service_teleport");
        assertThat(activity.type().orElseThrow().isKnown()).isFalse();
        assertThat(activity.actorType()).contains(ActorType.of("robot"));
        assertThat(activity.keyUpdateType()).isEmpty();
        assertThatThrownBy(() -> ch.organizations().activities().get(""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("activityId");
    }

    @Test
    void quotasListAndGetUsingTheSpecificationsExample() throws Exception {
        // OrganizationQuota's property examples in the specification
        String quota = "{\"quotaCode\":\"services-per-organization\",\"name\":\"Services per organization\","
                + "\"description\":\"Maximum number of services\",\"scope\":\"organization\",\"value\":20,"
                + "\"usage\":3,\"adjustable\":true}";
        server.enqueue(ok("[" + quota + ",{\"quotaCode\":\"gpus-per-warehouse\",\"scope\":\"gpu\"}]"));
        server.enqueue(ok(quota));
        server.enqueue(notFound());
        List<Quota> quotas = ch.organizations().quotas().list();
        Quota services = ch.organizations().quotas().get(QuotaCode.SERVICES_PER_ORGANIZATION);
        assertThat(quotas.get(0)).isEqualTo(services);
        assertThat(services.quotaCode()).isEqualTo(QuotaCode.SERVICES_PER_ORGANIZATION);
        assertThat(services.name()).contains("Services per organization");
        assertThat(services.description()).contains("Maximum number of services");
        assertThat(services.scope()).contains(QuotaScope.ORGANIZATION);
        assertThat(services.value()).contains(20L);
        assertThat(services.usage()).contains(3L);
        assertThat(services.adjustable()).contains(true);
        Quota unknown = quotas.get(1);
        assertThat(unknown.quotaCode().isKnown()).isFalse();
        assertThat(unknown.scope().orElseThrow().value()).isEqualTo("gpu");
        assertThat(unknown.usage()).isEmpty();
        assertThatThrownBy(() -> ch.organizations().quotas().get(QuotaCode.of("gpus-per-warehouse")))
                .isInstanceOf(NotFoundException.class);

        assertThat(cloud.expect("GET", ORG_PATH + "/quotas").getBody()).isNull();
        cloud.expect("GET", ORG_PATH + "/quotas/services-per-organization");
        cloud.expect("GET", ORG_PATH + "/quotas/gpus-per-warehouse");
        assertThatThrownBy(() -> ch.organizations().quotas().get(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("quotaCode");
    }
}
