package dev.dbcloud.clickhouse.clickpipes;

import static java.util.Objects.requireNonNull;

/**
 * The rules of {@link MySqlPipeSettings}: what {@code MySqlPipeSettingsAttributes} does not say about it. The
 * generated {@code MySqlPipeSettingsDef} carries its annotations.
 */
abstract class MySqlPipeSettingsRules extends MySqlPipeSettingsAttributes {

    /**
     * Settings with only a replication mode.
     *
     * @param replicationMode the replication mode
     * @return the settings
     */
    public static MySqlPipeSettings of(ReplicationMode replicationMode) {
        return MySqlPipeSettings.builder()
                .replicationMode(requireNonNull(replicationMode, "replicationMode == null"))
                .build();
    }
}
