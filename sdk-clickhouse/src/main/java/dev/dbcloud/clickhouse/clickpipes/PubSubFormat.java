package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;
import java.util.function.BiFunction;

/**
 * The message format of a Pub/Sub pipe (wire field {@code source.pubsub.format}).
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == PubSubFormat.AVRO) { … }
 * PubSubFormat parsed = PubSubFormat.of("Avro");
 * }</pre>
 */
public final class PubSubFormat extends OpenEnum {
    private static final Values<PubSubFormat> VALUES = new Values<>(new BiFunction<String, Boolean, PubSubFormat>() {
        @Override
        public PubSubFormat apply(String value, Boolean known) {
            return new PubSubFormat(value, known);
        }
    });

    /** Wire value {@code JSONEachRow}. */
    public static final PubSubFormat JSON_EACH_ROW = VALUES.known("JSONEachRow");

    /** Wire value {@code Avro}. */
    public static final PubSubFormat AVRO = VALUES.known("Avro");

    /** Wire value {@code Protobuf}. */
    public static final PubSubFormat PROTOBUF = VALUES.known("Protobuf");

    private PubSubFormat(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static PubSubFormat of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<PubSubFormat> knownValues() {
        return VALUES.knownValues();
    }
}
