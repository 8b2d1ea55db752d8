package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of a scaling schedule (wire schema {@code ScalingScheduleEntry}).
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = ScalingScheduleEntry.class)
@JsonDeserialize(as = ScalingScheduleEntry.class)
abstract class ScalingScheduleEntryDef implements ScalingSettings {
    /**
     * The entry id (wire {@code id}).
     *
     * @return the value
     */
    abstract String id();

    /**
     * The label (wire {@code name}).
     *
     * @return the value
     */
    abstract Optional<String> name();

    /**
     * Days of the week, 0 = Sunday … 6 = Saturday (wire {@code weekdays}).
     *
     * @return the value
     */
    abstract List<Integer> weekdays();

    /**
     * UTC hour 0–23 when the entry becomes active (wire {@code startHourUtc}).
     *
     * @return the value
     */
    abstract Optional<Integer> startHourUtc();

    /**
     * UTC hour 1–24 when the entry ends, exclusive (wire {@code endHourUtc}).
     *
     * @return the value
     */
    abstract Optional<Integer> endHourUtc();

    /**
     * Whether the entry is active now (wire {@code isActiveNow}).
     *
     * @return the value
     */
    abstract Optional<Boolean> isActiveNow();
}
