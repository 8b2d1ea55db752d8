package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How ClickPipes creates a managed destination table (wire schema {@code ClickPipeDestinationTableDefinition}).
 * Database pipes have none: the API answers {@code null}, read as empty.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = TableDefinition.class)
@JsonDeserialize(as = TableDefinition.class)
abstract class TableDefinitionDef {
    /**
     * The table engine, required to create a managed table (wire {@code engine}).
     *
     * @return the value
     */
    abstract Optional<DestinationTableEngine> engine();

    /**
     * The sorting key columns (wire {@code sortingKey}).
     *
     * @return the value
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract List<String> sortingKey();

    /**
     * The partition key SQL expression (wire {@code partitionBy}).
     *
     * @return the value
     */
    abstract Optional<String> partitionBy();

    /**
     * The primary key SQL expression (wire {@code primaryKey}).
     *
     * @return the value
     */
    abstract Optional<String> primaryKey();
}
