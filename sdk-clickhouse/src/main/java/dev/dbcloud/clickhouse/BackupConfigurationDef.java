package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A service's backup settings (wire schema {@code BackupConfiguration}). Only primary services have them.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = BackupConfiguration.class)
@JsonDeserialize(as = BackupConfiguration.class)
abstract class BackupConfigurationDef {
    /**
     * Hours between backups (wire {@code backupPeriodInHours}).
     *
     * @return the value
     */
    abstract Optional<Integer> backupPeriodInHours();

    /**
     * How long backups are kept, in hours (wire {@code backupRetentionPeriodInHours}).
     *
     * @return the value
     */
    abstract Optional<Integer> backupRetentionPeriodInHours();

    /**
     * The UTC time of day backups start, {@code HH:MM} (wire {@code backupStartTime}).
     *
     * @return the value
     */
    abstract Optional<String> backupStartTime();
}
