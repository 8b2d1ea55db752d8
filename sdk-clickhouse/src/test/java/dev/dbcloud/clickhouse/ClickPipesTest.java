package dev.dbcloud.clickhouse;

import static dev.dbcloud.clickhouse.Cloud.body;
import static dev.dbcloud.clickhouse.Cloud.ok;
import static dev.dbcloud.clickhouse.Cloud.okEmpty;
import static dev.dbcloud.clickhouse.Cloud.tree;
import static dev.dbcloud.clickhouse.Pipes.PG_PIPE_ID;
import static dev.dbcloud.clickhouse.Pipes.PIPE_ID;
import static dev.dbcloud.clickhouse.Pipes.fixture;
import static dev.dbcloud.clickhouse.Pipes.kafkaIn;
import static dev.dbcloud.clickhouse.Pipes.pipePath;
import static dev.dbcloud.clickhouse.Pipes.pipesPath;
import static dev.dbcloud.clickhouse.Pipes.postgresIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.clickhouse.clickpipes.CdcScaling;
import dev.dbcloud.clickhouse.clickpipes.ClickPipe;
import dev.dbcloud.clickhouse.clickpipes.ClickPipeDestination;
import dev.dbcloud.clickhouse.clickpipes.ClickPipeScaling;
import dev.dbcloud.clickhouse.clickpipes.ClickPipeSettings;
import dev.dbcloud.clickhouse.clickpipes.ClickPipeSource;
import dev.dbcloud.clickhouse.clickpipes.ClickPipeSourceUpdate;
import dev.dbcloud.clickhouse.clickpipes.ClickPipeState;
import dev.dbcloud.clickhouse.clickpipes.ClickPipes;
import dev.dbcloud.clickhouse.clickpipes.CreateClickPipeParams;
import dev.dbcloud.clickhouse.clickpipes.DatabasePipeSettingsUpdate;
import dev.dbcloud.clickhouse.clickpipes.DestinationColumn;
import dev.dbcloud.clickhouse.clickpipes.DestinationEngineType;
import dev.dbcloud.clickhouse.clickpipes.DestinationUpdate;
import dev.dbcloud.clickhouse.clickpipes.DiscoveredSchema;
import dev.dbcloud.clickhouse.clickpipes.FieldMapping;
import dev.dbcloud.clickhouse.clickpipes.KafkaAuthentication;
import dev.dbcloud.clickhouse.clickpipes.KafkaFormat;
import dev.dbcloud.clickhouse.clickpipes.KafkaOffsetStrategy;
import dev.dbcloud.clickhouse.clickpipes.KafkaSource;
import dev.dbcloud.clickhouse.clickpipes.KafkaSourceType;
import dev.dbcloud.clickhouse.clickpipes.KafkaSourceUpdate;
import dev.dbcloud.clickhouse.clickpipes.ObjectStorageSource;
import dev.dbcloud.clickhouse.clickpipes.PostgresSourceUpdate;
import dev.dbcloud.clickhouse.clickpipes.ReplicationMode;
import dev.dbcloud.clickhouse.clickpipes.SchemaDiscoveryParams;
import dev.dbcloud.clickhouse.clickpipes.SourceKind;
import dev.dbcloud.clickhouse.clickpipes.TableEngine;
import dev.dbcloud.clickhouse.clickpipes.TableMapping;
import dev.dbcloud.clickhouse.clickpipes.UpdateClickPipeParams;
import dev.dbcloud.clickhouse.clickpipes.UpdateClickPipeScalingParams;
import dev.dbcloud.core.ApiResponse;
import java.time.Instant;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class ClickPipesTest extends ClientTest {
    static KafkaSource kafka() {
        return KafkaSource.builder()
                .type(KafkaSourceType.KAFKA)
                .format(KafkaFormat.JSON_EACH_ROW)
                .brokers("broker-1:9092")
                .topics("orders")
                .authentication(KafkaAuthentication.SCRAM_SHA_512)
                .build();
    }

    static ClickPipeDestination streamingDestination() {
        return ClickPipeDestination.builder()
                .database("default")
                .table("orders")
                .managedTable(true)
                .addColumns(DestinationColumn.of("id", "UInt64"))
                .build();
    }

    @Test
    void listParsesEveryPipe() throws Exception {
        server.enqueue(ok("[" + fixture("pipe-kafka.json") + "," + fixture("pipe-postgres.json") + "]"));
        List<ClickPipe> pipes = ch.clickPipes(Cloud.SERVICE_ID).list();
        cloud.expect("GET", pipesPath(""));
        assertThat(pipes).extracting(ClickPipe::id).containsExactly(PIPE_ID, PG_PIPE_ID);
        assertThat(pipes)
                .extracting(ClickPipe::kind)
                .containsExactly(java.util.Optional.of(SourceKind.KAFKA), java.util.Optional.of(SourceKind.POSTGRES));
    }

    @Test
    void getParsesAKafkaPipeWithQuantityStrings() throws Exception {
        server.enqueue(kafkaIn("Running"));
        ClickPipe pipe = ch.clickPipes(Cloud.SERVICE_ID).get(PIPE_ID);
        RecordedRequest request = cloud.expect("GET", pipePath(""));
        assertThat(request.getUrl().query()).isNull();
        assertThat(pipe.serviceId()).contains(Cloud.SERVICE_ID);
        assertThat(pipe.name()).isEqualTo("orders");
        assertThat(pipe.state()).isEqualTo(ClickPipeState.RUNNING);
        ClickPipeScaling scaling = pipe.scaling().orElseThrow();
        assertThat(scaling.replicas()).contains(2);
        assertThat(scaling.replicaCpuMillicores()).contains(500);
        assertThat(scaling.replicaMemoryGb()).contains(2.0);
        KafkaSource kafka = pipe.source().orElseThrow().kafka().orElseThrow();
        assertThat(kafka.type()).contains(KafkaSourceType.CONFLUENT);
        assertThat(kafka.authentication()).contains(KafkaAuthentication.PLAIN);
        assertThat(kafka.offset().orElseThrow().strategy()).contains(KafkaOffsetStrategy.FROM_LATEST);
        assertThat(kafka.reversePrivateEndpointIds()).isEmpty();
        assertThat(kafka.credentials()).isEmpty();
        assertThat(pipe.source().orElseThrow().objectStorage()).isEmpty();
        ClickPipeDestination destination = pipe.destination().orElseThrow();
        assertThat(destination.table()).contains("orders");
        assertThat(destination
                        .tableDefinition()
                        .orElseThrow()
                        .engine()
                        .orElseThrow()
                        .type())
                .contains(DestinationEngineType.MERGE_TREE);
        assertThat(destination.columns()).containsExactly(DestinationColumn.of("id", "UInt64"));
        assertThat(pipe.fieldMappings()).containsExactly(FieldMapping.of("id", "id"));
        assertThat(pipe.settings().orElseThrow().streamingMaxInsertWaitMs()).contains(5000);
        assertThat(pipe.settings().orElseThrow().clickhouseMaxThreads()).isEmpty();
        assertThat(pipe.createdAt()).contains(Instant.parse("2026-03-01T10:00:00Z"));
        assertThat(pipe.updatedAt()).contains(Instant.parse("2026-03-02T11:30:00Z"));
    }

    @Test
    void getParsesADatabasePipeWhoseTableDefinitionIsNull() throws Exception {
        server.enqueue(postgresIn("Snapshot"));
        ClickPipe pipe = ch.clickPipes(Cloud.SERVICE_ID).get(PG_PIPE_ID);
        cloud.expect("GET", pipesPath("/" + PG_PIPE_ID));
        assertThat(pipe.state()).isEqualTo(ClickPipeState.SNAPSHOT);
        assertThat(pipe.scaling()).isEmpty();
        assertThat(pipe.destination().orElseThrow().tableDefinition()).isEmpty();
        assertThat(pipe.destination().orElseThrow().columns()).isEmpty();
        assertThat(pipe.fieldMappings()).isEmpty();
        assertThat(pipe.updatedAt()).isEmpty();
        assertThat(pipe.source()
                        .orElseThrow()
                        .postgres()
                        .orElseThrow()
                        .settings()
                        .orElseThrow()
                        .replicationMode())
                .contains(ReplicationMode.CDC);
        assertThat(pipe.source()
                        .orElseThrow()
                        .postgres()
                        .orElseThrow()
                        .tableMappings()
                        .get(0)
                        .tableEngine())
                .contains(TableEngine.REPLACING_MERGE_TREE);
    }

    @Test
    void unknownEnumValuesSurviveAndAreWrittenBack() throws Exception {
        server.enqueue(ok(fixture("pipe-kafka.json")
                .replace("\"Running\"", "\"Hibernating\"")
                .replace("\"confluent\"", "\"streamnative\"")
                .replace("\"JSONEachRow\"", "\"CapnProto\"")
                .replace("\"MergeTree\"", "\"AggregatingMergeTree\"")));
        ClickPipe pipe = ch.clickPipes(Cloud.SERVICE_ID).get(PIPE_ID);
        assertThat(pipe.state().isKnown()).isFalse();
        assertThat(pipe.state().value()).isEqualTo("Hibernating");
        KafkaSource kafka = pipe.source().orElseThrow().kafka().orElseThrow();
        assertThat(kafka.type().orElseThrow().value()).isEqualTo("streamnative");
        assertThat(kafka.format().orElseThrow().value()).isEqualTo("CapnProto");
        assertThat(pipe.destination()
                        .orElseThrow()
                        .tableDefinition()
                        .orElseThrow()
                        .engine()
                        .orElseThrow()
                        .type()
                        .orElseThrow()
                        .value())
                .isEqualTo("AggregatingMergeTree");
        assertThat(dev.dbcloud.core.internal.Json.toTree(kafka).get("type").asText())
                .isEqualTo("streamnative");
    }

    @Test
    void createSendsOnlyTheOneSourceAndWhatWasSet() throws Exception {
        server.enqueue(kafkaIn("Provisioning"));
        ClickPipe created = ch.clickPipes(Cloud.SERVICE_ID)
                .create(CreateClickPipeParams.builder()
                        .name("orders")
                        .source(ClickPipeSource.kafka(kafka()))
                        .destination(ClickPipeDestination.builder()
                                .database("default")
                                .table("orders")
                                .managedTable(true)
                                .addColumns(DestinationColumn.of("id", "UInt64"))
                                .build())
                        .addFieldMappings(FieldMapping.of("id", "id"))
                        .build());
        RecordedRequest request = cloud.expect("POST", pipesPath(""));
        assertThat(body(request))
                .isEqualTo(tree("{\"name\":\"orders\",\"source\":{\"kafka\":{\"type\":\"kafka\","
                        + "\"format\":\"JSONEachRow\",\"brokers\":\"broker-1:9092\",\"topics\":\"orders\","
                        + "\"authentication\":\"SCRAM-SHA-512\"}},\"destination\":{\"database\":\"default\","
                        + "\"table\":\"orders\",\"managedTable\":true,\"columns\":[{\"name\":\"id\",\"type\":\"UInt64\"}]},"
                        + "\"fieldMappings\":[{\"sourceField\":\"id\",\"destinationField\":\"id\"}]}"));
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(created.state()).isEqualTo(ClickPipeState.PROVISIONING);
    }

    @Test
    void createRefusesZeroOrTwoSourcesBeforeSending() {
        assertThatThrownBy(() -> CreateClickPipeParams.builder()
                        .name("none")
                        .source(ClickPipeSource.builder().build())
                        .destination(ClickPipeDestination.database("default"))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("source must set exactly one of kafka, objectStorage")
                .hasMessageContaining("none");
        assertThatThrownBy(() -> CreateClickPipeParams.builder()
                        .name("two")
                        .source(ClickPipeSource.builder()
                                .kafka(kafka())
                                .kinesis(Pipes.kinesis())
                                .build())
                        .destination(ClickPipeDestination.database("default"))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exactly one")
                .hasMessageContaining("[KAFKA, KINESIS]");
        assertThatThrownBy(() -> CreateClickPipeParams.builder()
                        .name(" ")
                        .source(ClickPipeSource.kafka(kafka()))
                        .destination(ClickPipeDestination.database("default"))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void incompleteColumnsMappingsAndEnginesAreRefusedBeforeSending() {
        ClickPipes pipes = ch.clickPipes(Cloud.SERVICE_ID);
        assertThatThrownBy(() -> pipes.create(CreateClickPipeParams.builder()
                        .name("orders")
                        .source(ClickPipeSource.kafka(kafka()))
                        .destination(ClickPipeDestination.builder()
                                .from(streamingDestination())
                                .columns(List.of(
                                        DestinationColumn.builder().name("id").build()))
                                .build())
                        .build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("destination.columns[0].type is required to create a pipe");
        assertThatThrownBy(() -> pipes.create(CreateClickPipeParams.builder()
                        .name("orders")
                        .source(ClickPipeSource.kafka(kafka()))
                        .destination(streamingDestination())
                        .addFieldMappings(
                                FieldMapping.builder().sourceField("id").build())
                        .build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fieldMappings[0].destinationField is required to create a pipe");
        assertThatThrownBy(() -> pipes.update(
                        PG_PIPE_ID,
                        UpdateClickPipeParams.builder()
                                .source(ClickPipeSourceUpdate.postgres(PostgresSourceUpdate.builder()
                                        .addTableMappingsToAdd(TableMapping.builder()
                                                .sourceSchemaName("public")
                                                .sourceTable("orders")
                                                .build())
                                        .build()))
                                .build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PostgresSourceUpdate.tableMappingsToAdd[0].targetTable is required to update a pipe");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void idsAreCheckedBeforeSending() {
        assertThatThrownBy(() -> ch.clickPipes(".."))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("serviceId");
        assertThatThrownBy(() -> ch.clickPipes(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("serviceId");
        ClickPipes pipes = ch.clickPipes(Cloud.SERVICE_ID);
        assertThatThrownBy(() -> pipes.get(" ")).hasMessageContaining("pipeId");
        assertThatThrownBy(() -> pipes.delete(".")).hasMessageContaining("pipeId");
        assertThatThrownBy(() -> pipes.start("")).hasMessageContaining("pipeId");
        assertThatThrownBy(() -> pipes.settings("..")).hasMessageContaining("pipeId");
        assertThatThrownBy(() -> pipes.waitUntilRunning(" ", java.time.Duration.ofMinutes(1)))
                .hasMessageContaining("pipeId");
        assertThatThrownBy(() -> pipes.reversePrivateEndpoints().get(" ")).hasMessageContaining("endpointId");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void updatePatchesOnlyWhatWasSet() throws Exception {
        server.enqueue(kafkaIn("Running"));
        ch.clickPipes(Cloud.SERVICE_ID)
                .update(
                        PIPE_ID,
                        UpdateClickPipeParams.builder()
                                .name("orders-v2")
                                .source(ClickPipeSourceUpdate.kafka(KafkaSourceUpdate.builder()
                                        .authentication(KafkaAuthentication.PLAIN)
                                        .credentials(dev.dbcloud.clickhouse.clickpipes.KafkaCredentials.plain(
                                                "user", "new-secret"))
                                        .reversePrivateEndpointIds(List.of())
                                        .build()))
                                .destination(DestinationUpdate.builder()
                                        .addColumns(DestinationColumn.of("id", "UInt64"))
                                        .build())
                                .fieldMappings(List.of(FieldMapping.of("id", "id")))
                                .build());
        assertThat(body(cloud.expect("PATCH", pipePath(""))))
                .isEqualTo(tree("{\"name\":\"orders-v2\",\"source\":{\"kafka\":{\"authentication\":\"PLAIN\","
                        + "\"credentials\":{\"username\":\"user\",\"password\":\"new-secret\"},"
                        + "\"reversePrivateEndpointIds\":[]}},"
                        + "\"destination\":{\"columns\":[{\"name\":\"id\",\"type\":\"UInt64\"}]},"
                        + "\"fieldMappings\":[{\"sourceField\":\"id\",\"destinationField\":\"id\"}]}"));
    }

    @Test
    void updateOfAPostgresPipeAddsAndRemovesTables() throws Exception {
        server.enqueue(postgresIn("Paused"));
        ClickPipe updated = ch.clickPipes(Cloud.SERVICE_ID)
                .update(
                        PG_PIPE_ID,
                        UpdateClickPipeParams.builder()
                                .source(ClickPipeSourceUpdate.postgres(PostgresSourceUpdate.builder()
                                        .settings(DatabasePipeSettingsUpdate.builder()
                                                .syncIntervalSeconds(30)
                                                .build())
                                        .addTableMappingsToAdd(TableMapping.of("public", "orders", "public_orders"))
                                        .addTableMappingsToRemove(TableMapping.of("public", "audit", "public_audit"))
                                        .build()))
                                .build());
        assertThat(body(cloud.expect("PATCH", pipesPath("/" + PG_PIPE_ID))))
                .isEqualTo(tree("{\"source\":{\"postgres\":{\"settings\":{\"syncIntervalSeconds\":30},"
                        + "\"tableMappingsToAdd\":[{\"sourceSchemaName\":\"public\",\"sourceTable\":\"orders\","
                        + "\"targetTable\":\"public_orders\"}],"
                        + "\"tableMappingsToRemove\":[{\"sourceSchemaName\":\"public\",\"sourceTable\":\"audit\","
                        + "\"targetTable\":\"public_audit\"}]}}}"));
        assertThat(updated.state()).isEqualTo(ClickPipeState.PAUSED);
    }

    @Test
    void anUpdateThatSetsNothingGoesOutEmpty() throws Exception {
        server.enqueue(kafkaIn("Running"));
        ch.clickPipes(Cloud.SERVICE_ID)
                .update(PIPE_ID, UpdateClickPipeParams.builder().build());
        assertThat(body(cloud.expect("PATCH", pipePath("")))).isEqualTo(tree("{}"));
    }

    @Test
    void updatesThatChangeNothingOrSeveralSourcesAreRefused() {
        assertThatThrownBy(() -> ClickPipeSourceUpdate.builder().build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exactly one");
        assertThatThrownBy(() -> UpdateClickPipeParams.builder().name("").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name");
        assertThatThrownBy(() -> UpdateClickPipeScalingParams.builder().build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one field");
    }

    @Test
    void aCreateThatFailsOnTheServerIsNotRepeated() throws Exception {
        server.enqueue(Cloud.json(500, "{\"error\":\"Internal error\"}"));
        server.enqueue(new mockwebserver3.MockResponse.Builder()
                .code(504)
                .setHeader("Content-Type", "text/html")
                .body("<HTML><BODY>ERROR: The request could not be satisfied. Generated by cloudfront</BODY></HTML>")
                .build());
        CreateClickPipeParams params = CreateClickPipeParams.builder()
                .name("orders")
                .source(ClickPipeSource.kafka(kafka()))
                .destination(streamingDestination())
                .addFieldMappings(FieldMapping.of("id", "id"))
                .build();
        ClickPipes pipes = ch.clickPipes(Cloud.SERVICE_ID);
        assertThatThrownBy(() -> pipes.create(params))
                .isInstanceOf(dev.dbcloud.core.errors.ServerException.class)
                .hasMessageContaining("Internal error");
        assertThatThrownBy(() -> pipes.create(params))
                .isInstanceOf(dev.dbcloud.core.errors.ServerException.class)
                .satisfies(e -> assertThat(((dev.dbcloud.core.errors.ServerException) e).statusCode())
                        .isEqualTo(504));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aManagedTableWithoutEngineIsRead() {
        server.enqueue(
                ok(fixture("pipe-kafka.json").replace("\"engine\": {\"type\": \"MergeTree\"}", "\"engine\": null")));
        assertThat(ch.clickPipes(Cloud.SERVICE_ID)
                        .get(PIPE_ID)
                        .destination()
                        .orElseThrow()
                        .tableDefinition()
                        .orElseThrow()
                        .engine())
                .isEmpty();
    }

    @Test
    void delete() throws Exception {
        server.enqueue(okEmpty());
        ch.clickPipes(Cloud.SERVICE_ID).delete(PIPE_ID);
        RecordedRequest request = cloud.expect("DELETE", pipePath(""));
        assertThat(request.getBody() == null || request.getBody().size() == 0).isTrue();
    }

    @Test
    void updateScalingSendsTheNewScaling() throws Exception {
        server.enqueue(kafkaIn("Running"));
        ClickPipe pipe = ch.clickPipes(Cloud.SERVICE_ID)
                .updateScaling(
                        PIPE_ID,
                        UpdateClickPipeScalingParams.builder()
                                .replicas(3)
                                .replicaCpuMillicores(1000)
                                .replicaMemoryGb(4.0)
                                .build());
        assertThat(body(cloud.expect("PATCH", pipePath("/scaling"))))
                .isEqualTo(tree("{\"replicas\":3,\"replicaCpuMillicores\":1000,\"replicaMemoryGb\":4.0}"));
        assertThat(pipe.scaling().orElseThrow().replicas()).contains(2);
    }

    @Test
    void stateCommandsUseTheCommandKey() throws Exception {
        server.enqueue(kafkaIn("Provisioning"));
        server.enqueue(kafkaIn("Stopping"));
        server.enqueue(postgresIn("Resync"));
        ClickPipes pipes = ch.clickPipes(Cloud.SERVICE_ID);
        assertThat(pipes.start(PIPE_ID).state()).isEqualTo(ClickPipeState.PROVISIONING);
        assertThat(pipes.stop(PIPE_ID).state()).isEqualTo(ClickPipeState.STOPPING);
        assertThat(pipes.resync(PG_PIPE_ID).state()).isEqualTo(ClickPipeState.RESYNC);
        assertThat(body(cloud.expect("PATCH", pipePath("/state")))).isEqualTo(tree("{\"command\":\"start\"}"));
        assertThat(body(cloud.expect("PATCH", pipePath("/state")))).isEqualTo(tree("{\"command\":\"stop\"}"));
        assertThat(body(cloud.expect("PATCH", pipesPath("/" + PG_PIPE_ID + "/state"))))
                .isEqualTo(tree("{\"command\":\"resync\"}"));
    }

    @Test
    void settingsAreReadAndReplacedWithSnakeCaseKeys() throws Exception {
        server.enqueue(ok(fixture("settings.json")));
        server.enqueue(ok("{\"streaming_max_insert_wait_ms\":1000,\"clickhouse_max_insert_threads\":null}"));
        ClickPipes pipes = ch.clickPipes(Cloud.SERVICE_ID);
        ClickPipeSettings settings = pipes.settings(PIPE_ID);
        cloud.expect("GET", pipePath("/settings"));
        assertThat(settings.streamingMaxInsertWaitMs()).contains(5000);
        assertThat(settings.objectStorageConcurrency()).contains(1);
        assertThat(settings.objectStoragePollingIntervalMs()).contains(30000L);
        assertThat(settings.objectStorageMaxInsertBytes()).contains(10737418240L);
        assertThat(settings.objectStorageMaxFileCount()).contains(100);
        assertThat(settings.clickhouseMaxThreads()).contains(8);
        assertThat(settings.clickhouseMaxInsertThreads()).contains(1);
        assertThat(settings.clickhouseMinInsertBlockSizeBytes()).contains(1073741824L);
        assertThat(settings.clickhouseMaxDownloadThreads()).contains(4);
        assertThat(settings.clickhouseParallelDistributedInsertSelect()).contains(2);
        assertThat(settings.objectStorageUseClusterFunction()).contains(true);
        assertThat(settings.clickhouseParallelViewProcessing()).contains(false);
        assertThat(tree(dev.dbcloud.core.internal.Json.write(settings))).isEqualTo(tree(fixture("settings.json")));

        ClickPipeSettings after = pipes.updateSettings(
                PIPE_ID,
                ClickPipeSettings.builder()
                        .streamingMaxInsertWaitMs(1000)
                        .clickhouseParallelViewProcessing(true)
                        .build());
        assertThat(body(cloud.expect("PUT", pipePath("/settings"))))
                .isEqualTo(
                        tree("{\"streaming_max_insert_wait_ms\":1000,\"clickhouse_parallel_view_processing\":true}"));
        assertThat(after.streamingMaxInsertWaitMs()).contains(1000);
        assertThat(after.clickhouseMaxInsertThreads()).isEmpty();
    }

    @Test
    void cdcScalingIsServiceScopedAndAcceptsQuantities() throws Exception {
        server.enqueue(ok("{\"replicaCpuMillicores\":\"2\",\"replicaMemoryGb\":\"8Gi\"}"));
        server.enqueue(ok("{\"replicaCpuMillicores\":4000,\"replicaMemoryGb\":16}"));
        ClickPipes pipes = ch.clickPipes(Cloud.SERVICE_ID);
        CdcScaling current = pipes.cdcScaling();
        cloud.expect("GET", Cloud.servicePath("/clickpipesCdcScaling"));
        assertThat(current).isEqualTo(CdcScaling.of(2000, 8.0));
        CdcScaling updated = pipes.updateCdcScaling(CdcScaling.of(4000, 16));
        assertThat(body(cloud.expect("PATCH", Cloud.servicePath("/clickpipesCdcScaling"))))
                .isEqualTo(tree("{\"replicaCpuMillicores\":4000,\"replicaMemoryGb\":16.0}"));
        assertThat(updated.replicaCpuMillicores()).contains(4000);
        assertThat(updated.replicaMemoryGb()).contains(16.0);
        server.enqueue(ok("{\"replicaCpuMillicores\":4000,\"replicaMemoryGb\":16}"));
        pipes.updateCdcScaling(CdcScaling.builder().replicaCpuMillicores(4000).build());
        assertThat(body(cloud.expect("PATCH", Cloud.servicePath("/clickpipesCdcScaling"))))
                .isEqualTo(tree("{\"replicaCpuMillicores\":4000}"));
        server.enqueue(ok("{\"replicaCpuMillicores\":4000,\"replicaMemoryGb\":16}"));
        pipes.updateCdcScaling(CdcScaling.builder().build());
        assertThat(body(cloud.expect("PATCH", Cloud.servicePath("/clickpipesCdcScaling"))))
                .as("the specification requires no field of a CDC scaling change")
                .isEqualTo(tree("{}"));
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void schemaDiscoverySamplesAKafkaSource() throws Exception {
        server.enqueue(ok("{\"fields\":[{\"name\":\"user_id\",\"type\":\"Int64\",\"optional\":false},"
                + "{\"name\":\"note\",\"type\":\"Nullable(String)\",\"optional\":true}],"
                + "\"meta\":{\"samples\":\"10\"}}"));
        DiscoveredSchema schema = ch.clickPipes(Cloud.SERVICE_ID)
                .discoverSchema(SchemaDiscoveryParams.of(ClickPipeSource.kafka(kafka())));
        assertThat(body(cloud.expect("POST", pipesPath("/schemaDiscovery"))))
                .isEqualTo(tree("{\"source\":{\"kafka\":{\"type\":\"kafka\",\"format\":\"JSONEachRow\","
                        + "\"brokers\":\"broker-1:9092\",\"topics\":\"orders\","
                        + "\"authentication\":\"SCRAM-SHA-512\"}}}"));
        assertThat(schema.fields())
                .extracting(f -> f.name().orElse("?") + ":" + f.type().orElse("?"))
                .containsExactly("user_id:Int64", "note:Nullable(String)");
        assertThat(schema.fields().get(1).optional()).contains(true);
        assertThat(schema.meta()).containsEntry("samples", "10");
    }

    @Test
    void schemaDiscoveryTakesOnlyKafkaOrKinesis() {
        assertThatThrownBy(() -> SchemaDiscoveryParams.of(ClickPipeSource.objectStorage(ObjectStorageSource.builder()
                        .type(dev.dbcloud.clickhouse.clickpipes.ObjectStorageType.S3)
                        .format(dev.dbcloud.clickhouse.clickpipes.ObjectStorageFormat.CSV)
                        .url("https://bucket.s3.amazonaws.com/*.csv")
                        .build())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kafka or kinesis");
        assertThat(SchemaDiscoveryParams.of(ClickPipeSource.kinesis(Pipes.kinesis()))
                        .source()
                        .kind())
                .contains(SourceKind.KINESIS);
    }

    @Test
    void rawResponsesCarryStatusHeadersAndRequestId() throws Exception {
        server.enqueue(ok("[]").newBuilder().setHeader("X-Trace", "t-1").build());
        server.enqueue(okEmpty());
        ClickPipes.WithRawResponse raw = ch.clickPipes(Cloud.SERVICE_ID).withRawResponse();
        ApiResponse<List<ClickPipe>> listed = raw.list();
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.header("X-Trace")).contains("t-1");
        assertThat(listed.requestId()).contains("a5957990-dbe5-46fd-b5ce-a7f8f79e50fe");
        assertThat(listed.value()).isEmpty();
        ApiResponse<Void> deleted = raw.delete(PIPE_ID);
        assertThat(deleted.requestId()).contains("ac9bbffa-e370-410c-8bdd-bd24bf3d7f82");
        assertThat(ch.clickPipes(Cloud.SERVICE_ID).withRawResponse()).isNotNull();
    }

    @Test
    void theHandleKnowsItsServiceAndAutoWakeSetting() {
        ClickPipes pipes = ch.clickPipes(Cloud.SERVICE_ID);
        assertThat(pipes.serviceId()).isEqualTo(Cloud.SERVICE_ID);
        assertThat(pipes.autoWakeTimeout()).isEmpty();
        ClickPipes waking = pipes.withAutoWake(java.time.Duration.ofMinutes(3));
        assertThat(waking.autoWakeTimeout()).contains(java.time.Duration.ofMinutes(3));
        assertThat(waking.withoutAutoWake().autoWakeTimeout()).isEmpty();
        assertThat(pipes.autoWakeTimeout()).isEmpty();
        assertThat(pipes.withRawResponse()).isSameAs(pipes.withRawResponse());
        assertThat(pipes.reversePrivateEndpoints()).isSameAs(pipes.reversePrivateEndpoints());
        assertThatThrownBy(() -> pipes.withAutoWake(java.time.Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("timeout");
    }
}
