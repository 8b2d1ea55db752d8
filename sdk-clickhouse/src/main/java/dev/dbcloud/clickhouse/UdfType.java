package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;

/**
 * How ClickHouse runs a user-defined function's command (wire field {@code type}): a process per query ({@code executable}) or a pool of long-lived processes ({@code executable_pool}).
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == UdfType.EXECUTABLE) { … }
 * UdfType parsed = UdfType.of("executable");
 * }</pre>
 */
public final class UdfType extends OpenEnum {
    private static final Values<UdfType> VALUES = new Values<>(UdfType::new);

    /** Wire value {@code executable}. */
    public static final UdfType EXECUTABLE = VALUES.known("executable");

    /** Wire value {@code executable_pool}. */
    public static final UdfType EXECUTABLE_POOL = VALUES.known("executable_pool");

    private UdfType(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static UdfType of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<UdfType> knownValues() {
        return VALUES.knownValues();
    }
}
