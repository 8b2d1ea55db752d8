package dev.dbcloud.clickhouse;

import org.immutables.value.Value;

/**
 * The rules of {@link UpdateBackupBucketParams}: what {@code UpdateBackupBucketParamsAttributes} does not say about it. The
 * generated {@code UpdateBackupBucketParamsDef} carries its annotations.
 */
abstract class UpdateBackupBucketParamsRules extends UpdateBackupBucketParamsAttributes {

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
