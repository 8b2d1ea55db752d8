package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;
import java.util.function.BiFunction;

/**
 * How early a service receives new ClickHouse releases (wire field {@code releaseChannel}).
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == ReleaseChannel.FAST) { … }
 * ReleaseChannel parsed = ReleaseChannel.of("fast");
 * }</pre>
 */
public final class ReleaseChannel extends OpenEnum {
    private static final Values<ReleaseChannel> VALUES =
            new Values<>(new BiFunction<String, Boolean, ReleaseChannel>() {
                @Override
                public ReleaseChannel apply(String value, Boolean known) {
                    return new ReleaseChannel(value, known);
                }
            });

    /** Wire value {@code slow}. */
    public static final ReleaseChannel SLOW = VALUES.known("slow");

    /** Wire value {@code default}. */
    public static final ReleaseChannel DEFAULT = VALUES.known("default");

    /** Wire value {@code fast}. */
    public static final ReleaseChannel FAST = VALUES.known("fast");

    private ReleaseChannel(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static ReleaseChannel of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<ReleaseChannel> knownValues() {
        return VALUES.knownValues();
    }
}
