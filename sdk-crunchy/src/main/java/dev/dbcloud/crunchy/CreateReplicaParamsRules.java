package dev.dbcloud.crunchy;

import dev.dbcloud.crunchy.internal.Eids;
import dev.dbcloud.crunchy.internal.ParamChecks;
import org.immutables.value.Value;

/**
 * The rules of {@link CreateReplicaParams}: what {@code CreateReplicaParamsAttributes} does not say about it. The
 * generated {@code CreateReplicaParamsDef} carries its annotations.
 */
abstract class CreateReplicaParamsRules extends CreateReplicaParamsAttributes {

    @Value.Check
    void check() {
        ParamChecks.text(name(), "name");
        networkId().ifPresent(id -> Eids.check(id, "networkId"));
        ParamChecks.providerFromNetwork(networkId(), providerId());
        if (providerId().isPresent() && (planId().isEmpty() || regionId().isEmpty())) {
            throw new IllegalArgumentException("providerId needs planId and regionId too");
        }
    }
}
