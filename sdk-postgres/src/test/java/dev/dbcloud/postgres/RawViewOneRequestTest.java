package dev.dbcloud.postgres;

import static dev.dbcloud.postgres.Pg.ID;
import static dev.dbcloud.postgres.Pg.fixture;
import static dev.dbcloud.postgres.Pg.instancePath;
import static dev.dbcloud.postgres.Pg.path;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dbcloud.clickhouse.CloudRegion;
import dev.dbcloud.core.ApiResponse;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every method of {@link Instances.WithRawResponse} sends exactly one request: the raw view is honest. */
class RawViewOneRequestTest extends ClientTest {
    private static final String QUERY_ID = "-4611686018427387904";
    private static final Instant FROM = Instant.EPOCH;
    private static final Instant TO = Instant.EPOCH.plusSeconds(60);

    record Case(
            String name,
            Function<Instances.WithRawResponse, ApiResponse<?>> call,
            MockResponse answer,
            String method,
            String path) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> everyRawMethod() {
        MockResponse instance = Pg.ok(fixture("instance.json"));
        MockResponse config = Pg.ok(fixture("config.json"));
        MockResponse text = Pg.text("text/plain; charset=UTF-8", fixture("prometheus.txt"));
        return Stream.of(
                new Case("list", r -> r.list(), Pg.ok(fixture("instance-list.json")), "GET", path("")),
                new Case(
                        "create",
                        r -> r.create(CreateInstanceParams.builder()
                                .name("n")
                                .region(CloudRegion.US_WEST_2)
                                .size(InstanceSize.R8GD_LARGE)
                                .build()),
                        Pg.ok(fixture("instance-created.json")),
                        "POST",
                        path("")),
                new Case("get", r -> r.get(ID), instance, "GET", instancePath("")),
                new Case(
                        "update without tags",
                        r -> r.update(
                                ID, UpdateInstanceParams.builder().name("n").build()),
                        instance,
                        "PATCH",
                        instancePath("")),
                new Case("delete", r -> r.delete(ID), Pg.okEmpty(), "DELETE", instancePath("")),
                new Case("restart", r -> r.restart(ID), instance, "PATCH", instancePath("/state")),
                new Case("promote", r -> r.promote(ID), instance, "PATCH", instancePath("/state")),
                new Case("switchover", r -> r.switchover(ID), instance, "PATCH", instancePath("/state")),
                new Case(
                        "resetPassword",
                        r -> r.resetPassword(ID, ResetPasswordParams.generated()),
                        Pg.ok("{\"password\":\"Xx-generated-1\"}"),
                        "PATCH",
                        instancePath("/password")),
                new Case(
                        "createReadReplica",
                        r -> r.createReadReplica(
                                ID, CreateReadReplicaParams.builder().name("r").build()),
                        instance,
                        "POST",
                        instancePath("/readReplica")),
                new Case(
                        "restore",
                        r -> r.restore(
                                ID,
                                RestoreInstanceParams.builder()
                                        .name("r")
                                        .restoreTarget(FROM)
                                        .build()),
                        instance,
                        "POST",
                        instancePath("/restoredService")),
                new Case("config", r -> r.config(ID), config, "GET", instancePath("/config")),
                new Case(
                        "replaceConfig",
                        r -> r.replaceConfig(
                                ID,
                                ConfigParams.builder()
                                        .pgConfig(PgConfig.empty())
                                        .pgBouncerConfig(Map.of())
                                        .build()),
                        config,
                        "POST",
                        instancePath("/config")),
                new Case(
                        "updateConfig",
                        r -> r.updateConfig(
                                ID,
                                ConfigParams.builder()
                                        .pgConfig(PgConfig.builder()
                                                .maxConnections(3)
                                                .build())
                                        .build()),
                        config,
                        "PATCH",
                        instancePath("/config")),
                new Case(
                        "caCertificates",
                        r -> r.caCertificates(ID),
                        Pg.text("application/x-pem-file", fixture("ca.pem")),
                        "GET",
                        instancePath("/caCertificates")),
                new Case(
                        "metrics",
                        r -> r.metrics(
                                ID,
                                MetricsParams.builder()
                                        .fromDate(FROM)
                                        .toDate(TO)
                                        .build()),
                        Pg.ok(fixture("metrics.json")),
                        "GET",
                        instancePath("/metrics")),
                new Case(
                        "slowQueryPatterns",
                        r -> r.slowQueryPatterns(
                                ID,
                                ListSlowQueryPatternsParams.builder()
                                        .fromDate(FROM)
                                        .toDate(TO)
                                        .build()),
                        Pg.ok(fixture("slow-query-patterns.json")),
                        "GET",
                        instancePath("/slowQueryPatterns")),
                new Case(
                        "slowQueryPattern",
                        r -> r.slowQueryPattern(
                                ID,
                                QUERY_ID,
                                SlowQueryPatternParams.builder()
                                        .dbName("d")
                                        .dbUser("u")
                                        .dbOperation("SELECT")
                                        .build()),
                        Pg.ok(fixture("slow-query-pattern-detail.json")),
                        "GET",
                        instancePath("/slowQueryPatterns/" + QUERY_ID)),
                new Case("prometheusMetrics", r -> r.prometheusMetrics(ID), text, "GET", instancePath("/prometheus")),
                new Case(
                        "organizationPrometheusMetrics",
                        r -> r.organizationPrometheusMetrics(),
                        text,
                        "GET",
                        path("/prometheus")));
    }

    @ParameterizedTest
    @MethodSource("everyRawMethod")
    void sendsExactlyOneRequest(Case c) throws Exception {
        server.enqueue(c.answer());
        server.enqueue(Pg.ok(fixture("instance.json"))); // a second request would be answered, and counted
        ApiResponse<?> response = c.call().apply(client.instances().withRawResponse());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(server.getRequestCount()).isEqualTo(1);
        RecordedRequest request = pg.expect(c.method(), c.path());
        assertThat(request.getUrl().encodedPath()).isEqualTo(c.path());
    }

    @Test
    void theCasesCoverTheWholeRawView() {
        List<String> methods = Stream.of(Instances.WithRawResponse.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .map(Method::getName)
                .filter(name -> !name.equals("withOptions"))
                .distinct()
                .sorted()
                .toList();
        List<String> covered = everyRawMethod()
                .map(c -> c.name().split(" ")[0])
                .distinct()
                .sorted()
                .toList();
        assertThat(covered).isEqualTo(methods);
    }
}
