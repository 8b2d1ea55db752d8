package dev.dbcloud.crunchy;

import dev.dbcloud.crunchy.internal.ParamChecks;
import org.immutables.value.Value;

/**
 * The rules of {@link CreateUpgradeParams}: what {@code CreateUpgradeParamsAttributes} does not say about it. The
 * generated {@code CreateUpgradeParamsDef} carries its annotations.
 */
abstract class CreateUpgradeParamsRules extends CreateUpgradeParamsAttributes {

    @Value.Check
    void check() {
        ParamChecks.storage(storage());
    }
}
