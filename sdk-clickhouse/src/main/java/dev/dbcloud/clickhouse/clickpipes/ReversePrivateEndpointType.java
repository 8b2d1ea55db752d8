package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;
import java.util.function.BiFunction;

/**
 * The kind of a reverse private endpoint (wire field {@code type}).
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == ReversePrivateEndpointType.VPC_RESOURCE) { … }
 * ReversePrivateEndpointType parsed = ReversePrivateEndpointType.of("VPC_RESOURCE");
 * }</pre>
 */
public final class ReversePrivateEndpointType extends OpenEnum {
    private static final Values<ReversePrivateEndpointType> VALUES =
            new Values<>(new BiFunction<String, Boolean, ReversePrivateEndpointType>() {
                @Override
                public ReversePrivateEndpointType apply(String value, Boolean known) {
                    return new ReversePrivateEndpointType(value, known);
                }
            });

    /** Wire value {@code VPC_ENDPOINT_SERVICE}. */
    public static final ReversePrivateEndpointType VPC_ENDPOINT_SERVICE = VALUES.known("VPC_ENDPOINT_SERVICE");

    /** Wire value {@code VPC_RESOURCE}. */
    public static final ReversePrivateEndpointType VPC_RESOURCE = VALUES.known("VPC_RESOURCE");

    /** Wire value {@code MSK_MULTI_VPC}. */
    public static final ReversePrivateEndpointType MSK_MULTI_VPC = VALUES.known("MSK_MULTI_VPC");

    /** Wire value {@code GCP_PSC_SERVICE_ATTACHMENT}. */
    public static final ReversePrivateEndpointType GCP_PSC_SERVICE_ATTACHMENT =
            VALUES.known("GCP_PSC_SERVICE_ATTACHMENT");

    private ReversePrivateEndpointType(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static ReversePrivateEndpointType of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<ReversePrivateEndpointType> knownValues() {
        return VALUES.knownValues();
    }
}
