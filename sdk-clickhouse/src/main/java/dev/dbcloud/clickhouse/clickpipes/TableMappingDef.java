package dev.dbcloud.clickhouse.clickpipes;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A table a Postgres or MySQL pipe replicates (wire schemas {@code ClickPipePostgresPipeTableMapping} and {@code
 * ClickPipeMySQLPipeTableMapping}), also used to name a table to remove in an update, where only the source schema,
 * source table and target table matter.
 *
 * <p>A response may leave out any field the spec does not require (it requires none for Postgres), so {@code
 * sourceSchemaName}, {@code sourceTable} and {@code targetTable} are optional here: {@link CreateClickPipeParams},
 * {@link PostgresSourceUpdate} and {@link MySqlSourceUpdate} refuse a mapping without them ({@link
 * IllegalArgumentException} naming the field).
 *
 * <pre>{@code
 * TableMapping users = TableMapping.of("public", "users", "public_users");
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = TableMapping.class)
@JsonDeserialize(as = TableMapping.class)
abstract class TableMappingDef implements MappedTable {
    /**
     * The source schema (Postgres) or database (MySQL) (wire {@code sourceSchemaName}).
     *
     * @return the value
     */
    abstract Optional<String> sourceSchemaName();

    /**
     * The column used to partition the snapshot (wire {@code partitionKey}).
     *
     * @return the value
     */
    abstract Optional<String> partitionKey();

    /**
     * The target table's {@code PARTITION BY} expression (Postgres only) (wire {@code partitionByExpr}).
     *
     * @return the value
     */
    abstract Optional<String> partitionByExpr();

    /**
     * A mapping with the API's defaults for everything but the names.
     *
     * @param sourceSchemaName the source schema (Postgres) or database (MySQL)
     * @param sourceTable the source table
     * @param targetTable the target table
     * @return the mapping
     */
    public static TableMapping of(String sourceSchemaName, String sourceTable, String targetTable) {
        requireNonNull(sourceSchemaName, "sourceSchemaName == null");
        requireNonNull(sourceTable, "sourceTable == null");
        requireNonNull(targetTable, "targetTable == null");
        return TableMapping.builder()
                .sourceSchemaName(sourceSchemaName)
                .sourceTable(sourceTable)
                .targetTable(targetTable)
                .build();
    }
}
