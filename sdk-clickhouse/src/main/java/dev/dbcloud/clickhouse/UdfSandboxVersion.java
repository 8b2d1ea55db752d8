package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;

/**
 * The sandbox runtime version of a user-defined function (wire field {@code sandboxVersion}).
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == UdfSandboxVersion.V2) { … }
 * UdfSandboxVersion parsed = UdfSandboxVersion.of("v2");
 * }</pre>
 */
public final class UdfSandboxVersion extends OpenEnum {
    private static final Values<UdfSandboxVersion> VALUES = new Values<>(UdfSandboxVersion::new);

    /** Wire value {@code v1}. */
    public static final UdfSandboxVersion V1 = VALUES.known("v1");

    /** Wire value {@code v2}. */
    public static final UdfSandboxVersion V2 = VALUES.known("v2");

    /** Wire value {@code v3}. */
    public static final UdfSandboxVersion V3 = VALUES.known("v3");

    private UdfSandboxVersion(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static UdfSandboxVersion of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<UdfSandboxVersion> knownValues() {
        return VALUES.knownValues();
    }
}
