package dev.dbcloud.clickhouse.clickpipes;

import static java.util.Objects.requireNonNull;

/**
 * The rules of {@link MongoDbPipeSettings}: what {@code MongoDbPipeSettingsAttributes} does not say about it. The
 * generated {@code MongoDbPipeSettingsDef} carries its annotations.
 */
abstract class MongoDbPipeSettingsRules extends MongoDbPipeSettingsAttributes {

    /**
     * Settings with only a replication mode.
     *
     * @param replicationMode the replication mode
     * @return the settings
     */
    public static MongoDbPipeSettings of(ReplicationMode replicationMode) {
        return MongoDbPipeSettings.builder()
                .replicationMode(requireNonNull(replicationMode, "replicationMode == null"))
                .build();
    }
}
