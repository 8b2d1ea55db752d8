package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a backup was written when the service uses a custom bucket (wire schemas {@code AwsBackupBucketProperties},
 * {@code GcpBackupBucketProperties}, {@code AzureBackupBucketProperties}, told apart by {@code bucketProvider});
 * its fields are those of {@link BackupBucketFields}.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = BackupBucketLocation.class)
@JsonDeserialize(as = BackupBucketLocation.class)
abstract class BackupBucketLocationDef implements BackupBucketFields {
    /**
     * The fields that are present; the bucket path's user info and query string are masked, should it be a
     * URL that carries a credential or a signature, and the access key id prints as {@code ****}.
     *
     * @return the fields that are present
     */
    @Override
    public String toString() {
        return BackupBucketText.describe("BackupBucketLocation", Optional.empty(), this);
    }
}
