package dev.dbcloud.clickhouse;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.internal.Checks;
import dev.dbcloud.core.internal.HttpEngine;
import dev.dbcloud.core.internal.HttpMethod;
import java.util.List;

/**
 * Backups of the organization's services and their backup configuration.
 *
 * <pre>{@code
 * List<Backup> backups = ch.backups().list(serviceId);          // most recent first, as the API sends them
 * Backup latest = backups.get(0);
 * System.out.println(latest.status() + " " + latest.sizeInBytes().orElse(0L));
 *
 * ch.backups().updateConfiguration(serviceId, UpdateBackupConfigurationParams.builder()
 *     .backupRetentionPeriodInHours(Patch.of(72))   // set
 *     .backupStartTime(Patch.ofNull())               // reset to the default
 *     .build());                                     // backupPeriodInHours: left out, unchanged
 * }</pre>
 *
 * <p>To restore a backup, create a service with {@link CreateServiceParams#backupId()}.
 */
public final class Backups {
    private static final TypeReference<List<Backup>> LIST = new TypeReference<>() {};

    private final HttpEngine engine;
    private final ServiceRequests requests;

    Backups(HttpEngine engine, ServiceRequests requests) {
        this.engine = engine;
        this.requests = requests;
    }

    /**
     * Lists a service's backups, most recent first ({@code GET …/services/{serviceId}/backups}).
     *
     * @param serviceId the service id
     * @return the backups
     */
    public List<Backup> list(String serviceId) {
        return list(serviceId, RequestOptions.none());
    }

    /**
     * Lists a service's backups, most recent first ({@code GET …/services/{serviceId}/backups}).
     *
     * @param serviceId the service id
     * @param options per-call options
     * @return the backups
     */
    public List<Backup> list(String serviceId, RequestOptions options) {
        return engine.call(
                requests.service(HttpMethod.GET, "/backups", serviceId, options).build(), LIST);
    }

    /**
     * Gets a backup ({@code GET …/services/{serviceId}/backups/{backupId}}).
     *
     * @param serviceId the service id
     * @param backupId the backup id
     * @return the backup
     */
    public Backup get(String serviceId, String backupId) {
        return get(serviceId, backupId, RequestOptions.none());
    }

    /**
     * Gets a backup ({@code GET …/services/{serviceId}/backups/{backupId}}).
     *
     * @param serviceId the service id
     * @param backupId the backup id
     * @param options per-call options
     * @return the backup
     */
    public Backup get(String serviceId, String backupId, RequestOptions options) {
        Checks.pathSegment(backupId, "backupId");
        return engine.call(
                requests.service(HttpMethod.GET, "/backups/{backupId}", serviceId, options, backupId)
                        .build(),
                Backup.class);
    }

    /**
     * Gets a service's backup configuration ({@code GET …/services/{serviceId}/backupConfiguration}).
     *
     * @param serviceId the id of a primary service
     * @return the configuration
     */
    public BackupConfiguration configuration(String serviceId) {
        return configuration(serviceId, RequestOptions.none());
    }

    /**
     * Gets a service's backup configuration ({@code GET …/services/{serviceId}/backupConfiguration}).
     *
     * @param serviceId the id of a primary service
     * @param options per-call options
     * @return the configuration
     */
    public BackupConfiguration configuration(String serviceId, RequestOptions options) {
        return engine.call(
                requests.service(HttpMethod.GET, "/backupConfiguration", serviceId, options)
                        .build(),
                BackupConfiguration.class);
    }

    /**
     * Changes a service's backup configuration ({@code PATCH …/services/{serviceId}/backupConfiguration}); needs
     * an ADMIN key. Fields left absent are not sent, fields set to {@code Patch.ofNull()} are reset.
     *
     * @param serviceId the id of a primary service
     * @param params the changes
     * @return the configuration after the change
     */
    public BackupConfiguration updateConfiguration(String serviceId, UpdateBackupConfigurationParams params) {
        return updateConfiguration(serviceId, params, RequestOptions.none());
    }

    /**
     * Changes a service's backup configuration ({@code PATCH …/services/{serviceId}/backupConfiguration}); needs
     * an ADMIN key. Fields left absent are not sent, fields set to {@code Patch.ofNull()} are reset.
     *
     * @param serviceId the id of a primary service
     * @param params the changes
     * @param options per-call options
     * @return the configuration after the change
     */
    public BackupConfiguration updateConfiguration(
            String serviceId, UpdateBackupConfigurationParams params, RequestOptions options) {
        requireNonNull(params, "params == null");
        return engine.call(
                requests.service(HttpMethod.PATCH, "/backupConfiguration", serviceId, options)
                        .body(params)
                        .build(),
                BackupConfiguration.class);
    }
}
