package dev.dbcloud.postgres;

import static dev.dbcloud.postgres.Pg.ID;
import static dev.dbcloud.postgres.Pg.body;
import static dev.dbcloud.postgres.Pg.fixture;
import static dev.dbcloud.postgres.Pg.instancePath;
import static dev.dbcloud.postgres.Pg.tree;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dbcloud.clickhouse.CloudRegion;
import dev.dbcloud.clickhouse.ResetPasswordResult;
import dev.dbcloud.core.ApiResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

class RawResponseTest extends ClientTest {
    private static final String REPLICA = "0c8a1f2e-5b6d-4e7f-8a9b-0c1d2e3f4a5b";

    @Test
    void theRawViewKeepsStatusHeadersAndTheEnvelopesRequestId() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "application/json")
                .setHeader("X-Extra", "yes")
                .body("{\"status\":200,\"requestId\":\"r-get\",\"result\":" + fixture("instance.json") + "}")
                .build());
        Instances.WithRawResponse raw = client.instances().withRawResponse();
        assertThat(client.instances().withRawResponse()).isSameAs(raw);
        ApiResponse<PostgresInstance> got = raw.get(ID);
        assertThat(got.statusCode()).isEqualTo(200);
        assertThat(got.requestId()).contains("r-get");
        assertThat(got.header("X-Extra")).contains("yes");
        assertThat(got.value().id()).isEqualTo(ID);
        pg.expect("GET", instancePath(""));
    }

    @Test
    void deleteWithoutResultAndTextBodies() throws Exception {
        server.enqueue(Pg.okEmpty());
        server.enqueue(Pg.text("application/x-pem-file", fixture("ca.pem")));
        server.enqueue(Pg.text("text/plain; charset=UTF-8", fixture("prometheus.txt")));
        server.enqueue(Pg.text("text/plain; charset=UTF-8", fixture("prometheus.txt")));
        Instances.WithRawResponse raw = client.instances().withRawResponse();
        ApiResponse<Void> deleted = raw.delete(ID);
        assertThat(deleted.requestId()).contains("ac9bbffa-e370-410c-8bdd-bd24bf3d7f82");
        assertThat(deleted.value()).isNull();
        assertThat(raw.caCertificates(ID).header("Content-Type")).contains("application/x-pem-file");
        assertThat(raw.prometheusMetrics(ID).value()).isEqualTo(fixture("prometheus.txt"));
        assertThat(raw.organizationPrometheusMetrics().statusCode()).isEqualTo(200);
    }

    @Test
    void everyOtherOperationSendsItsRequestAndAnswersWithItsTypedValue() throws Exception {
        Instances.WithRawResponse raw = client.instances().withRawResponse();

        server.enqueue(answer("r-list", fixture("instance-list.json")));
        ApiResponse<List<PostgresInstance>> list = raw.list();
        pg.expect("GET", Pg.path(""));
        assertThat(list.requestId()).contains("r-list");
        assertThat(list.value()).extracting(PostgresInstance::id).containsExactly(ID, REPLICA);

        server.enqueue(answer("r-create", fixture("instance-created.json")));
        ApiResponse<PostgresInstance> created = raw.create(CreateInstanceParams.builder()
                .name("n")
                .region(CloudRegion.US_WEST_2)
                .size(InstanceSize.R8GD_LARGE)
                .build());
        assertThat(body(pg.expect("POST", Pg.path(""))))
                .isEqualTo(
                        tree("{\"name\":\"n\",\"provider\":\"aws\",\"region\":\"us-west-2\",\"size\":\"r8gd.large\"}"));
        assertThat(created.requestId()).contains("r-create");
        assertThat(created.value().id()).isEqualTo("pg7myrd1j06p3gx4zrm2ze8qz6");
        assertThat(created.value().password()).contains("vV6cfEr2p_-TzkCDrZOx");

        for (String command : List.of("restart", "promote", "switchover")) {
            server.enqueue(answer(
                    "r-" + command,
                    Pg.fixture("instance.json").replace("\"state\": \"running\"", "\"state\": \"restarting\"")));
            ApiResponse<PostgresInstance> answered =
                    switch (command) {
                        case "restart" -> raw.restart(ID);
                        case "promote" -> raw.promote(ID);
                        default -> raw.switchover(ID);
                    };
            assertThat(body(pg.expect("PATCH", instancePath("/state"))))
                    .isEqualTo(tree("{\"command\":\"" + command + "\"}"));
            assertThat(answered.requestId()).contains("r-" + command);
            assertThat(answered.value().state()).isEqualTo(InstanceState.RESTARTING);
        }

        server.enqueue(answer("r-password", "{\"password\":\"Xx-generated-1\"}"));
        ApiResponse<ResetPasswordResult> reset = raw.resetPassword(ID, ResetPasswordParams.generated());
        assertThat(body(pg.expect("PATCH", instancePath("/password")))).isEqualTo(tree("{}"));
        assertThat(reset.value().password()).contains("Xx-generated-1");

        server.enqueue(answer(
                "r-replica",
                fixture("instance.json").replace(ID, REPLICA).replace("\"isPrimary\": true", "\"isPrimary\": false")));
        ApiResponse<PostgresInstance> replica = raw.createReadReplica(
                ID, CreateReadReplicaParams.builder().name("r").build());
        assertThat(body(pg.expect("POST", instancePath("/readReplica")))).isEqualTo(tree("{\"name\":\"r\"}"));
        assertThat(replica.value().id()).isEqualTo(REPLICA);
        assertThat(replica.value().isPrimary()).contains(false);

        server.enqueue(answer(
                "r-restore",
                Pg.fixture("instance.json").replace("\"state\": \"running\"", "\"state\": \"restoring_backup\"")));
        ApiResponse<PostgresInstance> restored = raw.restore(
                ID,
                RestoreInstanceParams.builder()
                        .name("r")
                        .restoreTarget(Instant.parse("2026-03-31T18:17:37.5Z"))
                        .build());
        assertThat(body(pg.expect("POST", instancePath("/restoredService"))))
                .isEqualTo(tree("{\"name\":\"r\",\"restoreTarget\":\"2026-03-31T18:17:37Z\"}"));
        assertThat(restored.value().state()).isEqualTo(InstanceState.RESTORING_BACKUP);

        server.enqueue(answer("r-config", fixture("config.json")));
        ApiResponse<InstanceConfig> config = raw.config(ID);
        pg.expect("GET", instancePath("/config"));
        assertThat(config.value().pgConfig().maxConnections()).hasValue(100);
        assertThat(config.value().pgBouncerConfig()).containsEntry("pool_mode", "transaction");

        server.enqueue(answer("r-update-config", fixture("config-updated.json")));
        ApiResponse<InstanceConfig> updated = raw.updateConfig(
                ID,
                ConfigParams.builder()
                        .pgConfig(PgConfig.builder().maxConnections(300).build())
                        .build());
        assertThat(body(pg.expect("PATCH", instancePath("/config"))))
                .isEqualTo(tree("{\"pgConfig\":{\"max_connections\":300},\"pgBouncerConfig\":{}}"));
        assertThat(updated.value().pgConfig().maxConnections()).hasValue(300);
        assertThat(updated.value().message())
                .hasValueSatisfying(m -> assertThat(m).contains("max_connections"));

        server.enqueue(answer("r-replace-config", fixture("config-updated.json")));
        ApiResponse<InstanceConfig> replaced =
                raw.replaceConfig(ID, config.value().toParams());
        assertThat(body(pg.expect("POST", instancePath("/config"))))
                .isEqualTo(tree("{\"pgConfig\":" + tree(fixture("config.json")).get("pgConfig") + ","
                        + "\"pgBouncerConfig\":{\"default_pool_size\":\"16\",\"pool_mode\":\"transaction\"}}"));
        assertThat(replaced.requestId()).contains("r-replace-config");
        assertThat(replaced.value().pgBouncerConfig()).containsExactly(Map.entry("default_pool_size", "16"));

        server.enqueue(answer("r-metrics", fixture("metrics.json")));
        ApiResponse<InstanceMetrics> metrics = raw.metrics(
                ID,
                MetricsParams.builder()
                        .fromDate(Instant.EPOCH)
                        .toDate(Instant.EPOCH.plusSeconds(60))
                        .build());
        assertThat(pg.expect("GET", instancePath("/metrics")).getUrl().encodedQuery())
                .isEqualTo("from_date=1970-01-01T00%3A00%3A00Z&to_date=1970-01-01T00%3A01%3A00Z");
        assertThat(metrics.value().metrics()).extracting(Metric::key).containsExactly("cpu_usage", "connection_count");

        server.enqueue(answer("r-patterns", fixture("slow-query-patterns.json")));
        List<SlowQueryPattern> patterns = raw.slowQueryPatterns(
                        ID,
                        ListSlowQueryPatternsParams.builder()
                                .fromDate(Instant.EPOCH)
                                .toDate(Instant.EPOCH.plusSeconds(60))
                                .limit(5)
                                .build())
                .value();
        assertThat(pg.expect("GET", instancePath("/slowQueryPatterns")).getUrl().encodedQuery())
                .isEqualTo("from_date=1970-01-01T00%3A00%3A00Z&to_date=1970-01-01T00%3A01%3A00Z&limit=5");
        assertThat(patterns).extracting(SlowQueryPattern::queryId).containsExactly("-4611686018427387904");

        server.enqueue(answer("r-pattern", fixture("slow-query-pattern-detail.json")));
        ApiResponse<SlowQueryPatternDetail> detail =
                raw.slowQueryPattern(ID, patterns.get(0).queryId(), SlowQueryPatternParams.from(patterns.get(0)));
        assertThat(pg.expect("GET", instancePath("/slowQueryPatterns/-4611686018427387904"))
                        .getUrl()
                        .encodedQuery())
                .isEqualTo("db_name=postgres&db_user=app&db_operation=SELECT&app=checkout");
        assertThat(detail.value().aggregate()).isPresent();
        assertThat(detail.value().recentExecutions()).hasSize(1);

        server.enqueue(answer("r-update", fixture("instance-patched.json")));
        ApiResponse<PostgresInstance> patched =
                raw.update(ID, UpdateInstanceParams.builder().tags(List.of()).build());
        assertThat(body(pg.expect("PATCH", instancePath("")))).isEqualTo(tree("{\"tags\":[]}"));
        assertThat(patched.requestId()).contains("r-update");
        assertThat(patched.value().state()).isEqualTo(InstanceState.RUNNING);

        assertThat(server.getRequestCount()).isEqualTo(15);
    }

    private static MockResponse answer(String requestId, String resultJson) {
        return Pg.json(200, "{\"status\":200,\"requestId\":\"" + requestId + "\",\"result\":" + resultJson + "}");
    }
}
