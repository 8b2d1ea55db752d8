package dev.dbcloud.postgres;

import static dev.dbcloud.postgres.Pg.ID;
import static dev.dbcloud.postgres.Pg.fixture;
import static dev.dbcloud.postgres.Pg.instancePath;
import static dev.dbcloud.postgres.Pg.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RequestOptions;
import java.util.List;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

class RawResponseTest extends ClientTest {
    private static final RequestOptions NONE = RequestOptions.none();

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
        ApiResponse<PostgresInstance> got = raw.get(ID, NONE);
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
        ApiResponse<Void> deleted = raw.delete(ID, NONE);
        assertThat(deleted.requestId()).contains("ac9bbffa-e370-410c-8bdd-bd24bf3d7f82");
        assertThat(deleted.value()).isNull();
        assertThat(raw.caCertificates(ID, NONE).header("Content-Type")).contains("application/x-pem-file");
        assertThat(raw.prometheusMetrics(ID, NONE).value()).isEqualTo(fixture("prometheus.txt"));
        assertThat(raw.organizationPrometheusMetrics(NONE).statusCode()).isEqualTo(200);
    }

    @Test
    void everyOtherOperationAnswersWithItsTypedValue() throws Exception {
        Instances.WithRawResponse raw = client.instances().withRawResponse();
        server.enqueue(ok(fixture("instance-list.json")));
        assertThat(raw.list(NONE).value()).hasSize(2);
        server.enqueue(ok(fixture("instance-created.json")));
        assertThat(raw.create(
                                CreateInstanceParams.builder()
                                        .name("n")
                                        .region(dev.dbcloud.clickhouse.CloudRegion.US_WEST_2)
                                        .size(InstanceSize.R8GD_LARGE)
                                        .build(),
                                NONE)
                        .value()
                        .password())
                .isPresent();
        server.enqueue(Pg.instanceIn("restarting"));
        assertThat(raw.restart(ID, NONE).value().state()).contains(InstanceState.RESTARTING);
        server.enqueue(Pg.instanceIn("running"));
        assertThat(raw.promote(ID, NONE).statusCode()).isEqualTo(200);
        server.enqueue(Pg.instanceIn("running"));
        assertThat(raw.switchover(ID, NONE).statusCode()).isEqualTo(200);
        server.enqueue(ok("{\"password\":\"Xx-generated-1\"}"));
        assertThat(raw.resetPassword(ID, ResetPasswordParams.generated(), NONE)
                        .value()
                        .password())
                .contains("Xx-generated-1");
        server.enqueue(Pg.instanceIn("creating"));
        assertThat(raw.createReadReplica(
                                ID, CreateReadReplicaParams.builder().name("r").build(), NONE)
                        .statusCode())
                .isEqualTo(200);
        server.enqueue(Pg.instanceIn("restoring_backup"));
        assertThat(raw.restore(
                                ID,
                                RestoreInstanceParams.builder()
                                        .name("r")
                                        .restoreTarget(java.time.Instant.EPOCH)
                                        .build(),
                                NONE)
                        .value()
                        .state())
                .contains(InstanceState.RESTORING_BACKUP);
        server.enqueue(ok(fixture("config.json")));
        assertThat(raw.config(ID, NONE).value().pgBouncerConfig()).hasSize(2);
        server.enqueue(ok(fixture("config-updated.json")));
        assertThat(raw.updateConfig(ID, ConfigParams.builder().build(), NONE)
                        .value()
                        .message())
                .isPresent();
        server.enqueue(ok(fixture("config-updated.json")));
        assertThat(raw.replaceConfig(
                                ID,
                                ConfigParams.builder()
                                        .pgConfig(PgConfig.empty())
                                        .pgBouncerConfig(java.util.Map.of())
                                        .build(),
                                NONE)
                        .value()
                        .message())
                .isPresent();
        server.enqueue(ok(fixture("metrics.json")));
        assertThat(raw.metrics(
                                ID,
                                MetricsParams.builder()
                                        .fromDate(java.time.Instant.EPOCH)
                                        .toDate(java.time.Instant.EPOCH.plusSeconds(60))
                                        .build(),
                                NONE)
                        .value()
                        .metrics())
                .hasSize(2);
        server.enqueue(ok(fixture("slow-query-patterns.json")));
        List<SlowQueryPattern> patterns = raw.slowQueryPatterns(
                        ID,
                        ListSlowQueryPatternsParams.builder()
                                .fromDate(java.time.Instant.EPOCH)
                                .toDate(java.time.Instant.EPOCH.plusSeconds(60))
                                .build(),
                        NONE)
                .value();
        server.enqueue(ok(fixture("slow-query-pattern-detail.json")));
        assertThat(raw.slowQueryPattern(
                                ID, patterns.get(0).queryId(), SlowQueryPatternParams.from(patterns.get(0)), NONE)
                        .value()
                        .recentExecutions())
                .hasSize(1);
        server.enqueue(ok(fixture("instance-patched.json")));
        assertThat(raw.update(ID, UpdateInstanceParams.builder().tags(List.of()).build(), NONE)
                        .statusCode())
                .isEqualTo(200);
        assertThat(server.getRequestCount()).isEqualTo(15);
    }
}
