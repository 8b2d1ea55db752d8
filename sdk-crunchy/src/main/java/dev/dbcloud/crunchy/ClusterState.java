package dev.dbcloud.crunchy;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;

/**
 * The state of a cluster ({@code state}), as {@code GET /clusters/{id}/status} reports it.
 *
 * <p>An open enumeration: a value this SDK does not know yet is kept as read (see {@link OpenEnum}); {@link
 * #isKnown()} tells which, and the value is written back exactly as read. Compare with {@code equals}.
 *
 * <pre>{@code
 * ClusterStatus status = cb.clusters().status(clusterId);
 * if (status.state().filter(ClusterState.SUSPENDED::equals).isPresent()) {
 *     cb.clusters().resume(clusterId);
 * }
 * ClusterState later = ClusterState.of("hibernating");             // unknown: isKnown() is false
 * }</pre>
 */
public final class ClusterState extends OpenEnum {
    private static final Values<ClusterState> VALUES = new Values<>(ClusterState::new);

    /** {@code creating}. */
    public static final ClusterState CREATING = VALUES.known("creating");

    /** {@code creation_failed}: provisioning failed; {@link Clusters#waitUntilReady} stops on it. */
    public static final ClusterState CREATION_FAILED = VALUES.known("creation_failed");

    /** {@code destroying}. */
    public static final ClusterState DESTROYING = VALUES.known("destroying");

    /** {@code failed}: the cluster failed; {@link Clusters#waitUntilReady} stops on it. */
    public static final ClusterState FAILED = VALUES.known("failed");

    /** {@code finalizing}. */
    public static final ClusterState FINALIZING = VALUES.known("finalizing");

    /** {@code ready}. */
    public static final ClusterState READY = VALUES.known("ready");

    /** {@code replaying}. */
    public static final ClusterState REPLAYING = VALUES.known("replaying");

    /** {@code restarting}. */
    public static final ClusterState RESTARTING = VALUES.known("restarting");

    /** {@code restoring}. */
    public static final ClusterState RESTORING = VALUES.known("restoring");

    /** {@code resuming}. */
    public static final ClusterState RESUMING = VALUES.known("resuming");

    /** {@code starting}. */
    public static final ClusterState STARTING = VALUES.known("starting");

    /** {@code suspended}. */
    public static final ClusterState SUSPENDED = VALUES.known("suspended");

    /** {@code suspending}. */
    public static final ClusterState SUSPENDING = VALUES.known("suspending");

    /**
     * {@code unknown}: the API itself could not tell the state (bridge-cli lists it). Not to be confused with a
     * value this SDK does not know, which {@link #isKnown()} reports.
     */
    public static final ClusterState UNKNOWN = VALUES.known("unknown");

    private ClusterState(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown value holding it.
     *
     * @param value the value as the API spells it
     * @return the value
     */
    @JsonCreator
    public static ClusterState of(String value) {
        return VALUES.of(value);
    }

    /**
     * The values this SDK version knows.
     *
     * @return the known values, in declaration order
     */
    public static Collection<ClusterState> knownValues() {
        return VALUES.knownValues();
    }
}
