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
abstract class MongoDbPipeSettingsDef implements ReplicationSettings {
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
        return MongoDbPipeSettings.builder()
                .replicationMode(requireNonNull(replicationMode, "replicationMode == null"))
                .build();
    }
}
