package dev.dbcloud.clickhouse;

import org.immutables.value.Value;

/**
 * The rules of {@link CreateServiceParams}: what {@code CreateServiceParamsAttributes} does not say about it. The
 * generated {@code CreateServiceParamsDef} carries its annotations.
 */
abstract class CreateServiceParamsRules extends CreateServiceParamsAttributes {

    /**
     * The rules the spec states: a non-empty name ({@code ServicePostRequest.name} minLength 1) and {@code
     * numReplicas} exclusive with {@code minReplicas}/{@code maxReplicas} ({@code ServicePostRequest.numReplicas}).
     */
    @Value.Check
    void check() {
        ServiceRules.name(name());
        ServiceRules.numReplicasAlone(numReplicas(), minReplicas(), maxReplicas());
    }
}
