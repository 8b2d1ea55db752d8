package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;
import java.util.function.BiFunction;

/**
 * How a database pipe replicates (wire field {@code settings.replicationMode}): {@code cdc} (initial snapshot, then
 * change data capture), {@code snapshot} (one-off copy) or {@code cdc_only} (changes only). BigQuery pipes support
 * {@code snapshot} only.
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == ReplicationMode.SNAPSHOT) { … }
 * ReplicationMode parsed = ReplicationMode.of("snapshot");
 * }</pre>
 */
public final class ReplicationMode extends OpenEnum {
    private static final Values<ReplicationMode> VALUES =
            new Values<>(new BiFunction<String, Boolean, ReplicationMode>() {
                @Override
                public ReplicationMode apply(String value, Boolean known) {
                    return new ReplicationMode(value, known);
                }
            });

    /** Wire value {@code cdc}. */
    public static final ReplicationMode CDC = VALUES.known("cdc");

    /** Wire value {@code snapshot}. */
    public static final ReplicationMode SNAPSHOT = VALUES.known("snapshot");

    /** Wire value {@code cdc_only}. */
    public static final ReplicationMode CDC_ONLY = VALUES.known("cdc_only");

    private ReplicationMode(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static ReplicationMode of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<ReplicationMode> knownValues() {
        return VALUES.knownValues();
    }
}
