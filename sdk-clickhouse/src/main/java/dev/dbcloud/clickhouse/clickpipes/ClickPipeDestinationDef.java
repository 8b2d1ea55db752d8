package dev.dbcloud.clickhouse.clickpipes;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a ClickPipe writes (wire schemas {@code ClickPipeDestination} and {@code ClickPipeMutateDestination}).
 * Streaming and object storage pipes need {@code table}, {@code managedTable} and {@code columns}; database pipes
 * (Postgres, MySQL, MongoDB, BigQuery) send only the database, as {@link #database(String)} builds it.
 *
 * <p>Every field is optional, as in the spec: {@code database} may be left out (the vendor's documented streaming
 * creates leave it out), and {@link CreateClickPipeParams} refuses a streaming or object storage create without
 * {@code table}, {@code managedTable} and {@code columns}, which the spec describes as required for those pipes.
 *
 * <pre>{@code
 * ClickPipeDestination.builder()
 *     .table("orders").managedTable(true)
 *     .tableDefinition(TableDefinition.builder()
 *         .engine(DestinationTableEngine.of(DestinationEngineType.MERGE_TREE))
 *         .addSortingKey("id")
 *         .build())
 *     .addColumns(DestinationColumn.of("id", "UInt64"), DestinationColumn.of("amount", "Float64"))
 *     .build();
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = ClickPipeDestination.class)
@JsonDeserialize(as = ClickPipeDestination.class)
abstract class ClickPipeDestinationDef {
    /**
     * The destination database (wire {@code database}).
     *
     * @return the value
     */
    abstract Optional<String> database();

    /**
     * The destination table (wire {@code table}).
     *
     * @return the value
     */
    abstract Optional<String> table();

    /**
     * Whether ClickPipes creates and manages the table (wire {@code managedTable}).
     *
     * @return the value
     */
    abstract Optional<Boolean> managedTable();

    /**
     * How a managed table is created (wire {@code tableDefinition}).
     *
     * @return the value
     */
    abstract Optional<TableDefinition> tableDefinition();

    /**
     * The columns of the table (wire {@code columns}).
     *
     * @return the value
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract List<DestinationColumn> columns();

    /**
     * Roles granted to the ClickHouse user the pipe creates; {@code default_role} when empty (create only) (wire {@code
     * roles}).
     *
     * @return the value
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract List<String> roles();

    /**
     * A destination naming only a database, as database pipes take it.
     *
     * @param database the destination database
     * @return the destination
     */
    public static ClickPipeDestination database(String database) {
        requireNonNull(database, "database == null");
        return ClickPipeDestination.builder().database(database).build();
    }
}
