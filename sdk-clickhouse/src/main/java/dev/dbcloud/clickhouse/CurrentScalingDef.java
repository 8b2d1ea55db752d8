package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The scaling currently in effect on a service, which may differ from its configured baseline while a scaling
 * schedule entry is active (wire schema {@code CurrentScaling}).
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = CurrentScaling.class)
@JsonDeserialize(as = CurrentScaling.class)
abstract class CurrentScalingDef {
    /**
     * Autoscaling mode in effect (wire {@code effectiveAutoscalingMode}).
     *
     * @return the value
     */
    abstract Optional<AutoscalingMode> effectiveAutoscalingMode();

    /**
     * Minimum memory per replica in GB in effect (wire {@code effectiveMinReplicaMemoryGb}).
     *
     * @return the value
     */
    abstract Optional<Integer> effectiveMinReplicaMemoryGb();

    /**
     * Maximum memory per replica in GB in effect (wire {@code effectiveMaxReplicaMemoryGb}).
     *
     * @return the value
     */
    abstract Optional<Integer> effectiveMaxReplicaMemoryGb();

    /**
     * Minimum number of replicas in effect (wire {@code effectiveMinReplicas}).
     *
     * @return the value
     */
    abstract Optional<Integer> effectiveMinReplicas();

    /**
     * Maximum number of replicas in effect (wire {@code effectiveMaxReplicas}).
     *
     * @return the value
     */
    abstract Optional<Integer> effectiveMaxReplicas();

    /**
     * Whether idle scaling is in effect (wire {@code effectiveIdleScaling}).
     *
     * @return the value
     */
    abstract Optional<Boolean> effectiveIdleScaling();

    /**
     * Idle timeout in minutes in effect (wire {@code effectiveIdleTimeoutMinutes}).
     *
     * @return the value
     */
    abstract Optional<Integer> effectiveIdleTimeoutMinutes();

    /**
     * The active schedule entry, if any (wire {@code activeEntryId}).
     *
     * @return the value
     */
    abstract Optional<String> activeEntryId();
}
