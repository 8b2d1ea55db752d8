package dev.dbcloud.crunchy;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;

/**
 * The direction of a network firewall rule ({@code kind}): traffic into the network (the API's default on create) or out of it. Legacy rules may carry none.
 *
 * <p>An open enumeration: a value this SDK does not know yet is kept as read (see {@link OpenEnum}); {@link
 * #isKnown()} tells which, and the value is written back exactly as read. Compare with {@code equals}.
 *
 * <pre>{@code
 * cb.networks().firewallRules().create(networkId, CreateFirewallRuleParams.builder()
 *         .rule("203.0.113.0/24").kind(FirewallRuleKind.EGRESS).build());
 * }</pre>
 */
public final class FirewallRuleKind extends OpenEnum {
    private static final Values<FirewallRuleKind> VALUES = new Values<>(FirewallRuleKind::new);

    /** {@code egress}: outbound traffic. */
    public static final FirewallRuleKind EGRESS = VALUES.known("egress");

    /** {@code ingress}: inbound traffic; the API's default when a create leaves {@code kind} out. */
    public static final FirewallRuleKind INGRESS = VALUES.known("ingress");

    private FirewallRuleKind(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown value holding it.
     *
     * @param value the value as the API spells it
     * @return the value
     */
    @JsonCreator
    public static FirewallRuleKind of(String value) {
        return VALUES.of(value);
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values, in declaration order
     */
    public static Collection<FirewallRuleKind> knownValues() {
        return VALUES.knownValues();
    }
}
