package dev.dbcloud.clickhouse;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.dbcloud.clickhouse.internal.OrganizationRequests;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.internal.Checks;
import dev.dbcloud.core.internal.HttpEngine;
import dev.dbcloud.core.internal.HttpMethod;
import dev.dbcloud.core.internal.Json;
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
 * <p>To restore a backup, create a service with {@link CreateServiceParams#backupId()}. {@link #withRawResponse()}
 * offers every operation returning the whole {@link ApiResponse} (status, headers and the envelope's request id).
 */
public final class Backups {
    private static final TypeReference<List<Backup>> LIST = new TypeReference<>() {};

    private final WithRawResponse raw;

    Backups(HttpEngine engine, OrganizationRequests requests) {
        this.raw = new WithRawResponse(engine, requests);
    }

    /**
     * The same operations returning the whole {@link ApiResponse}: status, headers and the request id ClickHouse
     * Cloud puts in its envelope, with the decoded value.
     *
     * @return the raw view, the same instance on every call
     */
    public WithRawResponse withRawResponse() {
        return raw;
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
        return raw.list(serviceId, options).value();
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
        return raw.get(serviceId, backupId, options).value();
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
        return raw.configuration(serviceId, options).value();
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
        return raw.updateConfiguration(serviceId, params, options).value();
    }

    /**
     * The operations of {@link Backups} returning {@link ApiResponse}: the HTTP status, the response headers and
     * the request id of the envelope, with the decoded value. Get it from {@link Backups#withRawResponse()}.
     */
    public static final class WithRawResponse {
        private final HttpEngine engine;
        private final OrganizationRequests requests;

        WithRawResponse(HttpEngine engine, OrganizationRequests requests) {
            this.engine = engine;
            this.requests = requests;
        }

        /**
         * Lists a service's backups, most recent first ({@code GET …/services/{serviceId}/backups}).
         *
         * @param serviceId the service id
         * @param options per-call options
         * @return the response with the backups
         */
        public ApiResponse<List<Backup>> list(String serviceId, RequestOptions options) {
            return engine.send(
                    requests.member(HttpMethod.GET, "/backups", serviceId, options)
                            .build(),
                    Json.type(LIST));
        }

        /**
         * Gets a backup ({@code GET …/services/{serviceId}/backups/{backupId}}).
         *
         * @param serviceId the service id
         * @param backupId the backup id
         * @param options per-call options
         * @return the response with the backup
         */
        public ApiResponse<Backup> get(String serviceId, String backupId, RequestOptions options) {
            Checks.pathSegment(backupId, "backupId");
            return engine.send(
                    requests.member(HttpMethod.GET, "/backups/{backupId}", serviceId, options, backupId)
                            .build(),
                    Json.type(Backup.class));
        }

        /**
         * Gets a service's backup configuration ({@code GET …/services/{serviceId}/backupConfiguration}).
         *
         * @param serviceId the id of a primary service
         * @param options per-call options
         * @return the response with the configuration
         */
        public ApiResponse<BackupConfiguration> configuration(String serviceId, RequestOptions options) {
            return engine.send(
                    requests.member(HttpMethod.GET, "/backupConfiguration", serviceId, options)
                            .build(),
                    Json.type(BackupConfiguration.class));
        }

        /**
         * Changes a service's backup configuration ({@code PATCH …/services/{serviceId}/backupConfiguration});
         * needs an ADMIN key. Fields left absent are not sent, fields set to {@code Patch.ofNull()} are reset.
         *
         * @param serviceId the id of a primary service
         * @param params the changes
         * @param options per-call options
         * @return the response with the configuration after the change
         */
        public ApiResponse<BackupConfiguration> updateConfiguration(
                String serviceId, UpdateBackupConfigurationParams params, RequestOptions options) {
            requireNonNull(params, "params == null");
            return engine.send(
                    requests.member(HttpMethod.PATCH, "/backupConfiguration", serviceId, options)
                            .body(params)
                            .build(),
                    Json.type(BackupConfiguration.class));
        }
    }
}
