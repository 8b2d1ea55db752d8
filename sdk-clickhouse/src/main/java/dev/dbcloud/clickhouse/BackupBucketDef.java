package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A service's custom backup bucket (wire schemas {@code AwsBackupBucket}, {@code GcpBackupBucket}, {@code
 * AzureBackupBucket}, told apart by {@code bucketProvider}), read and written with {@link BackupBuckets}; its
 * location fields are those of {@link BackupBucketFields}. The API never returns the bucket's secrets.
 *
 * <pre>{@code
 * BackupBucket bucket = ch.services().backupBucket().get(serviceId);
 * if (bucket.bucketProvider().equals(Optional.of(BucketProvider.AWS))) {
 *     System.out.println(bucket.bucketPath().orElse("") + " as " + bucket.iamRoleArn().orElse(""));
 * }
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = BackupBucket.class)
@JsonDeserialize(as = BackupBucket.class)
abstract class BackupBucketDef implements BackupBucketFields {
    /**
     * The bucket's id (wire {@code id}); no call takes it, as a service has at most one bucket.
     *
     * @return the value
     */
    abstract Optional<String> id();

    /**
     * The fields that are present; the bucket path's user info and query string are masked, should it be a
     * URL that carries a credential or a signature, and the access key id prints as {@code ****}.
     *
     * @return the fields that are present
     */
    @Override
    public String toString() {
        return BackupBucketText.describe("BackupBucket", id(), this);
    }
}
