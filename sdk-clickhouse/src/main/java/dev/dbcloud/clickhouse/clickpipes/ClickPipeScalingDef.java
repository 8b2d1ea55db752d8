package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The scaling of a ClickPipe (wire schema {@code ClickPipeScaling}), read from a pipe and optionally sent when
 * creating one. Streaming pipes scale by {@code replicas} of {@code replicaCpuMillicores} and {@code
 * replicaMemoryGb} each; object storage pipes used {@code concurrency} (deprecated).
 *
 * <p>Responses sometimes carry Kubernetes quantity strings instead of numbers; both are read into the same typed
 * values. CPU is whole millicores: a number is millicores, as the field's name says; a string is a quantity, {@code
 * "500m"} and {@code "0.5"} (cores) both read as 500, {@code "2"} as 2000. Memory is GB: a number is GB; {@code
 * "1Gi"} and {@code "1G"} read as 1.0, {@code "512Mi"} as 0.5 (binary and decimal suffixes are both taken as the
 * API's GB, which is a GiB).
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = ClickPipeScaling.class)
@JsonDeserialize(as = ClickPipeScaling.class)
abstract class ClickPipeScalingDef {
    /**
     * The number of replicas, 1 to 40 (wire {@code replicas}).
     *
     * @return the value
     */
    abstract Optional<Integer> replicas();

    /**
     * The concurrency of an S3 pipe; 0 scales with the service's memory. Deprecated by the API (wire {@code
     * concurrency}).
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
    @JsonDeserialize(using = Quantities.Millicores.class)
    abstract Optional<Integer> replicaCpuMillicores();

    /**
     * The memory of each replica in GB, 0.5 to 8 (wire {@code replicaMemoryGb}).
     *
     * @return the value
     */
    @JsonDeserialize(using = Quantities.Gigabytes.class)
    abstract Optional<Double> replicaMemoryGb();
}
