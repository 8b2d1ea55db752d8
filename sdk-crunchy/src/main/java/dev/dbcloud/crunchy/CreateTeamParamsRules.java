package dev.dbcloud.crunchy;

import dev.dbcloud.crunchy.internal.ParamChecks;
import org.immutables.value.Value;

/**
 * The rules of {@link CreateTeamParams}: what {@code CreateTeamParamsAttributes} does not say about it. The
 * generated {@code CreateTeamParamsDef} carries its annotations.
 */
abstract class CreateTeamParamsRules extends CreateTeamParamsAttributes {

    /** Refuses a blank name. */
    @Value.Check
    void check() {
        ParamChecks.text(name(), "name");
    }
}
