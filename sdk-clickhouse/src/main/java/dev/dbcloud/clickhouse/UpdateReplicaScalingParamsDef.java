package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of a replica scaling update (wire schema {@code ServiceReplicaScalingPatchRequest}, {@code PATCH
 * …/replicaScaling}). Only the fields set are sent; an omitted {@code autoscalingMode} keeps the current one.
 * Parameters that set nothing send {@code {}}. {@code build()} throws {@link IllegalArgumentException} when {@code
 * numReplicas} is combined with {@code minReplicas}/{@code maxReplicas}, or when only one of those two is set: both
 * rules are the spec's ({@code ServiceReplicaScalingPatchRequest.numReplicas}: "mutually exclusive with
 * minReplicas/maxReplicas"; {@code minReplicas}/{@code maxReplicas}: "must be provided together").
 *
 * <pre>{@code
 * ch.services().updateReplicaScaling(serviceId, UpdateReplicaScalingParams.builder()
 *     .minReplicaMemoryGb(16)
 *     .maxReplicaMemoryGb(64)
 *     .numReplicas(3)
 *     .build());
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonSerialize(as = UpdateReplicaScalingParams.class)
@JsonDeserialize(as = UpdateReplicaScalingParams.class)
abstract class UpdateReplicaScalingParamsDef {
    /**
     * Minimum memory per replica in GB, a multiple of 4 (wire {@code minReplicaMemoryGb}).
     *
     * @return the value
     */
    abstract Optional<Integer> minReplicaMemoryGb();

    /**
     * Maximum memory per replica in GB, a multiple of 4 (wire {@code maxReplicaMemoryGb}).
     *
     * @return the value
     */
    abstract Optional<Integer> maxReplicaMemoryGb();

    /**
     * Autoscaling mode (wire {@code autoscalingMode}).
     *
     * @return the value
     */
    abstract Optional<AutoscalingMode> autoscalingMode();

    /**
     * Number of replicas, vertical mode; exclusive with min/max replicas (wire {@code numReplicas}).
     *
     * @return the value
     */
    abstract Optional<Integer> numReplicas();

    /**
     * Minimum number of replicas, horizontal mode, set together with the maximum (wire {@code minReplicas}).
     *
     * @return the value
     */
    abstract Optional<Integer> minReplicas();

    /**
     * Maximum number of replicas, horizontal mode, set together with the minimum (wire {@code maxReplicas}).
     *
     * @return the value
     */
    abstract Optional<Integer> maxReplicas();

    /**
     * Whether the service may scale down to zero when idle (wire {@code idleScaling}).
     *
     * @return the value
     */
    abstract Optional<Boolean> idleScaling();

    /**
     * Minutes without queries before idling, at least 5 (wire {@code idleTimeoutMinutes}).
     *
     * @return the value
     */
    abstract Optional<Integer> idleTimeoutMinutes();

    /** The spec's two rules; see the type's documentation. */
    @Value.Check
    void check() {
        ServiceRules.numReplicasAlone(numReplicas(), minReplicas(), maxReplicas());
        ServiceRules.replicaRangeTogether(minReplicas(), maxReplicas());
    }
}
