package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import dev.dbcloud.core.internal.ModelToString;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a backup was written when the service uses a custom bucket (wire schemas {@code AwsBackupBucketProperties},
 * {@code GcpBackupBucketProperties}, {@code AzureBackupBucketProperties}, told apart by {@code bucketProvider}).
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = BackupBucketLocation.class)
@JsonDeserialize(as = BackupBucketLocation.class)
abstract class BackupBucketLocationDef {
    /**
     * The provider (wire {@code bucketProvider}), absent when the API omits it; the SDK reads the location's
     * fields by name and needs no discriminator.
     *
     * @return the value
     */
    abstract Optional<BucketProvider> bucketProvider();

    /**
     * The bucket path, AWS and GCP (wire {@code bucketPath}).
     *
     * @return the value
     */
    abstract Optional<String> bucketPath();

    /**
     * The IAM role, AWS (wire {@code iamRoleArn}).
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
     * The HMAC access key id, GCP (wire {@code accessKeyId}).
     *
     * @return the value
     */
    abstract Optional<String> accessKeyId();

    /**
     * The container name, Azure (wire {@code containerName}).
     *
     * @return the value
     */
    abstract Optional<String> containerName();

    /**
     * The fields that are present; the bucket path's user info and query string are masked, should it be a
     * URL that carries a credential or a signature.
     *
     * @return the fields that are present
     */
    @Override
    public String toString() {
        return ModelToString.of("BackupBucketLocation")
                .add("bucketProvider", bucketProvider())
                .addUrl("bucketPath", bucketPath())
                .add("iamRoleArn", iamRoleArn())
                .add("iamRoleSessionName", iamRoleSessionName())
                .add("accessKeyId", accessKeyId())
                .add("containerName", containerName())
                .toString();
    }
}
