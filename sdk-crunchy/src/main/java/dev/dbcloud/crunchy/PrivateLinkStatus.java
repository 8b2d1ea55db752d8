package dev.dbcloud.crunchy;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;

/**
 * The state of a cluster's private link ({@code status}). The API documentation lists {@code available} and {@code creating}; the unofficial spec adds {@code destroying}.
 *
 * <p>An open enumeration: a value this SDK does not know yet is kept as read (see {@link OpenEnum}); {@link
 * #isKnown()} tells which, and the value is written back exactly as read. Compare with {@code equals}.
 *
 * <pre>{@code
 * ClusterPrivateLink link = cb.clusters().privateLinks().get(clusterId);
 * boolean ready = link.status().filter(PrivateLinkStatus.AVAILABLE::equals).isPresent();
 * }</pre>
 */
public final class PrivateLinkStatus extends OpenEnum {
    private static final Values<PrivateLinkStatus> VALUES = new Values<>(PrivateLinkStatus::new);

    /** {@code available}: endpoints may connect, using {@link ClusterPrivateLink#endpointIdentifier()}. */
    public static final PrivateLinkStatus AVAILABLE = VALUES.known("available");

    /** {@code creating}: the state of a new private link. */
    public static final PrivateLinkStatus CREATING = VALUES.known("creating");

    /** {@code destroying}: being removed. */
    public static final PrivateLinkStatus DESTROYING = VALUES.known("destroying");

    private PrivateLinkStatus(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown value holding it.
     *
     * @param value the value as the API spells it
     * @return the value
     */
    @JsonCreator
    public static PrivateLinkStatus of(String value) {
        return VALUES.of(value);
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values, in declaration order
     */
    public static Collection<PrivateLinkStatus> knownValues() {
        return VALUES.knownValues();
    }
}
