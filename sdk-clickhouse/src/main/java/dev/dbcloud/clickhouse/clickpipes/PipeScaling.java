package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Optional;

/**
 * The scaling of a Kafka, Kinesis or object storage pipe, as {@link ClickPipeScaling} reads it and {@link
 * UpdateClickPipeScalingParams} changes it, under the same wire names. CPU and memory are read from numbers or
 * Kubernetes quantity strings ({@code "500m"}, {@code "1Gi"}).
 */
interface PipeScaling {
    /**
     * The number of replicas, 1 to 40 (wire {@code replicas}).
     *
     * @return the value
     */
    Optional<Integer> replicas();

    /**
     * The concurrency of an S3 pipe; 0 scales with the service's memory. Deprecated by the API (wire {@code
     * concurrency}).
     *
     * @return the value
     */
    @Deprecated
    Optional<Integer> concurrency();

    /**
     * The CPU of each replica in millicores, 125 to 2000 (wire {@code replicaCpuMillicores}).
     *
     * @return the value
     */
    @JsonDeserialize(using = Quantities.Millicores.class)
    Optional<Integer> replicaCpuMillicores();

    /**
     * The memory of each replica in GB, 0.5 to 8 (wire {@code replicaMemoryGb}).
     *
     * @return the value
     */
    @JsonDeserialize(using = Quantities.Gigabytes.class)
    Optional<Double> replicaMemoryGb();
}
