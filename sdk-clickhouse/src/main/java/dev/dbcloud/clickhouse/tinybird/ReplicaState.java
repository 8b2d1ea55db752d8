package dev.dbcloud.clickhouse.tinybird;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;
import java.util.function.BiFunction;

/**
 * The state of one replica of a dedicated cluster ({@code replicas.<name>.state} on the wire). The API documents
 * only {@code running} and {@code adding}.
 *
 * <p>Forward compatible: any other state is kept as an unknown instance ({@link #isKnown()} is false) instead of
 * failing the call, and is written back exactly as read; see {@link OpenEnum}.
 *
 * <pre>{@code
 * Replica replica = cluster.replicas().get("replica-2");
 * if (replica.state().orElse(null) == ReplicaState.ADDING) { … }
 * ReplicaState parsed = ReplicaState.of("running");       // ReplicaState.RUNNING
 * }</pre>
 */
public final class ReplicaState extends OpenEnum {
    private static final Values<ReplicaState> VALUES = new Values<>(new BiFunction<String, Boolean, ReplicaState>() {
        @Override
        public ReplicaState apply(String value, Boolean known) {
            return new ReplicaState(value, known);
        }
    });

    /** The replica serves traffic ({@code running}). */
    public static final ReplicaState RUNNING = VALUES.known("running");

    /** The replica is being created after an add-replica request ({@code adding}). */
    public static final ReplicaState ADDING = VALUES.known("adding");

    private ReplicaState(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown value that keeps it.
     *
     * @param value the value exactly as the API spells it
     * @return the matching value
     */
    @JsonCreator
    public static ReplicaState of(String value) {
        return VALUES.of(value);
    }

    /**
     * The values this SDK version declares, in declaration order.
     *
     * @return the known values
     */
    public static Collection<ReplicaState> knownValues() {
        return VALUES.knownValues();
    }
}
