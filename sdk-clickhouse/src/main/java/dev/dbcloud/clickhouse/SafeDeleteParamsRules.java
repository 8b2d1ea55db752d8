package dev.dbcloud.clickhouse;

import dev.dbcloud.core.internal.Checks;
import org.immutables.value.Value;

/**
 * The rules of {@link SafeDeleteParams}: what {@code SafeDeleteParamsAttributes} does not say about it. The
 * generated {@code SafeDeleteParamsDef} carries its annotations.
 */
abstract class SafeDeleteParamsRules extends SafeDeleteParamsAttributes {

    @Value.Check
    void check() {
        Checks.positive(stopTimeout(), "stopTimeout");
        Checks.positive(conflictTimeout(), "conflictTimeout");
        Checks.positive(conflictInterval(), "conflictInterval");
        Checks.positive(goneTimeout(), "goneTimeout");
        Checks.positive(pollInterval(), "pollInterval");
    }
}
