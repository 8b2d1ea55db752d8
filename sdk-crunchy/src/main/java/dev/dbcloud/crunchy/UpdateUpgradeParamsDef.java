package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import dev.dbcloud.crunchy.internal.ParamChecks;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@link ClusterUpgrades#update(String, UpdateUpgradeParams)} ({@code ClusterUpgradeUpdateRequest}):
 * changes the targets or the schedule of an upgrade before it fails over.
 *
 * <pre>{@code
 * UpdateUpgradeParams.builder().useClusterMaintenanceWindow(true).build();
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = UpdateUpgradeParams.class)
@JsonDeserialize(as = UpdateUpgradeParams.class)
abstract class UpdateUpgradeParamsDef {
    /** @return the new plan ({@code plan_id}) */
    abstract Optional<String> planId();

    /** @return the Postgres version to upgrade to ({@code postgres_version_id}) */
    abstract Optional<PostgresVersionRef> postgresVersionId();

    /** @return the new storage in GB ({@code storage}) */
    abstract Optional<Integer> storage();

    /** @return when to start, less than 72 hours ahead; the maintenance window when empty ({@code starting_from}) */
    abstract Optional<Instant> startingFrom();

    /** @return whether to run in the cluster's maintenance window instead ({@code use_cluster_maintenance_window}) */
    abstract Optional<Boolean> useClusterMaintenanceWindow();

    @Value.Check
    void check() {
        ParamChecks.notBoth(
                startingFrom(), "startingFrom", useClusterMaintenanceWindow(), "useClusterMaintenanceWindow");
        ParamChecks.storage(storage());
    }
}
