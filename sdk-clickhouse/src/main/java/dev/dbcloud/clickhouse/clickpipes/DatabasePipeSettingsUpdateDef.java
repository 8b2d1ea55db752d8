package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.clickhouse.internal.UpdateRules;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The settings a database pipe update may change (wire schemas {@code ClickPipePatchPostgresPipeSettings}, {@code
 * ClickPipePatchMySQLPipeSettings} and {@code ClickPipePatchMongoDBPipeSettings}); only those set are sent.
 *
 * <p>{@code build()} refuses settings that set nothing, which would be sent as {@code {}} ({@link
 * IllegalArgumentException}).
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = DatabasePipeSettingsUpdate.class)
@JsonDeserialize(as = DatabasePipeSettingsUpdate.class)
abstract class DatabasePipeSettingsUpdateDef {
    /**
     * Seconds between syncs during CDC, at least 1 (wire {@code syncIntervalSeconds}).
     *
     * @return the value
     */
    abstract Optional<Integer> syncIntervalSeconds();

    /**
     * Rows pulled per batch during CDC, at least 1 (wire {@code pullBatchSize}).
     *
     * @return the value
     */
    abstract Optional<Integer> pullBatchSize();

    /**
     * Whether the connection is compressed (wire {@code useCompression}); MySQL pipes only, as the reference says:
     * a Postgres or MongoDB source update carrying it is refused ({@link IllegalArgumentException}).
     *
     * @return the value
     */
    abstract Optional<Boolean> useCompression();

    /** Refuses settings that change nothing: the API reads an empty nested {@code {}} as values (reference §9.5). */
    @Value.Check
    void check() {
        UpdateRules.requireChange(this, "DatabasePipeSettingsUpdate");
    }
}
