package dev.dbcloud.clickhouse;

import java.util.Optional;

/**
 * The rules of {@link BackupBucketLocation}: what {@code BackupBucketLocationAttributes} does not say about it. The
 * generated {@code BackupBucketLocationDef} carries its annotations.
 */
abstract class BackupBucketLocationRules extends BackupBucketLocationAttributes {
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
