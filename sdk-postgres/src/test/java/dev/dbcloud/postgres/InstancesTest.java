package dev.dbcloud.postgres;

import static dev.dbcloud.postgres.Pg.ID;
import static dev.dbcloud.postgres.Pg.body;
import static dev.dbcloud.postgres.Pg.fixture;
import static dev.dbcloud.postgres.Pg.instancePath;
import static dev.dbcloud.postgres.Pg.ok;
import static dev.dbcloud.postgres.Pg.path;
import static dev.dbcloud.postgres.Pg.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.clickhouse.CloudProvider;
import dev.dbcloud.clickhouse.CloudRegion;
import dev.dbcloud.clickhouse.ResetPasswordResult;
import dev.dbcloud.clickhouse.Tag;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.SortOrder;
import dev.dbcloud.core.errors.ApiDecodingException;
import java.time.Instant;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class InstancesTest extends ClientTest {
    @Test
    void listReadsItemsWithoutHostOrCredentials() throws Exception {
        server.enqueue(ok(fixture("instance-list.json")));
        List<PostgresInstance> list = client.instances().list();
        RecordedRequest request = pg.expect("GET", path(""));
        assertThat(request.getUrl().querySize()).isZero();
        assertThat(list).extracting(PostgresInstance::id).containsExactly(ID, "0c8a1f2e-5b6d-4e7f-8a9b-0c1d2e3f4a5b");
        assertThat(list.get(0).storageSize()).contains(118);
        assertThat(list.get(0).hostname()).isEmpty();
        assertThat(list.get(0).password()).isEmpty();
        assertThat(list.get(1).storageSize()).isEmpty();
        assertThat(list.get(1).state()).isEqualTo(InstanceState.REPLAYING_WAL);
        assertThat(list.get(1).isPrimary()).contains(false);
        assertThat(list.get(1).tags()).isEmpty();
    }

    @Test
    void createSendsTheSeedsBodyAndReturnsTheOneTimeCredentials() throws Exception {
        server.enqueue(ok(fixture("instance-created.json")));
        PostgresInstance created = client.instances()
                .create(CreateInstanceParams.builder()
                        .name("my postgres")
                        .region(CloudRegion.US_WEST_2)
                        .size(InstanceSize.R8GD_LARGE)
                        .postgresVersion(PostgresVersion.V18)
                        .build());
        RecordedRequest request = pg.expect("POST", path(""));
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(body(request))
                .isEqualTo(tree("{\"name\":\"my postgres\",\"provider\":\"aws\",\"region\":\"us-west-2\","
                        + "\"postgresVersion\":\"18\",\"size\":\"r8gd.large\"}"));
        assertThat(created.id()).isEqualTo("pg7myrd1j06p3gx4zrm2ze8qz6");
        assertThat(created.state()).isEqualTo(InstanceState.CREATING);
        assertThat(created.provider()).contains(CloudProvider.AWS);
        assertThat(created.region()).contains(CloudRegion.US_WEST_2);
        assertThat(created.postgresVersion()).contains(PostgresVersion.V18);
        assertThat(created.size()).contains(InstanceSize.R8GD_LARGE);
        assertThat(created.haType()).contains(HaType.NONE);
        assertThat(created.storageSize()).contains(118);
        assertThat(created.createdAt()).isEmpty();
        assertThat(created.username()).contains("postgres");
        assertThat(created.password()).contains("vV6cfEr2p_-TzkCDrZOx");
        assertThat(created.connectionString()).hasValueSatisfying(s -> assertThat(s)
                .startsWith("postgres://postgres:vV6cfEr2p_-TzkCDrZOx@my-postgres-6d8d2e3e.")
                .endsWith(":5432/postgres?channel_binding=require"));
        assertThat(created.toString())
                .doesNotContain("vV6cfEr2p_-TzkCDrZOx")
                .contains("password=****")
                .contains("connectionString=****");
    }

    @Test
    void createWithEveryOptionalField() throws Exception {
        server.enqueue(ok(fixture("instance-created.json")));
        client.instances()
                .withOptions(RequestOptions.builder().header("X-Trace", "t-1").build())
                .create(CreateInstanceParams.builder()
                        .name("orders")
                        .provider(CloudProvider.AWS)
                        .region(CloudRegion.of("eu-west-2"))
                        .size(InstanceSize.of("m8gd.xlarge"))
                        .postgresVersion(PostgresVersion.V17)
                        .haType(HaType.SYNC)
                        .addTags(Tag.builder().key("env").value("prod").build())
                        .pgConfig(PgConfig.builder()
                                .maxConnections(500)
                                .workMem("8MB")
                                .randomPageCost(1.1)
                                .build())
                        .putPgBouncerConfig("pool_mode", "transaction")
                        .build());
        RecordedRequest request = pg.expect("POST", path(""));
        assertThat(request.getHeaders().get("X-Trace")).isEqualTo("t-1");
        assertThat(body(request))
                .isEqualTo(tree("{\"name\":\"orders\",\"provider\":\"aws\",\"region\":\"eu-west-2\","
                        + "\"size\":\"m8gd.xlarge\",\"postgresVersion\":\"17\",\"haType\":\"sync\","
                        + "\"tags\":[{\"key\":\"env\",\"value\":\"prod\"}],"
                        + "\"pgConfig\":{\"max_connections\":\"500\",\"work_mem\":\"8MB\",\"random_page_cost\":\"1.1\"},"
                        + "\"pgBouncerConfig\":{\"pool_mode\":\"transaction\"}}"));
    }

    @Test
    void getReadsEveryField() throws Exception {
        server.enqueue(ok(fixture("instance.json")));
        PostgresInstance i = client.instances().get(ID);
        pg.expect("GET", instancePath(""));
        assertThat(i.name()).contains("orders");
        assertThat(i.haType()).contains(HaType.ASYNC);
        assertThat(i.postgresVersion()).contains(PostgresVersion.V17);
        assertThat(i.createdAt()).contains(Instant.parse("2026-03-26T20:51:16.384Z"));
        assertThat(i.tags())
                .containsExactly(
                        Tag.builder().key("Environment").value("production").build(),
                        Tag.builder().key("team").value("payments").build());
        assertThat(i.hostname()).hasValueSatisfying(h -> assertThat(h).startsWith("orders-"));
        assertThat(i.isPrimary()).contains(true);
        assertThat(i.password()).isEmpty();
        assertThat(i.connectionString()).isEmpty();
    }

    @Test
    void updateThatSetsTagsSendsOnlyThePatch() throws Exception {
        server.enqueue(ok(fixture("instance-patched.json")));
        PostgresInstance patched = client.instances()
                .update(
                        ID,
                        UpdateInstanceParams.builder()
                                .tags(List.of(Tag.builder()
                                        .key("Environment")
                                        .value("production")
                                        .build()))
                                .build());
        assertThat(body(pg.expect("PATCH", instancePath(""))))
                .isEqualTo(tree("{\"tags\": [{\"key\": \"Environment\", \"value\": \"production\"}]}"));
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(patched.tags()).extracting(Tag::key).containsExactly("Environment");
        assertThat(patched.password()).isEmpty();
    }

    @Test
    void updateWithAnEmptyTagListClearsThemInOneRequest() throws Exception {
        server.enqueue(ok(fixture("instance-patched.json")));
        client.instances()
                .update(
                        ID,
                        UpdateInstanceParams.builder()
                                .name("orders-eu")
                                .tags(List.of())
                                .build());
        assertThat(body(pg.expect("PATCH", instancePath("")))).isEqualTo(tree("{\"name\":\"orders-eu\",\"tags\":[]}"));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void deleteAcceptsTheEnvelopeWithoutResult() throws Exception {
        server.enqueue(Pg.okEmpty());
        client.instances().delete(ID);
        pg.expect("DELETE", instancePath(""));
    }

    @Test
    void stateCommands() throws Exception {
        server.enqueue(Pg.instanceIn("restarting"));
        server.enqueue(Pg.instanceIn("running"));
        server.enqueue(Pg.instanceIn("running"));
        assertThat(client.instances().restart(ID).state()).isEqualTo(InstanceState.RESTARTING);
        client.instances().promote(ID);
        client.instances().switchover(ID);
        for (String command : List.of("restart", "promote", "switchover")) {
            assertThat(body(pg.expect("PATCH", instancePath("/state"))))
                    .isEqualTo(tree("{\"command\":\"" + command + "\"}"));
        }
    }

    @Test
    void resetPasswordGeneratedReturnsItRedacted() throws Exception {
        server.enqueue(ok("{\"password\":\"Gen3rated-Pa55word\"}"));
        ResetPasswordResult result = client.instances().resetPassword(ID, ResetPasswordParams.generated());
        assertThat(body(pg.expect("PATCH", instancePath("/password")))).isEqualTo(tree("{}"));
        assertThat(result.password()).contains("Gen3rated-Pa55word");
        assertThat(result.toString()).doesNotContain("Gen3rated").contains("****");
    }

    @Test
    void resetPasswordChosenSendsItAndGetsNoneBack() throws Exception {
        server.enqueue(ok("{}"));
        ResetPasswordParams params = ResetPasswordParams.of("Chosen-Passw0rd");
        assertThat(params.toString()).doesNotContain("Chosen").contains("****");
        ResetPasswordResult result = client.instances().resetPassword(ID, params);
        assertThat(body(pg.expect("PATCH", instancePath("/password"))))
                .isEqualTo(tree("{\"password\":\"Chosen-Passw0rd\"}"));
        assertThat(result.password()).isEmpty();
    }

    @Test
    void resetPasswordAnsweredWithABareStringFailsToDecode() {
        server.enqueue(ok("\"Gen3rated-Pa55word\""));
        assertThatThrownBy(() -> client.instances().resetPassword(ID, ResetPasswordParams.generated()))
                .as("the result is an object {password}: a bare string is not a password")
                .isExactlyInstanceOf(ApiDecodingException.class)
                .hasMessageStartingWith("PATCH " + instancePath("/password") + ": ")
                .hasMessageContaining("request id a5957990-dbe5-46fd-b5ce-a7f8f79e50fe")
                .satisfies(e -> assertThat(((ApiDecodingException) e).requestId())
                        .contains("a5957990-dbe5-46fd-b5ce-a7f8f79e50fe"))
                .as("the answer of a password reset may hold a password in any shape: its body is never shown")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Gen3rated"))
                .satisfies(e -> assertThat(((ApiDecodingException) e).bodyExcerpt())
                        .doesNotContain("Gen3rated")
                        .contains("withheld"));
    }

    @Test
    void createReadReplicaWithoutRetry() throws Exception {
        server.enqueue(ok(fixture("instance.json")
                .replace("\"isPrimary\": true", "\"isPrimary\": false")
                .replace("\"running\"", "\"creating\"")));
        PostgresInstance replica = client.instances()
                .createReadReplica(
                        ID,
                        CreateReadReplicaParams.builder()
                                .name("orders-replica")
                                .addTags(Tag.builder()
                                        .key("role")
                                        .value("replica")
                                        .build())
                                .pgConfig(PgConfig.builder().maxConnections(50).build())
                                .build());
        assertThat(body(pg.expect("POST", instancePath("/readReplica"))))
                .isEqualTo(tree("{\"name\":\"orders-replica\",\"tags\":[{\"key\":\"role\",\"value\":\"replica\"}],"
                        + "\"pgConfig\":{\"max_connections\":\"50\"}}"));
        assertThat(replica.isPrimary()).contains(false);
        assertThat(replica.state()).isEqualTo(InstanceState.CREATING);
    }

    @Test
    void restoreWritesTheTargetInRfc3339Utc() throws Exception {
        server.enqueue(Pg.instanceIn("restoring_backup"));
        PostgresInstance restored = client.instances()
                .restore(
                        ID,
                        RestoreInstanceParams.builder()
                                .name("orders-restored")
                                .restoreTarget(Instant.parse("2026-03-31T20:17:37.987654321+02:00"))
                                .putPgBouncerConfig("default_pool_size", "16")
                                .build());
        assertThat(body(pg.expect("POST", instancePath("/restoredService"))))
                .isEqualTo(tree("{\"name\":\"orders-restored\",\"restoreTarget\":\"2026-03-31T18:17:37Z\","
                        + "\"pgBouncerConfig\":{\"default_pool_size\":\"16\"}}"));
        assertThat(restored.state()).isEqualTo(InstanceState.RESTORING_BACKUP);
    }

    @Test
    void caCertificatesArePemText() throws Exception {
        server.enqueue(new mockwebserver3.MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "application/x-pem-file")
                .setHeader("Content-Disposition", "attachment; filename=\"postgres-ca-certificate.pem\"")
                .body(fixture("ca.pem"))
                .build());
        String pem = client.instances().caCertificates(ID);
        pg.expect("GET", instancePath("/caCertificates"));
        assertThat(pem).isEqualTo(fixture("ca.pem")).startsWith("-----BEGIN CERTIFICATE-----");
    }

    @Test
    void metricsSendTheWindowAndReadTheSeries() throws Exception {
        server.enqueue(ok(fixture("metrics.json")));
        InstanceMetrics metrics = client.instances()
                .metrics(
                        ID,
                        MetricsParams.builder()
                                .fromDate(Instant.parse("2026-03-26T20:00:00.500Z"))
                                .toDate(Instant.parse("2026-03-26T21:00:00.000001Z"))
                                .bucketSizeSeconds(60)
                                .build());
        RecordedRequest request = pg.expect("GET", instancePath("/metrics"));
        assertThat(request.getUrl().queryParameter("from_date")).isEqualTo("2026-03-26T20:00:00Z");
        assertThat(request.getUrl().queryParameter("to_date")).isEqualTo("2026-03-26T21:00:00Z");
        assertThat(request.getUrl().queryParameter("bucket_size_seconds")).isEqualTo("60");
        assertThat(metrics.metrics()).extracting(Metric::key).containsExactly("cpu_usage", "connection_count");
        Metric cpu = metrics.metric("cpu_usage").orElseThrow();
        assertThat(cpu.unit()).contains("%");
        assertThat(cpu.name()).contains("CPU usage");
        assertThat(cpu.description()).isPresent();
        assertThat(cpu.series()).extracting(MetricSeries::label).containsExactly("user", "system");
        MetricDataPoint first = cpu.series().get(0).dataPoints().get(0);
        assertThat(first.timestamp()).isEqualTo(Instant.ofEpochSecond(1774555200L));
        assertThat(first.value()).hasValue(12.5);
        assertThat(cpu.series().get(0).dataPoints().get(1).value()).hasValue(14.0);
        List<MetricDataPoint> system = cpu.series().get(1).dataPoints();
        assertThat(system)
                .extracting(MetricDataPoint::timestamp)
                .containsExactly(
                        Instant.ofEpochSecond(1774555200L),
                        Instant.ofEpochSecond(1774555260L),
                        Instant.ofEpochSecond(1774555320L));
        assertThat(system.get(0).value()).hasValue(3.25);
        assertThat(system.get(1).value()).isEmpty();
        assertThat(system.get(2).value()).isEmpty();
        assertThat(metrics.metric("nope")).isEmpty();
    }

    @Test
    void metricsWithoutBucketSizeSendNoBucketParameter() throws Exception {
        server.enqueue(ok("{\"metrics\":[]}"));
        client.instances()
                .metrics(
                        ID,
                        MetricsParams.builder()
                                .fromDate(Instant.parse("2026-03-26T20:00:00Z"))
                                .toDate(Instant.parse("2026-03-26T21:00:00Z"))
                                .build());
        assertThat(pg.expect("GET", instancePath("/metrics")).getUrl().queryParameterNames())
                .containsExactlyInAnyOrder("from_date", "to_date");
    }

    @Test
    void slowQueryPatternsSendEveryFilter() throws Exception {
        server.enqueue(ok(fixture("slow-query-patterns.json")));
        List<SlowQueryPattern> patterns = client.instances()
                .slowQueryPatterns(
                        ID,
                        ListSlowQueryPatternsParams.builder()
                                .fromDate(Instant.parse("2026-03-30T00:00:00.999Z"))
                                .toDate(Instant.parse("2026-03-31T00:00:00.1Z"))
                                .dbName("postgres")
                                .dbUser("app")
                                .dbOperation("SELECT")
                                .app("checkout")
                                .sortBy(SlowQuerySortBy.P99_DURATION)
                                .sortOrder(SortOrder.ASC)
                                .limit(500)
                                .offset(40)
                                .build());
        RecordedRequest request = pg.expect("GET", instancePath("/slowQueryPatterns"));
        assertThat(request.getUrl().encodedQuery())
                .isEqualTo("from_date=2026-03-30T00%3A00%3A00Z&to_date=2026-03-31T00%3A00%3A00Z&db_name=postgres"
                        + "&db_user=app&db_operation=SELECT&app=checkout&sort_by=p99_duration&sort_order=asc"
                        + "&limit=500&offset=40");
        SlowQueryPattern p = patterns.get(0);
        assertThat(p.queryId()).isEqualTo("-4611686018427387904");
        assertThat(p.queryText()).contains("SELECT * FROM orders WHERE customer_id = $1");
        assertThat(p.callCount()).hasValue(1523);
        assertThat(p.errorCount()).hasValue(2);
        assertThat(p.totalDurationUs()).hasValue(98234111);
        assertThat(p.p99DurationUs()).hasValue(950000);
        assertThat(p.totalSharedBlksHit()).hasValue(998000);
        assertThat(p.totalWalBytes()).hasValue(0);
    }

    @Test
    void slowQueryPatternsSendSortValuesThisSdkDoesNotKnow() throws Exception {
        server.enqueue(ok("[]"));
        ListSlowQueryPatternsParams params = ListSlowQueryPatternsParams.builder()
                .fromDate(Instant.parse("2026-03-30T00:00:00Z"))
                .toDate(Instant.parse("2026-03-31T00:00:00Z"))
                .sortBy(SlowQuerySortBy.of("total_temp_blks_written"))
                .sortOrder(SortOrder.of("random"))
                .build();
        assertThat(client.instances().slowQueryPatterns(ID, params)).isEmpty();
        RecordedRequest request = pg.expect("GET", instancePath("/slowQueryPatterns"));
        assertThat(request.getUrl().queryParameter("sort_by")).isEqualTo("total_temp_blks_written");
        assertThat(request.getUrl().queryParameter("sort_order")).isEqualTo("random");
    }

    @Test
    void slowQueryPatternsWithOnlyTheWindow() throws Exception {
        server.enqueue(ok("[]"));
        assertThat(client.instances()
                        .slowQueryPatterns(
                                ID,
                                ListSlowQueryPatternsParams.builder()
                                        .fromDate(Instant.parse("2026-03-30T00:00:00Z"))
                                        .toDate(Instant.parse("2026-03-31T00:00:00Z"))
                                        .build()))
                .isEmpty();
        assertThat(pg.expect("GET", instancePath("/slowQueryPatterns")).getUrl().queryParameterNames())
                .containsExactlyInAnyOrder("from_date", "to_date");
    }

    @Test
    void slowQueryPatternDetailPassesTheNegativeIdVerbatim() throws Exception {
        server.enqueue(ok(fixture("slow-query-patterns.json")));
        server.enqueue(ok(fixture("slow-query-pattern-detail.json")));
        SlowQueryPattern listed = client.instances()
                .slowQueryPatterns(
                        ID,
                        ListSlowQueryPatternsParams.builder()
                                .fromDate(Instant.parse("2026-03-30T00:00:00Z"))
                                .toDate(Instant.parse("2026-03-31T00:00:00Z"))
                                .build())
                .get(0);
        server.takeRequest();
        SlowQueryPatternDetail detail = client.instances()
                .slowQueryPattern(
                        ID,
                        listed.queryId(),
                        SlowQueryPatternParams.from(listed).withTimestamp(Instant.parse("2026-03-31T18:17:37.654Z")));
        RecordedRequest request = pg.expect("GET", instancePath("/slowQueryPatterns/-4611686018427387904"));
        assertThat(request.getUrl().encodedQuery())
                .isEqualTo("db_name=postgres&db_user=app&db_operation=SELECT&app=checkout"
                        + "&timestamp=2026-03-31T18%3A17%3A37Z");
        assertThat(detail.aggregate()).contains(listed);
        QueryExecution e = detail.recentExecutions().get(0);
        assertThat(e.timestamp()).contains(Instant.parse("2026-03-31T18:17:37Z"));
        assertThat(e.pid()).contains("48213");
        assertThat(e.durationUs()).hasValue(2300000);
        assertThat(e.parallelWorkersLaunched()).hasValue(2);
        assertThat(e.errSqlstate()).contains("57014");
        assertThat(e.errElevel()).hasValue(21);
        assertThat(e.serverRole()).contains("primary");
        assertThat(e.traceId()).contains("4bf92f3577b34da6a3ce929d0e0e4736");
    }

    @Test
    void slowQueryPatternDetailWithoutAggregateOrExecutions() throws Exception {
        server.enqueue(ok("{\"recentExecutions\":null}"));
        SlowQueryPatternDetail detail = client.instances()
                .slowQueryPattern(
                        ID,
                        "123",
                        SlowQueryPatternParams.builder()
                                .dbName("postgres")
                                .dbUser("app")
                                .dbOperation("UTILITY")
                                .build());
        assertThat(pg.expect("GET", instancePath("/slowQueryPatterns/123"))
                        .getUrl()
                        .encodedQuery())
                .isEqualTo("db_name=postgres&db_user=app&db_operation=UTILITY");
        assertThat(detail.aggregate()).isEmpty();
        assertThat(detail.recentExecutions()).isEmpty();
    }

    @Test
    void prometheusMetricsAsText() throws Exception {
        server.enqueue(Pg.text("text/plain; charset=UTF-8", fixture("prometheus.txt")));
        server.enqueue(Pg.text("text/plain; charset=UTF-8", fixture("prometheus.txt")));
        assertThat(client.instances().prometheusMetrics(ID)).isEqualTo(fixture("prometheus.txt"));
        assertThat(client.instances().organizationPrometheusMetrics()).contains("pg_up{");
        pg.expect("GET", instancePath("/prometheus"));
        pg.expect("GET", path("/prometheus"));
    }
}
