package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;
import java.util.function.BiFunction;

/**
 * The deprecated service tier (wire field {@code tier}); BASIC, SCALE and ENTERPRISE organizations do not use it.
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == ServiceTier.PRODUCTION) { … }
 * ServiceTier parsed = ServiceTier.of("production");
 * }</pre>
 */
public final class ServiceTier extends OpenEnum {
    private static final Values<ServiceTier> VALUES = new Values<>(new BiFunction<String, Boolean, ServiceTier>() {
        @Override
        public ServiceTier apply(String value, Boolean known) {
            return new ServiceTier(value, known);
        }
    });

    /** Wire value {@code development}. */
    public static final ServiceTier DEVELOPMENT = VALUES.known("development");

    /** Wire value {@code production}. */
    public static final ServiceTier PRODUCTION = VALUES.known("production");

    /** Wire value {@code dedicated_high_mem}. */
    public static final ServiceTier DEDICATED_HIGH_MEM = VALUES.known("dedicated_high_mem");

    /** Wire value {@code dedicated_high_cpu}. */
    public static final ServiceTier DEDICATED_HIGH_CPU = VALUES.known("dedicated_high_cpu");

    /** Wire value {@code dedicated_standard}. */
    public static final ServiceTier DEDICATED_STANDARD = VALUES.known("dedicated_standard");

    /** Wire value {@code dedicated_standard_n2d_standard_4}. */
    public static final ServiceTier DEDICATED_STANDARD_N2D_STANDARD_4 =
            VALUES.known("dedicated_standard_n2d_standard_4");

    /** Wire value {@code dedicated_standard_n2d_standard_8}. */
    public static final ServiceTier DEDICATED_STANDARD_N2D_STANDARD_8 =
            VALUES.known("dedicated_standard_n2d_standard_8");

    /** Wire value {@code dedicated_standard_n2d_standard_32}. */
    public static final ServiceTier DEDICATED_STANDARD_N2D_STANDARD_32 =
            VALUES.known("dedicated_standard_n2d_standard_32");

    /** Wire value {@code dedicated_standard_n2d_standard_128}. */
    public static final ServiceTier DEDICATED_STANDARD_N2D_STANDARD_128 =
            VALUES.known("dedicated_standard_n2d_standard_128");

    /** Wire value {@code dedicated_standard_n2d_standard_32_16SSD}. */
    public static final ServiceTier DEDICATED_STANDARD_N2D_STANDARD_32_16SSD =
            VALUES.known("dedicated_standard_n2d_standard_32_16SSD");

    /** Wire value {@code dedicated_standard_n2d_standard_64_24SSD}. */
    public static final ServiceTier DEDICATED_STANDARD_N2D_STANDARD_64_24SSD =
            VALUES.known("dedicated_standard_n2d_standard_64_24SSD");

    private ServiceTier(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static ServiceTier of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<ServiceTier> knownValues() {
        return VALUES.knownValues();
    }
}
