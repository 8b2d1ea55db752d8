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
 * <p>{@code build()} refuses a source with no variant or with several ({@link IllegalArgumentException} naming the
 * rule), before anything is sent.
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
        if (name().isBlank() || name().length() > 255) {
            throw new IllegalArgumentException("name must be 1 to 255 characters but has " + name().length());
        }
        source().requireExactlyOne("source");
    }
}
