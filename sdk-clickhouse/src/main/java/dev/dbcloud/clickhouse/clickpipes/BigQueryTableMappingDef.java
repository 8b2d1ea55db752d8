package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A table a BigQuery pipe copies (wire schema {@code ClickPipeBigQueryPipeTableMapping}).
 *
 * <p>A response may leave out any field the spec does not require (it requires none), so {@code sourceDatasetName},
 * {@code sourceTable} and {@code targetTable} are optional here: {@link CreateClickPipeParams} refuses a mapping
 * without them ({@link IllegalArgumentException} naming the field).
 *
 * <pre>{@code
 * BigQueryTableMapping sessions = BigQueryTableMapping.builder()
 *     .sourceDatasetName("analytics").sourceTable("sessions").targetTable("analytics_sessions")
 *     .build();
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = BigQueryTableMapping.class)
@JsonDeserialize(as = BigQueryTableMapping.class)
abstract class BigQueryTableMappingDef implements MappedTable {
    /**
     * The source dataset (wire {@code sourceDatasetName}).
     *
     * @return the value
     */
    abstract Optional<String> sourceDatasetName();
}
