package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import dev.dbcloud.core.Patch;
import org.immutables.value.Value;

/**
 * The body of a backup configuration update (wire schema {@code BackupConfigurationPatchRequest}). Each field is
 * a {@link Patch}: left {@link Patch#absent()} it is not sent and keeps its value, {@link Patch#ofNull()} sends
 * JSON {@code null}, which resets it to the API's default, and {@link Patch#of(Object)} sets it.
 *
 * <pre>{@code
 * ch.backups().updateConfiguration(serviceId, UpdateBackupConfigurationParams.builder()
 *     .backupRetentionPeriodInHours(Patch.of(48))
 *     .backupStartTime(Patch.ofNull())        // back to the default schedule
 *     .build());
 * }</pre>
 *
 * <p>Parameters that change nothing send {@code {}}. Needs an API key with the ADMIN role; only primary services
 * have a backup configuration.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = UpdateBackupConfigurationParams.class)
@JsonDeserialize(as = UpdateBackupConfigurationParams.class)
abstract class UpdateBackupConfigurationParamsDef {
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
