package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;
import java.util.function.BiFunction;

/**
 * How a Kafka pipe authenticates to the brokers (wire field {@code source.kafka.authentication}). Which methods a
 * broker type allows: kafka {@code PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, MUTUAL_TLS}; msk {@code SCRAM-SHA-512,
 * IAM_ROLE, IAM_USER, MUTUAL_TLS}; gcmk and confluent {@code PLAIN, MUTUAL_TLS}; warpstream and azureeventhub {@code
 * PLAIN}; redpanda {@code SCRAM-SHA-256, SCRAM-SHA-512, MUTUAL_TLS}; dokafka {@code SCRAM-SHA-256, MUTUAL_TLS}.
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == KafkaAuthentication.SCRAM_SHA_256) { … }
 * KafkaAuthentication parsed = KafkaAuthentication.of("SCRAM-SHA-256");
 * }</pre>
 */
public final class KafkaAuthentication extends OpenEnum {
    private static final Values<KafkaAuthentication> VALUES =
            new Values<>(new BiFunction<String, Boolean, KafkaAuthentication>() {
                @Override
                public KafkaAuthentication apply(String value, Boolean known) {
                    return new KafkaAuthentication(value, known);
                }
            });

    /** Wire value {@code PLAIN}. */
    public static final KafkaAuthentication PLAIN = VALUES.known("PLAIN");

    /** Wire value {@code SCRAM-SHA-256}. */
    public static final KafkaAuthentication SCRAM_SHA_256 = VALUES.known("SCRAM-SHA-256");

    /** Wire value {@code SCRAM-SHA-512}. */
    public static final KafkaAuthentication SCRAM_SHA_512 = VALUES.known("SCRAM-SHA-512");

    /** Wire value {@code IAM_ROLE}. */
    public static final KafkaAuthentication IAM_ROLE = VALUES.known("IAM_ROLE");

    /** Wire value {@code IAM_USER}. */
    public static final KafkaAuthentication IAM_USER = VALUES.known("IAM_USER");

    /** Wire value {@code MUTUAL_TLS}. */
    public static final KafkaAuthentication MUTUAL_TLS = VALUES.known("MUTUAL_TLS");

    private KafkaAuthentication(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static KafkaAuthentication of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<KafkaAuthentication> knownValues() {
        return VALUES.knownValues();
    }
}
