package dev.dbcloud.crunchy;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;

/**
 * The state of an ongoing cluster operation ({@code state}).
 *
 * <p>An open enumeration: a value this SDK does not know yet is kept as read (see {@link OpenEnum}); {@link
 * #isKnown()} tells which, and the value is written back exactly as read. Compare with {@code equals}.
 *
 * <pre>{@code
 * for (ClusterOperation op : cb.clusters().upgrades().get(clusterId).operations()) {
 *     if (op.state().equals(OperationState.SCHEDULED)) { … }
 * }
 * OperationState parsed = OperationState.of("in_progress");        // the same instance as IN_PROGRESS
 * }</pre>
 */
public final class OperationState extends OpenEnum {
    private static final Values<OperationState> VALUES = new Values<>(OperationState::new);

    /** {@code canceling}. */
    public static final OperationState CANCELING = VALUES.known("canceling");

    /** {@code creating}. */
    public static final OperationState CREATING = VALUES.known("creating");

    /** {@code creation_failed}. */
    public static final OperationState CREATION_FAILED = VALUES.known("creation_failed");

    /** {@code destroying}. */
    public static final OperationState DESTROYING = VALUES.known("destroying");

    /** {@code disabling_ha}. */
    public static final OperationState DISABLING_HA = VALUES.known("disabling_ha");

    /** {@code enabling_ha}. */
    public static final OperationState ENABLING_HA = VALUES.known("enabling_ha");

    /** {@code failing_over}. */
    public static final OperationState FAILING_OVER = VALUES.known("failing_over");

    /** {@code finalizing}. */
    public static final OperationState FINALIZING = VALUES.known("finalizing");

    /** {@code in_progress}. */
    public static final OperationState IN_PROGRESS = VALUES.known("in_progress");

    /** {@code ready}. */
    public static final OperationState READY = VALUES.known("ready");

    /** {@code replaying}. */
    public static final OperationState REPLAYING = VALUES.known("replaying");

    /** {@code replaying_wal}. */
    public static final OperationState REPLAYING_WAL = VALUES.known("replaying_wal");

    /** {@code restarting}. */
    public static final OperationState RESTARTING = VALUES.known("restarting");

    /** {@code restoring}. */
    public static final OperationState RESTORING = VALUES.known("restoring");

    /** {@code resuming}. */
    public static final OperationState RESUMING = VALUES.known("resuming");

    /** {@code scheduled}. */
    public static final OperationState SCHEDULED = VALUES.known("scheduled");

    /** {@code starting}. */
    public static final OperationState STARTING = VALUES.known("starting");

    /** {@code suspended}. */
    public static final OperationState SUSPENDED = VALUES.known("suspended");

    /** {@code suspending}. */
    public static final OperationState SUSPENDING = VALUES.known("suspending");

    /** {@code waiting_for_ha_standby}. */
    public static final OperationState WAITING_FOR_HA_STANDBY = VALUES.known("waiting_for_ha_standby");

    private OperationState(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown value holding it.
     *
     * @param value the value as the API spells it
     * @return the value
     */
    @JsonCreator
    public static OperationState of(String value) {
        return VALUES.of(value);
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values, in declaration order
     */
    public static Collection<OperationState> knownValues() {
        return VALUES.knownValues();
    }
}
