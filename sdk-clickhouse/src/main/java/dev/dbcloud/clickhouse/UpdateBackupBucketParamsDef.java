package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import dev.dbcloud.core.Patch;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@link BackupBuckets#update(String, UpdateBackupBucketParams)} (wire schema {@code
 * BackupBucketPatchRequest}, one of {@code AwsBackupBucketPatchRequestV1}, {@code GcpBackupBucketPatchRequestV1} and
 * {@code AzureBackupBucketPatchRequestV1}, told apart by {@code bucketProvider}). Only the fields set are sent, but
 * the provider's secret always goes along: the API requires it on every update.
 *
 * <pre>{@code
 * UpdateBackupBucketParams.builder()
 *         .bucketProvider(BucketProvider.GCP)
 *         .bucketPath("gs://my-backups/analytics-v2")
 *         .secretAccessKey(hmacSecret)                    // required for GCP
 *         .build();
 * UpdateBackupBucketParams.builder()
 *         .bucketProvider(BucketProvider.AWS)
 *         .iamRoleSessionName(Patch.ofNull())             // removes the session name
 *         .build();
 * }</pre>
 *
 * <p>{@code build()} throws {@link IllegalArgumentException} naming the field when a GCP update has no {@code
 * secretAccessKey} or an Azure one no {@code connectionString} (the specification: "the secrets of the specified
 * bucket provider are always required"). Secrets and the access key id print as {@code ****}.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = UpdateBackupBucketParams.class)
@JsonDeserialize(as = UpdateBackupBucketParams.class)
abstract class UpdateBackupBucketParamsDef {
    /**
     * The provider, which says which other fields apply (wire {@code bucketProvider}, upper case).
     *
     * @return the value
     */
    abstract BucketProvider bucketProvider();

    /**
     * The bucket path, AWS and GCP (wire {@code bucketPath}).
     *
     * @return the value
     */
    abstract Optional<String> bucketPath();

    /**
     * The IAM role ClickHouse Cloud assumes to write, AWS (wire {@code iamRoleArn}).
     *
     * @return the value
     */
    abstract Optional<String> iamRoleArn();

    /**
     * The IAM role session name, AWS (wire {@code iamRoleSessionName}): left {@link Patch#absent()} it is not
     * sent, {@link Patch#ofNull()} sends JSON {@code null} (the specification allows it), {@link Patch#of(Object)}
     * sets it.
     *
     * @return the change
     */
    @Value.Default
    Patch<String> iamRoleSessionName() {
        return Patch.absent();
    }

    /**
     * The HMAC access key id, GCP (wire {@code accessKeyId}); printed as {@code ****}.
     *
     * @return the value
     */
    @Value.Redacted
    abstract Optional<String> accessKeyId();

    /**
     * The HMAC secret, GCP, required with that provider (wire {@code secretAccessKey}); printed as {@code ****}.
     *
     * @return the value
     */
    @Value.Redacted
    abstract Optional<String> secretAccessKey();

    /**
     * The container name, Azure (wire {@code containerName}).
     *
     * @return the value
     */
    abstract Optional<String> containerName();

    /**
     * The storage account's connection string, Azure, required with that provider (wire {@code connectionString});
     * printed as {@code ****}.
     *
     * @return the value
     */
    @Value.Redacted
    abstract Optional<String> connectionString();

    /** The provider's secret is always required; see the type's documentation. */
    @Value.Check
    void check() {
        if (bucketProvider().equals(BucketProvider.GCP) && secretAccessKey().isEmpty()) {
            throw new IllegalArgumentException(
                    "secretAccessKey is required to update a GCP bucket (the API requires the provider's secret)");
        }
        if (bucketProvider().equals(BucketProvider.AZURE) && connectionString().isEmpty()) {
            throw new IllegalArgumentException(
                    "connectionString is required to update an AZURE bucket (the API requires the provider's secret)");
        }
    }
}
