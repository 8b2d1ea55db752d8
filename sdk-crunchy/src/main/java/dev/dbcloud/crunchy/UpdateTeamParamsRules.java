package dev.dbcloud.crunchy;

import dev.dbcloud.crunchy.internal.ParamChecks;
import org.immutables.value.Value;

/**
 * The rules of {@link UpdateTeamParams}: what {@code UpdateTeamParamsAttributes} does not say about it. The
 * generated {@code UpdateTeamParamsDef} carries its annotations.
 */
abstract class UpdateTeamParamsRules extends UpdateTeamParamsAttributes {

    /** Refuses a blank name. */
    @Value.Check
    void check() {
        name().ifPresent(name -> ParamChecks.text(name, "name"));
    }
}
