package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;

/**
 * The runtime that executes a user-defined function (wire field {@code runtime}).
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == UdfRuntime.PYTHON_3_11) { … }
 * UdfRuntime parsed = UdfRuntime.of("python3.11");
 * }</pre>
 */
public final class UdfRuntime extends OpenEnum {
    private static final Values<UdfRuntime> VALUES = new Values<>(UdfRuntime::new);

    /** Wire value {@code python3.11}. */
    public static final UdfRuntime PYTHON_3_11 = VALUES.known("python3.11");

    /** Wire value {@code native}. */
    public static final UdfRuntime NATIVE = VALUES.known("native");

    private UdfRuntime(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static UdfRuntime of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<UdfRuntime> knownValues() {
        return VALUES.knownValues();
    }
}
