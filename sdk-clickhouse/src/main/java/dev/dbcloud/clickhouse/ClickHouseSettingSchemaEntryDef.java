package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One configurable ClickHouse setting as the settings schema describes it (wire schema {@code
 * ServiceClickhouseSettingSchemaEntry}), read with {@link ClickHouseSettings#schema(String)}.
 *
 * <pre>{@code
 * for (ClickHouseSettingSchemaEntry e : ch.services().clickhouseSettings().schema(serviceId)) {
 *     System.out.println(e.name() + " (" + e.type().orElse("?") + "): " + e.description().orElse(""));
 *     e.warning().ifPresent(w -> System.out.println("  careful: " + w));
 * }
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = ClickHouseSettingSchemaEntry.class)
@JsonDeserialize(as = ClickHouseSettingSchemaEntry.class)
abstract class ClickHouseSettingSchemaEntryDef {
    /**
     * The setting's name (wire {@code name}); the one field an entry must carry.
     *
     * @return the value
     */
    abstract String name();

    /**
     * The type of the setting's value, e.g. {@code string} (wire {@code type}).
     *
     * @return the value
     */
    abstract Optional<String> type();

    /**
     * What the setting does (wire {@code description}).
     *
     * @return the value
     */
    abstract Optional<String> description();

    /**
     * The allowed values when the setting is an enumeration, as text (wire {@code enum}; the specification types
     * them as integers, such as {@code [0, 1]}, and text values are read as well).
     *
     * @return the values, empty when any value of the type is allowed
     */
    @JsonProperty("enum")
    abstract List<String> allowedValues();

    /**
     * What changing the setting may disrupt (wire {@code warning}).
     *
     * @return the value
     */
    abstract Optional<String> warning();

    /**
     * The deprecation notice, for a setting on its way out (wire {@code deprecationNotice}).
     *
     * @return the value
     */
    abstract Optional<String> deprecationNotice();

    /**
     * An example value (wire {@code example}).
     *
     * @return the value
     */
    abstract Optional<String> example();
}
