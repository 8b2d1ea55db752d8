package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;

/**
 * The build state of a user-defined function version (wire field {@code status} of a UDF).
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == UdfStatus.READY) { … }
 * UdfStatus parsed = UdfStatus.of("ready");
 * }</pre>
 */
public final class UdfStatus extends OpenEnum {
    private static final Values<UdfStatus> VALUES = new Values<>(UdfStatus::new);

    /** Wire value {@code building}. */
    public static final UdfStatus BUILDING = VALUES.known("building");

    /** Wire value {@code error}. */
    public static final UdfStatus ERROR = VALUES.known("error");

    /** Wire value {@code ready}. */
    public static final UdfStatus READY = VALUES.known("ready");

    private UdfStatus(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static UdfStatus of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<UdfStatus> knownValues() {
        return VALUES.knownValues();
    }
}
