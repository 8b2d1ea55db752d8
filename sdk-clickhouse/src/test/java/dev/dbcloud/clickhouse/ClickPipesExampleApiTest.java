package dev.dbcloud.clickhouse;

import static dev.dbcloud.clickhouse.Cloud.ok;
import static dev.dbcloud.clickhouse.Pipes.PIPE_ID;
import static dev.dbcloud.clickhouse.Pipes.kafkaIn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dbcloud.clickhouse.clickpipes.AccessKey;
import dev.dbcloud.clickhouse.clickpipes.ClickPipe;
import dev.dbcloud.clickhouse.clickpipes.ClickPipeDestination;
import dev.dbcloud.clickhouse.clickpipes.ClickPipeScaling;
import dev.dbcloud.clickhouse.clickpipes.ClickPipeSource;
import dev.dbcloud.clickhouse.clickpipes.ClickPipeState;
import dev.dbcloud.clickhouse.clickpipes.ClickPipes;
import dev.dbcloud.clickhouse.clickpipes.CreateClickPipeParams;
import dev.dbcloud.clickhouse.clickpipes.DestinationColumn;
import dev.dbcloud.clickhouse.clickpipes.DestinationEngineType;
import dev.dbcloud.clickhouse.clickpipes.DestinationTableEngine;
import dev.dbcloud.clickhouse.clickpipes.FieldMapping;
import dev.dbcloud.clickhouse.clickpipes.KafkaAuthentication;
import dev.dbcloud.clickhouse.clickpipes.KafkaCredentials;
import dev.dbcloud.clickhouse.clickpipes.KafkaFormat;
import dev.dbcloud.clickhouse.clickpipes.KafkaSource;
import dev.dbcloud.clickhouse.clickpipes.KafkaSourceType;
import dev.dbcloud.clickhouse.clickpipes.ObjectStorageAuthentication;
import dev.dbcloud.clickhouse.clickpipes.ObjectStorageFormat;
import dev.dbcloud.clickhouse.clickpipes.ObjectStorageSource;
import dev.dbcloud.clickhouse.clickpipes.ObjectStorageType;
import dev.dbcloud.clickhouse.clickpipes.SourceKind;
import dev.dbcloud.clickhouse.clickpipes.TableDefinition;
import dev.dbcloud.clickhouse.clickpipes.UpdateClickPipeScalingParams;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The ClickPipes surface the published example program uses, built and called the way it does: a rename here
 * breaks the build, and a create rule the example does not meet fails here first.
 */
class ClickPipesExampleApiTest extends ClientTest {
    private static ClickPipeDestination destination() {
        return ClickPipeDestination.builder()
                .database("default")
                .table("events")
                .managedTable(true)
                .tableDefinition(TableDefinition.builder()
                        .engine(DestinationTableEngine.of(DestinationEngineType.MERGE_TREE))
                        .addSortingKey("id")
                        .build())
                .addColumns(DestinationColumn.of("id", "UInt64"))
                .build();
    }

    @Test
    void theExamplesCallsBuildAndRun() {
        CreateClickPipeParams kafka = CreateClickPipeParams.builder()
                .name("events-kafka")
                .source(ClickPipeSource.kafka(KafkaSource.builder()
                        .type(KafkaSourceType.CONFLUENT)
                        .format(KafkaFormat.JSON_EACH_ROW)
                        .brokers("pkc-1.confluent.cloud:9092")
                        .topics("events")
                        .authentication(KafkaAuthentication.PLAIN)
                        .credentials(KafkaCredentials.plain("key", "secret"))
                        .build()))
                .destination(destination())
                .addFieldMappings(FieldMapping.of("id", "id"))
                .build();
        CreateClickPipeParams s3 = CreateClickPipeParams.builder()
                .name("events-s3")
                .source(ClickPipeSource.objectStorage(ObjectStorageSource.builder()
                        .type(ObjectStorageType.S3)
                        .format(ObjectStorageFormat.JSON_EACH_ROW)
                        .url("https://bucket.s3.amazonaws.com/events/*.json")
                        .isContinuous(false)
                        .authentication(ObjectStorageAuthentication.IAM_USER)
                        .accessKey(AccessKey.of("AKIA", "secret"))
                        .build()))
                .destination(destination())
                .addFieldMappings(FieldMapping.of("id", "id"))
                .build();
        assertThat(s3.source().kind()).contains(SourceKind.OBJECT_STORAGE);

        server.enqueue(kafkaIn("Provisioning"));
        server.enqueue(kafkaIn("Running"));
        server.enqueue(ok("[" + Pipes.fixture("pipe-kafka.json") + "]"));
        server.enqueue(kafkaIn("Running"));
        server.enqueue(kafkaIn("Running"));
        server.enqueue(kafkaIn("Stopping"));
        server.enqueue(kafkaIn("Stopped"));
        server.enqueue(kafkaIn("Provisioning"));
        server.enqueue(Cloud.okEmpty());
        ClickPipes pipes = ch.clickPipes(Cloud.SERVICE_ID).withAutoWake(Duration.ofMinutes(10));
        ClickPipe created = pipes.create(kafka);
        ClickPipe running = pipes.waitUntilRunning(created.id(), Duration.ofMinutes(10));
        assertThat(pipes.list()).extracting(ClickPipe::id).containsExactly(PIPE_ID);
        ClickPipe got = pipes.get(PIPE_ID);
        ClickPipe scaled = pipes.updateScaling(
                PIPE_ID, UpdateClickPipeScalingParams.builder().replicas(2).build());
        pipes.stop(PIPE_ID);
        pipes.waitUntilStopped(PIPE_ID, Duration.ofMinutes(5));
        pipes.start(PIPE_ID);
        pipes.delete(PIPE_ID);
        assertThat(running.state()).isEqualTo(ClickPipeState.RUNNING);
        assertThat(got.name()).isEqualTo("orders");
        assertThat(got.kind()).isEqualTo(Optional.of(SourceKind.KAFKA));
        ClickPipeScaling scaling = scaled.scaling().orElseThrow();
        assertThat(scaling.replicas()).contains(2);
        assertThat(scaling.replicaCpuMillicores()).contains(500);
        assertThat(scaling.replicaMemoryGb()).contains(2.0);
        assertThat(server.getRequestCount()).isEqualTo(9);
    }
}
