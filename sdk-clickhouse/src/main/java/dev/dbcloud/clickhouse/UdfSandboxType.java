package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;

/**
 * The sandbox isolation level of a user-defined function (wire field {@code sandboxType}); {@code netenable} allows network access.
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == UdfSandboxType.BASIC) { … }
 * UdfSandboxType parsed = UdfSandboxType.of("basic");
 * }</pre>
 */
public final class UdfSandboxType extends OpenEnum {
    private static final Values<UdfSandboxType> VALUES = new Values<>(UdfSandboxType::new);

    /** Wire value {@code basic}. */
    public static final UdfSandboxType BASIC = VALUES.known("basic");

    /** Wire value {@code netenable}. */
    public static final UdfSandboxType NETENABLE = VALUES.known("netenable");

    private UdfSandboxType(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static UdfSandboxType of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<UdfSandboxType> knownValues() {
        return VALUES.knownValues();
    }
}
