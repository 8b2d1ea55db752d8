package dev.dbcloud.clickhouse;

import dev.dbcloud.clickhouse.internal.BackupEndpoints;
import dev.dbcloud.clickhouse.shared.internal.OrganizationInvoker;
import dev.dbcloud.clickhouse.shared.internal.OrganizationResolver;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.Resource;
import dev.dbcloud.core.errors.WaitFailedException;
import dev.dbcloud.core.errors.WaitTimeoutException;
import dev.dbcloud.core.internal.Invoker;
import dev.dbcloud.core.internal.Waiter;
import java.time.Duration;
import java.util.List;

/**
 * Backups of the organization's services and their backup configuration. Get it from {@link
 * ClickHouseCloudClient#backups()}.
 *
 * <pre>{@code
 * List<Backup> backups = ch.backups().list(serviceId);          // most recent first, as the API sends them
 * Backup latest = ch.backups().waitUntilDone(serviceId, backups.get(0).id(), Duration.ofHours(1));
 * System.out.println(latest.status() + " " + latest.sizeInBytes().orElse(0L));
 *
 * ch.backups().updateConfiguration(serviceId, UpdateBackupConfigurationParams.builder()
 *     .backupRetentionPeriodInHours(Patch.of(72))   // set
 *     .backupStartTime(Patch.ofNull())               // reset to the default
 *     .build());                                     // backupPeriodInHours: left out, unchanged
 * }</pre>
 *
 * <p>A service's own bucket for its backups is set with {@link Services#backupBucket()}. To restore a backup, create
 * a service with {@link CreateServiceParams#backupId()}. Every method sends exactly
 * one request, except the waiter {@link #waitUntilDone(String, String, Duration)}. Per-call options come from
 * {@link #withOptions(RequestOptions)}; {@link #withRawResponse()} offers every single-request operation returning
 * the whole {@link ApiResponse} (status, headers and the envelope's request id).
 */
public final class Backups extends Resource<Backups, Backups.WithRawResponse> {
    private final OrganizationInvoker org;

    Backups(Invoker invoker, OrganizationResolver organization) {
        super(invoker, i -> new Backups(i, organization), i -> new WithRawResponse(i, organization));
        this.org = new OrganizationInvoker(organization, invoker);
    }

    /**
     * Lists a service's backups, most recent first ({@code GET …/services/{serviceId}/backups}).
     *
     * @param serviceId the service id
     * @return the backups
     */
    public List<Backup> list(String serviceId) {
        return withRawResponse().list(serviceId).value();
    }

    /**
     * Gets a backup ({@code GET …/services/{serviceId}/backups/{backupId}}).
     *
     * @param serviceId the service id
     * @param backupId the backup id
     * @return the backup
     */
    public Backup get(String serviceId, String backupId) {
        return withRawResponse().get(serviceId, backupId).value();
    }

    /**
     * Gets a service's backup configuration ({@code GET …/services/{serviceId}/backupConfiguration}).
     *
     * @param serviceId the id of a primary service
     * @return the configuration
     */
    public BackupConfiguration configuration(String serviceId) {
        return withRawResponse().configuration(serviceId).value();
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
        return withRawResponse().updateConfiguration(serviceId, params).value();
    }

    /**
     * Polls {@code GET …/services/{serviceId}/backups/{backupId}} until the backup is {@code done}. The pause
     * between polls starts at 5 seconds and grows by half up to 30 seconds, unless {@link
     * RequestOptions.Builder#pollInterval(Duration)} or the client sets a steady one.
     *
     * @param serviceId the service id
     * @param backupId the backup id
     * @param timeout how long to wait in all
     * @return the finished backup
     * @throws IllegalArgumentException if an id is blank, {@code .} or {@code ..}, or {@code timeout} is not
     *     positive; nothing is sent
     * @throws WaitFailedException if the backup reaches {@code error}, or a poll fails
     * @throws WaitTimeoutException if time runs out; {@code lastObserved(Backup.class)} shows the last status
     */
    public Backup waitUntilDone(String serviceId, String backupId, Duration timeout) {
        return org.await(Done.WAITER, timeout, serviceId, backupId);
    }

    /** The operations of {@link Backups} returning {@link ApiResponse}; each is documented there. */
    public static final class WithRawResponse extends RawResource<WithRawResponse> {
        private final OrganizationInvoker org;

        WithRawResponse(Invoker invoker, OrganizationResolver organization) {
            super(invoker, i -> new WithRawResponse(i, organization));
            this.org = new OrganizationInvoker(organization, invoker);
        }

        /** {@link Backups#list(String)}, with the response. */
        public ApiResponse<List<Backup>> list(String serviceId) {
            return org.send(BackupEndpoints.LIST, serviceId);
        }

        /** {@link Backups#get(String, String)}, with the response. */
        public ApiResponse<Backup> get(String serviceId, String backupId) {
            return org.send(BackupEndpoints.GET, serviceId, backupId);
        }

        /** {@link Backups#configuration(String)}, with the response. */
        public ApiResponse<BackupConfiguration> configuration(String serviceId) {
            return org.send(BackupEndpoints.GET_CONFIGURATION, serviceId);
        }

        /** {@link Backups#updateConfiguration(String, UpdateBackupConfigurationParams)}, with the response. */
        public ApiResponse<BackupConfiguration> updateConfiguration(
                String serviceId, UpdateBackupConfigurationParams params) {
            return org.sendWith(BackupEndpoints.UPDATE_CONFIGURATION, params, serviceId);
        }
    }
    /** Holds the waiter, built on the first wait rather than with every client. */
    private static final class Done {
        /**
         * {@code GET …/backups/{backupId}} until {@code done}; {@code error} ends the wait at once. Polls every 5
         * seconds, growing by half up to 30 seconds, unless the call or the client sets a poll interval.
         */
        static final Waiter<Backup> WAITER = Waiter.on(BackupEndpoints.GET, "backup %3$s of service %2$s to be done")
                .state(Backup::status)
                .successOn(BackupStatus.DONE)
                .failOn(BackupStatus.ERROR)
                .build();

        private Done() {}
    }
}
