package dev.dbcloud.clickhouse.tinybird;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;
import java.util.function.BiFunction;

/**
 * A role that receives a share of a dedicated cluster's traffic, the first key of every {@link Weights} object.
 *
 * <p>Forward compatible: a role Tinybird adds later is kept as an unknown instance ({@link #isKnown()} is false)
 * instead of failing the call, and is written back exactly as read, so such weights still work as {@code
 * old_weights}. Compare with {@code ==} or {@code equals}; see {@link OpenEnum}.
 *
 * <pre>{@code
 * Map<String, Integer> writers = cluster.clusterWeights().forRole(ClusterRole.WRITER);
 * ClusterRole parsed = ClusterRole.of("reader");          // ClusterRole.READER
 * ClusterRole future = ClusterRole.of("analytics");       // future.isKnown() == false, future.value() == "analytics"
 * }</pre>
 */
public final class ClusterRole extends OpenEnum {
    private static final Values<ClusterRole> VALUES = new Values<>(new BiFunction<String, Boolean, ClusterRole>() {
        @Override
        public ClusterRole apply(String value, Boolean known) {
            return new ClusterRole(value, known);
        }
    });

    /** Replicas that ingest data ({@code writer}). */
    public static final ClusterRole WRITER = VALUES.known("writer");

    /** Replicas that answer queries ({@code reader}). */
    public static final ClusterRole READER = VALUES.known("reader");

    /** Replicas that run copy jobs ({@code copyjob}). */
    public static final ClusterRole COPYJOB = VALUES.known("copyjob");

    private ClusterRole(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown value that keeps it.
     *
     * @param value the value exactly as the API spells it
     * @return the matching value
     */
    @JsonCreator
    public static ClusterRole of(String value) {
        return VALUES.of(value);
    }

    /**
     * The values this SDK version declares, in declaration order.
     *
     * @return the known values
     */
    public static Collection<ClusterRole> knownValues() {
        return VALUES.knownValues();
    }
}
