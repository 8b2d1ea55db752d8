package dev.dbcloud.crunchy;

import dev.dbcloud.crunchy.internal.ParamChecks;
import org.immutables.value.Value;

/**
 * The rules of {@link UpdateClusterParams}: what {@code UpdateClusterParamsAttributes} does not say about it. The
 * generated {@code UpdateClusterParamsDef} carries its annotations.
 */
abstract class UpdateClusterParamsRules extends UpdateClusterParamsAttributes {
    /** The {@code maintenance_window_start} value that removes the window, so maintenance may happen any time. */
    public static final int UNSET_MAINTENANCE_WINDOW = -1;

    @Value.Check
    void check() {
        name().ifPresent(name -> ParamChecks.text(name, "name"));
        ParamChecks.maintenanceWindowStart(maintenanceWindowStart(), true);
    }
}
