package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of {@link NetworkFirewallRules#update(String, String, UpdateFirewallRuleParams)} ({@code
 * FirewallRuleUpdateRequest}); a field left empty is not sent and stays as it is. A rule's direction cannot change:
 * delete it and create another.
 *
 * <pre>{@code
 * UpdateFirewallRuleParams.builder().rule("203.0.113.0/25").description("office, first half").build();
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = UpdateFirewallRuleParams.class)
@JsonDeserialize(as = UpdateFirewallRuleParams.class)
abstract class UpdateFirewallRuleParamsDef {
    /** @return the new IPv4 or IPv6 network in CIDR notation ({@code rule}) */
    abstract Optional<String> rule();

    /** @return the new description ({@code description}) */
    abstract Optional<String> description();
}
