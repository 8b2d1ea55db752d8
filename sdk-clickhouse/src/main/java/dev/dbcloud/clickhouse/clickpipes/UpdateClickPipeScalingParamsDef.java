package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
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
abstract class UpdateClickPipeScalingParamsDef {
    /**
     * The number of replicas, 1 to 40 (wire {@code replicas}).
     *
     * @return the value
     */
    abstract Optional<Integer> replicas();

    /**
     * The concurrency of an S3 pipe, 0 to 34; deprecated by the API (wire {@code concurrency}).
     *
     * @return the value
     */
    @Deprecated
    abstract Optional<Integer> concurrency();

    /**
     * The CPU of each replica in millicores, 125 to 2000 (wire {@code replicaCpuMillicores}).
     *
     * @return the value
     */
    abstract Optional<Integer> replicaCpuMillicores();

    /**
     * The memory of each replica in GB, 0.5 to 8 (wire {@code replicaMemoryGb}).
     *
     * @return the value
     */
    abstract Optional<Double> replicaMemoryGb();

    @SuppressWarnings("deprecation")
    @Value.Check
    void check() {
        if (replicas().isEmpty()
                && concurrency().isEmpty()
                && replicaCpuMillicores().isEmpty()
                && replicaMemoryGb().isEmpty()) {
            throw new IllegalArgumentException("UpdateClickPipeScalingParams must set at least one field");
        }
    }
}
