package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import org.immutables.value.Value;

/**
 * One argument a user-defined function takes: its name and ClickHouse data type, as sent in {@link
 * UdfVersionParams#arguments()} and read in {@link Udf#arguments()}.
 *
 * <pre>{@code
 * UdfArgument x = UdfArgument.of("x", "Float64");
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = UdfArgument.class)
@JsonDeserialize(as = UdfArgument.class)
abstract class UdfArgumentDef {
    /**
     * The argument's name (wire {@code name}); starts with a letter, then letters, digits and {@code _}.
     *
     * @return the value
     */
    @Value.Parameter
    abstract String name();

    /**
     * The argument's ClickHouse data type (wire {@code type}), e.g. {@code String} or {@code Float64}.
     *
     * @return the value
     */
    @Value.Parameter
    abstract String type();
}
