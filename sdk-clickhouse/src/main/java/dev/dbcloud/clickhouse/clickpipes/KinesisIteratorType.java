package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;
import java.util.function.BiFunction;

/**
 * Where a Kinesis pipe starts reading (wire field {@code source.kinesis.iteratorType}); {@code AT_TIMESTAMP} needs
 * {@code timestamp}.
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == KinesisIteratorType.LATEST) { … }
 * KinesisIteratorType parsed = KinesisIteratorType.of("LATEST");
 * }</pre>
 */
public final class KinesisIteratorType extends OpenEnum {
    private static final Values<KinesisIteratorType> VALUES =
            new Values<>(new BiFunction<String, Boolean, KinesisIteratorType>() {
                @Override
                public KinesisIteratorType apply(String value, Boolean known) {
                    return new KinesisIteratorType(value, known);
                }
            });

    /** Wire value {@code TRIM_HORIZON}. */
    public static final KinesisIteratorType TRIM_HORIZON = VALUES.known("TRIM_HORIZON");

    /** Wire value {@code LATEST}. */
    public static final KinesisIteratorType LATEST = VALUES.known("LATEST");

    /** Wire value {@code AT_TIMESTAMP}. */
    public static final KinesisIteratorType AT_TIMESTAMP = VALUES.known("AT_TIMESTAMP");

    private KinesisIteratorType(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static KinesisIteratorType of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<KinesisIteratorType> knownValues() {
        return VALUES.knownValues();
    }
}
