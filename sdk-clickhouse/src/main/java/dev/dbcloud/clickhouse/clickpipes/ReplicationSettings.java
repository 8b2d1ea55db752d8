package dev.dbcloud.clickhouse.clickpipes;

import java.util.Optional;

/**
 * How a Postgres, MySQL or MongoDB pipe copies its tables (collections, for MongoDB): the settings {@link
 * PostgresPipeSettings}, {@link MySqlPipeSettings} and {@link MongoDbPipeSettings} share under the same wire names.
 */
interface ReplicationSettings {
    /**
     * The replication mode (wire {@code replicationMode}).
     *
     * @return the value
     */
    Optional<ReplicationMode> replicationMode();

    /**
     * Seconds between syncs during CDC, at least 1 (wire {@code syncIntervalSeconds}).
     *
     * @return the value
     */
    Optional<Integer> syncIntervalSeconds();

    /**
     * Rows (documents, for MongoDB) pulled per batch during CDC, at least 1 (wire {@code pullBatchSize}).
     *
     * @return the value
     */
    Optional<Integer> pullBatchSize();

    /**
     * Rows (documents, for MongoDB) per snapshot partition, at least 1000 (wire {@code
     * snapshotNumRowsPerPartition}).
     *
     * @return the value
     */
    Optional<Long> snapshotNumRowsPerPartition();

    /**
     * Tables (collections, for MongoDB) snapshotted in parallel, at least 1 (wire {@code
     * snapshotNumberOfParallelTables}).
     *
     * @return the value
     */
    Optional<Integer> snapshotNumberOfParallelTables();

    /**
     * Whether deletes become hard deletes in {@code ReplacingMergeTree} (wire {@code deleteOnMerge}).
     *
     * @return the value
     */
    Optional<Boolean> deleteOnMerge();
}
