package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of a ClickPipe update (wire schema {@code ClickPipePatchRequest}); only the fields set are sent (an update
 * that sets none goes out as {@code {}}: nothing documents a refusal). Destination columns and field mappings change the pipe's configuration, never the table's
 * schema. Database pipes take only {@code syncIntervalSeconds}, {@code pullBatchSize} (and {@code useCompression}
 * for MySQL) in their source's settings, and the API edits Postgres pipes only while they are stopped or paused
 * (see {@code ClickPipes.updateWithPause}).
 *
 * <pre>{@code
 * ch.clickPipes(serviceId).update(pipeId, UpdateClickPipeParams.builder().name("orders-v2").build());
 * }</pre>
 *
 * <p>{@code build()} refuses ({@link IllegalArgumentException}) a name outside 1 to 255 characters ({@code
 * reference/clickhouse-cloud.md} §8), a field mapping without {@code sourceField} or {@code destinationField} (e.g.
 * {@code fieldMappings[0].sourceField is required to update a pipe}) and empty nested objects, which the API reads
 * as values ({@code reference/clickhouse-cloud.md} §9.5).
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = UpdateClickPipeParams.class)
@JsonDeserialize(as = UpdateClickPipeParams.class)
abstract class UpdateClickPipeParamsDef {
    /**
     * A new name (wire {@code name}).
     *
     * @return the value
     */
    abstract Optional<String> name();

    /**
     * Changes to the source (wire {@code source}).
     *
     * @return the value
     */
    abstract Optional<ClickPipeSourceUpdate> source();

    /**
     * Changes to the destination (wire {@code destination}).
     *
     * @return the value
     */
    abstract Optional<DestinationUpdate> destination();

    /**
     * The complete new list of field mappings (wire {@code fieldMappings}).
     *
     * @return the value
     */
    abstract Optional<List<FieldMapping>> fieldMappings();

    /**
     * New advanced settings (wire {@code settings}).
     *
     * @return the value
     */
    abstract Optional<ClickPipeSettings> settings();

    @Value.Check
    void check() {
        name().ifPresent(Rules::name);
        fieldMappings().ifPresent(mappings -> Rules.fieldMappings(mappings, "fieldMappings", Rules.UPDATE));
        Rules.noEmptyObjects(this, "a ClickPipe update");
    }
}
