package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The compute shared by all database (CDC) pipes of a service (wire schema {@code ClickPipesCdcScaling}). It exists
 * once the service's first database pipe was provisioned; changes take minutes to apply. Two cores and 8 GB make one
 * billing compute unit, and memory must be 4 GB per core.
 *
 * <pre>{@code
 * ch.clickPipes(serviceId).updateCdcScaling(CdcScaling.of(4000, 16));
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = CdcScaling.class)
@JsonDeserialize(as = CdcScaling.class)
abstract class CdcScalingDef {
    /**
     * The CPU in millicores, a multiple of 1000 from 1000 to 32000 (wire {@code replicaCpuMillicores}).
     *
     * @return the value
     */
    @JsonDeserialize(using = Quantities.Millicores.class)
    abstract Optional<Integer> replicaCpuMillicores();

    /**
     * The memory in GB, a multiple of 4 from 4 to 128, four times the cores (wire {@code replicaMemoryGb}).
     *
     * @return the value
     */
    @JsonDeserialize(using = Quantities.Gigabytes.class)
    abstract Optional<Double> replicaMemoryGb();

    /**
     * Creates a CDC scaling.
     *
     * @param replicaCpuMillicores the CPU in millicores
     * @param replicaMemoryGb the memory in GB
     * @return the scaling
     */
    public static CdcScaling of(int replicaCpuMillicores, double replicaMemoryGb) {
        return CdcScaling.builder()
                .replicaCpuMillicores(replicaCpuMillicores)
                .replicaMemoryGb(replicaMemoryGb)
                .build();
    }
}
