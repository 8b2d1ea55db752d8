package dev.dbcloud.clickhouse;

import dev.dbcloud.clickhouse.internal.BackupBucketEndpoints;
import dev.dbcloud.clickhouse.shared.internal.OrganizationInvoker;
import dev.dbcloud.clickhouse.shared.internal.OrganizationResolver;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.Beta;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.Resource;
import dev.dbcloud.core.internal.Invoker;

/**
 * The custom backup buckets of services: a bucket of your own in AWS S3, Google Cloud Storage or Azure Blob Storage
 * that a service's backups are written to, {@code …/services/{serviceId}/backupBucket}. Get it from {@link
 * Services#backupBucket()}.
 *
 * <pre>{@code
 * BackupBucket bucket = ch.services().backupBucket().create(serviceId,
 *         CreateBackupBucketParams.aws("s3://my-backups/analytics", "arn:aws:iam::123456789012:role/ch-backups"));
 * ch.services().backupBucket().update(serviceId, UpdateBackupBucketParams.builder()
 *         .bucketProvider(BucketProvider.AWS).bucketPath("s3://my-backups/analytics-v2").build());
 * ch.services().backupBucket().delete(serviceId);          // backups go to ClickHouse Cloud's storage again
 * }</pre>
 *
 * <p>Writes need an API key with the ADMIN role. The API calls these operations beta (with a stable contract), hence
 * {@link Beta}. Secrets (GCP's HMAC secret, Azure's connection string) travel only in requests, never in answers,
 * and appear in no {@code toString()}, log line or exception message. Each method sends exactly one request
 * (retries of it aside).
 */
@Beta
public final class BackupBuckets extends Resource<BackupBuckets, BackupBuckets.WithRawResponse> {

    BackupBuckets(Invoker invoker, OrganizationResolver organization) {
        super(invoker, i -> new BackupBuckets(i, organization), i -> new WithRawResponse(i, organization));
    }

    /**
     * Gets a service's backup bucket ({@code GET …/services/{serviceId}/backupBucket}).
     *
     * @param serviceId the service id
     * @return the bucket
     */
    public BackupBucket get(String serviceId) {
        return withRawResponse().get(serviceId).value();
    }

    /**
     * Sets a custom backup bucket for a service ({@code POST …/services/{serviceId}/backupBucket}); needs an ADMIN
     * key.
     *
     * @param serviceId the service id
     * @param params the bucket and the credentials to write to it
     * @return the bucket
     */
    public BackupBucket create(String serviceId, CreateBackupBucketParams params) {
        return withRawResponse().create(serviceId, params).value();
    }

    /**
     * Changes a service's backup bucket ({@code PATCH …/services/{serviceId}/backupBucket}); needs an ADMIN key.
     *
     * @param serviceId the service id
     * @param params the changes, with the provider's secret
     * @return the bucket after the change
     */
    public BackupBucket update(String serviceId, UpdateBackupBucketParams params) {
        return withRawResponse().update(serviceId, params).value();
    }

    /**
     * Removes a service's custom backup bucket ({@code DELETE …/services/{serviceId}/backupBucket}); needs an
     * ADMIN key.
     *
     * @param serviceId the service id
     */
    public void delete(String serviceId) {
        withRawResponse().delete(serviceId);
    }

    /** The operations of {@link BackupBuckets} returning {@link ApiResponse}; each is documented there. */
    @Beta
    public static final class WithRawResponse extends RawResource<WithRawResponse> {
        private final OrganizationInvoker org;

        WithRawResponse(Invoker invoker, OrganizationResolver organization) {
            super(invoker, i -> new WithRawResponse(i, organization));
            this.org = new OrganizationInvoker(organization, invoker);
        }

        /** {@link BackupBuckets#get(String)}, with the response. */
        public ApiResponse<BackupBucket> get(String serviceId) {
            return org.send(BackupBucketEndpoints.GET, serviceId);
        }

        /** {@link BackupBuckets#create(String, CreateBackupBucketParams)}, with the response. */
        public ApiResponse<BackupBucket> create(String serviceId, CreateBackupBucketParams params) {
            return org.sendWith(BackupBucketEndpoints.CREATE, params, serviceId);
        }

        /** {@link BackupBuckets#update(String, UpdateBackupBucketParams)}, with the response. */
        public ApiResponse<BackupBucket> update(String serviceId, UpdateBackupBucketParams params) {
            return org.sendWith(BackupBucketEndpoints.UPDATE, params, serviceId);
        }

        /** {@link BackupBuckets#delete(String)}, with the response. */
        public ApiResponse<Void> delete(String serviceId) {
            return org.send(BackupBucketEndpoints.DELETE, serviceId);
        }
    }
}
