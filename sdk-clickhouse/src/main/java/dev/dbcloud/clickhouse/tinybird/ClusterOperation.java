package dev.dbcloud.clickhouse.tinybird;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;
import java.util.function.BiFunction;

/**
 * The asynchronous operation a write call started ({@code operation} on the wire).
 *
 * <p>Forward compatible: an operation name Tinybird adds later is kept as an unknown instance ({@link #isKnown()}
 * is false) instead of failing the call, and is written back exactly as read; see {@link OpenEnum}.
 *
 * <pre>{@code
 * WeightsUpdated updated = clusters.rebalance(clusterId, weights);
 * if (updated.operation().orElse(null) == ClusterOperation.WEIGHT_UPDATE_REQUESTED) {
 *     clusters.waitUntilIdle(clusterId, Duration.ofMinutes(30));
 * }
 * ClusterOperation parsed = ClusterOperation.of("replica_add_requested");   // ClusterOperation.REPLICA_ADD_REQUESTED
 * }</pre>
 */
public final class ClusterOperation extends OpenEnum {
    private static final Values<ClusterOperation> VALUES =
            new Values<>(new BiFunction<String, Boolean, ClusterOperation>() {
                @Override
                public ClusterOperation apply(String value, Boolean known) {
                    return new ClusterOperation(value, known);
                }
            });

    /** A rebalance of traffic weights was accepted. */
    public static final ClusterOperation WEIGHT_UPDATE_REQUESTED = VALUES.known("weight_update_requested");

    /** A replica is being added. */
    public static final ClusterOperation REPLICA_ADD_REQUESTED = VALUES.known("replica_add_requested");

    /** A replica is being removed. */
    public static final ClusterOperation REPLICA_DELETE_REQUESTED = VALUES.known("replica_delete_requested");

    private ClusterOperation(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown value that keeps it.
     *
     * @param value the value exactly as the API spells it
     * @return the matching value
     */
    @JsonCreator
    public static ClusterOperation of(String value) {
        return VALUES.of(value);
    }

    /**
     * The values this SDK version declares, in declaration order.
     *
     * @return the known values
     */
    public static Collection<ClusterOperation> knownValues() {
        return VALUES.knownValues();
    }
}
