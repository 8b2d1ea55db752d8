package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import org.immutables.value.Value;

/**
 * A column of a pipe's destination table (wire schema {@code ClickPipeDestinationColumn}).
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
    abstract String name();

    /**
     * The ClickHouse type, e.g. {@code String} or {@code DateTime64(3)} (wire {@code type}).
     *
     * @return the value
     */
    abstract String type();

    /**
     * Creates a column.
     *
     * @param name the column name
     * @param type the ClickHouse type
     * @return the column
     */
    public static DestinationColumn of(String name, String type) {
        return DestinationColumn.builder().name(name).type(type).build();
    }
}
