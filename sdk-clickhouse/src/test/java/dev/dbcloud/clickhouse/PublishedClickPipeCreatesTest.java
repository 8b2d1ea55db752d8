package dev.dbcloud.clickhouse;

import static dev.dbcloud.clickhouse.Pipes.kafkaIn;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dbcloud.clickhouse.clickpipes.AccessKey;
import dev.dbcloud.clickhouse.clickpipes.AwsAuthentication;
import dev.dbcloud.clickhouse.clickpipes.BigQueryPipeSettings;
import dev.dbcloud.clickhouse.clickpipes.BigQuerySource;
import dev.dbcloud.clickhouse.clickpipes.BigQueryTableMapping;
import dev.dbcloud.clickhouse.clickpipes.ClickPipeDestination;
import dev.dbcloud.clickhouse.clickpipes.ClickPipeSource;
import dev.dbcloud.clickhouse.clickpipes.CreateClickPipeParams;
import dev.dbcloud.clickhouse.clickpipes.DestinationColumn;
import dev.dbcloud.clickhouse.clickpipes.DestinationEngineType;
import dev.dbcloud.clickhouse.clickpipes.DestinationTableEngine;
import dev.dbcloud.clickhouse.clickpipes.KafkaAuthentication;
import dev.dbcloud.clickhouse.clickpipes.KafkaCredentials;
import dev.dbcloud.clickhouse.clickpipes.KafkaFormat;
import dev.dbcloud.clickhouse.clickpipes.KafkaSource;
import dev.dbcloud.clickhouse.clickpipes.KafkaSourceType;
import dev.dbcloud.clickhouse.clickpipes.KinesisFormat;
import dev.dbcloud.clickhouse.clickpipes.KinesisIteratorType;
import dev.dbcloud.clickhouse.clickpipes.KinesisSource;
import dev.dbcloud.clickhouse.clickpipes.MongoDbPipeSettings;
import dev.dbcloud.clickhouse.clickpipes.MongoDbReadPreference;
import dev.dbcloud.clickhouse.clickpipes.MongoDbSource;
import dev.dbcloud.clickhouse.clickpipes.MongoDbTableMapping;
import dev.dbcloud.clickhouse.clickpipes.MySqlPipeSettings;
import dev.dbcloud.clickhouse.clickpipes.MySqlSource;
import dev.dbcloud.clickhouse.clickpipes.ObjectStorageAuthentication;
import dev.dbcloud.clickhouse.clickpipes.ObjectStorageFormat;
import dev.dbcloud.clickhouse.clickpipes.ObjectStorageSource;
import dev.dbcloud.clickhouse.clickpipes.ObjectStorageType;
import dev.dbcloud.clickhouse.clickpipes.PostgresPipeSettings;
import dev.dbcloud.clickhouse.clickpipes.PostgresSource;
import dev.dbcloud.clickhouse.clickpipes.ReplicationMode;
import dev.dbcloud.clickhouse.clickpipes.ServiceAccountKey;
import dev.dbcloud.clickhouse.clickpipes.TableDefinition;
import dev.dbcloud.clickhouse.clickpipes.TableMapping;
import dev.dbcloud.clickhouse.clickpipes.UsernamePassword;
import dev.dbcloud.core.testing.Wire;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/**
 * The ClickPipe creates the vendor documents, one per source kind ("ClickPipes OpenAPI reference", fixtures under
 * {@code published/clickpipes/docs-create-*.json} with their URL): each is built with the SDK's builders exactly as
 * the docs show it, and what goes out is the docs' JSON tree, nothing refused, added or renamed.
 */
class PublishedClickPipeCreatesTest extends ClientTest {
    private static final String DOCS = "/published/clickpipes/docs-create-";

    private static ClickPipeDestination streamingDestination(DestinationColumn... columns) {
        return ClickPipeDestination.builder()
                .table("my_table")
                .managedTable(true)
                .tableDefinition(TableDefinition.builder()
                        .engine(DestinationTableEngine.of(DestinationEngineType.MERGE_TREE))
                        .build())
                .addColumns(columns)
                .build();
    }

    private static ClickPipeDestination twoColumns() {
        return streamingDestination(DestinationColumn.of("id", "UInt64"), DestinationColumn.of("message", "String"));
    }

    /** Sends {@code params}, and checks the body is the fixture's {@code request} tree. */
    private void sendsTheDocumentedBody(CreateClickPipeParams params, String kind) throws InterruptedException {
        JsonNode documented = Wire.tree(Wire.resource(DOCS + kind + ".json"));
        assertThat(documented.path("source").asText()).startsWith("https://clickhouse.com/docs/");
        server.enqueue(kafkaIn("Provisioning"));
        ch.clickPipes(Cloud.SERVICE_ID).create(params);
        RecordedRequest request = cloud.expect("POST", Pipes.pipesPath(""));
        assertThat(Cloud.body(request)).isEqualTo(documented.get("request"));
    }

    @Test
    void kafka() throws InterruptedException {
        sendsTheDocumentedBody(
                CreateClickPipeParams.builder()
                        .name("My Kafka ClickPipe")
                        .source(ClickPipeSource.kafka(KafkaSource.builder()
                                .type(KafkaSourceType.CONFLUENT)
                                .format(KafkaFormat.JSON_EACH_ROW)
                                .brokers("broker.example.com:9092")
                                .topics("my_topic")
                                .consumerGroup("clickpipes-consumer-group")
                                .authentication(KafkaAuthentication.PLAIN)
                                .credentials(KafkaCredentials.plain("my_user", "my_password"))
                                .build()))
                        .destination(streamingDestination(
                                DestinationColumn.of("id", "UInt64"),
                                DestinationColumn.of("message", "String"),
                                DestinationColumn.of("timestamp", "DateTime")))
                        .build(),
                "kafka");
    }

    @Test
    void kinesis() throws InterruptedException {
        sendsTheDocumentedBody(
                CreateClickPipeParams.builder()
                        .name("My Kinesis ClickPipe")
                        .source(ClickPipeSource.kinesis(KinesisSource.builder()
                                .format(KinesisFormat.JSON_EACH_ROW)
                                .streamName("my-stream")
                                .region("us-east-1")
                                .iteratorType(KinesisIteratorType.TRIM_HORIZON)
                                .authentication(AwsAuthentication.IAM_USER)
                                .accessKey(AccessKey.of("AKIAIOSFODNN7EXAMPLE", "<secret_key>"))
                                .build()))
                        .destination(twoColumns())
                        .build(),
                "kinesis");
    }

    @Test
    void amazonS3() throws InterruptedException {
        sendsTheDocumentedBody(
                CreateClickPipeParams.builder()
                        .name("My S3 ClickPipe")
                        .source(ClickPipeSource.objectStorage(ObjectStorageSource.builder()
                                .type(ObjectStorageType.S3)
                                .url("https://my-bucket.s3.amazonaws.com/data/*.json")
                                .format(ObjectStorageFormat.JSON_EACH_ROW)
                                .authentication(ObjectStorageAuthentication.IAM_USER)
                                .accessKey(AccessKey.of("AKIAIOSFODNN7EXAMPLE", "<secret_key>"))
                                .build()))
                        .destination(twoColumns())
                        .build(),
                "s3");
    }

    @Test
    void googleCloudStorage() throws InterruptedException {
        sendsTheDocumentedBody(
                CreateClickPipeParams.builder()
                        .name("My GCS ClickPipe")
                        .source(ClickPipeSource.objectStorage(ObjectStorageSource.builder()
                                .type(ObjectStorageType.GCS)
                                .url("gs://my-bucket/data/*.json")
                                .format(ObjectStorageFormat.JSON_EACH_ROW)
                                .authentication(ObjectStorageAuthentication.SERVICE_ACCOUNT)
                                .serviceAccountKey("<base64_encoded_service_account_json>")
                                .build()))
                        .destination(twoColumns())
                        .build(),
                "gcs");
    }

    @Test
    void azureBlobStorage() throws InterruptedException {
        sendsTheDocumentedBody(
                CreateClickPipeParams.builder()
                        .name("My Azure Blob ClickPipe")
                        .source(ClickPipeSource.objectStorage(ObjectStorageSource.builder()
                                .type(ObjectStorageType.AZUREBLOBSTORAGE)
                                .azureContainerName("my-container")
                                .path("data/*.json")
                                .format(ObjectStorageFormat.JSON_EACH_ROW)
                                .authentication(ObjectStorageAuthentication.CONNECTION_STRING)
                                .connectionString("DefaultEndpointsProtocol=https;AccountName=myaccount;"
                                        + "AccountKey=mykey;EndpointSuffix=core.windows.net")
                                .build()))
                        .destination(twoColumns())
                        .build(),
                "abs");
    }

    @Test
    void postgresCdc() throws InterruptedException {
        sendsTheDocumentedBody(
                CreateClickPipeParams.builder()
                        .name("My Postgres CDC ClickPipe")
                        .source(ClickPipeSource.postgres(PostgresSource.builder()
                                .host("postgres.example.com")
                                .port(5432)
                                .database("mydb")
                                .credentials(UsernamePassword.of("postgres_user", "<password>"))
                                .settings(PostgresPipeSettings.builder()
                                        .replicationMode(ReplicationMode.CDC)
                                        .build())
                                .addTableMappings(TableMapping.of("public", "users", "public_users"))
                                .build()))
                        .destination(ClickPipeDestination.database("default"))
                        .build(),
                "postgres");
    }

    @Test
    void mysqlCdc() throws InterruptedException {
        sendsTheDocumentedBody(
                CreateClickPipeParams.builder()
                        .name("My MySQL CDC ClickPipe")
                        .source(ClickPipeSource.mysql(MySqlSource.builder()
                                .host("mysql.example.com")
                                .port(3306)
                                .credentials(UsernamePassword.of("mysql_user", "<password>"))
                                .settings(MySqlPipeSettings.of(ReplicationMode.CDC))
                                .addTableMappings(TableMapping.of("mydb", "orders", "mydb_orders"))
                                .build()))
                        .destination(ClickPipeDestination.database("default"))
                        .build(),
                "mysql");
    }

    @Test
    void mongodbCdc() throws InterruptedException {
        sendsTheDocumentedBody(
                CreateClickPipeParams.builder()
                        .name("My MongoDB CDC ClickPipe")
                        .source(ClickPipeSource.mongodb(MongoDbSource.builder()
                                .uri("mongodb+srv://cluster0.example.mongodb.net")
                                .readPreference(MongoDbReadPreference.SECONDARY_PREFERRED)
                                .credentials(UsernamePassword.of("mongo_user", "<password>"))
                                .settings(MongoDbPipeSettings.of(ReplicationMode.CDC))
                                .addTableMappings(MongoDbTableMapping.of("mydb", "users", "mydb_users"))
                                .build()))
                        .destination(ClickPipeDestination.database("default"))
                        .build(),
                "mongodb");
    }

    @Test
    void bigQuery() throws InterruptedException {
        sendsTheDocumentedBody(
                CreateClickPipeParams.builder()
                        .name("My BigQuery ClickPipe")
                        .source(ClickPipeSource.bigquery(BigQuerySource.builder()
                                .snapshotStagingPath("gs://my-staging-bucket/staging/")
                                .credentials(ServiceAccountKey.of("<base64_encoded_service_account_json>"))
                                .settings(BigQueryPipeSettings.builder()
                                        .replicationMode(ReplicationMode.SNAPSHOT)
                                        .build())
                                .addTableMappings(BigQueryTableMapping.builder()
                                        .sourceDatasetName("my_dataset")
                                        .sourceTable("my_table")
                                        .targetTable("my_bigquery_table")
                                        .build())
                                .build()))
                        .destination(ClickPipeDestination.database("default"))
                        .build(),
                "bigquery");
    }
}
