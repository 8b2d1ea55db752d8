package dev.dbcloud.clickhouse;

import org.immutables.value.Value;

/**
 * The rules of {@link UpdateReplicaScalingParams}: what {@code UpdateReplicaScalingParamsAttributes} does not say about it. The
 * generated {@code UpdateReplicaScalingParamsDef} carries its annotations.
 */
abstract class UpdateReplicaScalingParamsRules extends UpdateReplicaScalingParamsAttributes {
    /** The spec's two rules; see the type's documentation. */
    @Value.Check
    void check() {
        ServiceRules.replicaCounts(this);
    }
}
