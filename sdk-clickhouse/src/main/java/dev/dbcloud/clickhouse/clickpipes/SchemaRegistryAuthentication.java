package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;
import java.util.function.BiFunction;

/**
 * How a Kafka pipe authenticates to its schema registry (wire field {@code
 * source.kafka.schemaRegistry.authentication}).
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == SchemaRegistryAuthentication.PLAIN) { … }
 * SchemaRegistryAuthentication parsed = SchemaRegistryAuthentication.of("PLAIN");
 * }</pre>
 */
public final class SchemaRegistryAuthentication extends OpenEnum {
    private static final Values<SchemaRegistryAuthentication> VALUES =
            new Values<>(new BiFunction<String, Boolean, SchemaRegistryAuthentication>() {
                @Override
                public SchemaRegistryAuthentication apply(String value, Boolean known) {
                    return new SchemaRegistryAuthentication(value, known);
                }
            });

    /** Wire value {@code PLAIN}. */
    public static final SchemaRegistryAuthentication PLAIN = VALUES.known("PLAIN");

    private SchemaRegistryAuthentication(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static SchemaRegistryAuthentication of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<SchemaRegistryAuthentication> knownValues() {
        return VALUES.knownValues();
    }
}
