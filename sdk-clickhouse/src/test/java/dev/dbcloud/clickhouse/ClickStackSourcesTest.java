package dev.dbcloud.clickhouse;

import static dev.dbcloud.clickhouse.Cloud.SERVICE_ID;
import static dev.dbcloud.clickhouse.Cloud.body;
import static dev.dbcloud.clickhouse.Cloud.ok;
import static dev.dbcloud.clickhouse.Cloud.okEmpty;
import static dev.dbcloud.clickhouse.Cloud.servicePath;
import static dev.dbcloud.clickhouse.Cloud.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dbcloud.core.testing.Published;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** {@code …/services/{serviceId}/clickstack/sources}: each operation on the wire, each kind, a read written back whole. */
class ClickStackSourcesTest extends ClientTest {
    private static final JsonNode SOURCES = Published.fixture("/published/clickhouse/spec-clickstack-sources.json")
            .get("response");
    private static final JsonNode LOG = SOURCES.get(0);
    private static final String LOG_ID = "507f1f77bcf86cd799439011";

    /** The example of a log source as a request: the same fields, without the id the API assigns. */
    private static JsonNode withoutId(JsonNode source) {
        ObjectNode copy = source.deepCopy();
        copy.remove("id");
        return copy;
    }

    private static ClickStackSourceFrom table(String database, String table) {
        return ClickStackSourceFrom.builder()
                .databaseName(database)
                .tableName(table)
                .build();
    }

    @Test
    void createPostsALogSourceBuiltFieldByFieldAsTheSpecsExample() throws Exception {
        server.enqueue(ok(LOG.toString()));
        ClickStackHighlightedAttribute status = ClickStackHighlightedAttribute.builder()
                .sqlExpression("SpanAttributes['http.status_code']")
                .luceneExpression("http.status_code")
                .alias("HTTP Status Code")
                .build();
        ClickStackSourceParams params = ClickStackSourceParams.log()
                .name("Logs")
                .section("Billing")
                .disabled(false)
                .connection("507f1f77bcf86cd799439012")
                .table(table("otel", "otel_logs"))
                .addQuerySettings(ClickStackQuerySetting.builder()
                        .setting("max_threads")
                        .value("4")
                        .build())
                .filterSettings(ClickStackSourceFilterSettings.builder()
                        .databaseName("default")
                        .tableName("otel_logs")
                        .addColumns(ClickStackFilterSettingsColumn.builder()
                                .name("ServiceName")
                                .label("Service Name")
                                .build())
                        .build())
                .defaultTableSelectExpression("Timestamp, ServiceName, SeverityText, Body")
                .timestampValueExpression("Timestamp")
                .serviceNameExpression("ServiceName")
                .severityTextExpression("SeverityText")
                .bodyExpression("Body")
                .eventAttributesExpression("LogAttributes")
                .resourceAttributesExpression("ResourceAttributes")
                .displayedTimestampValueExpression("TimestampTime")
                .metricSourceId("507f1f77bcf86cd799439013")
                .traceSourceId("507f1f77bcf86cd799439014")
                .traceIdExpression("TraceId")
                .spanIdExpression("SpanId")
                .implicitColumnExpression("Body")
                .knownColumnsListExpression("Timestamp, Body, ServiceName")
                .useTextIndexForImplicitColumn(ClickStackTextIndexMode.AUTO)
                .addHighlightedTraceAttributeExpressions(status)
                .addHighlightedRowAttributeExpressions(status)
                .addMaterializedViews(ClickStackMaterializedView.builder()
                        .databaseName("otel")
                        .tableName("otel_logs_mv_5m")
                        .dimensionColumns("ServiceName, SeverityText")
                        .minGranularity("5m")
                        .minDate(Instant.parse("2025-01-01T00:00:00Z"))
                        .timestampColumn("Timestamp")
                        .addAggregatedColumns(ClickStackAggregatedColumn.builder()
                                .sourceColumn("Duration")
                                .aggFn("sum")
                                .mvColumn("sum__Duration")
                                .build())
                        .build())
                .metadataMaterializedViews(ClickStackMetadataMaterializedViews.builder()
                        .keyRollupTable("otel_logs_key_rollup_15m")
                        .kvRollupTable("otel_logs_kv_rollup_15m")
                        .granularity("15m")
                        .build())
                .build();

        ClickStackSource created = ch.services().clickStack().sources().create(SERVICE_ID, params);

        RecordedRequest request = cloud.expect("POST", servicePath("/clickstack/sources"));
        assertThat(request.getUrl().query()).isNull();
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(body(request)).isEqualTo(withoutId(LOG));
        assertThat(created.id()).isEqualTo(LOG_ID);
        assertThat(created.kind()).contains(ClickStackSourceKind.LOG);
        assertThat(created.table()).contains(table("otel", "otel_logs"));
        assertThat(created.querySettings())
                .extracting(s -> s.setting().orElseThrow())
                .containsExactly("max_threads");
        assertThat(created.useTextIndexForImplicitColumn()).contains(ClickStackTextIndexMode.AUTO);
        assertThat(created.materializedViews().get(0).minDate()).contains(Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(created.unknownFields()).isEmpty();
    }

    @Test
    void eachKindReadIsWrittenBackWholeByUpdateWithTheFieldsThisVersionDoesNotKnow() throws Exception {
        ClickStackSources sources = ch.services().clickStack().sources();
        for (JsonNode example : SOURCES) {
            ObjectNode read = example.deepCopy();
            read.put("retentionDays", 30);
            ((ObjectNode) read.get("from")).put("cluster", "default");
            ((ObjectNode) read.get("querySettings").get(0)).put("scope", "query");
            if (read.has("filterSettings")) {
                ((ObjectNode) read.get("filterSettings").get("columns").get(0)).put("width", 120);
            }
            if (read.has("materializedViews")) {
                ((ObjectNode) read.get("materializedViews")
                                .get(0)
                                .get("aggregatedColumns")
                                .get(0))
                        .put("codec", "ZSTD");
            }
            read.putObject("futureSettings").put("sampling", 0.5);
            server.enqueue(ok(read.toString()));
            server.enqueue(ok(read.toString()));
            ClickStackSource source = sources.get(SERVICE_ID, example.get("id").asText());
            sources.update(
                    SERVICE_ID,
                    source.id(),
                    ClickStackSourceParams.builder().from(source).build());
            cloud.expect("GET", servicePath("/clickstack/sources/" + source.id()));
            RecordedRequest put = cloud.expect("PUT", servicePath("/clickstack/sources/" + source.id()));
            assertThat(body(put)).as(example.get("kind").asText()).isEqualTo(withoutId(read));
            assertThat(source.unknownFields()).containsOnlyKeys("retentionDays", "futureSettings");
        }
    }

    @Test
    void typedBuildersStartEachKindAndSendOnlyWhatIsSet() throws Exception {
        server.enqueue(ok(SOURCES.get(2).toString()));
        server.enqueue(ok(SOURCES.get(3).toString()));
        server.enqueue(ok(SOURCES.get(4).toString()));
        server.enqueue(ok(SOURCES.get(1).toString()));
        ClickStackSources sources = ch.services().clickStack().sources();
        ClickStackSource metric = sources.create(
                SERVICE_ID,
                ClickStackSourceParams.metric()
                        .name("Metrics")
                        .connection("c-1")
                        .table(ClickStackSourceFrom.builder()
                                .databaseName("otel")
                                .build())
                        .metricTables(ClickStackMetricTables.builder()
                                .gauge("otel_metrics_gauge")
                                .exponentialHistogram("otel_metrics_exponential_histogram")
                                .build())
                        .timestampValueExpression("TimeUnix")
                        .resourceAttributesExpression("ResourceAttributes")
                        .build());
        sources.create(
                SERVICE_ID,
                ClickStackSourceParams.session()
                        .name("Sessions")
                        .connection("c-1")
                        .table(table("otel", "hyperdx_sessions"))
                        .traceSourceId("t-1")
                        .build());
        sources.create(
                SERVICE_ID,
                ClickStackSourceParams.promql()
                        .name("Prometheus")
                        .connection("c-2")
                        .table(table("prom", "series"))
                        .timestampValueExpression("timestamp")
                        .build());
        sources.update(
                SERVICE_ID,
                "507f1f77bcf86cd799439021",
                ClickStackSourceParams.trace()
                        .name("Traces")
                        .connection("c-1")
                        .table(table("otel", "otel_traces"))
                        .defaultTableSelectExpression("Timestamp, SpanName")
                        .timestampValueExpression("Timestamp")
                        .durationExpression("Duration")
                        .durationPrecision(9)
                        .traceIdExpression("TraceId")
                        .spanIdExpression("SpanId")
                        .parentSpanIdExpression("ParentSpanId")
                        .spanNameExpression("SpanName")
                        .spanKindExpression("SpanKind")
                        .build());
        assertThat(body(cloud.expect("POST", servicePath("/clickstack/sources"))))
                .isEqualTo(
                        tree(
                                "{\"kind\":\"metric\",\"name\":\"Metrics\",\"connection\":\"c-1\","
                                        + "\"from\":{\"databaseName\":\"otel\"},\"metricTables\":{\"gauge\":\"otel_metrics_gauge\","
                                        + "\"exponential histogram\":\"otel_metrics_exponential_histogram\"},"
                                        + "\"timestampValueExpression\":\"TimeUnix\",\"resourceAttributesExpression\":\"ResourceAttributes\"}"));
        assertThat(body(cloud.expect("POST", servicePath("/clickstack/sources"))))
                .isEqualTo(
                        tree(
                                "{\"kind\":\"session\",\"name\":\"Sessions\",\"connection\":\"c-1\","
                                        + "\"from\":{\"databaseName\":\"otel\",\"tableName\":\"hyperdx_sessions\"},\"traceSourceId\":\"t-1\"}"));
        assertThat(body(cloud.expect("POST", servicePath("/clickstack/sources"))))
                .isEqualTo(
                        tree(
                                "{\"kind\":\"promql\",\"name\":\"Prometheus\",\"connection\":\"c-2\","
                                        + "\"from\":{\"databaseName\":\"prom\",\"tableName\":\"series\"},\"timestampValueExpression\":\"timestamp\"}"));
        assertThat(body(cloud.expect("PUT", servicePath("/clickstack/sources/507f1f77bcf86cd799439021"))))
                .isEqualTo(tree("{\"kind\":\"trace\",\"name\":\"Traces\",\"connection\":\"c-1\","
                        + "\"from\":{\"databaseName\":\"otel\",\"tableName\":\"otel_traces\"},"
                        + "\"defaultTableSelectExpression\":\"Timestamp, SpanName\",\"timestampValueExpression\":\"Timestamp\","
                        + "\"durationExpression\":\"Duration\",\"durationPrecision\":9,\"traceIdExpression\":\"TraceId\","
                        + "\"spanIdExpression\":\"SpanId\",\"parentSpanIdExpression\":\"ParentSpanId\","
                        + "\"spanNameExpression\":\"SpanName\",\"spanKindExpression\":\"SpanKind\"}"));
        assertThat(metric.metricTables().flatMap(ClickStackMetricTables::exponentialHistogram))
                .contains("otel_metrics_exponential_histogram");
    }

    @Test
    void listGetAndDeleteAndAKindOrModeThisVersionDoesNotKnow() throws Exception {
        server.enqueue(
                ok("[" + LOG + ",{\"id\":\"s-9\",\"kind\":\"profile\",\"useTextIndexForImplicitColumn\":\"bloom\","
                        + "\"serviceNameExpression\":null}]"));
        server.enqueue(ok(LOG.toString()));
        server.enqueue(okEmpty());
        ClickStackSources sources = ch.services().clickStack().sources();
        List<ClickStackSource> all = sources.list(SERVICE_ID);
        assertThat(all).extracting(ClickStackSource::id).containsExactly(LOG_ID, "s-9");
        assertThat(all.get(1).kind()).contains(ClickStackSourceKind.of("profile"));
        assertThat(all.get(1).useTextIndexForImplicitColumn()).contains(ClickStackTextIndexMode.of("bloom"));
        assertThat(all.get(1).serviceNameExpression()).isEmpty();
        assertThat(sources.get(SERVICE_ID, LOG_ID).name()).contains("Logs");
        sources.delete(SERVICE_ID, LOG_ID);
        RecordedRequest list = cloud.expect("GET", servicePath("/clickstack/sources"));
        assertThat(list.getUrl().query()).isNull();
        assertThat(list.getBody()).isNull();
        cloud.expect("GET", servicePath("/clickstack/sources/" + LOG_ID));
        cloud.expect("DELETE", servicePath("/clickstack/sources/" + LOG_ID));
    }

    @Test
    void whatTheSpecRequiresOfEverySourceAndOfEachKindIsRefusedBeforeSending() {
        ClickStackSourceParams.Builder log = ClickStackSourceParams.log()
                .name("Logs")
                .connection("c-1")
                .table(table("otel", "otel_logs"))
                .defaultTableSelectExpression("Body");
        assertThatThrownBy(log::build)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("timestampValueExpression is required for a log source");
        assertThatThrownBy(() -> ClickStackSourceParams.builder()
                        .name("n")
                        .connection("c")
                        .table(table("d", "t"))
                        .build())
                .hasMessage("kind is required");
        assertThatThrownBy(() -> ClickStackSourceParams.session()
                        .name("n")
                        .connection("c")
                        .table(ClickStackSourceFrom.builder().tableName("t").build())
                        .build())
                .hasMessage("from.databaseName is required");
        assertThatThrownBy(() -> ClickStackSourceParams.session()
                        .name("n")
                        .connection("c")
                        .table(ClickStackSourceFrom.builder().databaseName("d").build())
                        .build())
                .hasMessage("from.tableName is required for a session source");
        assertThatThrownBy(() -> ClickStackSourceParams.trace()
                        .name("n")
                        .connection("c")
                        .table(table("d", "t"))
                        .defaultTableSelectExpression("x")
                        .timestampValueExpression("t")
                        .build())
                .hasMessage("durationExpression is required for a trace source");
        assertThatThrownBy(() -> ClickStackSourceParams.metric()
                        .name("n")
                        .connection("c")
                        .table(table("d", "t"))
                        .timestampValueExpression("t")
                        .build())
                .hasMessage("metricTables is required for a metric source");
        assertThatThrownBy(() -> ClickStackSourceParams.log().connection("c").build())
                .hasMessage("name is required");
        assertThatCode(() -> ClickStackSourceParams.builder()
                        .kind(ClickStackSourceKind.of("profile"))
                        .name("n")
                        .connection("c")
                        .table(ClickStackSourceFrom.builder().databaseName("d").build())
                        .build())
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ch.services().clickStack().sources().get(SERVICE_ID, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sourceId");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void unknownFieldsPrintAsStars() {
        ClickStackSource source = Published.decode(
                tree("{\"id\":\"s-1\",\"name\":\"Logs\",\"password\":\"hunter2\"}"), ClickStackSource.class);
        assertThat(source.unknownFields()).containsKey("password");
        assertThat(source.toString()).contains("Logs").doesNotContain("hunter2");
    }

    @Test
    void eachSourceDecodesWithAnyOneFieldRemoved() {
        for (Published.Variant variant : Published.withOneFieldRemoved(SOURCES, Set.of("[].id"))) {
            assertThatCode(() -> Published.decodeEach(variant.body(), ClickStackSource.class))
                    .as(variant.toString())
                    .doesNotThrowAnyException();
        }
    }
}
