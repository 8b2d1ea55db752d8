package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The replication settings of a Postgres pipe (wire schema {@code ClickPipePostgresPipeSettings}). Everything is
 * optional; leave out what the API should choose (the API refuses zero values, and {@code replicationSlotName} outside
 * {@code cdc_only}).
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = PostgresPipeSettings.class)
@JsonDeserialize(as = PostgresPipeSettings.class)
abstract class PostgresPipeSettingsDef implements ReplicationSettings {
    /**
     * The publication to use; created by ClickPipes when absent (wire {@code publicationName}).
     *
     * @return the value
     */
    abstract Optional<String> publicationName();

    /**
     * The replication slot to use, only with {@code cdc_only} (wire {@code replicationSlotName}).
     *
     * @return the value
     */
    abstract Optional<String> replicationSlotName();

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
     * Whether the replication slot supports failover (Postgres 17 and later) (wire {@code enableFailoverSlots}).
     *
     * @return the value
     */
    abstract Optional<Boolean> enableFailoverSlots();
}
