package dev.dbcloud.clickhouse;

import java.util.Optional;

/**
 * The autoscaling settings of a {@link Service}, and those a {@link ScalingSchedule} applies: of its {@link
 * ScalingScheduleBaseConfig base configuration} and of each {@link ScalingScheduleEntry entry}, so code can read
 * any of them alike.
 *
 * <pre>{@code
 * ScalingSchedule schedule = service.scalingSchedule().orElseThrow();
 * List<ScalingSettings> settings = new ArrayList<>(schedule.entries());
 * schedule.baseConfig().ifPresent(settings::add);
 * settings.forEach(s -> System.out.println(s.minReplicas() + ".." + s.maxReplicas()));
 * }</pre>
 */
public interface ScalingSettings {
    /**
     * Autoscaling mode (wire {@code autoscalingMode}).
     *
     * @return the value
     */
    Optional<AutoscalingMode> autoscalingMode();

    /**
     * Minimum memory per replica in GB (wire {@code minReplicaMemoryGb}).
     *
     * @return the value
     */
    Optional<Integer> minReplicaMemoryGb();

    /**
     * Maximum memory per replica in GB (wire {@code maxReplicaMemoryGb}).
     *
     * @return the value
     */
    Optional<Integer> maxReplicaMemoryGb();

    /**
     * Minimum number of replicas, horizontal autoscaling (wire {@code minReplicas}).
     *
     * @return the value
     */
    Optional<Integer> minReplicas();

    /**
     * Maximum number of replicas, horizontal autoscaling (wire {@code maxReplicas}).
     *
     * @return the value
     */
    Optional<Integer> maxReplicas();

    /**
     * Whether the service may scale down to zero when idle (wire {@code idleScaling}).
     *
     * @return the value
     */
    Optional<Boolean> idleScaling();

    /**
     * Minutes without queries before the service idles (wire {@code idleTimeoutMinutes}).
     *
     * @return the value
     */
    Optional<Integer> idleTimeoutMinutes();
}
