package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A warning the API gives about a setting just changed, one that may disrupt the service (wire schema {@code
 * ServiceClickhouseSettingWarning}); see {@link ClickHouseSettingsUpdate#warnings()}.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = ClickHouseSettingWarning.class)
@JsonDeserialize(as = ClickHouseSettingWarning.class)
abstract class ClickHouseSettingWarningDef {
    /**
     * The setting the warning is about (wire {@code name}).
     *
     * @return the value
     */
    abstract Optional<String> name();

    /**
     * The warning (wire {@code message}).
     *
     * @return the value
     */
    abstract Optional<String> message();
}
