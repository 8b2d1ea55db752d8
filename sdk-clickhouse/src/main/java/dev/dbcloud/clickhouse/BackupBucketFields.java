package dev.dbcloud.clickhouse;

import java.util.Optional;

/**
 * The fields that say where a custom backup bucket is, shared by a service's {@link BackupBucket} and the {@link
 * BackupBucketLocation} a {@link Backup} was written to, so code can read either alike. Which fields are set
 * depends on {@link #bucketProvider()}: AWS has a bucket path and an IAM role, GCP a bucket path and an HMAC access
 * key id, Azure a container name. Neither carries the secrets (GCP's secret key, Azure's connection string), which
 * the API never returns.
 *
 * <pre>{@code
 * BackupBucketFields where = ch.services().backupBucket().get(serviceId);
 * System.out.println(where.bucketProvider().map(BucketProvider::value).orElse("?") + " "
 *         + where.bucketPath().or(where::containerName).orElse(""));
 * }</pre>
 */
public interface BackupBucketFields {
    /**
     * The provider (wire {@code bucketProvider}), absent when the API omits it; the SDK reads the other fields by
     * name and needs no discriminator.
     *
     * @return the value
     */
    Optional<BucketProvider> bucketProvider();

    /**
     * The bucket path, AWS and GCP (wire {@code bucketPath}).
     *
     * @return the value
     */
    Optional<String> bucketPath();

    /**
     * The IAM role, AWS (wire {@code iamRoleArn}).
     *
     * @return the value
     */
    Optional<String> iamRoleArn();

    /**
     * The IAM role session name, AWS (wire {@code iamRoleSessionName}).
     *
     * @return the value
     */
    Optional<String> iamRoleSessionName();

    /**
     * The HMAC access key id, GCP (wire {@code accessKeyId}); printed as {@code ****} by {@code toString()}.
     *
     * @return the value
     */
    Optional<String> accessKeyId();

    /**
     * The container name, Azure (wire {@code containerName}).
     *
     * @return the value
     */
    Optional<String> containerName();
}
