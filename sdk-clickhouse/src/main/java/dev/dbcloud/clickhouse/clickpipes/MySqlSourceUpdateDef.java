package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The changes to a MySQL source (wire schema {@code ClickPipePatchMySQLSource}); only the fields set are sent.
 *
 * <p>{@code build()} refuses an update that sets nothing, which would be sent as {@code {}}, a port outside 1 to
 * 65535, a blank host and a table mapping to add or remove without its source database ({@code sourceSchemaName}),
 * source table or target table ({@link IllegalArgumentException}).
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = MySqlSourceUpdate.class)
@JsonDeserialize(as = MySqlSourceUpdate.class)
abstract class MySqlSourceUpdateDef implements DatabaseServer, ServerTls, TableMappingChanges, IamRoleAuthentication {
    /**
     * The replication {@code server_id} (wire {@code serverId}).
     *
     * @return the value
     */
    abstract Optional<Long> serverId();

    /**
     * Settings to change (wire {@code settings}).
     *
     * @return the value
     */
    abstract Optional<DatabasePipeSettingsUpdate> settings();

    /** Refuses an update that changes nothing: the API reads an empty nested {@code {}} as values (reference §9.5). */
    @Value.Check
    void check() {
        Rules.serverSourceUpdate(this, "MySqlSourceUpdate");
    }
}
