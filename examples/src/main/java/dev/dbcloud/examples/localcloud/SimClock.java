package dev.dbcloud.examples.localcloud;

import dev.dbcloud.core.Sleeper;
import java.time.Duration;
import java.time.Instant;

/**
 * The local cloud's accelerated time. Work that takes simulated time (a cluster provisioning for two minutes, a
 * replica being added) finishes after that duration divided by {@link #speed()} of real time: at speed 60, a
 * two-minute provisioning takes two real seconds.
 *
 * <p>Timestamps the simulators report ({@code created_at}, {@code oldest_backup_at}) are wall-clock time, so they
 * agree with the clock of the clients talking to the local cloud. Give those clients {@link #sleeper()} so their
 * retry pauses and polling intervals are accelerated too:
 *
 * <pre>{@code
 * CrunchyBridgeClient cb = CrunchyBridgeClient.builder()
 *         .baseUrl(cloud.crunchyBridgeUrl())
 *         .credentials(Credentials.bearer(cloud.crunchyBridgeApiKey()))
 *         .sleeper(cloud.clock().sleeper())     // a 5 s poll interval becomes 5 s / speed
 *         .build();
 * }</pre>
 */
public final class SimClock {
    private final double speed;

    SimClock(double speed) {
        if (!(speed >= 1.0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be a finite number >= 1 but was " + speed);
        }
        this.speed = speed;
    }

    /** @return how many simulated seconds pass in one real second */
    public double speed() {
        return speed;
    }

    /**
     * Converts a simulated duration into the real time it takes.
     *
     * @param simulated a simulated duration
     * @return the real duration, at least zero
     */
    public Duration toReal(Duration simulated) {
        if (simulated.isNegative() || simulated.isZero()) {
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) Math.ceil(simulated.toNanos() / speed));
    }

    /**
     * A sleeper that pauses for the real equivalent of the simulated duration it is asked for; hand it to clients
     * of the local cloud.
     *
     * @return the accelerated sleeper
     */
    public Sleeper sleeper() {
        return simulated -> Sleeper.SYSTEM.sleep(toReal(simulated));
    }

    /** @return the current wall-clock instant, as the simulators stamp resources */
    public Instant now() {
        return Instant.now();
    }

    /** The moment, on the monotonic clock, at which a simulated duration from now has passed. */
    long deadline(Duration simulated) {
        return System.nanoTime() + toReal(simulated).toNanos();
    }

    /** Whether a {@link #deadline(Duration)} has passed. */
    boolean passed(long deadline) {
        return System.nanoTime() - deadline >= 0;
    }

    @Override
    public String toString() {
        return "SimClock{speed=" + speed + "x}";
    }
}
