package dev.dbcloud.clickhouse;

import static dev.dbcloud.clickhouse.Cloud.ok;
import static dev.dbcloud.clickhouse.Pipes.ENDPOINT_ID;
import static dev.dbcloud.clickhouse.Pipes.PIPE_ID;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dbcloud.clickhouse.clickpipes.BigQueryTableMapping;
import dev.dbcloud.clickhouse.clickpipes.CdcScaling;
import dev.dbcloud.clickhouse.clickpipes.ClickPipe;
import dev.dbcloud.clickhouse.clickpipes.ClickPipeDestination;
import dev.dbcloud.clickhouse.clickpipes.ClickPipeSource;
import dev.dbcloud.clickhouse.clickpipes.ClickPipeState;
import dev.dbcloud.clickhouse.clickpipes.DestinationColumn;
import dev.dbcloud.clickhouse.clickpipes.DestinationTableEngine;
import dev.dbcloud.clickhouse.clickpipes.DiscoveredSchema;
import dev.dbcloud.clickhouse.clickpipes.FieldMapping;
import dev.dbcloud.clickhouse.clickpipes.KafkaSource;
import dev.dbcloud.clickhouse.clickpipes.ReversePrivateEndpoint;
import dev.dbcloud.clickhouse.clickpipes.SchemaDiscoveryParams;
import dev.dbcloud.clickhouse.clickpipes.SourceKind;
import dev.dbcloud.clickhouse.clickpipes.TableMapping;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Responses carrying only what the OpenAPI spec requires: everything else may be missing, and a pipe missing it must
 * not break {@code list()} or the waiters.
 */
class ClickPipeDecodingTest extends ClientTest {
    /** A pipe of each source kind with the spec's required fields only (most kinds require none). */
    private static final String MINIMAL_PIPES = "["
            + pipe("p-kafka", "{\"kafka\":{}}") + ","
            + pipe("p-s3", "{\"objectStorage\":{}}") + ","
            + pipe("p-kinesis", "{\"kinesis\":{}}") + ","
            + pipe(
                    "p-pubsub",
                    "{\"pubsub\":{\"format\":\"JSONEachRow\",\"projectId\":\"p\",\"topic\":\"t\","
                            + "\"authentication\":\"SERVICE_ACCOUNT\",\"seekType\":\"latest\"}}")
            + ","
            + pipe("p-postgres", "{\"postgres\":{}}") + ","
            + pipe(
                    "p-mysql",
                    "{\"mysql\":{\"host\":\"db\",\"port\":3306,\"settings\":{\"replicationMode\":\"cdc\"},"
                            + "\"tableMappings\":[]}}")
            + ","
            + pipe("p-mongodb", "{\"mongodb\":{\"uri\":\"mongodb://db\",\"readPreference\":\"primary\"}}") + ","
            + pipe("p-bigquery", "{\"bigquery\":{}}")
            + "]";

    private static String pipe(String id, String source) {
        return "{\"id\":\"" + id + "\",\"name\":\"" + id + "\",\"state\":\"Running\",\"source\":" + source
                + ",\"destination\":{},\"scaling\":{}}";
    }

    @Test
    void aPipeOfEveryKindWithMinimalFieldsIsRead() throws Exception {
        server.enqueue(ok(MINIMAL_PIPES));
        List<ClickPipe> pipes = ch.clickPipes(Cloud.SERVICE_ID).list();
        cloud.expect("GET", Pipes.pipesPath(""));
        assertThat(pipes)
                .extracting(p -> p.kind().orElseThrow())
                .containsExactly(
                        SourceKind.KAFKA,
                        SourceKind.OBJECT_STORAGE,
                        SourceKind.KINESIS,
                        SourceKind.PUBSUB,
                        SourceKind.POSTGRES,
                        SourceKind.MYSQL,
                        SourceKind.MONGODB,
                        SourceKind.BIGQUERY);
        assertThat(pipes).allSatisfy(p -> {
            assertThat(p.destination().orElseThrow().database()).isEmpty();
            assertThat(p.scaling().orElseThrow().replicas()).isEmpty();
        });
        KafkaSource kafka =
                pipes.get(0).source().flatMap(ClickPipeSource::kafka).orElseThrow();
        assertThat(kafka.type()).isEmpty();
        assertThat(kafka.format()).isEmpty();
        assertThat(kafka.brokers()).isEmpty();
        assertThat(kafka.topics()).isEmpty();
        assertThat(kafka.authentication()).isEmpty();
        var storage =
                pipes.get(1).source().flatMap(ClickPipeSource::objectStorage).orElseThrow();
        assertThat(storage.type()).isEmpty();
        assertThat(storage.format()).isEmpty();
        assertThat(storage.url()).isEmpty();
        var kinesis = pipes.get(2).source().flatMap(ClickPipeSource::kinesis).orElseThrow();
        assertThat(kinesis.format()).isEmpty();
        assertThat(kinesis.streamName()).isEmpty();
        assertThat(kinesis.region()).isEmpty();
        assertThat(kinesis.iteratorType()).isEmpty();
        assertThat(kinesis.authentication()).isEmpty();
        var postgres = pipes.get(4).source().flatMap(ClickPipeSource::postgres).orElseThrow();
        assertThat(postgres.host()).isEmpty();
        assertThat(postgres.port()).isEmpty();
        assertThat(postgres.database()).isEmpty();
        assertThat(pipes.get(6)
                        .source()
                        .flatMap(ClickPipeSource::mongodb)
                        .orElseThrow()
                        .settings())
                .isEmpty();
        assertThat(pipes.get(7)
                        .source()
                        .flatMap(ClickPipeSource::bigquery)
                        .orElseThrow()
                        .snapshotStagingPath())
                .isEmpty();
    }

    @Test
    void aMinimalPipeDoesNotBreakTheWaiters() {
        server.enqueue(ok(pipe(PIPE_ID, "{\"mongodb\":{\"uri\":\"mongodb://db\",\"readPreference\":\"primary\"}}")
                .replace("Running", "Setup")));
        server.enqueue(ok(pipe(PIPE_ID, "{\"mongodb\":{\"uri\":\"mongodb://db\",\"readPreference\":\"primary\"}}")
                .replace("Running", "Snapshot")));
        ClickPipe up = ch.clickPipes(Cloud.SERVICE_ID).waitUntilRunning(PIPE_ID, Duration.ofMinutes(5));
        assertThat(up.state()).isEqualTo(ClickPipeState.SNAPSHOT);
    }

    @Test
    void aKafkaOffsetAndSchemaRegistryMayComeBackPartial() {
        server.enqueue(ok(pipe(PIPE_ID, "{\"kafka\":{\"offset\":{},\"schemaRegistry\":{}}}")));
        KafkaSource kafka = ch.clickPipes(Cloud.SERVICE_ID)
                .get(PIPE_ID)
                .source()
                .flatMap(ClickPipeSource::kafka)
                .orElseThrow();
        assertThat(kafka.offset().orElseThrow().strategy()).isEmpty();
        assertThat(kafka.schemaRegistry().orElseThrow().url()).isEmpty();
        assertThat(kafka.schemaRegistry().orElseThrow().authentication()).isEmpty();
    }

    @Test
    void cdcScalingMayLackEitherField() {
        server.enqueue(ok("{\"replicaCpuMillicores\":2000}"));
        CdcScaling scaling = ch.clickPipes(Cloud.SERVICE_ID).cdcScaling();
        assertThat(scaling.replicaCpuMillicores()).contains(2000);
        assertThat(scaling.replicaMemoryGb()).isEmpty();
    }

    @Test
    void aReverseEndpointMayLackTypeAndStatus() {
        server.enqueue(ok("[{\"id\":\"" + ENDPOINT_ID + "\"}]"));
        List<ReversePrivateEndpoint> endpoints =
                ch.clickPipes(Cloud.SERVICE_ID).reversePrivateEndpoints().list();
        assertThat(endpoints.get(0).type()).isEmpty();
        assertThat(endpoints.get(0).status()).isEmpty();
    }

    @Test
    void aDiscoveredFieldMayLackItsType() {
        server.enqueue(ok("{\"fields\":[{\"name\":\"id\"},{\"name\":\"at\",\"type\":\"DateTime\"}]}"));
        DiscoveredSchema schema = ch.clickPipes(Cloud.SERVICE_ID)
                .discoverSchema(SchemaDiscoveryParams.builder()
                        .source(ClickPipeSource.kafka(ClickPipesTest.kafka()))
                        .build());
        assertThat(schema.fields())
                .extracting(f -> f.type())
                .containsExactly(Optional.empty(), Optional.of("DateTime"));
    }

    @Test
    void aPipeWithoutNameOrStateReadsAsUnknown() {
        server.enqueue(ok("[{\"id\":\"p-1\"},{\"id\":\"p-2\",\"name\":null,\"state\":null}]"));
        List<ClickPipe> pipes = ch.clickPipes(Cloud.SERVICE_ID).list();
        assertThat(pipes).extracting(ClickPipe::state).containsOnly(ClickPipeState.UNKNOWN);
        assertThat(pipes).extracting(ClickPipe::name).containsOnly("");
        assertThat(pipes).extracting(ClickPipe::kind).containsOnly(Optional.empty());
    }
    /** A Kafka pipe whose columns, engine and field mappings carry none or some of their fields. */
    private static final String SPARSE_KAFKA = pipe("p-kafka", "{\"kafka\":{}}")
            .replace(
                    "\"destination\":{}",
                    "\"destination\":{\"tableDefinition\":{\"engine\":{\"versionColumnId\":\"v\"}},"
                            + "\"columns\":[{},{\"name\":\"id\",\"type\":null}]},"
                            + "\"fieldMappings\":[{},{\"sourceField\":\"id\",\"destinationField\":null}]");

    @Test
    void columnsEnginesAndFieldMappingsMayLackEveryField() {
        server.enqueue(ok("[" + SPARSE_KAFKA + "]"));
        ClickPipe pipe = ch.clickPipes(Cloud.SERVICE_ID).list().get(0);
        ClickPipeDestination destination = pipe.destination().orElseThrow();
        List<DestinationColumn> columns = destination.columns();
        assertThat(columns.get(0).name()).isEmpty();
        assertThat(columns.get(0).type()).isEmpty();
        assertThat(columns.get(1).name()).contains("id");
        assertThat(columns.get(1).type()).isEmpty();
        DestinationTableEngine engine =
                destination.tableDefinition().orElseThrow().engine().orElseThrow();
        assertThat(engine.type()).isEmpty();
        assertThat(engine.versionColumnId()).contains("v");
        List<FieldMapping> mappings = pipe.fieldMappings();
        assertThat(mappings.get(0).sourceField()).isEmpty();
        assertThat(mappings.get(0).destinationField()).isEmpty();
        assertThat(mappings.get(1).sourceField()).contains("id");
        assertThat(mappings.get(1).destinationField()).isEmpty();
    }

    @Test
    void tableMappingsMayLackEveryField() {
        server.enqueue(ok("["
                + pipe(
                        "p-postgres",
                        "{\"postgres\":{\"tableMappings\":[{},{\"sourceTable\":\"users\",\"targetTable\":null}]}}")
                + ","
                + pipe(
                        "p-mysql",
                        "{\"mysql\":{\"host\":\"db\",\"port\":3306,\"settings\":{\"replicationMode\":\"cdc\"},"
                                + "\"tableMappings\":[{\"sourceSchemaName\":\"app\"}]}}")
                + ","
                + pipe("p-bigquery", "{\"bigquery\":{\"tableMappings\":[{}]}}")
                + "]"));
        List<ClickPipe> pipes = ch.clickPipes(Cloud.SERVICE_ID).list();
        List<TableMapping> postgres = pipes.get(0)
                .source()
                .flatMap(ClickPipeSource::postgres)
                .orElseThrow()
                .tableMappings();
        assertThat(postgres.get(0).sourceSchemaName()).isEmpty();
        assertThat(postgres.get(0).sourceTable()).isEmpty();
        assertThat(postgres.get(0).targetTable()).isEmpty();
        assertThat(postgres.get(1).sourceSchemaName()).isEmpty();
        assertThat(postgres.get(1).sourceTable()).contains("users");
        assertThat(postgres.get(1).targetTable()).isEmpty();
        TableMapping mysql = pipes.get(1)
                .source()
                .flatMap(ClickPipeSource::mysql)
                .orElseThrow()
                .tableMappings()
                .get(0);
        assertThat(mysql.sourceSchemaName()).contains("app");
        assertThat(mysql.sourceTable()).isEmpty();
        assertThat(mysql.targetTable()).isEmpty();
        BigQueryTableMapping bigquery = pipes.get(2)
                .source()
                .flatMap(ClickPipeSource::bigquery)
                .orElseThrow()
                .tableMappings()
                .get(0);
        assertThat(bigquery.sourceDatasetName()).isEmpty();
        assertThat(bigquery.sourceTable()).isEmpty();
        assertThat(bigquery.targetTable()).isEmpty();
    }

    @Test
    void sparseMappingsAndColumnsDoNotBreakGetOrTheWaiters() {
        String postgres = pipe(PIPE_ID, "{\"postgres\":{\"tableMappings\":[{}]}}");
        server.enqueue(ok(postgres.replace("Running", "Setup")));
        server.enqueue(ok(postgres.replace("Running", "Setup")));
        server.enqueue(ok(SPARSE_KAFKA.replace("p-kafka", PIPE_ID)));
        assertThat(ch.clickPipes(Cloud.SERVICE_ID).get(PIPE_ID).state()).isEqualTo(ClickPipeState.SETUP);
        ClickPipe up = ch.clickPipes(Cloud.SERVICE_ID).waitUntilRunning(PIPE_ID, Duration.ofMinutes(5));
        assertThat(up.state()).isEqualTo(ClickPipeState.RUNNING);
        assertThat(up.destination().orElseThrow().columns().get(0).type()).isEmpty();
        assertThat(server.getRequestCount()).isEqualTo(3);
    }
}
