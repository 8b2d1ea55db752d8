package dev.dbcloud.postgres;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;

/**
 * The high-availability setup of an instance (wire field {@code haType}).
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == HaType.ASYNC) { … }
 * HaType parsed = HaType.of("async");
 * }</pre>
 */
public final class HaType extends OpenEnum {
    private static final Values<HaType> VALUES = new Values<>(HaType::new);

    /** Wire value {@code none}. No standby. */
    public static final HaType NONE = VALUES.known("none");

    /** Wire value {@code async}. One asynchronous standby. */
    public static final HaType ASYNC = VALUES.known("async");

    /** Wire value {@code sync}. Two synchronous standbys. */
    public static final HaType SYNC = VALUES.known("sync");

    private HaType(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static HaType of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<HaType> knownValues() {
        return VALUES.knownValues();
    }
}
