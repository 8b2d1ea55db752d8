package dev.dbcloud.crunchy;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;

/**
 * What a restart restarts ({@code service}): Postgres only, or the whole server (the API's default).
 *
 * <p>An open enumeration: a value this SDK does not know yet is kept as read (see {@link OpenEnum}); {@link
 * #isKnown()} tells which, and the value is written back exactly as read. Compare with {@code equals}.
 *
 * <pre>{@code
 * cb.clusters().restart(clusterId, RestartService.POSTGRES);       // Postgres only
 * cb.clusters().restart(clusterId);                                // the whole server, the API's default
 * }</pre>
 */
public final class RestartService extends OpenEnum {
    private static final Values<RestartService> VALUES = new Values<>(RestartService::new);

    /** {@code postgres}. */
    public static final RestartService POSTGRES = VALUES.known("postgres");

    /** {@code server}. */
    public static final RestartService SERVER = VALUES.known("server");

    private RestartService(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown value holding it.
     *
     * @param value the value as the API spells it
     * @return the value
     */
    @JsonCreator
    public static RestartService of(String value) {
        return VALUES.of(value);
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values, in declaration order
     */
    public static Collection<RestartService> knownValues() {
        return VALUES.knownValues();
    }
}
