package dev.dbcloud.clickhouse;

import static dev.dbcloud.clickhouse.ClickPipesTest.kafka;
import static dev.dbcloud.clickhouse.ClickPipesTest.streamingDestination;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.clickhouse.clickpipes.AccessKey;
import dev.dbcloud.clickhouse.clickpipes.BigQuerySource;
import dev.dbcloud.clickhouse.clickpipes.BigQueryTableMapping;
import dev.dbcloud.clickhouse.clickpipes.ClickPipeDestination;
import dev.dbcloud.clickhouse.clickpipes.ClickPipeScaling;
import dev.dbcloud.clickhouse.clickpipes.ClickPipeSettings;
import dev.dbcloud.clickhouse.clickpipes.ClickPipeSource;
import dev.dbcloud.clickhouse.clickpipes.ClickPipeSourceUpdate;
import dev.dbcloud.clickhouse.clickpipes.CreateClickPipeParams;
import dev.dbcloud.clickhouse.clickpipes.DatabasePipeSettingsUpdate;
import dev.dbcloud.clickhouse.clickpipes.DestinationColumn;
import dev.dbcloud.clickhouse.clickpipes.DestinationEngineType;
import dev.dbcloud.clickhouse.clickpipes.DestinationTableEngine;
import dev.dbcloud.clickhouse.clickpipes.DestinationUpdate;
import dev.dbcloud.clickhouse.clickpipes.FieldMapping;
import dev.dbcloud.clickhouse.clickpipes.KafkaCredentials;
import dev.dbcloud.clickhouse.clickpipes.KafkaOffset;
import dev.dbcloud.clickhouse.clickpipes.KafkaSource;
import dev.dbcloud.clickhouse.clickpipes.KafkaSourceUpdate;
import dev.dbcloud.clickhouse.clickpipes.KinesisSource;
import dev.dbcloud.clickhouse.clickpipes.KinesisSourceUpdate;
import dev.dbcloud.clickhouse.clickpipes.MongoDbReadPreference;
import dev.dbcloud.clickhouse.clickpipes.MongoDbSource;
import dev.dbcloud.clickhouse.clickpipes.MongoDbSourceUpdate;
import dev.dbcloud.clickhouse.clickpipes.MySqlSource;
import dev.dbcloud.clickhouse.clickpipes.MySqlSourceUpdate;
import dev.dbcloud.clickhouse.clickpipes.ObjectStorageFormat;
import dev.dbcloud.clickhouse.clickpipes.ObjectStorageSource;
import dev.dbcloud.clickhouse.clickpipes.ObjectStorageSourceUpdate;
import dev.dbcloud.clickhouse.clickpipes.ObjectStorageType;
import dev.dbcloud.clickhouse.clickpipes.PostgresPipeSettings;
import dev.dbcloud.clickhouse.clickpipes.PostgresSource;
import dev.dbcloud.clickhouse.clickpipes.PostgresSourceUpdate;
import dev.dbcloud.clickhouse.clickpipes.PubSubSource;
import dev.dbcloud.clickhouse.clickpipes.PubSubSourceUpdate;
import dev.dbcloud.clickhouse.clickpipes.ReplicationMode;
import dev.dbcloud.clickhouse.clickpipes.SchemaDiscoveryParams;
import dev.dbcloud.clickhouse.clickpipes.SchemaRegistry;
import dev.dbcloud.clickhouse.clickpipes.SchemaRegistryAuthentication;
import dev.dbcloud.clickhouse.clickpipes.TableDefinition;
import dev.dbcloud.clickhouse.clickpipes.TableMapping;
import dev.dbcloud.clickhouse.clickpipes.UpdateClickPipeParams;
import dev.dbcloud.clickhouse.clickpipes.UsernamePassword;
import dev.dbcloud.core.internal.Json;
import java.util.List;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The checks a request passes before anything is sent: what a create needs, and no empty objects on the wire. */
class ClickPipeRulesTest {
    private static CreateClickPipeParams.Builder create(ClickPipeSource source, ClickPipeDestination destination) {
        return CreateClickPipeParams.builder()
                .name("p")
                .source(source)
                .destination(destination)
                .addFieldMappings(FieldMapping.of("id", "id"));
    }

    private static CreateClickPipeParams kafkaPipe(Consumer<KafkaSource.Builder> change) {
        KafkaSource.Builder kafka = KafkaSource.builder().from(kafka());
        change.accept(kafka);
        return create(ClickPipeSource.kafka(kafka.build()), streamingDestination())
                .build();
    }

    private static PostgresSource.Builder postgres() {
        return PostgresSource.builder()
                .host("db.example.com")
                .port(5432)
                .database("shop")
                .credentials(UsernamePassword.of("u", "p"));
    }

    private static void refused(ThrowingCallable build, String message) {
        assertThatThrownBy(build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    @Test
    void aKafkaCreateNeedsWhatTheReadTypeLeavesOptional() {
        refused(
                () -> create(ClickPipeSource.kafka(KafkaSource.builder().build()), streamingDestination())
                        .build(),
                "source.kafka.type is required to create a pipe");
        refused(
                () -> kafkaPipe(k -> k.brokers(java.util.Optional.empty())),
                "source.kafka.brokers is required to create a pipe");
        refused(() -> kafkaPipe(k -> k.topics(" ")), "source.kafka.topics must not be blank");
        refused(
                () -> kafkaPipe(k -> k.authentication(java.util.Optional.empty())),
                "source.kafka.authentication is required to create a pipe");
        refused(
                () -> kafkaPipe(k -> k.offset(KafkaOffset.builder().build())),
                "source.kafka.offset.strategy is required to create a pipe");
        refused(
                () -> SchemaDiscoveryParams.builder()
                        .source(ClickPipeSource.kafka(KafkaSource.builder()
                                .from(kafka())
                                .format(java.util.Optional.empty())
                                .build()))
                        .build(),
                "source.kafka.format is required for schema discovery");
    }

    @Test
    void theSchemaRegistryMustBeHttps() {
        refused(
                () -> kafkaPipe(k -> k.schemaRegistry(SchemaRegistry.builder()
                        .url("http://registry.example.com")
                        .authentication(SchemaRegistryAuthentication.PLAIN)
                        .build())),
                "source.kafka.schemaRegistry.url must be an https:// URL");
        assertThatCode(() -> kafkaPipe(k -> k.schemaRegistry(SchemaRegistry.builder()
                        .url("https://registry.example.com")
                        .authentication(SchemaRegistryAuthentication.PLAIN)
                        .build())))
                .doesNotThrowAnyException();
    }

    @Test
    void kinesisObjectStorageAndBigQueryCreatesNeedTheirRequiredFields() {
        refused(
                () -> create(
                                ClickPipeSource.kinesis(KinesisSource.builder()
                                        .from(Pipes.kinesis())
                                        .streamName(java.util.Optional.empty())
                                        .build()),
                                streamingDestination())
                        .build(),
                "source.kinesis.streamName is required to create a pipe");
        refused(
                () -> create(
                                ClickPipeSource.objectStorage(ObjectStorageSource.builder()
                                        .type(ObjectStorageType.S3)
                                        .format(ObjectStorageFormat.PARQUET)
                                        .build()),
                                streamingDestination())
                        .build(),
                "source.objectStorage.url is required to create a s3 pipe");
        refused(
                () -> create(
                                ClickPipeSource.objectStorage(ObjectStorageSource.builder()
                                        .type(ObjectStorageType.AZUREBLOBSTORAGE)
                                        .format(ObjectStorageFormat.PARQUET)
                                        .path("data/*.parquet")
                                        .build()),
                                streamingDestination())
                        .build(),
                "source.objectStorage.azureContainerName is required to create an azureblobstorage pipe");
        assertThatCode(() -> create(
                                ClickPipeSource.objectStorage(ObjectStorageSource.builder()
                                        .type(ObjectStorageType.AZUREBLOBSTORAGE)
                                        .format(ObjectStorageFormat.PARQUET)
                                        .azureContainerName("c")
                                        .path("data/*.parquet")
                                        .build()),
                                streamingDestination())
                        .build())
                .as("Azure Blob Storage names its files with path, not url")
                .doesNotThrowAnyException();
        refused(
                () -> create(
                                ClickPipeSource.bigquery(
                                        BigQuerySource.builder().build()),
                                ClickPipeDestination.database("default"))
                        .build(),
                "source.bigquery.snapshotStagingPath is required to create a pipe");
        refused(
                () -> create(
                                ClickPipeSource.mongodb(MongoDbSource.builder()
                                        .uri("mongodb://db")
                                        .readPreference(MongoDbReadPreference.PRIMARY)
                                        .build()),
                                ClickPipeDestination.database("default"))
                        .build(),
                "source.mongodb.settings is required to create a pipe");
    }

    @Test
    void postgresCreatesNeedHostPortAndDatabase() {
        refused(
                () -> create(
                                ClickPipeSource.postgres(postgres()
                                        .host(java.util.Optional.empty())
                                        .build()),
                                ClickPipeDestination.database("default"))
                        .build(),
                "source.postgres.host is required to create a pipe");
        refused(
                () -> create(
                                ClickPipeSource.postgres(postgres().port(70000).build()),
                                ClickPipeDestination.database("default"))
                        .build(),
                "source.postgres.port must be between 1 and 65535 but is 70000");
        refused(
                () -> create(
                                ClickPipeSource.postgres(postgres()
                                        .database(java.util.Optional.empty())
                                        .build()),
                                ClickPipeDestination.database("default"))
                        .build(),
                "source.postgres.database is required to create a pipe");
    }

    @Test
    void aReplicationSlotNameGoesOnlyWithCdcOnly() {
        PostgresPipeSettings slotWithCdc = PostgresPipeSettings.builder()
                .replicationMode(ReplicationMode.CDC)
                .replicationSlotName("slot")
                .build();
        refused(
                () -> create(
                                ClickPipeSource.postgres(
                                        postgres().settings(slotWithCdc).build()),
                                ClickPipeDestination.database("default"))
                        .build(),
                "replicationSlotName may be set only with replicationMode cdc_only");
        assertThatCode(() -> create(
                                ClickPipeSource.postgres(postgres()
                                        .settings(PostgresPipeSettings.builder()
                                                .from(slotWithCdc)
                                                .replicationMode(ReplicationMode.CDC_ONLY)
                                                .build())
                                        .build()),
                                ClickPipeDestination.database("default"))
                        .build())
                .doesNotThrowAnyException();
    }

    @Test
    void mysqlMongoDbAndPubSubCreatesNeedWhatTheSpecRequires() {
        ClickPipeDestination database = ClickPipeDestination.database("default");
        refused(
                () -> create(
                                ClickPipeSource.mysql(MySqlSource.builder()
                                        .from(ClickPipeSourcesTest.mysql())
                                        .host(java.util.Optional.empty())
                                        .build()),
                                database)
                        .build(),
                "source.mysql.host is required to create a pipe");
        refused(
                () -> create(
                                ClickPipeSource.mysql(MySqlSource.builder()
                                        .from(ClickPipeSourcesTest.mysql())
                                        .tableMappings(java.util.List.of())
                                        .build()),
                                database)
                        .build(),
                "source.mysql.tableMappings is required to create a pipe");
        refused(
                () -> create(
                                ClickPipeSource.mongodb(MongoDbSource.builder()
                                        .from(ClickPipeSourcesTest.mongodb())
                                        .uri(java.util.Optional.empty())
                                        .build()),
                                database)
                        .build(),
                "source.mongodb.uri is required to create a pipe");
        refused(
                () -> create(
                                ClickPipeSource.mongodb(MongoDbSource.builder()
                                        .from(ClickPipeSourcesTest.mongodb())
                                        .tableMappings(java.util.List.of())
                                        .build()),
                                database)
                        .build(),
                "source.mongodb.tableMappings is required to create a pipe");
        refused(
                () -> create(
                                ClickPipeSource.pubsub(PubSubSource.builder()
                                        .from(ClickPipeSourcesTest.pubsub())
                                        .projectId(java.util.Optional.empty())
                                        .build()),
                                streamingDestination())
                        .build(),
                "source.pubsub.projectId is required to create a pipe");
        refused(
                () -> create(
                                ClickPipeSource.pubsub(PubSubSource.builder()
                                        .from(ClickPipeSourcesTest.pubsub())
                                        .serviceAccountKey(java.util.Optional.empty())
                                        .build()),
                                streamingDestination())
                        .build(),
                "source.pubsub.serviceAccountKey is required to create a pipe");
    }

    @Test
    void destinationsFollowThePipeKind() {
        assertThatCode(() -> create(
                                ClickPipeSource.kafka(kafka()),
                                streamingDestination().withDatabase(java.util.Optional.empty()))
                        .build())
                .as("the spec's ClickPipeMutateDestination requires nothing, the database included")
                .doesNotThrowAnyException();
        refused(
                () -> create(ClickPipeSource.postgres(postgres().build()), ClickPipeDestination.database(" "))
                        .build(),
                "destination.database must not be blank");
        refused(
                () -> create(
                                ClickPipeSource.postgres(postgres().build()),
                                ClickPipeDestination.builder()
                                        .database("default")
                                        .table("orders")
                                        .build())
                        .build(),
                "destination of a postgres pipe must set only database");
        refused(
                () -> create(
                                ClickPipeSource.postgres(postgres().build()),
                                ClickPipeDestination.builder()
                                        .database("default")
                                        .tableDefinition(
                                                TableDefinition.builder().build())
                                        .build())
                        .build(),
                "must set only database");
        refused(
                () -> create(ClickPipeSource.kafka(kafka()), ClickPipeDestination.database("default"))
                        .build(),
                "destination.table is required to create a kafka pipe");
        refused(
                () -> create(
                                ClickPipeSource.kafka(kafka()),
                                ClickPipeDestination.builder()
                                        .database("default")
                                        .table("t")
                                        .addColumns(DestinationColumn.of("id", "UInt64"))
                                        .build())
                        .build(),
                "destination.managedTable is required to create a kafka pipe");
        refused(
                () -> create(
                                ClickPipeSource.kafka(kafka()),
                                ClickPipeDestination.builder()
                                        .database("default")
                                        .table("t")
                                        .managedTable(false)
                                        .build())
                        .build(),
                "destination.columns is required to create a kafka pipe");
    }

    @Test
    void emptyScalingOrSettingsAreRefusedNotSentAsEmptyObjects() {
        refused(
                () -> create(ClickPipeSource.kafka(kafka()), streamingDestination())
                        .scaling(ClickPipeScaling.builder().build())
                        .build(),
                "scaling is empty: leave it unset instead");
        refused(
                () -> create(ClickPipeSource.kafka(kafka()), streamingDestination())
                        .settings(ClickPipeSettings.builder().build())
                        .build(),
                "settings is empty");
        refused(
                () -> create(
                                ClickPipeSource.postgres(postgres()
                                        .settings(PostgresPipeSettings.builder().build())
                                        .build()),
                                ClickPipeDestination.database("default"))
                        .build(),
                "source.postgres.settings is empty");
        refused(
                () -> create(ClickPipeSource.postgres(postgres().build()), ClickPipeDestination.database("default"))
                        .scaling(ClickPipeScaling.builder().build())
                        .build(),
                "scaling is empty");
        refused(
                () -> UpdateClickPipeParams.builder()
                        .settings(ClickPipeSettings.builder().build())
                        .build(),
                "settings is empty");
    }

    @Test
    void updatesThatWouldSendEmptyObjectsAreRefused() {
        refused(() -> KafkaSourceUpdate.builder().build(), "KafkaSourceUpdate must set at least one field");
        refused(() -> KinesisSourceUpdate.builder().build(), "KinesisSourceUpdate must set at least one field");
        refused(
                () -> ObjectStorageSourceUpdate.builder().build(),
                "ObjectStorageSourceUpdate must set at least one field");
        refused(() -> PubSubSourceUpdate.builder().build(), "PubSubSourceUpdate must set at least one field");
        refused(() -> PostgresSourceUpdate.builder().build(), "PostgresSourceUpdate must set at least one field");
        refused(() -> MySqlSourceUpdate.builder().build(), "MySqlSourceUpdate must set at least one field");
        refused(() -> MongoDbSourceUpdate.builder().build(), "MongoDbSourceUpdate must set at least one field");
        refused(
                () -> DatabasePipeSettingsUpdate.builder().build(),
                "DatabasePipeSettingsUpdate must set at least one field");
        refused(() -> DestinationUpdate.builder().build(), "DestinationUpdate.columns must not be empty");
        refused(() -> PostgresSourceUpdate.builder().port(0).build(), "PostgresSourceUpdate.port must be between 1");
        refused(() -> MySqlSourceUpdate.builder().host(" ").build(), "MySqlSourceUpdate.host must not be blank");
        assertThatCode(() -> UpdateClickPipeParams.builder()
                        .source(ClickPipeSourceUpdate.kinesis(KinesisSourceUpdate.builder()
                                .accessKey(AccessKey.of("AKIA", "secret"))
                                .build()))
                        .build())
                .doesNotThrowAnyException();
    }

    @Test
    void kafkaCredentialsHaveExactlyOneCompleteShape() {
        refused(() -> KafkaCredentials.builder().build(), "KafkaCredentials must set exactly one of");
        refused(
                () -> KafkaCredentials.builder()
                        .username("u")
                        .password("p")
                        .connectionString("Endpoint=sb://x")
                        .build(),
                "but sets 2");
        refused(
                () -> KafkaCredentials.builder().username("u").build(),
                "KafkaCredentials.password is required with username");
        refused(
                () -> KafkaCredentials.builder().privateKey("k").build(),
                "KafkaCredentials.certificate is required with privateKey");
        assertThat(KafkaCredentials.accessKey("AKIA", "s").accessKeyId()).contains("AKIA");
        assertThat(KafkaCredentials.mutualTls("c", "k").certificate()).contains("c");
        assertThat(KafkaCredentials.connectionString("Endpoint=sb://x").connectionString())
                .isPresent();
    }

    @Test
    void useCompressionIsForMySqlOnly() {
        DatabasePipeSettingsUpdate compressed =
                DatabasePipeSettingsUpdate.builder().useCompression(true).build();
        refused(
                () -> PostgresSourceUpdate.builder().settings(compressed).build(),
                "PostgresSourceUpdate.settings.useCompression is for MySQL pipes only");
        refused(
                () -> MongoDbSourceUpdate.builder().settings(compressed).build(),
                "MongoDbSourceUpdate.settings.useCompression is for MySQL pipes only");
        assertThat(MySqlSourceUpdate.builder().settings(compressed).build().settings())
                .contains(compressed);
    }

    @Test
    void aCreateSendsItsDescriptionAndNoEmptyObjects() {
        CreateClickPipeParams params = create(
                        ClickPipeSource.postgres(postgres()
                                .settings(PostgresPipeSettings.builder()
                                        .replicationMode(ReplicationMode.CDC)
                                        .build())
                                .build()),
                        ClickPipeDestination.database("default"))
                .description("orders from the shop database")
                .build();
        assertThat(Json.toTree(params))
                .isEqualTo(Cloud.tree("{\"name\":\"p\",\"description\":\"orders from the shop database\","
                        + "\"source\":{\"postgres\":{\"host\":\"db.example.com\",\"port\":5432,"
                        + "\"database\":\"shop\",\"credentials\":{\"username\":\"u\",\"password\":\"p\"},"
                        + "\"settings\":{\"replicationMode\":\"cdc\"}}},"
                        + "\"destination\":{\"database\":\"default\"},"
                        + "\"fieldMappings\":[{\"sourceField\":\"id\",\"destinationField\":\"id\"}]}"));
    }

    @Test
    void aSourceUpdateSendsOnlyWhatIsSet() {
        UpdateClickPipeParams params = UpdateClickPipeParams.builder()
                .source(ClickPipeSourceUpdate.postgres(PostgresSourceUpdate.builder()
                        .settings(DatabasePipeSettingsUpdate.builder()
                                .syncIntervalSeconds(30)
                                .build())
                        .build()))
                .destination(DestinationUpdate.builder()
                        .addColumns(DestinationColumn.of("id", "UInt64"))
                        .build())
                .build();
        assertThat(Json.toTree(params))
                .isEqualTo(Cloud.tree("{\"source\":{\"postgres\":{\"settings\":{\"syncIntervalSeconds\":30}}},"
                        + "\"destination\":{\"columns\":[{\"name\":\"id\",\"type\":\"UInt64\"}]}}"));
    }

    private static ClickPipeDestination streamingWith(DestinationColumn... columns) {
        return ClickPipeDestination.builder()
                .from(streamingDestination())
                .columns(List.of(columns))
                .build();
    }

    @Test
    void aCreateNeedsEveryColumnNamedAndTyped() {
        refused(
                () -> create(
                                ClickPipeSource.kafka(kafka()),
                                streamingWith(
                                        DestinationColumn.builder().name("id").build()))
                        .build(),
                "destination.columns[0].type is required to create a pipe");
        refused(
                () -> create(
                                ClickPipeSource.kafka(kafka()),
                                streamingWith(
                                        DestinationColumn.of("id", "UInt64"),
                                        DestinationColumn.builder()
                                                .type("String")
                                                .build()))
                        .build(),
                "destination.columns[1].name is required to create a pipe");
        refused(
                () -> create(ClickPipeSource.kafka(kafka()), streamingWith(DestinationColumn.of("id", " ")))
                        .build(),
                "destination.columns[0].type must not be blank");
    }

    @Test
    void aCreateNeedsTheEngineType() {
        ClickPipeDestination.Builder destination =
                ClickPipeDestination.builder().from(streamingDestination());
        refused(
                () -> create(
                                ClickPipeSource.kafka(kafka()),
                                destination
                                        .tableDefinition(TableDefinition.builder()
                                                .engine(DestinationTableEngine.builder()
                                                        .versionColumnId("version")
                                                        .build())
                                                .build())
                                        .build())
                        .build(),
                "destination.tableDefinition.engine.type is required to create a pipe");
        assertThatCode(() -> create(
                                ClickPipeSource.kafka(kafka()),
                                destination
                                        .tableDefinition(TableDefinition.builder()
                                                .engine(DestinationTableEngine.of(DestinationEngineType.MERGE_TREE))
                                                .build())
                                        .build())
                        .build())
                .doesNotThrowAnyException();
    }

    @Test
    void aCreateNeedsEveryFieldMappingComplete() {
        refused(
                () -> create(ClickPipeSource.kafka(kafka()), streamingDestination())
                        .addFieldMappings(
                                FieldMapping.builder().sourceField("id").build())
                        .build(),
                "fieldMappings[1].destinationField is required to create a pipe");
        refused(
                () -> create(ClickPipeSource.kafka(kafka()), streamingDestination())
                        .fieldMappings(List.of(
                                FieldMapping.builder().destinationField("id").build()))
                        .build(),
                "fieldMappings[0].sourceField is required to create a pipe");
    }

    @Test
    void aCreateNeedsEveryTableMappingNamed() {
        refused(
                () -> create(
                                ClickPipeSource.postgres(postgres()
                                        .addTableMappings(
                                                TableMapping.of("public", "users", "public_users"),
                                                TableMapping.builder()
                                                        .sourceSchemaName("public")
                                                        .targetTable("public_orders")
                                                        .build())
                                        .build()),
                                ClickPipeDestination.database("default"))
                        .build(),
                "source.postgres.tableMappings[1].sourceTable is required to create a pipe");
        refused(
                () -> create(
                                ClickPipeSource.mysql(MySqlSource.builder()
                                        .from(ClickPipeSourcesTest.mysql())
                                        .tableMappings(List.of(TableMapping.builder()
                                                .sourceTable("users")
                                                .targetTable("app_users")
                                                .build()))
                                        .build()),
                                ClickPipeDestination.database("default"))
                        .build(),
                "source.mysql.tableMappings[0].sourceSchemaName is required to create a pipe");
        refused(
                () -> create(
                                ClickPipeSource.bigquery(BigQuerySource.builder()
                                        .from(ClickPipeSourcesTest.bigquery())
                                        .addTableMappings(BigQueryTableMapping.builder()
                                                .sourceDatasetName("analytics")
                                                .sourceTable("events")
                                                .build())
                                        .build()),
                                ClickPipeDestination.database("default"))
                        .build(),
                "source.bigquery.tableMappings[1].targetTable is required to create a pipe");
        refused(
                () -> create(
                                ClickPipeSource.bigquery(BigQuerySource.builder()
                                        .from(ClickPipeSourcesTest.bigquery())
                                        .tableMappings(List.of(BigQueryTableMapping.builder()
                                                .sourceTable("events")
                                                .targetTable("t")
                                                .build()))
                                        .build()),
                                ClickPipeDestination.database("default"))
                        .build(),
                "source.bigquery.tableMappings[0].sourceDatasetName is required to create a pipe");
        refused(
                () -> create(
                                ClickPipeSource.postgres(postgres()
                                        .addTableMappings(TableMapping.of("public", "users", ""))
                                        .build()),
                                ClickPipeDestination.database("default"))
                        .build(),
                "source.postgres.tableMappings[0].targetTable must not be blank");
    }

    @Test
    void anUpdateNeedsCompleteColumnsFieldMappingsAndTableMappings() {
        refused(
                () -> DestinationUpdate.builder()
                        .addColumns(DestinationColumn.builder().name("id").build())
                        .build(),
                "DestinationUpdate.columns[0].type is required to update a pipe");
        refused(
                () -> UpdateClickPipeParams.builder()
                        .fieldMappings(List.of(
                                FieldMapping.of("id", "id"),
                                FieldMapping.builder().destinationField("at").build()))
                        .build(),
                "fieldMappings[1].sourceField is required to update a pipe");
        refused(
                () -> PostgresSourceUpdate.builder()
                        .addTableMappingsToAdd(TableMapping.builder()
                                .sourceTable("orders")
                                .targetTable("public_orders")
                                .build())
                        .build(),
                "PostgresSourceUpdate.tableMappingsToAdd[0].sourceSchemaName is required to update a pipe");
        refused(
                () -> PostgresSourceUpdate.builder()
                        .addTableMappingsToRemove(TableMapping.builder()
                                .sourceSchemaName("public")
                                .sourceTable("audit")
                                .build())
                        .build(),
                "PostgresSourceUpdate.tableMappingsToRemove[0].targetTable is required to update a pipe");
        refused(
                () -> MySqlSourceUpdate.builder()
                        .addTableMappingsToAdd(TableMapping.of("app", "users", "app_users"))
                        .addTableMappingsToRemove(TableMapping.builder()
                                .sourceSchemaName("app")
                                .targetTable("app_audit")
                                .build())
                        .build(),
                "MySqlSourceUpdate.tableMappingsToRemove[0].sourceTable is required to update a pipe");
        assertThatCode(() -> MySqlSourceUpdate.builder()
                        .addTableMappingsToAdd(TableMapping.of("app", "users", "app_users"))
                        .addTableMappingsToRemove(TableMapping.of("app", "audit", "app_audit"))
                        .build())
                .doesNotThrowAnyException();
    }

    @Test
    void theFactoriesStillBuildCompleteValues() {
        assertThat(DestinationColumn.of("id", "UInt64").name()).contains("id");
        assertThat(DestinationColumn.of("id", "UInt64").type()).contains("UInt64");
        assertThat(FieldMapping.of("src", "dst").sourceField()).contains("src");
        assertThat(FieldMapping.of("src", "dst").destinationField()).contains("dst");
        assertThat(DestinationTableEngine.of(DestinationEngineType.NULL).type()).contains(DestinationEngineType.NULL);
        TableMapping users = TableMapping.of("public", "users", "public_users");
        assertThat(List.of(users.sourceSchemaName(), users.sourceTable(), users.targetTable()))
                .extracting(java.util.Optional::orElseThrow)
                .containsExactly("public", "users", "public_users");
        assertThat(Json.toTree(users))
                .isEqualTo(
                        Cloud.tree(
                                "{\"sourceSchemaName\":\"public\",\"sourceTable\":\"users\",\"targetTable\":\"public_users\"}"));
    }
}
