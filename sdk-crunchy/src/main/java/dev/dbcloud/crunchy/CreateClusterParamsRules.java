package dev.dbcloud.crunchy;

import dev.dbcloud.crunchy.internal.Eids;
import dev.dbcloud.crunchy.internal.ParamChecks;
import org.immutables.value.Value;

/**
 * The rules of {@link CreateClusterParams}: what {@code CreateClusterParamsAttributes} does not say about it. The
 * generated {@code CreateClusterParamsDef} carries its annotations.
 */
abstract class CreateClusterParamsRules extends CreateClusterParamsAttributes {

    @Value.Check
    void check() {
        Eids.check(teamId(), "teamId");
        networkId().ifPresent(id -> Eids.check(id, "networkId"));
        ParamChecks.text(name(), "name");
        ParamChecks.text(planId(), "planId");
        ParamChecks.notBoth(networkId(), "networkId", networkCidr4(), "networkCidr4");
        ParamChecks.providerFromNetwork(networkId(), providerId());
        if (firewallMode().isPresent() && networkCidr4().isPresent()) {
            throw new IllegalArgumentException("firewallMode must not be set with networkCidr4");
        }
        ParamChecks.maintenanceWindowStart(maintenanceWindowStart(), false);
        ParamChecks.storage(storage());
    }
}
