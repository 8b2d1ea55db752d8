package dev.dbcloud.crunchy;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;

/**
 * The state of a network peering ({@code status}), as {@code GET /networks/{network_id}/peerings/{peering_id}} reports it.
 *
 * <p>An open enumeration: a value this SDK does not know yet is kept as read (see {@link OpenEnum}); {@link
 * #isKnown()} tells which, and the value is written back exactly as read. Compare with {@code equals}.
 *
 * <pre>{@code
 * Peering peering = cb.networks().peerings().get(networkId, peeringId);
 * boolean usable = peering.status().equals(PeeringStatus.ACTIVE);
 * }</pre>
 */
public final class PeeringStatus extends OpenEnum {
    private static final Values<PeeringStatus> VALUES = new Values<>(PeeringStatus::new);

    /** {@code active}: traffic flows; {@link NetworkPeerings#waitUntilActive} ends on it. */
    public static final PeeringStatus ACTIVE = VALUES.known("active");

    /** {@code creating}: the state of a new peering. */
    public static final PeeringStatus CREATING = VALUES.known("creating");

    /** {@code deleting}: being removed; {@link NetworkPeerings#waitUntilActive} stops on it. */
    public static final PeeringStatus DELETING = VALUES.known("deleting");

    /** {@code failed}: the peering could not be set up; {@link NetworkPeerings#waitUntilActive} stops on it. */
    public static final PeeringStatus FAILED = VALUES.known("failed");

    private PeeringStatus(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown value holding it.
     *
     * @param value the value as the API spells it
     * @return the value
     */
    @JsonCreator
    public static PeeringStatus of(String value) {
        return VALUES.of(value);
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values, in declaration order
     */
    public static Collection<PeeringStatus> knownValues() {
        return VALUES.knownValues();
    }
}
