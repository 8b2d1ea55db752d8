package dev.dbcloud.crunchy;

import dev.dbcloud.crunchy.internal.ParamChecks;
import org.immutables.value.Value;

/**
 * The rules of {@link UpdateUpgradeParams}: what {@code UpdateUpgradeParamsAttributes} does not say about it. The
 * generated {@code UpdateUpgradeParamsDef} carries its annotations.
 */
abstract class UpdateUpgradeParamsRules extends UpdateUpgradeParamsAttributes {

    @Value.Check
    void check() {
        ParamChecks.notBoth(
                startingFrom(), "startingFrom", useClusterMaintenanceWindow(), "useClusterMaintenanceWindow");
        ParamChecks.storage(storage());
    }
}
