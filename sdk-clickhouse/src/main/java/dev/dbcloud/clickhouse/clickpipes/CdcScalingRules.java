package dev.dbcloud.clickhouse.clickpipes;

/**
 * The rules of {@link CdcScaling}: what {@code CdcScalingAttributes} does not say about it. The
 * generated {@code CdcScalingDef} carries its annotations.
 */
abstract class CdcScalingRules extends CdcScalingAttributes {

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
