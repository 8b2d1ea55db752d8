package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of a ClickPipe creation (wire schema {@code ClickPipePostRequest}). Only what is set is sent: the one
 * source variant, and {@code scaling} and {@code settings} only when given (the API refuses empty or zero values).
 *
 * <pre>{@code
 * ClickPipe pipe = ch.clickPipes(serviceId).create(CreateClickPipeParams.builder()
 *     .name("orders")
 *     .source(ClickPipeSource.kafka(kafka))
 *     .destination(ClickPipeDestination.builder()
 *         .database("default").table("orders").managedTable(true)
 *         .tableDefinition(TableDefinition.builder()
 *             .engine(DestinationTableEngine.of(DestinationEngineType.MERGE_TREE)).build())
 *         .addColumns(DestinationColumn.of("id", "UInt64"))
 *         .build())
 *     .addFieldMappings(FieldMapping.of("id", "id"))
 *     .build());
 * }</pre>
 *
 * <p>{@code build()} checks, before anything is sent, the rules of the ClickHouse Cloud reference and OpenAPI spec
 * ({@link IllegalArgumentException} naming the field and the rule):
 *
 * <ul>
 *   <li>the source has exactly one variant, with the fields a create needs (Kafka {@code type, format, brokers,
 *       topics, authentication}, an https {@code schemaRegistry.url}; Kinesis {@code format, streamName, region,
 *       iteratorType, authentication}; object storage {@code type, format, url}; Postgres {@code host, port,
 *       database}; MongoDB {@code settings}; BigQuery {@code snapshotStagingPath}); ports are 1 to 65535; a
 *       Postgres {@code replicationSlotName} goes only with replication mode {@code cdc_only};
 *   <li>every table mapping names its source and target ({@code sourceSchemaName, sourceTable, targetTable} for
 *       Postgres and MySQL, {@code sourceDatasetName, sourceTable, targetTable} for BigQuery), e.g. {@code
 *       source.postgres.tableMappings[0].sourceTable is required to create a pipe};
 *   <li>the destination has a {@code database}; a database pipe (Postgres, MySQL, MongoDB, BigQuery) sends only
 *       that, while Kafka, Kinesis, Pub/Sub and object storage pipes need {@code table}, {@code managedTable} and
 *       {@code columns}; every column has a {@code name} and a {@code type}, and an engine in the {@code
 *       tableDefinition} has a {@code type} (e.g. {@code destination.columns[0].type is required to create a pipe});
 *   <li>every field mapping has a {@code sourceField} and a {@code destinationField};
 *   <li>no empty object is ever sent: an empty {@code scaling}, {@code settings} or nested object is refused
 *       rather than sent as {@code {}}, which the API reads as a value.
 * </ul>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = CreateClickPipeParams.class)
@JsonDeserialize(as = CreateClickPipeParams.class)
abstract class CreateClickPipeParamsDef {
    /**
     * The name, 1 to 255 characters (wire {@code name}).
     *
     * @return the value
     */
    abstract String name();

    /**
     * A description of the pipe (wire {@code description}); sent only when set. The ClickPipes reference page lists
     * it on create, the current OpenAPI spec does not.
     *
     * @return the value
     */
    abstract Optional<String> description();

    /**
     * The source, with exactly one variant (wire {@code source}).
     *
     * @return the value
     */
    abstract ClickPipeSource source();

    /**
     * The destination (wire {@code destination}).
     *
     * @return the value
     */
    abstract ClickPipeDestination destination();

    /**
     * The field mappings, covering every destination column (wire {@code fieldMappings}); not sent when empty.
     *
     * @return the value
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract List<FieldMapping> fieldMappings();

    /**
     * The initial scaling (wire {@code scaling}).
     *
     * @return the value
     */
    abstract Optional<ClickPipeScaling> scaling();

    /**
     * The advanced settings (wire {@code settings}).
     *
     * @return the value
     */
    abstract Optional<ClickPipeSettings> settings();

    @Value.Check
    void check() {
        Rules.name(name());
        source().requireExactlyOne("source");
        Rules.checkCreate(source(), destination(), fieldMappings());
        Rules.noEmptyObjects(this, "a ClickPipe create");
    }
}
