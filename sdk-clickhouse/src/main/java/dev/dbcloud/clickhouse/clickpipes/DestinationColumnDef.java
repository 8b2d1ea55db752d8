package dev.dbcloud.clickhouse.clickpipes;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A column of a pipe's destination table (wire schema {@code ClickPipeDestinationColumn}).
 *
 * <p>A response may leave out any field the spec does not require (it requires none), so {@code name} and {@code
 * type} are optional here: {@link CreateClickPipeParams} and {@link DestinationUpdate} refuse a column without them
 * ({@link IllegalArgumentException} naming the field).
 *
 * <pre>{@code
 * DestinationColumn id = DestinationColumn.of("id", "UInt64");
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = DestinationColumn.class)
@JsonDeserialize(as = DestinationColumn.class)
abstract class DestinationColumnDef {
    /**
     * The column name (wire {@code name}).
     *
     * @return the value
     */
    abstract Optional<String> name();

    /**
     * The ClickHouse type, e.g. {@code String} or {@code DateTime64(3)} (wire {@code type}).
     *
     * @return the value
     */
    abstract Optional<String> type();

    /**
     * Creates a column.
     *
     * @param name the column name
     * @param type the ClickHouse type
     * @return the column
     */
    public static DestinationColumn of(String name, String type) {
        requireNonNull(name, "name == null");
        requireNonNull(type, "type == null");
        return DestinationColumn.builder().name(name).type(type).build();
    }
}
