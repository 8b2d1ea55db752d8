package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.clickhouse.internal.UpdateRules;
import dev.dbcloud.core.DbCloudStyle;
import org.immutables.value.Value;

/**
 * The body of a ClickPipe scaling change (wire schema {@code ClickPipeScalingPatchRequest}), for Kafka, Kinesis
 * and object storage pipes; only the fields set are sent, and at least one must be: the API reads an empty scaling
 * object as zero replicas and answers {@code replicas: Not between 1 and 40} ({@code reference/clickhouse-cloud.md}
 * §9.5).
 *
 * <pre>{@code
 * ch.clickPipes(serviceId).updateScaling(pipeId, UpdateClickPipeScalingParams.builder()
 *     .replicas(2).replicaCpuMillicores(500).replicaMemoryGb(2.0)
 *     .build());
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = UpdateClickPipeScalingParams.class)
@JsonDeserialize(as = UpdateClickPipeScalingParams.class)
abstract class UpdateClickPipeScalingParamsDef implements PipeScaling {
    /** Refuses a change that sets nothing: the API reads {@code {}} as zero replicas (reference §9.5). */
    @Value.Check
    void check() {
        UpdateRules.requireChange(this, "UpdateClickPipeScalingParams");
    }
}
