package dev.dbcloud.clickhouse.clickpipes;

import static java.util.Objects.requireNonNull;

/**
 * The rules of {@link TableMapping}: what {@code TableMappingAttributes} does not say about it. The
 * generated {@code TableMappingDef} carries its annotations.
 */
abstract class TableMappingRules extends TableMappingAttributes {

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
