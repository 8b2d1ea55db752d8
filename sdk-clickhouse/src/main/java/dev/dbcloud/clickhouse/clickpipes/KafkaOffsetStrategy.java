package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;
import java.util.function.BiFunction;

/**
 * Where a new Kafka pipe starts reading (wire field {@code source.kafka.offset.strategy}).
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == KafkaOffsetStrategy.FROM_LATEST) { … }
 * KafkaOffsetStrategy parsed = KafkaOffsetStrategy.of("from_latest");
 * }</pre>
 */
public final class KafkaOffsetStrategy extends OpenEnum {
    private static final Values<KafkaOffsetStrategy> VALUES =
            new Values<>(new BiFunction<String, Boolean, KafkaOffsetStrategy>() {
                @Override
                public KafkaOffsetStrategy apply(String value, Boolean known) {
                    return new KafkaOffsetStrategy(value, known);
                }
            });

    /** Wire value {@code from_beginning}. */
    public static final KafkaOffsetStrategy FROM_BEGINNING = VALUES.known("from_beginning");

    /** Wire value {@code from_latest}. */
    public static final KafkaOffsetStrategy FROM_LATEST = VALUES.known("from_latest");

    /** Wire value {@code from_timestamp}. */
    public static final KafkaOffsetStrategy FROM_TIMESTAMP = VALUES.known("from_timestamp");

    private KafkaOffsetStrategy(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static KafkaOffsetStrategy of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<KafkaOffsetStrategy> knownValues() {
        return VALUES.knownValues();
    }
}
