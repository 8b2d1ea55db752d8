package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;
import java.util.function.BiFunction;

/**
 * The lifecycle state of a ClickPipe (wire field {@code state}, PascalCase). Database pipes move through {@code
 * Provisioning, Setup, Snapshot, Running} with {@code Pausing, Paused, Modifying, Resync}; streaming and object storage
 * pipes use {@code Provisioning, Running, Stopping, Stopped}, {@code Completed} (a one-off object storage load), {@code
 * Failed} and {@code InternalError}.
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == ClickPipeState.PROVISIONING) { … }
 * ClickPipeState parsed = ClickPipeState.of("Provisioning");
 * }</pre>
 */
public final class ClickPipeState extends OpenEnum {
    private static final Values<ClickPipeState> VALUES =
            new Values<>(new BiFunction<String, Boolean, ClickPipeState>() {
                @Override
                public ClickPipeState apply(String value, Boolean known) {
                    return new ClickPipeState(value, known);
                }
            });

    /** Wire value {@code Unknown}. */
    public static final ClickPipeState UNKNOWN = VALUES.known("Unknown");

    /** Wire value {@code Provisioning}. */
    public static final ClickPipeState PROVISIONING = VALUES.known("Provisioning");

    /** Wire value {@code Running}. */
    public static final ClickPipeState RUNNING = VALUES.known("Running");

    /** Wire value {@code Degraded}. */
    public static final ClickPipeState DEGRADED = VALUES.known("Degraded");

    /** Wire value {@code Stopping}. */
    public static final ClickPipeState STOPPING = VALUES.known("Stopping");

    /** Wire value {@code Stopped}. */
    public static final ClickPipeState STOPPED = VALUES.known("Stopped");

    /** Wire value {@code Failed}. */
    public static final ClickPipeState FAILED = VALUES.known("Failed");

    /** Wire value {@code Completed}. */
    public static final ClickPipeState COMPLETED = VALUES.known("Completed");

    /** Wire value {@code InternalError}. */
    public static final ClickPipeState INTERNAL_ERROR = VALUES.known("InternalError");

    /** Wire value {@code Setup}. */
    public static final ClickPipeState SETUP = VALUES.known("Setup");

    /** Wire value {@code Snapshot}. */
    public static final ClickPipeState SNAPSHOT = VALUES.known("Snapshot");

    /** Wire value {@code Paused}. */
    public static final ClickPipeState PAUSED = VALUES.known("Paused");

    /** Wire value {@code Pausing}. */
    public static final ClickPipeState PAUSING = VALUES.known("Pausing");

    /** Wire value {@code Modifying}. */
    public static final ClickPipeState MODIFYING = VALUES.known("Modifying");

    /** Wire value {@code Resync}. */
    public static final ClickPipeState RESYNC = VALUES.known("Resync");

    private ClickPipeState(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static ClickPipeState of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<ClickPipeState> knownValues() {
        return VALUES.knownValues();
    }
}
