package dev.dbcloud.postgres;

import org.immutables.value.Value;

/**
 * The rules of {@link CreateReadReplicaParams}: what {@code CreateReadReplicaParamsAttributes} does not say about it. The
 * generated {@code CreateReadReplicaParamsDef} carries its annotations.
 */
abstract class CreateReadReplicaParamsRules extends CreateReadReplicaParamsAttributes {
    @Value.Check
    void check() {
        NewInstanceSettings.check(this);
    }
}
