package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One entry of a scaling schedule to store (wire schema {@code ScalingScheduleEntryRequest}): when it applies
 * (weekdays and UTC hours) and the scaling it applies then, whose fields are those of {@link ReplicaScalingChange}
 * ({@code autoscalingMode} left out means {@code vertical}). Only the fields set are sent; the memory bounds left
 * out of a vertical entry come from the service's base scaling.
 *
 * <pre>{@code
 * ScalingScheduleEntryParams nights = ScalingScheduleEntryParams.builder()
 *         .name("Nightly batch")
 *         .addWeekdays(0, 1, 2, 3, 4, 5, 6)
 *         .startHourUtc(22).endHourUtc(4)                    // an end before the start spans midnight
 *         .autoscalingMode(AutoscalingMode.HORIZONTAL)
 *         .minReplicaMemoryGb(32).maxReplicaMemoryGb(32)    // horizontal: fixed memory per replica
 *         .minReplicas(2).maxReplicas(6)
 *         .build();
 * }</pre>
 *
 * <p>{@code build()} throws {@link IllegalArgumentException} naming the field and the rule, each the
 * specification's: {@code name}, {@code weekdays}, {@code startHourUtc} and {@code endHourUtc} are required; at
 * least one weekday, each 0 (Sunday) to 6; {@code startHourUtc} 0–23; {@code endHourUtc} 1–24 and not equal to the
 * start; {@code numReplicas}, {@code minReplicas} and {@code maxReplicas} at least 1; {@code numReplicas} not with
 * {@code minReplicas}/{@code maxReplicas}, and those two set together; the two memory bounds set together, and for
 * a horizontal entry set and equal. Memory limits, which depend on the tier, are left to the server.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = ScalingScheduleEntryParams.class)
@JsonDeserialize(as = ScalingScheduleEntryParams.class)
abstract class ScalingScheduleEntryParamsDef implements ReplicaScalingChange {
    /**
     * A label for the entry (wire {@code name}, required).
     *
     * @return the value
     */
    abstract String name();

    /**
     * The days of the week it applies to, 0 = Sunday … 6 = Saturday (wire {@code weekdays}, at least one).
     *
     * @return the days
     */
    abstract List<Integer> weekdays();

    /**
     * The UTC hour 0–23 the entry becomes active, inclusive (wire {@code startHourUtc}, required).
     *
     * @return the value
     */
    abstract int startHourUtc();

    /**
     * The UTC hour 1–24 the entry ends, exclusive; 24 ends at midnight, and an hour before the start spans midnight
     * (wire {@code endHourUtc}, required).
     *
     * @return the value
     */
    abstract int endHourUtc();

    /** The specification's rules; see the type's documentation. */
    @Value.Check
    void check() {
        if (weekdays().isEmpty()) {
            throw new IllegalArgumentException("weekdays must hold at least one day (spec: minItems 1)");
        }
        for (int day : weekdays()) {
            ServiceRules.between("weekdays", day, 0, 6);
        }
        ServiceRules.between("startHourUtc", startHourUtc(), 0, 23);
        ServiceRules.between("endHourUtc", endHourUtc(), 1, 24);
        if (endHourUtc() == startHourUtc()) {
            throw new IllegalArgumentException("endHourUtc must differ from startHourUtc");
        }
        ServiceRules.atLeast("numReplicas", numReplicas(), 1);
        ServiceRules.atLeast("minReplicas", minReplicas(), 1);
        ServiceRules.atLeast("maxReplicas", maxReplicas(), 1);
        ServiceRules.replicaCounts(this);
        if (minReplicaMemoryGb().isPresent() != maxReplicaMemoryGb().isPresent()) {
            throw new IllegalArgumentException("minReplicaMemoryGb and maxReplicaMemoryGb must be set together");
        }
        if (autoscalingMode().equals(Optional.of(AutoscalingMode.HORIZONTAL))
                && (minReplicaMemoryGb().isEmpty() || !minReplicaMemoryGb().equals(maxReplicaMemoryGb()))) {
            throw new IllegalArgumentException(
                    "a horizontal entry needs minReplicaMemoryGb and maxReplicaMemoryGb, equal (fixed memory)");
        }
    }
}
