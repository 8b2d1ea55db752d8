package dev.dbcloud.crunchy;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;

/**
 * The state of a connection to a cluster's private link ({@code status}): a provider endpoint asks to connect ({@code pending}) and the cluster's owner approves or rejects it.
 *
 * <p>An open enumeration: a value this SDK does not know yet is kept as read (see {@link OpenEnum}); {@link
 * #isKnown()} tells which, and the value is written back exactly as read. Compare with {@code equals}.
 *
 * <pre>{@code
 * for (ClusterPrivateLinkConnection c : cb.clusters().privateLinks().listConnections(clusterId)) {
 *     if (c.status().filter(PrivateLinkConnectionStatus.PENDING::equals).isPresent()) {
 *         cb.clusters().privateLinks().approveConnection(clusterId, c.id());
 *     }
 * }
 * }</pre>
 */
public final class PrivateLinkConnectionStatus extends OpenEnum {
    private static final Values<PrivateLinkConnectionStatus> VALUES = new Values<>(PrivateLinkConnectionStatus::new);

    /** {@code approved}. */
    public static final PrivateLinkConnectionStatus APPROVED = VALUES.known("approved");

    /** {@code pending}: awaiting approval or rejection. */
    public static final PrivateLinkConnectionStatus PENDING = VALUES.known("pending");

    /** {@code rejected}. */
    public static final PrivateLinkConnectionStatus REJECTED = VALUES.known("rejected");

    /** {@code removed}: the provider endpoint went away. */
    public static final PrivateLinkConnectionStatus REMOVED = VALUES.known("removed");

    private PrivateLinkConnectionStatus(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown value holding it.
     *
     * @param value the value as the API spells it
     * @return the value
     */
    @JsonCreator
    public static PrivateLinkConnectionStatus of(String value) {
        return VALUES.of(value);
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values, in declaration order
     */
    public static Collection<PrivateLinkConnectionStatus> knownValues() {
        return VALUES.knownValues();
    }
}
