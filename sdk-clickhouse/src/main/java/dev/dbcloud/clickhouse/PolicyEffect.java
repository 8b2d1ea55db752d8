package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;

/**
 * Whether a role policy allows or denies its permissions (wire field {@code allowDeny}).
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == PolicyEffect.ALLOW) { … }
 * PolicyEffect parsed = PolicyEffect.of("ALLOW");
 * }</pre>
 */
public final class PolicyEffect extends OpenEnum {
    private static final Values<PolicyEffect> VALUES = new Values<>(PolicyEffect::new);

    /** Wire value {@code ALLOW}. */
    public static final PolicyEffect ALLOW = VALUES.known("ALLOW");

    /** Wire value {@code DENY}. */
    public static final PolicyEffect DENY = VALUES.known("DENY");

    private PolicyEffect(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static PolicyEffect of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<PolicyEffect> knownValues() {
        return VALUES.knownValues();
    }
}
