package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.dbcloud.core.OpenEnum;
import java.util.Collection;
import java.util.function.BiFunction;

/**
 * The lifecycle state of a service (wire field {@code state}, snake_case).
 *
 * <p>Forward compatible: a value the API adds later is kept as an unknown instance ({@link #isKnown()} is
 * false) instead of failing the call, and is written back exactly as read.
 *
 * <pre>{@code
 * if (value == ServiceState.RUNNING) { … }
 * ServiceState parsed = ServiceState.of("running");
 * }</pre>
 */
public final class ServiceState extends OpenEnum {
    private static final Values<ServiceState> VALUES = new Values<>(new BiFunction<String, Boolean, ServiceState>() {
        @Override
        public ServiceState apply(String value, Boolean known) {
            return new ServiceState(value, known);
        }
    });

    /** Wire value {@code provisioning}. */
    public static final ServiceState PROVISIONING = VALUES.known("provisioning");

    /** Wire value {@code starting}. */
    public static final ServiceState STARTING = VALUES.known("starting");

    /** Wire value {@code running}. */
    public static final ServiceState RUNNING = VALUES.known("running");

    /** Wire value {@code stopping}. */
    public static final ServiceState STOPPING = VALUES.known("stopping");

    /** Wire value {@code stopped}. */
    public static final ServiceState STOPPED = VALUES.known("stopped");

    /** Wire value {@code idle}. */
    public static final ServiceState IDLE = VALUES.known("idle");

    /** Wire value {@code awaking}. */
    public static final ServiceState AWAKING = VALUES.known("awaking");

    /** Wire value {@code partially_running}. */
    public static final ServiceState PARTIALLY_RUNNING = VALUES.known("partially_running");

    /** Wire value {@code degraded}. */
    public static final ServiceState DEGRADED = VALUES.known("degraded");

    /** Wire value {@code failed}. */
    public static final ServiceState FAILED = VALUES.known("failed");

    /** Wire value {@code terminating}. */
    public static final ServiceState TERMINATING = VALUES.known("terminating");

    /** Wire value {@code terminated}. */
    public static final ServiceState TERMINATED = VALUES.known("terminated");

    /** Wire value {@code softdeleting}. */
    public static final ServiceState SOFTDELETING = VALUES.known("softdeleting");

    /** Wire value {@code softdeleted}. */
    public static final ServiceState SOFTDELETED = VALUES.known("softdeleted");

    private ServiceState(String value, boolean known) {
        super(value, known);
    }

    /**
     * Returns the constant for a wire value, or an unknown instance holding it.
     *
     * @param value the wire value
     * @return the matching value
     */
    @JsonCreator
    public static ServiceState of(String value) {
        return VALUES.of(value);
    }

    /**
     * All values this SDK version knows, in declaration order.
     *
     * @return the known values
     */
    public static Collection<ServiceState> knownValues() {
        return VALUES.knownValues();
    }
}
