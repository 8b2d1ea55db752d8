package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import dev.dbcloud.crunchy.internal.ParamChecks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@link Clusters#update(String, UpdateClusterParams)} ({@code ClusterUpdateRequest}); fields left
 * empty are not sent and stay as they are.
 *
 * <pre>{@code
 * UpdateClusterParams.builder().name("new-cluster-name").maintenanceWindowStart(3).build();
 * UpdateClusterParams.builder().maintenanceWindowStart(UpdateClusterParams.UNSET_MAINTENANCE_WINDOW).build();
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = UpdateClusterParams.class)
@JsonDeserialize(as = UpdateClusterParams.class)
abstract class UpdateClusterParamsDef {
    /** The {@code maintenance_window_start} value that removes the window, so maintenance may happen any time. */
    public static final int UNSET_MAINTENANCE_WINDOW = -1;

    /** @return the new name ({@code name}) */
    abstract Optional<String> name();

    /**
     * The UTC hour, 0 to 23, at which maintenance may start, or {@link #UNSET_MAINTENANCE_WINDOW} (−1) to remove
     * the window ({@code maintenance_window_start}).
     *
     * @return the hour
     */
    abstract Optional<Integer> maintenanceWindowStart();

    /** @return whether to protect the cluster from deletion ({@code is_protected}) */
    abstract Optional<Boolean> isProtected();

    /** @return the environment, e.g. {@code production} ({@code environment}) */
    abstract Optional<String> environment();

    @Value.Check
    void check() {
        name().ifPresent(name -> ParamChecks.text(name, "name"));
        ParamChecks.maintenanceWindowStart(maintenanceWindowStart(), true);
    }
}
