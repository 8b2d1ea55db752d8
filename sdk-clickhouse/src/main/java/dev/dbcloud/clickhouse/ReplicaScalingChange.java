package dev.dbcloud.clickhouse;

import java.util.Optional;

/**
 * The replica scaling fields a request sets, alike in a replica scaling update ({@link UpdateReplicaScalingParams})
 * and in a scaling schedule entry ({@link ScalingScheduleEntryParams}): memory per replica, a fixed replica count or
 * a range, and idle scaling. Only the fields set are sent. The read side is {@link ScalingSettings}.
 *
 * <pre>{@code
 * ReplicaScalingChange change = UpdateReplicaScalingParams.builder().numReplicas(3).build();
 * change.numReplicas().ifPresent(n -> System.out.println(n + " replicas"));
 * }</pre>
 *
 * <p>Both bodies refuse, when built, a {@code numReplicas} together with {@code minReplicas}/{@code maxReplicas}
 * ("mutually exclusive"), and one of those two without the other ("must be provided together"): the
 * specification's rules for both schemas.
 */
public interface ReplicaScalingChange {
    /**
     * Minimum memory per replica in GB, a multiple of 4 (wire {@code minReplicaMemoryGb}).
     *
     * @return the value
     */
    Optional<Integer> minReplicaMemoryGb();

    /**
     * Maximum memory per replica in GB, a multiple of 4 (wire {@code maxReplicaMemoryGb}).
     *
     * @return the value
     */
    Optional<Integer> maxReplicaMemoryGb();

    /**
     * Autoscaling mode (wire {@code autoscalingMode}).
     *
     * @return the value
     */
    Optional<AutoscalingMode> autoscalingMode();

    /**
     * A fixed number of replicas, vertical mode; exclusive with min/max replicas (wire {@code numReplicas}).
     *
     * @return the value
     */
    Optional<Integer> numReplicas();

    /**
     * Minimum number of replicas, set together with the maximum (wire {@code minReplicas}).
     *
     * @return the value
     */
    Optional<Integer> minReplicas();

    /**
     * Maximum number of replicas, set together with the minimum (wire {@code maxReplicas}).
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
     * Minutes without queries before idling (wire {@code idleTimeoutMinutes}).
     *
     * @return the value
     */
    Optional<Integer> idleTimeoutMinutes();
}
