package dev.dbcloud.crunchy;

import dev.dbcloud.crunchy.internal.ParamChecks;
import org.immutables.value.Value;

/**
 * The rules of {@link CreateFirewallRuleParams}: what {@code CreateFirewallRuleParamsAttributes} does not say about it. The
 * generated {@code CreateFirewallRuleParamsDef} carries its annotations.
 */
abstract class CreateFirewallRuleParamsRules extends CreateFirewallRuleParamsAttributes {

    @Value.Check
    void check() {
        ParamChecks.known(kind(), "kind", "ingress or egress");
    }
}
