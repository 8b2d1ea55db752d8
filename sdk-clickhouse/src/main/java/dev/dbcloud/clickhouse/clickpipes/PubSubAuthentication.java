package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;
import java.util.function.BiFunction;

/**
 * How a Pub/Sub pipe authenticates to Google Cloud (wire field {@code source.pubsub.authentication}).
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == PubSubAuthentication.SERVICE_ACCOUNT) { … }
 * PubSubAuthentication parsed = PubSubAuthentication.of("SERVICE_ACCOUNT");
 * }</pre>
 */
public final class PubSubAuthentication extends OpenEnum {
    private static final Values<PubSubAuthentication> VALUES =
            new Values<>(new BiFunction<String, Boolean, PubSubAuthentication>() {
                @Override
                public PubSubAuthentication apply(String value, Boolean known) {
                    return new PubSubAuthentication(value, known);
                }
            });

    /** Wire value {@code SERVICE_ACCOUNT}. */
    public static final PubSubAuthentication SERVICE_ACCOUNT = VALUES.known("SERVICE_ACCOUNT");

    private PubSubAuthentication(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static PubSubAuthentication of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<PubSubAuthentication> knownValues() {
        return VALUES.knownValues();
    }
}
