package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What a ClickHouse settings update applied (wire schema {@code ServiceClickhouseSettingsPatchResponse}): the
 * settings and their values, and warnings about those that may disrupt the service.
 *
 * <pre>{@code
 * ClickHouseSettingsUpdate applied = ch.services().clickhouseSettings().update(serviceId,
 *         UpdateClickHouseSettingsParams.builder().putSettings("compatibility", "24.8").build());
 * applied.warnings().forEach(w -> System.out.println(w.name().orElse("?") + ": " + w.message().orElse("")));
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = ClickHouseSettingsUpdate.class)
@JsonDeserialize(as = ClickHouseSettingsUpdate.class)
abstract class ClickHouseSettingsUpdateDef {
    /**
     * The settings applied, by name, each value as text (wire {@code settings}, which the specification types as a
     * string holding a JSON object, such as {@code "{\"compatibility\": \"24.8\"}"}; a plain object is read too).
     *
     * @return the values by setting name; empty when the answer has none
     */
    @JsonSerialize(using = SettingsJson.Writer.class)
    @JsonDeserialize(using = SettingsJson.Reader.class)
    abstract Map<String, String> settings();

    /**
     * Warnings about settings whose change may disrupt the service (wire {@code warnings}).
     *
     * @return the warnings
     */
    abstract List<ClickHouseSettingWarning> warnings();
}
