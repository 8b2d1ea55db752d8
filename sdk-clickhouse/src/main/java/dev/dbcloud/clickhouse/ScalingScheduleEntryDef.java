package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
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
abstract class ScalingScheduleEntryDef {
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
    @JsonSetter(nulls = Nulls.AS_EMPTY)
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
     * Autoscaling mode (wire {@code autoscalingMode}).
     *
     * @return the value
     */
    abstract Optional<AutoscalingMode> autoscalingMode();

    /**
     * Minimum memory per replica in GB (wire {@code minReplicaMemoryGb}).
     *
     * @return the value
     */
    abstract Optional<Integer> minReplicaMemoryGb();

    /**
     * Maximum memory per replica in GB (wire {@code maxReplicaMemoryGb}).
     *
     * @return the value
     */
    abstract Optional<Integer> maxReplicaMemoryGb();

    /**
     * Minimum number of replicas (wire {@code minReplicas}).
     *
     * @return the value
     */
    abstract Optional<Integer> minReplicas();

    /**
     * Maximum number of replicas (wire {@code maxReplicas}).
     *
     * @return the value
     */
    abstract Optional<Integer> maxReplicas();

    /**
     * Whether idle scaling is enabled (wire {@code idleScaling}).
     *
     * @return the value
     */
    abstract Optional<Boolean> idleScaling();

    /**
     * Idle timeout in minutes (wire {@code idleTimeoutMinutes}).
     *
     * @return the value
     */
    abstract Optional<Integer> idleTimeoutMinutes();

    /**
     * Whether the entry is active now (wire {@code isActiveNow}).
     *
     * @return the value
     */
    abstract Optional<Boolean> isActiveNow();
}
