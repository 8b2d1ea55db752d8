package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;
import java.util.function.BiFunction;

/**
 * The protocol of a service endpoint (wire field {@code protocol}); only {@code mysql} can be toggled.
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == EndpointProtocol.HTTPS) { … }
 * EndpointProtocol parsed = EndpointProtocol.of("https");
 * }</pre>
 */
public final class EndpointProtocol extends OpenEnum {
    private static final Values<EndpointProtocol> VALUES =
            new Values<>(new BiFunction<String, Boolean, EndpointProtocol>() {
                @Override
                public EndpointProtocol apply(String value, Boolean known) {
                    return new EndpointProtocol(value, known);
                }
            });

    /** Wire value {@code https}. */
    public static final EndpointProtocol HTTPS = VALUES.known("https");

    /** Wire value {@code nativesecure}. */
    public static final EndpointProtocol NATIVESECURE = VALUES.known("nativesecure");

    /** Wire value {@code mysql}. */
    public static final EndpointProtocol MYSQL = VALUES.known("mysql");

    private EndpointProtocol(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static EndpointProtocol of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<EndpointProtocol> knownValues() {
        return VALUES.knownValues();
    }
}
