package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A service's scaling schedule (wire schema {@code ScalingSchedule}): part of a {@link Service}, and read and
 * written with {@link ScalingSchedules}.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = ScalingSchedule.class)
@JsonDeserialize(as = ScalingSchedule.class)
abstract class ScalingScheduleDef {
    /**
     * The schedule entries (wire {@code entries}).
     *
     * @return the value
     */
    abstract List<ScalingScheduleEntry> entries();

    /**
     * The scaling applied when no entry is active (wire {@code baseConfig}).
     *
     * @return the value
     */
    abstract Optional<ScalingScheduleBaseConfig> baseConfig();

    /**
     * The active entry, absent when the base configuration is in effect (wire {@code activeEntryId}).
     *
     * @return the value
     */
    abstract Optional<String> activeEntryId();
}
