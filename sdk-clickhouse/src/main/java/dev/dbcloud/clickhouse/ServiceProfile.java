package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;
import java.util.function.BiFunction;

/**
 * The hardware profile of an ENTERPRISE service (wire field {@code profile}).
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == ServiceProfile.V1_DEFAULT) { … }
 * ServiceProfile parsed = ServiceProfile.of("v1-default");
 * }</pre>
 */
public final class ServiceProfile extends OpenEnum {
    private static final Values<ServiceProfile> VALUES =
            new Values<>(new BiFunction<String, Boolean, ServiceProfile>() {
                @Override
                public ServiceProfile apply(String value, Boolean known) {
                    return new ServiceProfile(value, known);
                }
            });

    /** Wire value {@code v1-default}. */
    public static final ServiceProfile V1_DEFAULT = VALUES.known("v1-default");

    /** Wire value {@code v1-highmem-xs}. */
    public static final ServiceProfile V1_HIGHMEM_XS = VALUES.known("v1-highmem-xs");

    /** Wire value {@code v1-highmem-s}. */
    public static final ServiceProfile V1_HIGHMEM_S = VALUES.known("v1-highmem-s");

    /** Wire value {@code v1-highmem-m}. */
    public static final ServiceProfile V1_HIGHMEM_M = VALUES.known("v1-highmem-m");

    /** Wire value {@code v1-highmem-l}. */
    public static final ServiceProfile V1_HIGHMEM_L = VALUES.known("v1-highmem-l");

    /** Wire value {@code v1-highmem-xl}. */
    public static final ServiceProfile V1_HIGHMEM_XL = VALUES.known("v1-highmem-xl");

    private ServiceProfile(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static ServiceProfile of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<ServiceProfile> knownValues() {
        return VALUES.knownValues();
    }
}
