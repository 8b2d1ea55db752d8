package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;
import java.util.function.BiFunction;

/**
 * The record format of a Kinesis pipe (wire field {@code source.kinesis.format}).
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == KinesisFormat.AVRO) { … }
 * KinesisFormat parsed = KinesisFormat.of("Avro");
 * }</pre>
 */
public final class KinesisFormat extends OpenEnum {
    private static final Values<KinesisFormat> VALUES = new Values<>(new BiFunction<String, Boolean, KinesisFormat>() {
        @Override
        public KinesisFormat apply(String value, Boolean known) {
            return new KinesisFormat(value, known);
        }
    });

    /** Wire value {@code JSONEachRow}. */
    public static final KinesisFormat JSON_EACH_ROW = VALUES.known("JSONEachRow");

    /** Wire value {@code Avro}. */
    public static final KinesisFormat AVRO = VALUES.known("Avro");

    /** Wire value {@code AvroConfluent}. */
    public static final KinesisFormat AVRO_CONFLUENT = VALUES.known("AvroConfluent");

    private KinesisFormat(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static KinesisFormat of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<KinesisFormat> knownValues() {
        return VALUES.knownValues();
    }
}
