package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The MySQL or MariaDB source of a CDC ClickPipe (wire field {@code source.mysql}). Responses never carry the
 * credentials.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = MySqlSource.class)
@JsonDeserialize(as = MySqlSource.class)
abstract class MySqlSourceDef implements DatabaseServer, ServerTls, IamRoleAuthentication {
    /**
     * The MySQL flavour; {@code mysql} when absent (wire {@code type}).
     *
     * @return the value
     */
    abstract Optional<MySqlSourceType> type();

    /**
     * The {@code server_id} the pipe declares in the replication topology, 1 to 4294967295 (wire {@code serverId}).
     *
     * @return the value
     */
    abstract Optional<Long> serverId();

    /**
     * The replication settings (wire {@code settings}).
     *
     * @return the value
     */
    abstract Optional<MySqlPipeSettings> settings();

    /**
     * The tables to replicate (wire {@code tableMappings}).
     *
     * @return the value
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract List<TableMapping> tableMappings();
}
