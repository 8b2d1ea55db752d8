package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A firewall rule of a network ({@code FirewallRule}): a CIDR block allowed to reach the network (ingress) or to be
 * reached from it (egress). See {@link NetworkFirewallRules}.
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = FirewallRule.class)
@JsonDeserialize(as = FirewallRule.class)
abstract class FirewallRuleDef {
    /** @return the rule's ID ({@code id}) */
    abstract String id();

    /** @return the IPv4 or IPv6 network in CIDR notation, e.g. {@code 0.0.0.0/0} ({@code rule}) */
    abstract Optional<String> rule();

    /** @return the description ({@code description}), if any */
    abstract Optional<String> description();

    /** @return the direction ({@code kind}); legacy rules may have none */
    abstract Optional<FirewallRuleKind> kind();

    /** @return the network the rule belongs to ({@code network_id}) */
    abstract Optional<String> networkId();

    /** @return the team that owns the network ({@code team_id}) */
    abstract Optional<String> teamId();
}
