package dev.dbcloud.clickhouse;

import static java.util.Objects.requireNonNull;

/**
 * The rules of {@link CreateBackupBucketParams}: what {@code CreateBackupBucketParamsAttributes} does not say about it. The
 * generated {@code CreateBackupBucketParamsDef} carries its annotations.
 */
abstract class CreateBackupBucketParamsRules extends CreateBackupBucketParamsAttributes {

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
