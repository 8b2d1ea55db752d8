package dev.dbcloud.clickhouse.clickpipes;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The engine of a managed destination table (wire schema {@code ClickPipeDestinationTableEngine}).
 *
 * <p>A response may leave out any field the spec does not require (it requires none), so {@code type} is optional
 * here: {@link CreateClickPipeParams} refuses an engine without it ({@link IllegalArgumentException} naming the
 * field).
 *
 * <pre>{@code
 * DestinationTableEngine engine = DestinationTableEngine.of(DestinationEngineType.MERGE_TREE);
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = DestinationTableEngine.class)
@JsonDeserialize(as = DestinationTableEngine.class)
abstract class DestinationTableEngineDef {
    /**
     * The engine (wire {@code type}).
     *
     * @return the value
     */
    abstract Optional<DestinationEngineType> type();

    /**
     * The version column, with {@code ReplacingMergeTree} (wire {@code versionColumnId}).
     *
     * @return the value
     */
    abstract Optional<String> versionColumnId();

    /**
     * The columns to sum, with {@code SummingMergeTree} (wire {@code columnIds}).
     *
     * @return the value
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract List<String> columnIds();

    /**
     * An engine without parameters.
     *
     * @param type the engine
     * @return the engine
     */
    public static DestinationTableEngine of(DestinationEngineType type) {
        requireNonNull(type, "type == null");
        return DestinationTableEngine.builder().type(type).build();
    }
}
