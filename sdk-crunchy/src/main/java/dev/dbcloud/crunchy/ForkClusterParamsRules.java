package dev.dbcloud.crunchy;

import dev.dbcloud.crunchy.internal.Eids;
import dev.dbcloud.crunchy.internal.ParamChecks;
import org.immutables.value.Value;

/**
 * The rules of {@link ForkClusterParams}: what {@code ForkClusterParamsAttributes} does not say about it. The
 * generated {@code ForkClusterParamsDef} carries its annotations.
 */
abstract class ForkClusterParamsRules extends ForkClusterParamsAttributes {

    @Value.Check
    void check() {
        ParamChecks.text(name(), "name");
        ParamChecks.storage(storage());
        networkId().ifPresent(id -> Eids.check(id, "networkId"));
        ParamChecks.notBoth(targetTime(), "targetTime", targetLsn(), "targetLsn");
    }
}
