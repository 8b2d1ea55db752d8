package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of the legacy auto-scaling update (wire schema {@code ServiceScalingPatchRequest}, {@code PATCH
 * …/scaling}); prefer {@link UpdateReplicaScalingParams}. Only the fields set are sent; parameters that set none
 * send {@code {}} (nothing in the spec or {@code reference/} says the API refuses that).
 */
@DbCloudStyle
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonSerialize(as = UpdateScalingParams.class)
@JsonDeserialize(as = UpdateScalingParams.class)
abstract class UpdateScalingParamsDef {
    /**
     * Minimum memory of three workers in GB, a multiple of 12 (wire {@code minTotalMemoryGb}).
     *
     * @return the value
     * @deprecated the API marks it deprecated
     */
    @Deprecated
    abstract Optional<Integer> minTotalMemoryGb();

    /**
     * Maximum memory of three workers in GB, a multiple of 12 (wire {@code maxTotalMemoryGb}).
     *
     * @return the value
     * @deprecated the API marks it deprecated
     */
    @Deprecated
    abstract Optional<Integer> maxTotalMemoryGb();

    /**
     * Number of replicas (wire {@code numReplicas}).
     *
     * @return the value
     */
    abstract Optional<Integer> numReplicas();

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
}
