package dev.dbcloud.clickhouse.clickpipes;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The replication settings of a MySQL pipe (wire schema {@code ClickPipeMySQLPipeSettings}); only {@link
 * #replicationMode()} is required.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = MySqlPipeSettings.class)
@JsonDeserialize(as = MySqlPipeSettings.class)
abstract class MySqlPipeSettingsDef implements ReplicationSettings {
    /**
     * How the binary log is followed; {@code GTID} when absent (wire {@code replicationMechanism}).
     *
     * @return the value
     */
    abstract Optional<MySqlReplicationMechanism> replicationMechanism();

    /**
     * Whether the MySQL connection is compressed (wire {@code useCompression}).
     *
     * @return the value
     */
    abstract Optional<Boolean> useCompression();

    /**
     * Whether nullability is preserved in the target tables (wire {@code allowNullableColumns}).
     *
     * @return the value
     */
    abstract Optional<Boolean> allowNullableColumns();

    /**
     * Parallel workers per table during the snapshot, at least 1 (wire {@code initialLoadParallelism}).
     *
     * @return the value
     */
    abstract Optional<Integer> initialLoadParallelism();

    /**
     * Settings with only a replication mode.
     *
     * @param replicationMode the replication mode
     * @return the settings
     */
    public static MySqlPipeSettings of(ReplicationMode replicationMode) {
        return MySqlPipeSettings.builder()
                .replicationMode(requireNonNull(replicationMode, "replicationMode == null"))
                .build();
    }
}
