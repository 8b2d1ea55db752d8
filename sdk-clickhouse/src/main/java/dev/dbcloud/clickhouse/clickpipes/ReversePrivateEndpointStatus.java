package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;
import java.util.function.BiFunction;

/**
 * The status of a reverse private endpoint (wire field {@code status}, PascalCase).
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == ReversePrivateEndpointStatus.PROVISIONING) { … }
 * ReversePrivateEndpointStatus parsed = ReversePrivateEndpointStatus.of("Provisioning");
 * }</pre>
 */
public final class ReversePrivateEndpointStatus extends OpenEnum {
    private static final Values<ReversePrivateEndpointStatus> VALUES =
            new Values<>(new BiFunction<String, Boolean, ReversePrivateEndpointStatus>() {
                @Override
                public ReversePrivateEndpointStatus apply(String value, Boolean known) {
                    return new ReversePrivateEndpointStatus(value, known);
                }
            });

    /** Wire value {@code Unknown}. */
    public static final ReversePrivateEndpointStatus UNKNOWN = VALUES.known("Unknown");

    /** Wire value {@code Provisioning}. */
    public static final ReversePrivateEndpointStatus PROVISIONING = VALUES.known("Provisioning");

    /** Wire value {@code Deleting}. */
    public static final ReversePrivateEndpointStatus DELETING = VALUES.known("Deleting");

    /** Wire value {@code Ready}. */
    public static final ReversePrivateEndpointStatus READY = VALUES.known("Ready");

    /** Wire value {@code Failed}. */
    public static final ReversePrivateEndpointStatus FAILED = VALUES.known("Failed");

    /** Wire value {@code PendingAcceptance}. */
    public static final ReversePrivateEndpointStatus PENDING_ACCEPTANCE = VALUES.known("PendingAcceptance");

    /** Wire value {@code Rejected}. */
    public static final ReversePrivateEndpointStatus REJECTED = VALUES.known("Rejected");

    /** Wire value {@code Expired}. */
    public static final ReversePrivateEndpointStatus EXPIRED = VALUES.known("Expired");

    private ReversePrivateEndpointStatus(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static ReversePrivateEndpointStatus of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<ReversePrivateEndpointStatus> knownValues() {
        return VALUES.knownValues();
    }
}
