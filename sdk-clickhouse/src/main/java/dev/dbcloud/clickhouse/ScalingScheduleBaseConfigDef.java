package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The scaling a service uses when no schedule entry is active (wire schema {@code ScalingScheduleBaseConfig}).
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = ScalingScheduleBaseConfig.class)
@JsonDeserialize(as = ScalingScheduleBaseConfig.class)
abstract class ScalingScheduleBaseConfigDef {
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
}
