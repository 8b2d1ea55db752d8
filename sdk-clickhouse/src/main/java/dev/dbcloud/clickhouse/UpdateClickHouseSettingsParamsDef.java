package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The body of a ClickHouse settings update (wire schema {@code ServiceClickhouseSettingsPatchRequest}): the settings
 * to set, by name. Settings not named keep their values; {@link ClickHouseSettings#delete(String, String)} resets
 * one to the platform default. The schema ({@link ClickHouseSettings#schema(String)}) lists what may be set.
 *
 * <pre>{@code
 * UpdateClickHouseSettingsParams.builder()
 *         .putSettings("compatibility", "24.8")
 *         .putSettings("max_threads", "8")
 *         .build();
 * }</pre>
 *
 * <p>Sent as the specification types it, {@code {"settings": "{\"compatibility\":\"24.8\",\"max_threads\":\"8\"}"}}:
 * the object of names to values, written into one JSON string.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = UpdateClickHouseSettingsParams.class)
@JsonDeserialize(as = UpdateClickHouseSettingsParams.class)
abstract class UpdateClickHouseSettingsParamsDef {
    /**
     * The values to set, by setting name (wire {@code settings}, required; a string holding the JSON object).
     *
     * @return the values by name
     */
    @JsonSerialize(using = SettingsJson.Writer.class)
    @JsonDeserialize(using = SettingsJson.Reader.class)
    abstract Map<String, String> settings();
}
