package dev.dbcloud.clickhouse;

import dev.dbcloud.core.Patch;
import org.immutables.value.Value;

/**
 * The rules of {@link UpdateBackupConfigurationParams}: what {@code UpdateBackupConfigurationParamsAttributes} does not say about it. The
 * generated {@code UpdateBackupConfigurationParamsDef} carries its annotations.
 */
abstract class UpdateBackupConfigurationParamsRules extends UpdateBackupConfigurationParamsAttributes {
    /**
     * Hours between backups (wire {@code backupPeriodInHours}).
     *
     * @return the change
     */
    @Value.Default
    Patch<Integer> backupPeriodInHours() {
        return Patch.absent();
    }

    /**
     * How long backups are kept, in hours: a multiple of 24 from 24 to 1080 (wire {@code
     * backupRetentionPeriodInHours}).
     *
     * @return the change
     */
    @Value.Default
    Patch<Integer> backupRetentionPeriodInHours() {
        return Patch.absent();
    }

    /**
     * The UTC time of day backups start, {@code HH:MM}; setting it forces a 24 hour period (wire {@code
     * backupStartTime}).
     *
     * @return the change
     */
    @Value.Default
    Patch<String> backupStartTime() {
        return Patch.absent();
    }
}
