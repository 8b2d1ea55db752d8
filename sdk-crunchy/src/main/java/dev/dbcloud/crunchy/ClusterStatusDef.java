package dev.dbcloud.crunchy;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A cluster's live status ({@code GET /clusters/{cluster_id}/status}), read from the cluster itself rather than
 * from stored properties.
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = ClusterStatus.class)
@JsonDeserialize(as = ClusterStatus.class)
abstract class ClusterStatusDef {
    /** @return the cluster's state ({@code state}), if the API reported one */
    abstract Optional<ClusterState> state();

    /** @return the disk usage ({@code disk_usage}), if known */
    abstract Optional<DiskUsage> diskUsage();

    /** @return the oldest backup ({@code oldest_backup_at}); empty before the first backup */
    abstract Optional<Instant> oldestBackupAt();

    /** @return the LSN of the oldest backup ({@code oldest_backup_lsn}), if any */
    abstract Optional<String> oldestBackupLsn();

    /** @return the ongoing upgrade ({@code ongoing_upgrade}); empty when none is ongoing */
    abstract Optional<ClusterUpgrade> ongoingUpgrade();

    /**
     * Whether the state is {@code ready}.
     *
     * @return true if so
     */
    @JsonIgnore
    public boolean isReady() {
        return state().filter(ClusterState.READY::equals).isPresent();
    }
}
