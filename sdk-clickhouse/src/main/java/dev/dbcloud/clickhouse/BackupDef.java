package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A backup of a service (wire schema {@code Backup}).
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = Backup.class)
@JsonDeserialize(as = Backup.class)
abstract class BackupDef {
    /**
     * The backup id, usable as {@code backupId} to restore into a new service (wire {@code id}).
     *
     * @return the value
     */
    abstract String id();

    /**
     * The status (wire {@code status}).
     *
     * @return the value
     */
    abstract Optional<BackupStatus> status();

    /**
     * The id of the service it belongs to (wire {@code serviceId}).
     *
     * @return the value
     */
    abstract Optional<String> serviceId();

    /**
     * When it started (wire {@code startedAt}).
     *
     * @return the value
     */
    abstract Optional<Instant> startedAt();

    /**
     * When it finished; absent while in progress (wire {@code finishedAt}).
     *
     * @return the value
     */
    abstract Optional<Instant> finishedAt();

    /**
     * Its size in bytes (wire {@code sizeInBytes}).
     *
     * @return the value
     */
    abstract Optional<Long> sizeInBytes();

    /**
     * How long it took, or has run so far while in progress, in seconds (wire {@code durationInSeconds}).
     *
     * @return the value
     */
    abstract Optional<Long> durationInSeconds();

    /**
     * Full or incremental (wire {@code type}).
     *
     * @return the value
     */
    abstract Optional<BackupType> type();

    /**
     * The backup name (wire {@code backupName}).
     *
     * @return the value
     */
    abstract Optional<String> backupName();

    /**
     * The custom bucket it was written to, if any (wire {@code bucket}).
     *
     * @return the value
     */
    abstract Optional<BackupBucketLocation> bucket();
}
