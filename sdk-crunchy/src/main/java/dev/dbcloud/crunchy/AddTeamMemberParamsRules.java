package dev.dbcloud.crunchy;

import dev.dbcloud.crunchy.internal.Eids;
import dev.dbcloud.crunchy.internal.ParamChecks;
import org.immutables.value.Value;

/**
 * The rules of {@link AddTeamMemberParams}: what {@code AddTeamMemberParamsAttributes} does not say about it. The
 * generated {@code AddTeamMemberParamsDef} carries its annotations.
 */
abstract class AddTeamMemberParamsRules extends AddTeamMemberParamsAttributes {

    /** Refuses a blank email and an access group ID that is not a Crunchy Bridge ID. */
    @Value.Check
    void check() {
        ParamChecks.text(email(), "email");
        accessGroupId().ifPresent(id -> Eids.check(id, "accessGroupId"));
    }
}
