package dev.dbcloud.clickhouse;

import dev.dbcloud.core.internal.ModelToString;
import java.util.Optional;

/** The {@code toString()} of the models holding {@link BackupBucketFields}, written once. */
final class BackupBucketText {
    private BackupBucketText() {}

    /**
     * Describes the fields that are present: the bucket path's user info and query string are masked, should it be a
     * URL carrying a credential or a signature, and the access key id is shown as {@code ****}.
     *
     * @param typeName the model's simple name
     * @param id the model's id, if it has one
     * @param bucket the fields
     * @return e.g. {@code BackupBucket{id=…, bucketProvider=GCP, bucketPath=gs://b, accessKeyId=****}}
     */
    static String describe(String typeName, Optional<String> id, BackupBucketFields bucket) {
        return ModelToString.of(typeName)
                .add("id", id)
                .add("bucketProvider", bucket.bucketProvider())
                .addUrl("bucketPath", bucket.bucketPath())
                .add("iamRoleArn", bucket.iamRoleArn())
                .add("iamRoleSessionName", bucket.iamRoleSessionName())
                .add("accessKeyId", bucket.accessKeyId().map(key -> "****"))
                .add("containerName", bucket.containerName())
                .toString();
    }
}
