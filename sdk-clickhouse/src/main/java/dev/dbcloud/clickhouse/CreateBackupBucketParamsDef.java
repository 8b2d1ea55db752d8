package dev.dbcloud.clickhouse;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@link BackupBuckets#create(String, CreateBackupBucketParams)} (wire schema {@code
 * BackupBucketPostRequest}, one of {@code AwsBackupBucketPostRequestV1}, {@code GcpBackupBucketPostRequestV1} and
 * {@code AzureBackupBucketPostRequestV1}, told apart by {@code bucketProvider}). The factories give each provider's
 * fields; only the fields set are sent.
 *
 * <pre>{@code
 * CreateBackupBucketParams aws = CreateBackupBucketParams.aws("s3://my-backups/analytics",
 *         "arn:aws:iam::123456789012:role/ch-backups").withIamRoleSessionName("clickhouse");
 * CreateBackupBucketParams gcp = CreateBackupBucketParams.gcp("gs://my-backups/analytics",
 *         hmacKeyId, hmacSecret);
 * CreateBackupBucketParams azure = CreateBackupBucketParams.azure("backups", connectionString);
 * }</pre>
 *
 * <p>The secrets ({@code secretAccessKey}, {@code connectionString}) and the access key id print as {@code ****} in
 * {@code toString()}. The specification requires no field but the provider, so nothing else is refused before
 * sending.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = CreateBackupBucketParams.class)
@JsonDeserialize(as = CreateBackupBucketParams.class)
abstract class CreateBackupBucketParamsDef {
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
     * The IAM role session name, AWS (wire {@code iamRoleSessionName}).
     *
     * @return the value
     */
    abstract Optional<String> iamRoleSessionName();

    /**
     * The HMAC access key id, GCP (wire {@code accessKeyId}); printed as {@code ****}.
     *
     * @return the value
     */
    @Value.Redacted
    abstract Optional<String> accessKeyId();

    /**
     * The HMAC secret, GCP (wire {@code secretAccessKey}); printed as {@code ****}.
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
     * The storage account's connection string, Azure (wire {@code connectionString}); printed as {@code ****}.
     *
     * @return the value
     */
    @Value.Redacted
    abstract Optional<String> connectionString();

    /**
     * An AWS S3 bucket written through an IAM role; add a session name with {@code withIamRoleSessionName}.
     *
     * @param bucketPath the bucket path
     * @param iamRoleArn the role's ARN
     * @return the parameters
     */
    public static CreateBackupBucketParams aws(String bucketPath, String iamRoleArn) {
        return CreateBackupBucketParams.builder()
                .bucketProvider(BucketProvider.AWS)
                .bucketPath(requireNonNull(bucketPath, "bucketPath == null"))
                .iamRoleArn(requireNonNull(iamRoleArn, "iamRoleArn == null"))
                .build();
    }

    /**
     * A Google Cloud Storage bucket written with an HMAC key.
     *
     * @param bucketPath the bucket path
     * @param accessKeyId the HMAC key's id
     * @param secretAccessKey the HMAC key's secret
     * @return the parameters
     */
    public static CreateBackupBucketParams gcp(String bucketPath, String accessKeyId, String secretAccessKey) {
        return CreateBackupBucketParams.builder()
                .bucketProvider(BucketProvider.GCP)
                .bucketPath(requireNonNull(bucketPath, "bucketPath == null"))
                .accessKeyId(requireNonNull(accessKeyId, "accessKeyId == null"))
                .secretAccessKey(requireNonNull(secretAccessKey, "secretAccessKey == null"))
                .build();
    }

    /**
     * An Azure Blob Storage container written with a connection string.
     *
     * @param containerName the container
     * @param connectionString the storage account's connection string
     * @return the parameters
     */
    public static CreateBackupBucketParams azure(String containerName, String connectionString) {
        return CreateBackupBucketParams.builder()
                .bucketProvider(BucketProvider.AZURE)
                .containerName(requireNonNull(containerName, "containerName == null"))
                .connectionString(requireNonNull(connectionString, "connectionString == null"))
                .build();
    }
}
