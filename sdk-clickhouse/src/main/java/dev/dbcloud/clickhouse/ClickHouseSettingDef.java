package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A ClickHouse setting of a service and its value (wire schema {@code ServiceClickhouseSetting}), read with {@link
 * ClickHouseSettings}. The API returns every value as a string, whatever the setting's type.
 *
 * <pre>{@code
 * ClickHouseSetting s = ch.services().clickhouseSettings().get(serviceId, "compatibility");
 * System.out.println(s.name() + " = " + s.value().orElse("(not set)"));
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = ClickHouseSetting.class)
@JsonDeserialize(as = ClickHouseSetting.class)
abstract class ClickHouseSettingDef {
    /**
     * The setting's name, e.g. {@code compatibility} (wire {@code name}); a setting is known by it, so it is the one
     * field an answer must carry.
     *
     * @return the value
     */
    abstract String name();

    /**
     * The current value, as a string for every type (wire {@code value}).
     *
     * @return the value
     */
    abstract Optional<String> value();
}
