package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import dev.dbcloud.crunchy.internal.ParamChecks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@link NetworkFirewallRules#create(String, CreateFirewallRuleParams)} ({@code FirewallRuleCreateRequest}).
 * Rules of a network cannot overlap; the API refuses one that does.
 *
 * <pre>{@code
 * CreateFirewallRuleParams.builder().rule("203.0.113.0/24").description("office").build();   // ingress
 * CreateFirewallRuleParams.builder().rule("198.51.100.7/32").kind(FirewallRuleKind.EGRESS).build();
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = CreateFirewallRuleParams.class)
@JsonDeserialize(as = CreateFirewallRuleParams.class)
abstract class CreateFirewallRuleParamsDef {
    /** @return the IPv4 or IPv6 network in CIDR notation, e.g. {@code 203.0.113.0/24} ({@code rule}) */
    abstract String rule();

    /** @return a description ({@code description}) */
    abstract Optional<String> description();

    /** @return the direction; the API creates an ingress rule when it is left out ({@code kind}) */
    abstract Optional<FirewallRuleKind> kind();

    @Value.Check
    void check() {
        ParamChecks.known(kind(), "kind", "ingress or egress");
    }
}
