package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The tables a Postgres or MySQL source update adds to and removes from a pipe; of a mapping to remove, only the
 * source schema (or database), source table and target table matter. {@link PostgresSourceUpdate} and {@link
 * MySqlSourceUpdate} carry these fields under the same wire names.
 */
interface TableMappingChanges {
    /**
     * Tables to start replicating (wire {@code tableMappingsToAdd}).
     *
     * @return the value
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    List<TableMapping> tableMappingsToAdd();

    /**
     * Tables to stop replicating (wire {@code tableMappingsToRemove}).
     *
     * @return the value
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    List<TableMapping> tableMappingsToRemove();
}
