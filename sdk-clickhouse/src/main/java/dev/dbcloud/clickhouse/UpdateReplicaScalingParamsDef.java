package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import org.immutables.value.Value;

/**
 * The body of a replica scaling update (wire schema {@code ServiceReplicaScalingPatchRequest}, {@code PATCH
 * …/replicaScaling}), whose fields are those of {@link ReplicaScalingChange}. Only the fields set are sent; an omitted {@code autoscalingMode} keeps the current one.
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
abstract class UpdateReplicaScalingParamsDef implements ReplicaScalingChange {
    /** The spec's two rules; see the type's documentation. */
    @Value.Check
    void check() {
        ServiceRules.replicaCounts(this);
    }
}
