package dev.dbcloud.crunchy;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * The rules of {@link ClusterUpgrade}: what {@code ClusterUpgradeAttributes} does not say about it. The
 * generated {@code ClusterUpgradeDef} carries its annotations.
 */
abstract class ClusterUpgradeRules extends ClusterUpgradeAttributes {

    /**
     * Whether no operation is planned or ongoing.
     *
     * @return true if so
     */
    @JsonIgnore
    public boolean isFinished() {
        return operations().isEmpty();
    }
}
