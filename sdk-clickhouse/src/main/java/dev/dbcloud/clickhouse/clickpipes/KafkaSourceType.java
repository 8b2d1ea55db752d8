package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;
import java.util.function.BiFunction;

/**
 * The kind of Kafka-compatible broker a Kafka pipe reads from (wire field {@code source.kafka.type}).
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == KafkaSourceType.REDPANDA) { … }
 * KafkaSourceType parsed = KafkaSourceType.of("redpanda");
 * }</pre>
 */
public final class KafkaSourceType extends OpenEnum {
    private static final Values<KafkaSourceType> VALUES =
            new Values<>(new BiFunction<String, Boolean, KafkaSourceType>() {
                @Override
                public KafkaSourceType apply(String value, Boolean known) {
                    return new KafkaSourceType(value, known);
                }
            });

    /** Wire value {@code kafka}. */
    public static final KafkaSourceType KAFKA = VALUES.known("kafka");

    /** Wire value {@code redpanda}. */
    public static final KafkaSourceType REDPANDA = VALUES.known("redpanda");

    /** Wire value {@code msk}. */
    public static final KafkaSourceType MSK = VALUES.known("msk");

    /** Wire value {@code gcmk}. */
    public static final KafkaSourceType GCMK = VALUES.known("gcmk");

    /** Wire value {@code confluent}. */
    public static final KafkaSourceType CONFLUENT = VALUES.known("confluent");

    /** Wire value {@code warpstream}. */
    public static final KafkaSourceType WARPSTREAM = VALUES.known("warpstream");

    /** Wire value {@code azureeventhub}. */
    public static final KafkaSourceType AZUREEVENTHUB = VALUES.known("azureeventhub");

    /** Wire value {@code dokafka}. */
    public static final KafkaSourceType DOKAFKA = VALUES.known("dokafka");

    private KafkaSourceType(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static KafkaSourceType of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<KafkaSourceType> knownValues() {
        return VALUES.knownValues();
    }
}
