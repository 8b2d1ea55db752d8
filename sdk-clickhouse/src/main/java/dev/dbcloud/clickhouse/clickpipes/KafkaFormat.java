package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;
import java.util.function.BiFunction;

/**
 * The message format of a Kafka pipe (wire field {@code source.kafka.format}).
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == KafkaFormat.AVRO) { … }
 * KafkaFormat parsed = KafkaFormat.of("Avro");
 * }</pre>
 */
public final class KafkaFormat extends OpenEnum {
    private static final Values<KafkaFormat> VALUES = new Values<>(new BiFunction<String, Boolean, KafkaFormat>() {
        @Override
        public KafkaFormat apply(String value, Boolean known) {
            return new KafkaFormat(value, known);
        }
    });

    /** Wire value {@code JSONEachRow}. */
    public static final KafkaFormat JSON_EACH_ROW = VALUES.known("JSONEachRow");

    /** Wire value {@code Avro}. */
    public static final KafkaFormat AVRO = VALUES.known("Avro");

    /** Wire value {@code AvroConfluent}. */
    public static final KafkaFormat AVRO_CONFLUENT = VALUES.known("AvroConfluent");

    /** Wire value {@code Protobuf}. */
    public static final KafkaFormat PROTOBUF = VALUES.known("Protobuf");

    private KafkaFormat(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static KafkaFormat of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<KafkaFormat> knownValues() {
        return VALUES.knownValues();
    }
}
