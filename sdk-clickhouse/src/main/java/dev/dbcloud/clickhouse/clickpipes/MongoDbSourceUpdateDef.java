package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.clickhouse.internal.UpdateRules;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The changes to a MongoDB source (wire schema {@code ClickPipePatchMongoDBSource}); only the fields set are sent.
 * The URI prints as {@code ****} in {@code toString()}.
 *
 * <p>{@code build()} refuses an update that sets nothing, which would be sent as {@code {}} and one with {@code
 * settings.useCompression} (MySQL only) ({@link IllegalArgumentException}).
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = MongoDbSourceUpdate.class)
@JsonDeserialize(as = MongoDbSourceUpdate.class)
abstract class MongoDbSourceUpdateDef implements ServerTls {
    /**
     * New credentials (wire {@code credentials}).
     *
     * @return the value
     */
    abstract Optional<UsernamePassword> credentials();

    /**
     * The connection URI (wire {@code uri}); printed as {@code ****} by {@code toString()}.
     *
     * @return the value
     */
    @Value.Redacted
    abstract Optional<String> uri();

    /**
     * The replica set members to read from (wire {@code readPreference}).
     *
     * @return the value
     */
    abstract Optional<MongoDbReadPreference> readPreference();

    /**
     * Settings to change (wire {@code settings}).
     *
     * @return the value
     */
    abstract Optional<DatabasePipeSettingsUpdate> settings();

    /**
     * Collections to start replicating (wire {@code tableMappingsToAdd}).
     *
     * @return the value
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract List<MongoDbTableMapping> tableMappingsToAdd();

    /**
     * Collections to stop replicating (wire {@code tableMappingsToRemove}).
     *
     * @return the value
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract List<MongoDbTableMapping> tableMappingsToRemove();

    /** Refuses an update that changes nothing: the API reads an empty nested {@code {}} as values (reference §9.5). */
    @Value.Check
    void check() {
        UpdateRules.requireChange(this, "MongoDbSourceUpdate");
        settings().flatMap(DatabasePipeSettingsUpdate::useCompression).ifPresent(compression -> {
            throw new IllegalArgumentException("MongoDbSourceUpdate.settings.useCompression is for MySQL pipes only");
        });
    }
}
