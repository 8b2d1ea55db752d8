package dev.dbcloud.clickhouse.clickpipes;

import static java.util.Objects.requireNonNull;

/**
 * The rules of {@link MongoDbTableMapping}: what {@code MongoDbTableMappingAttributes} does not say about it. The
 * generated {@code MongoDbTableMappingDef} carries its annotations.
 */
abstract class MongoDbTableMappingRules extends MongoDbTableMappingAttributes {

    /**
     * A mapping with the API's default engine.
     *
     * @param sourceDatabaseName the source database
     * @param sourceCollection the source collection
     * @param targetTable the target table
     * @return the mapping
     */
    public static MongoDbTableMapping of(String sourceDatabaseName, String sourceCollection, String targetTable) {
        return MongoDbTableMapping.builder()
                .sourceDatabaseName(requireNonNull(sourceDatabaseName, "sourceDatabaseName == null"))
                .sourceCollection(requireNonNull(sourceCollection, "sourceCollection == null"))
                .targetTable(requireNonNull(targetTable, "targetTable == null"))
                .build();
    }
}
