package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A cluster's disk usage ({@code ClusterDiskUsage}), collected about once a day: on a {@link Cluster} it may lag
 * behind, while {@link ClusterStatus} reads it from the server itself.
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = DiskUsage.class)
@JsonDeserialize(as = DiskUsage.class)
abstract class DiskUsageDef {
    /** @return available disk in MB ({@code disk_available_mb}) */
    abstract Optional<Long> diskAvailableMb();

    /** @return total disk size in MB ({@code disk_total_size_mb}) */
    abstract Optional<Long> diskTotalSizeMb();

    /** @return disk in use in MB ({@code disk_used_mb}) */
    abstract Optional<Long> diskUsedMb();
}
