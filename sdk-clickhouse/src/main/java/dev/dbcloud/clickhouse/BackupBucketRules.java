package dev.dbcloud.clickhouse;

/**
 * The rules of {@link BackupBucket}: what {@code BackupBucketAttributes} does not say about it. The
 * generated {@code BackupBucketDef} carries its annotations.
 */
abstract class BackupBucketRules extends BackupBucketAttributes {

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
