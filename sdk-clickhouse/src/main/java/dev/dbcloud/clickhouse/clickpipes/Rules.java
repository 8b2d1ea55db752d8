package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dbcloud.clickhouse.internal.UpdateRules;
import dev.dbcloud.core.internal.Checks;
import dev.dbcloud.core.internal.Json;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The checks request bodies pass before anything is sent. The read types ({@link KafkaSource}, {@link
 * ClickPipeDestination}, …) leave optional what the API may omit in a response, so what a create needs is checked
 * here, on the request that carries them. Every rule comes from the OpenAPI spec's {@code required} lists or field
 * descriptions, or from {@code reference/clickhouse-cloud.md} (§8 fields and enums, §9 observed behaviour); each
 * method's Javadoc names its source. A rule the vendor does not document does not belong here.
 */
final class Rules {
    /** The end of the message naming what a create lacks. */
    static final String CREATE = " is required to create a pipe";

    /** The end of the message naming what an update lacks. */
    static final String UPDATE = " is required to update a pipe";

    private static final int MAX_PORT = 65535;

    private Rules() {}

    /**
     * Refuses a body holding an empty JSON object anywhere: the API reads {@code {}} as a value (an empty {@code
     * postgres} source fails with {@code postgres.host: ''}, an empty {@code scaling} with {@code replicas: Not
     * between 1 and 40}), so empty objects are never sent.
     *
     * @param body the request body
     * @param what the body's name in messages
     */
    static void noEmptyObjects(Object body, String what) {
        noEmptyObjects(Json.toTree(body), "", what);
    }

    private static void noEmptyObjects(JsonNode node, String path, String what) {
        if (node.isObject()) {
            if (node.isEmpty() && !path.isEmpty()) {
                throw new IllegalArgumentException(
                        path + " is empty: leave it unset instead (" + what + " never sends an empty object)");
            }
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                noEmptyObjects(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey(), what);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                noEmptyObjects(node.get(i), path + "[" + i + "]", what);
            }
        }
    }

    /**
     * The rules of a create, each from a named source: the spec's {@code required} lists ({@code
     * ClickPipeMutateMySQLSource}, {@code ClickPipeMutateMongoDBSource}, {@code ClickPipePostPubSubSource}, their
     * settings and table mappings), the spec's field descriptions ({@code azureContainerName} "Required when type is
     * azureblobstorage"; {@code table}, {@code managedTable}, {@code columns} "Required field for all pipe types except
     * database pipes"), and the source table of {@code reference/clickhouse-cloud.md} §8 (fields listed without
     * {@code ?}, the Postgres replication slot only with {@code cdc_only}). Nothing else is refused: the destination
     * database, for one, is optional (the spec's {@code ClickPipeMutateDestination} requires nothing and the
     * vendor's documented Kafka, Kinesis and object storage creates leave it out).
     */
    static void checkCreate(
            ClickPipeSource source, ClickPipeDestination destination, List<FieldMapping> fieldMappings) {
        String need = CREATE;
        SourceKind kind = source.kind().orElseThrow();
        source.kafka().ifPresent(kafka -> kafka(kafka, "source.kafka", need));
        source.kinesis().ifPresent(kinesis -> kinesis(kinesis, "source.kinesis", need));
        source.objectStorage().ifPresent(os -> objectStorage(os, need));
        source.pubsub().ifPresent(pubsub -> {
            require(pubsub.format(), "source.pubsub.format", need);
            notBlank(pubsub.projectId(), "source.pubsub.projectId", need);
            notBlank(pubsub.topic(), "source.pubsub.topic", need);
            require(pubsub.authentication(), "source.pubsub.authentication", need);
            require(pubsub.seekType(), "source.pubsub.seekType", need);
            require(pubsub.serviceAccountKey(), "source.pubsub.serviceAccountKey", need);
        });
        source.postgres().ifPresent(pg -> {
            server(pg, "source.postgres", need);
            notBlank(pg.database(), "source.postgres.database", need);
            tableMappings(pg.tableMappings(), "source.postgres.tableMappings", need);
            pg.settings().ifPresent(settings -> settings.replicationSlotName().ifPresent(slot -> {
                if (!settings.replicationMode().equals(Optional.of(ReplicationMode.CDC_ONLY))) {
                    throw new IllegalArgumentException("source.postgres.settings.replicationSlotName may be set only"
                            + " with replicationMode cdc_only");
                }
            }));
        });
        source.mysql().ifPresent(my -> {
            server(my, "source.mysql", need);
            replicationMode(my.settings(), "source.mysql.settings", need);
            notEmpty(my.tableMappings(), "source.mysql.tableMappings", need);
            tableMappings(my.tableMappings(), "source.mysql.tableMappings", need);
        });
        source.mongodb().ifPresent(mongo -> {
            notBlank(mongo.uri(), "source.mongodb.uri", need);
            require(mongo.readPreference(), "source.mongodb.readPreference", need);
            replicationMode(mongo.settings(), "source.mongodb.settings", need);
            notEmpty(mongo.tableMappings(), "source.mongodb.tableMappings", need);
            each(mongo.tableMappings(), "source.mongodb.tableMappings", (mapping, at) -> {
                notBlank(mapping.sourceDatabaseName(), at + ".sourceDatabaseName", need);
                notBlank(mapping.sourceCollection(), at + ".sourceCollection", need);
                notBlank(mapping.targetTable(), at + ".targetTable", need);
            });
        });
        source.bigquery().ifPresent(bq -> {
            notBlank(bq.snapshotStagingPath(), "source.bigquery.snapshotStagingPath", need);
            each(bq.tableMappings(), "source.bigquery.tableMappings", (mapping, at) -> {
                notBlank(mapping.sourceDatasetName(), at + ".sourceDatasetName", need);
                notBlank(mapping.sourceTable(), at + ".sourceTable", need);
                notBlank(mapping.targetTable(), at + ".targetTable", need);
            });
        });
        destination(kind, destination);
        fieldMappings(fieldMappings, "fieldMappings", need);
    }

    /**
     * Object storage: {@code type} and {@code format} (reference §8); an Azure Blob Storage source names its container
     * in {@code azureContainerName} (spec: "Required when type is azureblobstorage") and its files in {@code path},
     * every other store names its files in {@code url} (reference §8).
     */
    private static void objectStorage(ObjectStorageSource os, String need) {
        ObjectStorageType type = require(os.type(), "source.objectStorage.type", need);
        require(os.format(), "source.objectStorage.format", need);
        if (type.equals(ObjectStorageType.AZUREBLOBSTORAGE)) {
            notBlank(
                    os.azureContainerName(),
                    "source.objectStorage.azureContainerName",
                    " is required to create an" + " azureblobstorage pipe");
        } else {
            notBlank(os.url(), "source.objectStorage.url", " is required to create a " + type.value() + " pipe");
        }
    }

    /** A Postgres or MySQL server to create a pipe from: its host (not blank) and port (1 to 65535), reference §8. */
    private static void server(DatabaseServer server, String at, String need) {
        notBlank(server.host(), at + ".host", need);
        port(require(server.port(), at + ".port", need), at + ".port");
    }

    /** MySQL and MongoDB settings, with their replication mode: the spec's {@code required} lists. */
    private static void replicationMode(Optional<? extends ReplicationSettings> settings, String at, String need) {
        require(require(settings, at, need).replicationMode(), at + ".replicationMode", need);
    }

    /**
     * The rules of a Postgres or MySQL source update: it changes something, a port it sets is 1 to 65535, a host it
     * sets is not blank, and every table mapping it adds or removes names its source schema, source table and
     * target table.
     *
     * @param update the update
     * @param what its type's name
     */
    static <T extends DatabaseServer & TableMappingChanges> void serverSourceUpdate(T update, String what) {
        UpdateRules.requireChange(update, what);
        update.port().ifPresent(p -> port(p, what + ".port"));
        host(update.host(), what + ".host");
        tableMappings(update.tableMappingsToAdd(), what + ".tableMappingsToAdd", UPDATE);
        tableMappings(update.tableMappingsToRemove(), what + ".tableMappingsToRemove", UPDATE);
    }

    private static void notEmpty(List<?> items, String field, String need) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException(field + need);
        }
    }

    /**
     * Checks every Postgres or MySQL table mapping names its source schema, source table and target table, which a
     * request needs (to add a table and to name one to remove) though a response may leave them out.
     *
     * @param mappings the mappings
     * @param field the list's name in messages
     * @param need the end of the message naming a missing field
     */
    static void tableMappings(List<TableMapping> mappings, String field, String need) {
        each(mappings, field, (mapping, at) -> {
            notBlank(mapping.sourceSchemaName(), at + ".sourceSchemaName", need);
            notBlank(mapping.sourceTable(), at + ".sourceTable", need);
            notBlank(mapping.targetTable(), at + ".targetTable", need);
        });
    }

    /**
     * Checks every destination column has a name and a type.
     *
     * @param columns the columns
     * @param field the list's name in messages
     * @param need the end of the message naming a missing field
     */
    static void columns(List<DestinationColumn> columns, String field, String need) {
        each(columns, field, (column, at) -> {
            notBlank(column.name(), at + ".name", need);
            notBlank(column.type(), at + ".type", need);
        });
    }

    /**
     * Checks every field mapping names its source field and destination column.
     *
     * @param mappings the mappings
     * @param field the list's name in messages
     * @param need the end of the message naming a missing field
     */
    static void fieldMappings(List<FieldMapping> mappings, String field, String need) {
        each(mappings, field, (mapping, at) -> {
            notBlank(mapping.sourceField(), at + ".sourceField", need);
            notBlank(mapping.destinationField(), at + ".destinationField", need);
        });
    }

    private static <T> void each(List<T> items, String field, BiConsumer<T, String> check) {
        for (int i = 0; i < items.size(); i++) {
            check.accept(items.get(i), field + "[" + i + "]");
        }
    }

    /**
     * The destination rules: database pipes send only {@code {"database": …}} (reference §8 and §9.5: the API
     * rejects a table definition on them); streaming and object storage pipes need {@code table}, {@code
     * managedTable} and {@code columns} (the spec's descriptions of those fields). The database itself is optional.
     */
    private static void destination(SourceKind kind, ClickPipeDestination destination) {
        destination.database().ifPresent(database -> {
            if (database.isBlank()) {
                throw new IllegalArgumentException("destination.database must not be blank");
            }
        });
        if (kind.isDatabase()) {
            if (destination.table().isPresent()
                    || destination.managedTable().isPresent()
                    || destination.tableDefinition().isPresent()
                    || !destination.columns().isEmpty()) {
                throw new IllegalArgumentException("destination of a " + kind.wireKey() + " pipe must set only"
                        + " database: table, managedTable, tableDefinition and columns come from the table mappings");
            }
            return;
        }
        String need = " is required to create a " + kind.wireKey() + " pipe";
        notBlank(destination.table(), "destination.table", need);
        require(destination.managedTable(), "destination.managedTable", need);
        if (destination.columns().isEmpty()) {
            throw new IllegalArgumentException("destination.columns" + need);
        }
        columns(destination.columns(), "destination.columns", CREATE);
        destination
                .tableDefinition()
                .flatMap(TableDefinition::engine)
                .ifPresent(engine -> require(engine.type(), "destination.tableDefinition.engine.type", CREATE));
    }

    static void kafka(KafkaSource kafka, String at, String need) {
        require(kafka.type(), at + ".type", need);
        require(kafka.format(), at + ".format", need);
        notBlank(kafka.brokers(), at + ".brokers", need);
        notBlank(kafka.topics(), at + ".topics", need);
        require(kafka.authentication(), at + ".authentication", need);
        kafka.offset().ifPresent(offset -> require(offset.strategy(), at + ".offset.strategy", need));
        kafka.schemaRegistry().ifPresent(registry -> {
            String url = notBlank(registry.url(), at + ".schemaRegistry.url", need);
            if (!url.regionMatches(true, 0, "https://", 0, "https://".length())) {
                throw new IllegalArgumentException(at + ".schemaRegistry.url must be an https:// URL");
            }
            require(registry.authentication(), at + ".schemaRegistry.authentication", need);
        });
    }

    static void kinesis(KinesisSource kinesis, String at, String need) {
        require(kinesis.format(), at + ".format", need);
        notBlank(kinesis.streamName(), at + ".streamName", need);
        notBlank(kinesis.region(), at + ".region", need);
        require(kinesis.iteratorType(), at + ".iteratorType", need);
        require(kinesis.authentication(), at + ".authentication", need);
    }

    /**
     * Checks a pipe's name, 1 to 255 characters ({@code reference/clickhouse-cloud.md} §8).
     *
     * @param name the name
     */
    static void name(String name) {
        if (name.isBlank() || name.length() > 255) {
            throw new IllegalArgumentException("name must be 1 to 255 characters but has " + name.length());
        }
    }

    /**
     * Checks a port, 1 to 65535.
     *
     * @param port the port
     * @param field the field name in the message
     */
    static void port(int port, String field) {
        if (port < 1 || port > MAX_PORT) {
            throw new IllegalArgumentException(field + " must be between 1 and 65535 but is " + port);
        }
    }

    /**
     * Checks a host that is set is not blank.
     *
     * @param host the host
     * @param field the field name in the message
     */
    static void host(Optional<String> host, String field) {
        host.ifPresent(h -> Checks.notBlank(h, field));
    }

    private static <T> T require(Optional<T> value, String field, String need) {
        return value.orElseThrow(() -> new IllegalArgumentException(field + need));
    }

    private static String notBlank(Optional<String> value, String field, String need) {
        return Checks.notBlank(require(value, field, need), field);
    }
}
