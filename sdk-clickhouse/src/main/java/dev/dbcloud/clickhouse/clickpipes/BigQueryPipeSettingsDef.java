package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The settings of a BigQuery pipe (wire schema {@code ClickPipeBigQueryPipeSettings}); BigQuery pipes only copy
 * snapshots.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = BigQueryPipeSettings.class)
@JsonDeserialize(as = BigQueryPipeSettings.class)
abstract class BigQueryPipeSettingsDef {
    /**
     * The replication mode, {@code snapshot} (wire {@code replicationMode}).
     *
     * @return the value
     */
    abstract Optional<ReplicationMode> replicationMode();

    /**
     * Whether nullable columns are allowed in the target tables (wire {@code allowNullableColumns}).
     *
     * @return the value
     */
    abstract Optional<Boolean> allowNullableColumns();

    /**
     * Parallel workers during the initial load (wire {@code initialLoadParallelism}).
     *
     * @return the value
     */
    abstract Optional<Integer> initialLoadParallelism();

    /**
     * Rows per snapshot partition (wire {@code snapshotNumRowsPerPartition}).
     *
     * @return the value
     */
    abstract Optional<Long> snapshotNumRowsPerPartition();

    /**
     * Tables copied in parallel (wire {@code snapshotNumberOfParallelTables}).
     *
     * @return the value
     */
    abstract Optional<Integer> snapshotNumberOfParallelTables();
}
