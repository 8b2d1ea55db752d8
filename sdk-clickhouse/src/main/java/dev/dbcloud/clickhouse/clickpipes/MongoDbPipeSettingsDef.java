package dev.dbcloud.clickhouse.clickpipes;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The replication settings of a MongoDB pipe (wire schema {@code ClickPipeMongoDBPipeSettings}); only {@link
 * #replicationMode()} is required.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = MongoDbPipeSettings.class)
@JsonDeserialize(as = MongoDbPipeSettings.class)
abstract class MongoDbPipeSettingsDef {
    /**
     * The replication mode (wire {@code replicationMode}).
     *
     * @return the value
     */
    abstract Optional<ReplicationMode> replicationMode();

    /**
     * Seconds between syncs during CDC, at least 1 (wire {@code syncIntervalSeconds}).
     *
     * @return the value
     */
    abstract Optional<Integer> syncIntervalSeconds();

    /**
     * Documents pulled per batch during CDC, at least 1 (wire {@code pullBatchSize}).
     *
     * @return the value
     */
    abstract Optional<Integer> pullBatchSize();

    /**
     * Documents per snapshot partition, at least 1000 (wire {@code snapshotNumRowsPerPartition}).
     *
     * @return the value
     */
    abstract Optional<Long> snapshotNumRowsPerPartition();

    /**
     * Collections snapshotted in parallel, at least 1 (wire {@code snapshotNumberOfParallelTables}).
     *
     * @return the value
     */
    abstract Optional<Integer> snapshotNumberOfParallelTables();

    /**
     * Whether deletes become hard deletes in {@code ReplacingMergeTree} (wire {@code deleteOnMerge}).
     *
     * @return the value
     */
    abstract Optional<Boolean> deleteOnMerge();

    /**
     * Whether documents are stored in ClickHouse's native JSON type rather than as String (wire {@code
     * useJsonNativeFormat}).
     *
     * @return the value
     */
    abstract Optional<Boolean> useJsonNativeFormat();

    /**
     * Settings with only a replication mode.
     *
     * @param replicationMode the replication mode
     * @return the settings
     */
    public static MongoDbPipeSettings of(ReplicationMode replicationMode) {
        requireNonNull(replicationMode, "replicationMode == null");
        return MongoDbPipeSettings.builder().replicationMode(replicationMode).build();
    }
}
