package dev.dbcloud.clickhouse;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The rules of {@link ScalingScheduleEntryParams}: what {@code ScalingScheduleEntryParamsAttributes} does not say about it. The
 * generated {@code ScalingScheduleEntryParamsDef} carries its annotations.
 */
abstract class ScalingScheduleEntryParamsRules extends ScalingScheduleEntryParamsAttributes {

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
