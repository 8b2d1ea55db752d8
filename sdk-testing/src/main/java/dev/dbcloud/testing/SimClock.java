package dev.dbcloud.testing;

import dev.dbcloud.core.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The local cloud's accelerated time. Work that takes simulated time (a cluster provisioning for two minutes, a
 * replica being added) finishes after that duration divided by {@link #speed()} of real time: at speed 60, a
 * two-minute provisioning takes two real seconds.
 *
 * <p>Give the clients talking to the local cloud both {@link #sleeper()} and {@link #clock()}, so their retry
 * pauses and polling intervals are accelerated, and a waiter's timeout is simulated time too: a 30-minute timeout
 * then gives up after 30 minutes / speed of real time if the awaited state never comes. {@link
 * LocalCloudExtension} builds its clients so.
 *
 * <pre>{@code
 * CrunchyBridgeClient cb = CrunchyBridgeClient.builder()
 *         .baseUrl(cloud.crunchyBridgeUrl())
 *         .credentials(Credentials.bearer(cloud.crunchyBridgeApiKey()))
 *         .clock(cloud.clock().clock())         // timeouts in simulated time
 *         .sleeper(cloud.clock().sleeper())     // a 5 s poll interval becomes 5 s / speed
 *         .build();
 * }</pre>
 *
 * <p>Timestamps the simulators report ({@code created_at}, {@code oldest_backup_at}) are wall-clock time ({@link
 * #now()}), which such a client's clock runs ahead of: compare them with {@link #now()}, and give a Crunchy Bridge
 * fork a {@code target_time} no later than {@link #now()} (the simulator refuses one in the future by its clock).
 * A client on the wall clock instead waits its timeouts in real time: pass it {@link #toReal(Duration)} of a
 * simulated duration.
 */
public final class SimClock {
    private final double speed;
    private final Instant origin = Instant.now();
    private final long originNanos = System.nanoTime();

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

    /**
     * Simulated time as a {@link Clock}: it starts at the wall-clock instant the local cloud started and runs
     * {@link #speed()} times faster, so that a timeout measured on it is a simulated duration. Use it for waits of
     * your own against the local cloud, e.g. {@code Poller.builder(…).clock(cloud.clock().clock())
     * .sleeper(cloud.clock().sleeper())}: a 90-minute timeout then gives up after 90 minutes / speed of real
     * time, instead of polling for 90 real minutes if the awaited state never comes.
     *
     * @return the accelerated clock, in UTC
     */
    public Clock clock() {
        return new Accelerated(ZoneOffset.UTC);
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

    /** {@link #clock()}: the origin plus the real time elapsed since, times the speed. */
    private final class Accelerated extends Clock {
        private final ZoneId zone;

        Accelerated(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new Accelerated(zone);
        }

        @Override
        public Instant instant() {
            return origin.plusNanos((long) ((System.nanoTime() - originNanos) * speed));
        }

        @Override
        public String toString() {
            return "SimClock.clock{speed=" + speed + "x, zone=" + zone + "}";
        }
    }
}
