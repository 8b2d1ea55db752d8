package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** A completed backup of a cluster ({@code ClusterBackup}). */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = ClusterBackup.class)
@JsonDeserialize(as = ClusterBackup.class)
abstract class ClusterBackupDef {
    /** @return the backup's name ({@code name}) */
    abstract String name();

    /** @return the backup type, e.g. {@code full} ({@code type}), if reported */
    abstract Optional<String> type();

    /** @return when the backup started ({@code started_at}), if reported */
    abstract Optional<Instant> startedAt();

    /** @return when the backup finished ({@code finished_at}), if reported */
    abstract Optional<Instant> finishedAt();

    /** @return the first LSN ({@code lsn_start}), if reported */
    abstract Optional<String> lsnStart();

    /** @return the last LSN ({@code lsn_stop}), if reported */
    abstract Optional<String> lsnStop();

    /** @return the size in bytes ({@code size_bytes}), if reported */
    abstract Optional<Long> sizeBytes();

    /** @return the Postgres major version backed up ({@code major_version}), if reported */
    abstract Optional<Integer> majorVersion();
}
