package dev.dbcloud.examples;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.core.Poller;
import dev.dbcloud.core.Sleeper;
import dev.dbcloud.testing.LocalCloud;
import dev.dbcloud.testing.SimClock;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What the example programs print, with the real time elapsed since the program started, and whether they may
 * change anything: against a real API only with {@code --yes-really}, against the local cloud always.
 *
 * <p>The programs state their patience in the time a real API takes (a service may take 90 minutes to come up).
 * Against the local cloud that is simulated time: {@link #watch} measures its timeout on the {@link SimClock}'s
 * accelerated clock, and {@link #patience(Duration)} divides a timeout given to an SDK waiter (which measures it
 * on the client's wall clock) by the speed. So a state that never comes fails the program after 90 minutes /
 * speed, not after 90 real minutes of accelerated polling.
 */
final class Narrator {
    private final PrintStream out;
    private final Sleeper sleeper;
    private final Clock clock;
    private final double speed;
    private final boolean writesAllowed;
    private final long started = System.nanoTime();

    private Narrator(PrintStream out, Sleeper sleeper, Clock clock, double speed, boolean writesAllowed) {
        this.out = requireNonNull(out, "out == null");
        this.sleeper = requireNonNull(sleeper, "sleeper == null");
        this.clock = requireNonNull(clock, "clock == null");
        this.speed = speed;
        this.writesAllowed = writesAllowed;
    }

    /** Prints to {@code out}, waiting and measuring patience in the simulated time of {@code clock}. */
    Narrator(PrintStream out, SimClock clock, boolean writesAllowed) {
        this(out, clock.sleeper(), clock.clock(), clock.speed(), writesAllowed);
    }

    /** For a program against the local cloud: accelerated waiting, every change allowed. */
    static Narrator local(PrintStream out, LocalCloud cloud) {
        Narrator narrator = new Narrator(out, cloud.clock(), true);
        narrator.step(String.format(
                Locale.ROOT,
                "local cloud running (no credentials in the environment); time runs %.0fx faster",
                cloud.clock().speed()));
        return narrator;
    }

    /** For a program against a real API: real waiting; changes only when confirmed. */
    static Narrator live(PrintStream out, String api, boolean confirmed) {
        Narrator narrator = new Narrator(out, Sleeper.SYSTEM, Clock.systemUTC(), 1, confirmed);
        narrator.step("running against the real " + api + " API (credentials found in the environment)"
                + (confirmed ? "; --yes-really given: changes will be made" : "; read-only without --yes-really"));
        return narrator;
    }

    boolean writesAllowed() {
        return writesAllowed;
    }

    /**
     * The timeout to give an SDK waiter, which measures it on the client's wall clock, for a wait that may take
     * {@code simulated} at a real API: that duration divided by the local cloud's speed, or itself for a real API.
     */
    Duration patience(Duration simulated) {
        return speed == 1 ? simulated : Duration.ofNanos((long) Math.ceil(simulated.toNanos() / speed));
    }

    void section(String title) {
        out.println();
        out.println("=== " + title + " ===");
    }

    void step(String text) {
        out.printf(Locale.ROOT, "[%6.2fs] %s%n", elapsedSeconds(), text);
    }

    void detail(String text) {
        out.println("          " + text);
    }

    /** Says what a program would change, without changing it. */
    void wouldDo(String what) {
        step("dry run: would " + what + "; run again with --yes-really to do it");
    }

    double elapsedSeconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    /**
     * Polls until {@code done}, printing the state each time it changes, with the SDK's {@link Poller}. Its
     * interval and timeout are measured in simulated time against the local cloud.
     *
     * @return the last polled value
     */
    <T> T watch(
            String what,
            Supplier<T> poll,
            Function<T, String> state,
            Predicate<T> done,
            Duration interval,
            Duration timeout) {
        String[] last = {null};
        long since = System.nanoTime();
        return Poller.<T>builder(what)
                .poll(() -> {
                    T value = poll.get();
                    String now = state.apply(value);
                    if (!now.equals(last[0])) {
                        step(String.format(
                                Locale.ROOT, "  %s: %s (after %.2fs)", what, now, (System.nanoTime() - since) / 1e9));
                        last[0] = now;
                    }
                    return value;
                })
                .until(done)
                .describeWith(state)
                .interval(interval)
                .maxInterval(interval)
                .timeout(timeout)
                .sleeper(sleeper)
                .clock(clock)
                .build()
                .await();
    }
}
