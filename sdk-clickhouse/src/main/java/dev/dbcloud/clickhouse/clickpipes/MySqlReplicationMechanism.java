package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;
import java.util.function.BiFunction;

/**
 * How a MySQL pipe follows the binary log (wire field {@code settings.replicationMechanism}; the API defaults to {@code
 * GTID}).
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == MySqlReplicationMechanism.FILE_POS) { … }
 * MySqlReplicationMechanism parsed = MySqlReplicationMechanism.of("FILE_POS");
 * }</pre>
 */
public final class MySqlReplicationMechanism extends OpenEnum {
    private static final Values<MySqlReplicationMechanism> VALUES =
            new Values<>(new BiFunction<String, Boolean, MySqlReplicationMechanism>() {
                @Override
                public MySqlReplicationMechanism apply(String value, Boolean known) {
                    return new MySqlReplicationMechanism(value, known);
                }
            });

    /** Wire value {@code GTID}. */
    public static final MySqlReplicationMechanism GTID = VALUES.known("GTID");

    /** Wire value {@code FILE_POS}. */
    public static final MySqlReplicationMechanism FILE_POS = VALUES.known("FILE_POS");

    private MySqlReplicationMechanism(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static MySqlReplicationMechanism of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<MySqlReplicationMechanism> knownValues() {
        return VALUES.knownValues();
    }
}
