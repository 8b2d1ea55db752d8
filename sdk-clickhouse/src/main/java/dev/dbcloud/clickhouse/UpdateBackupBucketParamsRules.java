package dev.dbcloud.clickhouse;

import dev.dbcloud.core.Patch;
import org.immutables.value.Value;

/**
 * The rules of {@link UpdateBackupBucketParams}: what {@code UpdateBackupBucketParamsAttributes} does not say about it. The
 * generated {@code UpdateBackupBucketParamsDef} carries its annotations.
 */
abstract class UpdateBackupBucketParamsRules extends UpdateBackupBucketParamsAttributes {

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
