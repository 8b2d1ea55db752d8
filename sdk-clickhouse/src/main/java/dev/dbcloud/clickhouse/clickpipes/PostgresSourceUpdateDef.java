package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The changes to a Postgres source (wire schema {@code ClickPipePatchPostgresSource}); only the fields set are sent.
 * Tables are added and removed with {@code tableMappingsToAdd} and {@code tableMappingsToRemove} (of which only the
 * source schema, source table and target table matter). The API edits Postgres pipes only while they are stopped or
 * paused; {@code ClickPipes.updateWithPause} stops, updates and restarts a running pipe.
 *
 * <pre>{@code
 * PostgresSourceUpdate.builder()
 *     .addTableMappingsToAdd(TableMapping.of("public", "orders", "public_orders"))
 *     .addTableMappingsToRemove(TableMapping.of("public", "audit", "public_audit"))
 *     .build();
 * }</pre>
 *
 * <p>{@code build()} refuses an update that sets nothing, which would be sent as {@code {}}, a port outside 1 to
 * 65535, a blank host, {@code settings.useCompression} (MySQL only) and a table mapping to add or remove without its
 * source schema, source table or target table ({@link IllegalArgumentException}).
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = PostgresSourceUpdate.class)
@JsonDeserialize(as = PostgresSourceUpdate.class)
abstract class PostgresSourceUpdateDef implements DatabaseServer, ServerTls, TableMappingChanges {
    /**
     * The database (wire {@code database}).
     *
     * @return the value
     */
    abstract Optional<String> database();

    /**
     * Settings to change (wire {@code settings}).
     *
     * @return the value
     */
    abstract Optional<DatabasePipeSettingsUpdate> settings();

    /** Refuses an update that changes nothing: the API reads an empty nested {@code {}} as values (reference §9.5). */
    @Value.Check
    void check() {
        settings().flatMap(DatabasePipeSettingsUpdate::useCompression).ifPresent(compression -> {
            throw new IllegalArgumentException("PostgresSourceUpdate.settings.useCompression is for MySQL pipes only");
        });
        Rules.serverSourceUpdate(this, "PostgresSourceUpdate");
    }
}
