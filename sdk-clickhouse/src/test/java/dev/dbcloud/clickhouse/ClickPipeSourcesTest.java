package dev.dbcloud.clickhouse;

import static dev.dbcloud.clickhouse.Cloud.body;
import static dev.dbcloud.clickhouse.Cloud.tree;
import static dev.dbcloud.clickhouse.Pipes.fixture;
import static dev.dbcloud.clickhouse.Pipes.kafkaIn;
import static dev.dbcloud.clickhouse.Pipes.pipesPath;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dbcloud.clickhouse.clickpipes.AccessKey;
import dev.dbcloud.clickhouse.clickpipes.AwsAuthentication;
import dev.dbcloud.clickhouse.clickpipes.BigQueryPipeSettings;
import dev.dbcloud.clickhouse.clickpipes.BigQuerySource;
import dev.dbcloud.clickhouse.clickpipes.BigQueryTableMapping;
import dev.dbcloud.clickhouse.clickpipes.ClickPipeDestination;
import dev.dbcloud.clickhouse.clickpipes.ClickPipeScaling;
import dev.dbcloud.clickhouse.clickpipes.ClickPipeSettings;
import dev.dbcloud.clickhouse.clickpipes.ClickPipeSource;
import dev.dbcloud.clickhouse.clickpipes.Compression;
import dev.dbcloud.clickhouse.clickpipes.CreateClickPipeParams;
import dev.dbcloud.clickhouse.clickpipes.DatabaseAuthentication;
import dev.dbcloud.clickhouse.clickpipes.DestinationColumn;
import dev.dbcloud.clickhouse.clickpipes.DestinationEngineType;
import dev.dbcloud.clickhouse.clickpipes.DestinationTableEngine;
import dev.dbcloud.clickhouse.clickpipes.FieldMapping;
import dev.dbcloud.clickhouse.clickpipes.KafkaAuthentication;
import dev.dbcloud.clickhouse.clickpipes.KafkaCredentials;
import dev.dbcloud.clickhouse.clickpipes.KafkaFormat;
import dev.dbcloud.clickhouse.clickpipes.KafkaOffset;
import dev.dbcloud.clickhouse.clickpipes.KafkaOffsetStrategy;
import dev.dbcloud.clickhouse.clickpipes.KafkaSource;
import dev.dbcloud.clickhouse.clickpipes.KafkaSourceType;
import dev.dbcloud.clickhouse.clickpipes.KinesisFormat;
import dev.dbcloud.clickhouse.clickpipes.KinesisIteratorType;
import dev.dbcloud.clickhouse.clickpipes.KinesisSource;
import dev.dbcloud.clickhouse.clickpipes.MongoDbPipeSettings;
import dev.dbcloud.clickhouse.clickpipes.MongoDbReadPreference;
import dev.dbcloud.clickhouse.clickpipes.MongoDbSource;
import dev.dbcloud.clickhouse.clickpipes.MongoDbSourceUpdate;
import dev.dbcloud.clickhouse.clickpipes.MongoDbTableMapping;
import dev.dbcloud.clickhouse.clickpipes.MySqlPipeSettings;
import dev.dbcloud.clickhouse.clickpipes.MySqlReplicationMechanism;
import dev.dbcloud.clickhouse.clickpipes.MySqlSource;
import dev.dbcloud.clickhouse.clickpipes.MySqlSourceType;
import dev.dbcloud.clickhouse.clickpipes.ObjectStorageAuthentication;
import dev.dbcloud.clickhouse.clickpipes.ObjectStorageFormat;
import dev.dbcloud.clickhouse.clickpipes.ObjectStorageSource;
import dev.dbcloud.clickhouse.clickpipes.ObjectStorageSourceUpdate;
import dev.dbcloud.clickhouse.clickpipes.ObjectStorageType;
import dev.dbcloud.clickhouse.clickpipes.PostgresPipeSettings;
import dev.dbcloud.clickhouse.clickpipes.PostgresSource;
import dev.dbcloud.clickhouse.clickpipes.PostgresSourceType;
import dev.dbcloud.clickhouse.clickpipes.PubSubAuthentication;
import dev.dbcloud.clickhouse.clickpipes.PubSubFormat;
import dev.dbcloud.clickhouse.clickpipes.PubSubSeekType;
import dev.dbcloud.clickhouse.clickpipes.PubSubSource;
import dev.dbcloud.clickhouse.clickpipes.ReplicationMode;
import dev.dbcloud.clickhouse.clickpipes.SchemaRegistry;
import dev.dbcloud.clickhouse.clickpipes.SchemaRegistryAuthentication;
import dev.dbcloud.clickhouse.clickpipes.ServiceAccountKey;
import dev.dbcloud.clickhouse.clickpipes.SourceKind;
import dev.dbcloud.clickhouse.clickpipes.TableDefinition;
import dev.dbcloud.clickhouse.clickpipes.TableEngine;
import dev.dbcloud.clickhouse.clickpipes.TableMapping;
import dev.dbcloud.clickhouse.clickpipes.UsernamePassword;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A create request of each source kind, compared with the fixtures built from the reference's example values. */
class ClickPipeSourcesTest extends ClientTest {
    static final String PG_SECRET = "your_secure_password";
    static final String SA_FILE = "eyJ0eXBlIjoic2VydmljZV9hY2NvdW50In0=";

    private void createAndCompare(CreateClickPipeParams params, String fixture) throws Exception {
        server.enqueue(kafkaIn("Provisioning"));
        ch.clickPipes(Cloud.SERVICE_ID).create(params);
        assertThat(body(cloud.expect("POST", pipesPath("")))).isEqualTo(tree(fixture(fixture)));
    }

    private static ClickPipeDestination streaming(String table, String sortingKey, DestinationColumn... columns) {
        return ClickPipeDestination.builder()
                .database("default")
                .table(table)
                .managedTable(true)
                .tableDefinition(TableDefinition.builder()
                        .engine(DestinationTableEngine.of(DestinationEngineType.MERGE_TREE))
                        .addSortingKey(sortingKey)
                        .build())
                .addColumns(columns)
                .build();
    }

    static KafkaSource kafka() {
        return KafkaSource.builder()
                .type(KafkaSourceType.CONFLUENT)
                .format(KafkaFormat.AVRO_CONFLUENT)
                .brokers("pkc-12345.us-east-1.aws.confluent.cloud:9092")
                .topics("orders")
                .consumerGroup("my-clickpipe-consumer-group")
                .authentication(KafkaAuthentication.PLAIN)
                .credentials(KafkaCredentials.plain("api-key", "api-secret"))
                .offset(KafkaOffset.builder()
                        .strategy(KafkaOffsetStrategy.FROM_TIMESTAMP)
                        .timestamp("2021-01-01T00:00")
                        .build())
                .schemaRegistry(SchemaRegistry.builder()
                        .url("https://psrc-aa00.us-east-2.aws.confluent.cloud/schemas/ids/100004")
                        .authentication(SchemaRegistryAuthentication.PLAIN)
                        .credentials(UsernamePassword.of("sr-key", "sr-secret"))
                        .build())
                .addReversePrivateEndpointIds(Pipes.ENDPOINT_ID)
                .exactlyOnce(true)
                .build();
    }

    @Test
    void createKafka() throws Exception {
        createAndCompare(
                CreateClickPipeParams.builder()
                        .name("orders")
                        .source(ClickPipeSource.builder()
                                .kafka(kafka())
                                .validateSamples(true)
                                .build())
                        .destination(ClickPipeDestination.builder()
                                .database("default")
                                .table("orders")
                                .managedTable(true)
                                .tableDefinition(TableDefinition.builder()
                                        .engine(DestinationTableEngine.builder()
                                                .type(DestinationEngineType.REPLACING_MERGE_TREE)
                                                .versionColumnId("updated_at")
                                                .build())
                                        .addSortingKey("id")
                                        .partitionBy("toYYYYMM(updated_at)")
                                        .primaryKey("id")
                                        .build())
                                .addColumns(
                                        DestinationColumn.of("id", "UInt64"),
                                        DestinationColumn.of("amount", "Float64"),
                                        DestinationColumn.of("updated_at", "DateTime64(3)"))
                                .addRoles("ingest_role")
                                .build())
                        .addFieldMappings(
                                FieldMapping.of("id", "id"),
                                FieldMapping.of("amount", "amount"),
                                FieldMapping.of("updated_at", "updated_at"))
                        .scaling(ClickPipeScaling.builder()
                                .replicas(2)
                                .replicaCpuMillicores(500)
                                .replicaMemoryGb(2.0)
                                .build())
                        .settings(ClickPipeSettings.builder()
                                .streamingMaxInsertWaitMs(5000)
                                .clickhouseMaxInsertThreads(1)
                                .build())
                        .build(),
                "create-kafka.json");
    }

    static ObjectStorageSource s3() {
        return ObjectStorageSource.builder()
                .type(ObjectStorageType.S3)
                .format(ObjectStorageFormat.JSON_EACH_ROW)
                .url("https://datasets-documentation.s3.eu-west-3.amazonaws.com/http/**.ndjson.gz")
                .compression(Compression.AUTO)
                .isContinuous(true)
                .queueUrl("https://sqs.us-east-1.amazonaws.com/123456789012/MyQueue")
                .startAfter("events/2026-06-01/")
                .authentication(ObjectStorageAuthentication.IAM_USER)
                .accessKey(AccessKey.of("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"))
                .build();
    }

    @Test
    void objectStorage() throws Exception {
        createAndCompare(
                CreateClickPipeParams.builder()
                        .name("http-logs")
                        .source(ClickPipeSource.objectStorage(s3()))
                        .destination(streaming(
                                "http_logs",
                                "timestamp",
                                DestinationColumn.of("timestamp", "DateTime"),
                                DestinationColumn.of("request", "String")))
                        .addFieldMappings(
                                FieldMapping.of("@timestamp", "timestamp"), FieldMapping.of("request", "request"))
                        .settings(ClickPipeSettings.builder()
                                .objectStorageConcurrency(4)
                                .objectStoragePollingIntervalMs(30000L)
                                .build())
                        .build(),
                "create-object-storage.json");
    }

    @Test
    void kinesis() throws Exception {
        createAndCompare(
                CreateClickPipeParams.builder()
                        .name("clicks")
                        .source(ClickPipeSource.kinesis(KinesisSource.builder()
                                .format(KinesisFormat.JSON_EACH_ROW)
                                .streamName("my-stream")
                                .region("us-east-1")
                                .iteratorType(KinesisIteratorType.AT_TIMESTAMP)
                                .timestamp(1615766400L)
                                .useEnhancedFanOut(false)
                                .authentication(AwsAuthentication.IAM_ROLE)
                                .iamRole("arn:aws:iam::123456789012:role/MyRole")
                                .build()))
                        .destination(streaming(
                                "clicks",
                                "ts",
                                DestinationColumn.of("ts", "DateTime"),
                                DestinationColumn.of("url", "String")))
                        .addFieldMappings(FieldMapping.of("ts", "ts"), FieldMapping.of("url", "url"))
                        .build(),
                "create-kinesis.json");
    }

    static PubSubSource pubsub() {
        return PubSubSource.builder()
                .format(PubSubFormat.JSON_EACH_ROW)
                .projectId("my-gcp-project")
                .topic("my-topic")
                .authentication(PubSubAuthentication.SERVICE_ACCOUNT)
                .seekType(PubSubSeekType.TIMESTAMP)
                .seekTimestamp(Instant.parse("2026-04-10T12:00:00Z"))
                .filter("attributes.kind = \"order\"")
                .enableOrdering(true)
                .ackDeadline(60)
                .serviceAccountKey(ServiceAccountKey.of(SA_FILE))
                .build();
    }

    @Test
    void createPubsub() throws Exception {
        createAndCompare(
                CreateClickPipeParams.builder()
                        .name("events")
                        .source(ClickPipeSource.pubsub(pubsub()))
                        .destination(streaming("events", "id", DestinationColumn.of("id", "String")))
                        .addFieldMappings(FieldMapping.of("id", "id"))
                        .build(),
                "create-pubsub.json");
    }

    static PostgresSource postgres() {
        return PostgresSource.builder()
                .type(PostgresSourceType.RDSPOSTGRES)
                .host("my-postgres-server.example.com")
                .port(5432)
                .database("production_db")
                .credentials(UsernamePassword.of("postgres_user", PG_SECRET))
                .authentication(DatabaseAuthentication.BASIC)
                .tlsHost("my-postgres-server.example.com")
                .settings(PostgresPipeSettings.builder()
                        .replicationMode(ReplicationMode.CDC)
                        .syncIntervalSeconds(60)
                        .pullBatchSize(1000)
                        .allowNullableColumns(false)
                        .initialLoadParallelism(1)
                        .snapshotNumRowsPerPartition(100000L)
                        .snapshotNumberOfParallelTables(1)
                        .deleteOnMerge(false)
                        .build())
                .addTableMappings(
                        TableMapping.builder()
                                .sourceSchemaName("public")
                                .sourceTable("users")
                                .targetTable("public_users")
                                .addExcludedColumns("internal_id", "temp_data")
                                .useCustomSortingKey(true)
                                .addSortingKeys("created_at_date", "event_id")
                                .tableEngine(TableEngine.REPLACING_MERGE_TREE)
                                .partitionKey("id")
                                .partitionByExpr("toYYYYMM(created_at)")
                                .build(),
                        TableMapping.of("public", "orders", "public_orders"))
                .build();
    }

    @Test
    void postgresSendsBasicInLowerCaseAndOnlyTheDatabaseAsDestination() throws Exception {
        createAndCompare(
                CreateClickPipeParams.builder()
                        .name("my_postgres_pipe")
                        .source(ClickPipeSource.postgres(postgres()))
                        .destination(ClickPipeDestination.database("default"))
                        .build(),
                "create-postgres.json");
    }

    static MySqlSource mysql() {
        return MySqlSource.builder()
                .type(MySqlSourceType.AURORAMYSQL)
                .host("my-mysql-server.example.com")
                .port(3306)
                .credentials(UsernamePassword.of("repl", "mysql-secret"))
                .authentication(DatabaseAuthentication.IAM_ROLE)
                .iamRole("arn:aws:iam::123456789012:role/MyApplicationRole")
                .serverId(4242L)
                .settings(MySqlPipeSettings.builder()
                        .replicationMode(ReplicationMode.CDC)
                        .replicationMechanism(MySqlReplicationMechanism.FILE_POS)
                        .useCompression(true)
                        .syncIntervalSeconds(30)
                        .build())
                .addTableMappings(TableMapping.builder()
                        .sourceSchemaName("my_database")
                        .sourceTable("users")
                        .targetTable("my_database_users")
                        .tableEngine(TableEngine.MERGE_TREE)
                        .build())
                .build();
    }

    @Test
    void createMysql() throws Exception {
        createAndCompare(
                CreateClickPipeParams.builder()
                        .name("my_mysql_pipe")
                        .source(ClickPipeSource.mysql(mysql()))
                        .destination(ClickPipeDestination.database("default"))
                        .build(),
                "create-mysql.json");
    }

    static MongoDbSource mongodb() {
        return MongoDbSource.builder()
                .uri("mongodb+srv://cluster0.example.mongodb.net/mydb")
                .readPreference(MongoDbReadPreference.SECONDARY_PREFERRED)
                .credentials(UsernamePassword.of("mongo_user", "mongo-secret"))
                .tlsHost("cluster0.example.mongodb.net")
                .settings(MongoDbPipeSettings.builder()
                        .replicationMode(ReplicationMode.CDC)
                        .pullBatchSize(100000)
                        .useJsonNativeFormat(true)
                        .build())
                .addTableMappings(MongoDbTableMapping.builder()
                        .sourceDatabaseName("mydb")
                        .sourceCollection("users")
                        .targetTable("mydb_users")
                        .tableEngine(TableEngine.REPLACING_MERGE_TREE)
                        .build())
                .build();
    }

    @Test
    void createMongodb() throws Exception {
        createAndCompare(
                CreateClickPipeParams.builder()
                        .name("my_mongodb_pipe")
                        .source(ClickPipeSource.mongodb(mongodb()))
                        .destination(ClickPipeDestination.database("default"))
                        .build(),
                "create-mongodb.json");
    }

    static BigQuerySource bigquery() {
        return BigQuerySource.builder()
                .snapshotStagingPath("gs://my-bucket/staging/")
                .credentials(ServiceAccountKey.of(SA_FILE))
                .settings(BigQueryPipeSettings.builder()
                        .replicationMode(ReplicationMode.SNAPSHOT)
                        .initialLoadParallelism(2)
                        .snapshotNumberOfParallelTables(4)
                        .build())
                .addTableMappings(BigQueryTableMapping.builder()
                        .sourceDatasetName("analytics")
                        .sourceTable("sessions")
                        .targetTable("analytics_sessions")
                        .addExcludedColumns("debug")
                        .build())
                .build();
    }

    @Test
    void createBigquery() throws Exception {
        createAndCompare(
                CreateClickPipeParams.builder()
                        .name("my_bigquery_pipe")
                        .source(ClickPipeSource.bigquery(bigquery()))
                        .destination(ClickPipeDestination.database("default"))
                        .build(),
                "create-bigquery.json");
    }

    @Test
    void everyKindIsRecognised() {
        assertThat(ClickPipeSource.kafka(kafka()).kind()).contains(SourceKind.KAFKA);
        assertThat(ClickPipeSource.objectStorage(s3()).kind()).contains(SourceKind.OBJECT_STORAGE);
        assertThat(ClickPipeSource.kinesis(Pipes.kinesis()).kind()).contains(SourceKind.KINESIS);
        assertThat(ClickPipeSource.pubsub(pubsub()).kind()).contains(SourceKind.PUBSUB);
        assertThat(ClickPipeSource.postgres(postgres()).kind()).contains(SourceKind.POSTGRES);
        assertThat(ClickPipeSource.mysql(mysql()).kind()).contains(SourceKind.MYSQL);
        assertThat(ClickPipeSource.mongodb(mongodb()).kind()).contains(SourceKind.MONGODB);
        assertThat(ClickPipeSource.bigquery(bigquery()).kind()).contains(SourceKind.BIGQUERY);
        assertThat(ClickPipeSource.builder().build().kind()).isEmpty();
        assertThat(ClickPipeSource.builder()
                        .kafka(kafka())
                        .postgres(postgres())
                        .build()
                        .kinds())
                .containsExactly(SourceKind.KAFKA, SourceKind.POSTGRES);
        assertThat(SourceKind.OBJECT_STORAGE.wireKey()).isEqualTo("objectStorage");
        assertThat(Set.of(SourceKind.values()).stream().filter(SourceKind::isDatabase))
                .containsExactlyInAnyOrder(
                        SourceKind.POSTGRES, SourceKind.MYSQL, SourceKind.MONGODB, SourceKind.BIGQUERY);
    }

    @Test
    void everyCredentialIsRedacted() {
        String kafka = ClickPipeSource.kafka(kafka()).toString();
        assertThat(kafka)
                .doesNotContain("api-secret")
                .doesNotContain("sr-secret")
                .contains("api-key");
        assertThat(KafkaCredentials.accessKey("AKIA1", "kafka-iam-secret").toString())
                .doesNotContain("kafka-iam-secret")
                .contains("AKIA1");
        assertThat(KafkaCredentials.connectionString("Endpoint=sb://ns/;SharedAccessKey=eh-secret")
                        .toString())
                .doesNotContain("eh-secret");
        assertThat(KafkaCredentials.mutualTls("CERT", "-----BEGIN PRIVATE KEY-----tls-secret")
                        .toString())
                .doesNotContain("tls-secret")
                .contains("CERT");
        assertThat(ClickPipeSource.objectStorage(s3()).toString())
                .doesNotContain("wJalrXUtnFEMI")
                .contains("AKIAIOSFODNN7EXAMPLE");
        assertThat(ObjectStorageSource.builder()
                        .from(s3())
                        .authentication(ObjectStorageAuthentication.CONNECTION_STRING)
                        .connectionString("AccountKey=azure-secret")
                        .serviceAccountKey("gcs-secret")
                        .build()
                        .toString())
                .doesNotContain("azure-secret")
                .doesNotContain("gcs-secret");
        String sas = "https://acct.blob.core.windows.net/c/data.csv?sv=2022-11-02&sig=sas-secret%3D";
        ObjectStorageSource azure = ObjectStorageSource.builder()
                .type(ObjectStorageType.AZUREBLOBSTORAGE)
                .format(ObjectStorageFormat.CSV)
                .url(sas)
                .isContinuous(false)
                .build();
        assertThat(azure.toString())
                .doesNotContain("sas-secret")
                .doesNotContain("sv=2022")
                .contains("url=https://acct.blob.core.windows.net/c/data.csv?****")
                .contains("type=azureblobstorage")
                .contains("isContinuous=false")
                .startsWith("ObjectStorageSource{");
        assertThat(azure.url()).contains(sas);
        assertThat(dev.dbcloud.core.internal.Json.toTree(azure).get("url").asText())
                .isEqualTo(sas);
        assertThat(ObjectStorageSource.builder()
                        .from(azure)
                        .url("s3://b/k.csv")
                        .build()
                        .toString())
                .contains("url=s3://b/k.csv");
        assertThat(KinesisSource.builder()
                        .from(Pipes.kinesis())
                        .accessKey(AccessKey.of("AKIA2", "kinesis-secret"))
                        .build()
                        .toString())
                .doesNotContain("kinesis-secret");
        assertThat(pubsub().toString()).doesNotContain(SA_FILE);
        assertThat(postgres().toString()).doesNotContain(PG_SECRET).contains("postgres_user");
        assertThat(mysql().toString()).doesNotContain("mysql-secret");
        assertThat(mongodb().toString())
                .doesNotContain("mongo-secret")
                .doesNotContain("cluster0.example.mongodb.net/mydb");
        assertThat(bigquery().toString()).doesNotContain(SA_FILE);
        assertThat(ObjectStorageSourceUpdate.builder()
                        .connectionString("update-secret")
                        .serviceAccountKey("update-sa")
                        .build()
                        .toString())
                .doesNotContain("update-secret")
                .doesNotContain("update-sa");
        assertThat(MongoDbSourceUpdate.builder()
                        .uri("mongodb://u:uri-secret@host")
                        .build()
                        .toString())
                .doesNotContain("uri-secret");
        assertThat(CreateClickPipeParams.builder()
                        .name("p")
                        .source(ClickPipeSource.postgres(postgres()))
                        .destination(ClickPipeDestination.database("default"))
                        .build()
                        .toString())
                .doesNotContain(PG_SECRET)
                .contains("****");
    }
}
