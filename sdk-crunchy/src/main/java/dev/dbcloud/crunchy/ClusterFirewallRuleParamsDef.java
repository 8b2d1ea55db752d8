package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of the deprecated cluster-level firewall calls {@link ClusterFirewall#create(String,
 * ClusterFirewallRuleParams)} and {@link ClusterFirewall#update(String, String, ClusterFirewallRuleParams)} ({@code
 * ClusterFirewallRuleCreateRequest}, {@code ClusterFirewallRuleUpdateRequest}: both need {@code rule}). The network
 * firewall rules that replace them take {@link CreateFirewallRuleParams} and {@link UpdateFirewallRuleParams}.
 *
 * <pre>{@code
 * ClusterFirewallRuleParams.builder().rule("203.0.113.0/24").description("office").build();
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = ClusterFirewallRuleParams.class)
@JsonDeserialize(as = ClusterFirewallRuleParams.class)
abstract class ClusterFirewallRuleParamsDef {
    /** @return the IPv4 or IPv6 network in CIDR notation ({@code rule}) */
    abstract String rule();

    /** @return a description ({@code description}) */
    abstract Optional<String> description();
}
