package dev.dbcloud.clickhouse.clickpipes;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A collection a MongoDB pipe replicates (wire schema {@code ClickPipeMongoDBPipeTableMapping}).
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = MongoDbTableMapping.class)
@JsonDeserialize(as = MongoDbTableMapping.class)
abstract class MongoDbTableMappingDef {
    /**
     * The source database (wire {@code sourceDatabaseName}).
     *
     * @return the value
     */
    abstract Optional<String> sourceDatabaseName();

    /**
     * The source collection (wire {@code sourceCollection}).
     *
     * @return the value
     */
    abstract Optional<String> sourceCollection();

    /**
     * The ClickHouse target table, created if it does not exist (wire {@code targetTable}).
     *
     * @return the value
     */
    abstract Optional<String> targetTable();

    /**
     * The target table's engine (wire {@code tableEngine}).
     *
     * @return the value
     */
    abstract Optional<TableEngine> tableEngine();

    /**
     * A mapping with the API's default engine.
     *
     * @param sourceDatabaseName the source database
     * @param sourceCollection the source collection
     * @param targetTable the target table
     * @return the mapping
     */
    public static MongoDbTableMapping of(String sourceDatabaseName, String sourceCollection, String targetTable) {
        requireNonNull(sourceDatabaseName, "sourceDatabaseName == null");
        requireNonNull(sourceCollection, "sourceCollection == null");
        requireNonNull(targetTable, "targetTable == null");
        return MongoDbTableMapping.builder()
                .sourceDatabaseName(sourceDatabaseName)
                .sourceCollection(sourceCollection)
                .targetTable(targetTable)
                .build();
    }
}
