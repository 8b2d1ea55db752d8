package dev.dbcloud.crunchy;

import dev.dbcloud.crunchy.internal.Eids;
import dev.dbcloud.crunchy.internal.ParamChecks;
import org.immutables.value.Value;

/**
 * The rules of {@link CreateQueryParams}: what {@code CreateQueryParamsAttributes} does not say about it. The
 * generated {@code CreateQueryParamsDef} carries its annotations.
 */
abstract class CreateQueryParamsRules extends CreateQueryParamsAttributes {

    /** Refuses a blank SQL, a cluster ID that is not an EID, and {@code async} together with {@code skipTx}. */
    @Value.Check
    void check() {
        Eids.check(clusterId(), "clusterId");
        ParamChecks.text(sql(), "sql");
        if (async().orElse(false) && skipTx().orElse(false)) {
            throw new IllegalArgumentException("async and skipTx must not both be true");
        }
    }
}
