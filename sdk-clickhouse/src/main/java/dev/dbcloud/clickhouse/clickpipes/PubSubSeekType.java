package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;
import java.util.function.BiFunction;

/**
 * Where a Pub/Sub pipe starts consuming (wire field {@code source.pubsub.seekType}); {@code timestamp} needs {@code
 * seekTimestamp}.
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == PubSubSeekType.EARLIEST) { … }
 * PubSubSeekType parsed = PubSubSeekType.of("earliest");
 * }</pre>
 */
public final class PubSubSeekType extends OpenEnum {
    private static final Values<PubSubSeekType> VALUES =
            new Values<>(new BiFunction<String, Boolean, PubSubSeekType>() {
                @Override
                public PubSubSeekType apply(String value, Boolean known) {
                    return new PubSubSeekType(value, known);
                }
            });

    /** Wire value {@code latest}. */
    public static final PubSubSeekType LATEST = VALUES.known("latest");

    /** Wire value {@code earliest}. */
    public static final PubSubSeekType EARLIEST = VALUES.known("earliest");

    /** Wire value {@code timestamp}. */
    public static final PubSubSeekType TIMESTAMP = VALUES.known("timestamp");

    private PubSubSeekType(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static PubSubSeekType of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<PubSubSeekType> knownValues() {
        return VALUES.knownValues();
    }
}
