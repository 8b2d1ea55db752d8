package dev.dbcloud.postgres;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;

/**
 * The lifecycle state of a Managed Postgres instance (wire field {@code state}). A new instance goes {@code
 * creating} → {@code running}; a restart passes through {@code restarting}; a restore through {@code
 * restoring_backup}, {@code replaying_wal} and {@code finalizing_restore}. There is no stop command although
 * {@code stopped} exists (added July 2026, so older tools do not know it).
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == InstanceState.RUNNING) { … }
 * InstanceState parsed = InstanceState.of("running");
 * }</pre>
 */
public final class InstanceState extends OpenEnum {
    private static final Values<InstanceState> VALUES = new Values<>(InstanceState::new);

    /** Wire value {@code creating}. Being provisioned. */
    public static final InstanceState CREATING = VALUES.known("creating");

    /** Wire value {@code restarting}. */
    public static final InstanceState RESTARTING = VALUES.known("restarting");

    /** Wire value {@code running}. Ready to accept connections. */
    public static final InstanceState RUNNING = VALUES.known("running");

    /** Wire value {@code replaying_wal}. */
    public static final InstanceState REPLAYING_WAL = VALUES.known("replaying_wal");

    /** Wire value {@code restoring_backup}. */
    public static final InstanceState RESTORING_BACKUP = VALUES.known("restoring_backup");

    /** Wire value {@code finalizing_restore}. */
    public static final InstanceState FINALIZING_RESTORE = VALUES.known("finalizing_restore");

    /** Wire value {@code unavailable}. */
    public static final InstanceState UNAVAILABLE = VALUES.known("unavailable");

    /**
     * Wire value {@code stopped}. The API has no command to start an instance again, so the waiters of {@link
     * Instances} give up when they read it (unless {@code stopped} or {@code deleting} is awaited).
     */
    public static final InstanceState STOPPED = VALUES.known("stopped");

    /** Wire value {@code deleting}. Nothing follows it; the waiters of {@link Instances} give up when they read it. */
    public static final InstanceState DELETING = VALUES.known("deleting");

    private InstanceState(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static InstanceState of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<InstanceState> knownValues() {
        return VALUES.knownValues();
    }
}
