package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Optional;

/**
 * What every table mapping of a database pipe says once the source namespace (a Postgres schema, a MySQL database,
 * a BigQuery dataset) is named: which source table is copied into which ClickHouse table, and how that table is
 * laid out. {@link TableMapping} and {@link BigQueryTableMapping} carry these fields under the same wire names.
 */
interface MappedTable {
    /**
     * The source table (wire {@code sourceTable}).
     *
     * @return the value
     */
    Optional<String> sourceTable();

    /**
     * The ClickHouse target table, created if it does not exist (wire {@code targetTable}).
     *
     * @return the value
     */
    Optional<String> targetTable();

    /**
     * Columns left out of the copy (wire {@code excludedColumns}).
     *
     * @return the value
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    List<String> excludedColumns();

    /**
     * Whether {@link #sortingKeys()} replaces the default sorting key (wire {@code useCustomSortingKey}).
     *
     * @return the value
     */
    Optional<Boolean> useCustomSortingKey();

    /**
     * The ordered sorting key columns, with {@code useCustomSortingKey} (wire {@code sortingKeys}).
     *
     * @return the value
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    List<String> sortingKeys();

    /**
     * The target table's engine (wire {@code tableEngine}).
     *
     * @return the value
     */
    Optional<TableEngine> tableEngine();
}
