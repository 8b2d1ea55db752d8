package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Crunchy Bridge database cluster: a hosted Postgres server with everything needed to run it. Replicas and
 * forks are clusters of their own; a primary lists its replicas in {@link #replicas()}.
 *
 * <pre>{@code
 * Cluster c = cb.clusters().get(clusterId);
 * c.name(); c.planId(); c.isHa();
 * c.diskUsage().map(DiskUsage::diskUsedMb);   // may not have been collected yet
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = Cluster.class)
@JsonDeserialize(as = Cluster.class)
abstract class ClusterDef {
    /** @return the cluster's ID ({@code id}) */
    abstract String id();

    /** @return the human-readable name ({@code name}) */
    abstract Optional<String> name();

    /** @return the team the cluster belongs to ({@code team_id}) */
    abstract Optional<String> teamId();

    /** @return the plan, which sets instance, CPU and memory, e.g. {@code standard-64} ({@code plan_id}) */
    abstract Optional<String> planId();

    /** @return the cloud provider, e.g. {@code aws} ({@code provider_id}) */
    abstract Optional<String> providerId();

    /** @return the provider region, e.g. {@code us-west-2} ({@code region_id}) */
    abstract Optional<String> regionId();

    /** @return the availability zone ({@code zone}), if reported */
    abstract Optional<String> zone();

    /** @return the network the cluster is in ({@code network_id}) */
    abstract Optional<String> networkId();

    /** @return the host name clients connect to ({@code host}), if reported */
    abstract Optional<String> host();

    /** @return whether the cluster has a standby to fail over to ({@code is_ha}) */
    abstract Optional<Boolean> isHa();

    /** @return whether the cluster is protected from deletion ({@code is_protected}), if reported */
    abstract Optional<Boolean> isProtected();

    /**
     * @return whether the cluster is suspended: disk kept, no running server ({@code is_suspended}); empty when the
     *     API leaves it out, as its older documented examples do
     */
    abstract Optional<Boolean> isSuspended();

    /** @return the major Postgres version, e.g. 16 ({@code major_version}) */
    abstract Optional<Integer> majorVersion();

    /** @return the ID of the cluster's Postgres version ({@code postgres_version_id}) */
    abstract Optional<String> postgresVersionId();

    /** @return storage in GB ({@code storage}) */
    abstract Optional<Integer> storage();

    /** @return memory in GB ({@code memory}) */
    abstract Optional<Double> memory();

    /** @return virtual CPUs, possibly fractional ({@code vcpu}), if reported */
    abstract Optional<Double> vcpu();

    /** @return CPU units ({@code cpu}; deprecated by the API in favour of {@code vcpu}) */
    abstract Optional<Long> cpu();

    /** @return for a replica, its primary ({@code parent_id}); empty otherwise */
    abstract Optional<String> parentId();

    /** @return for a replica, its primary ({@code cluster_id}; deprecated by the API for {@code parent_id}) */
    abstract Optional<String> clusterId();

    /** @return the replicas of a primary ({@code replicas}); empty for other clusters */
    abstract List<Cluster> replicas();

    /**
     * The UTC hour, 0 to 23, at which maintenance may start ({@code maintenance_window_start}).
     *
     * @return the hour; empty when maintenance may happen at any time
     */
    abstract Optional<Integer> maintenanceWindowStart();

    /** @return the stored state ({@code state}); {@link Clusters#status(String)} reads the live one */
    abstract Optional<ClusterState> state();

    /** @return disk usage ({@code disk_usage}); empty when not collected yet */
    abstract Optional<DiskUsage> diskUsage();

    /** @return the environment, e.g. {@code production} ({@code environment}), if set */
    abstract Optional<String> environment();

    /** @return when the cluster expires ({@code expires_at}), if it does */
    abstract Optional<Instant> expiresAt();

    /** @return the keychain ({@code keychain_id}), if any */
    abstract Optional<String> keychainId();

    /** @return the group the cluster belongs to, such as a Citus cluster ({@code cluster_group}), if any */
    abstract Optional<ClusterGroup> clusterGroup();

    /** @return operations in progress ({@code ongoing_operations}) */
    abstract List<ClusterOperation> ongoingOperations();

    /** @return the next periodic maintenance ({@code next_periodic_maintenance_at}), if scheduled */
    abstract Optional<Instant> nextPeriodicMaintenanceAt();

    /** @return days between periodic maintenances ({@code periodic_maintenance_frequency}), if reported */
    abstract Optional<Integer> periodicMaintenanceFrequency();

    /** @return whether Tailscale is connected ({@code tailscale_active}), if reported */
    abstract Optional<Boolean> tailscaleActive();

    /** @return backup retention ({@code variable_backups}), if reported */
    abstract Optional<VariableBackups> variableBackups();

    /** @return when the cluster was created ({@code created_at}) */
    abstract Optional<Instant> createdAt();

    /** @return when the cluster was last updated ({@code updated_at}) */
    abstract Optional<Instant> updatedAt();
}
