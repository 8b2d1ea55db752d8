package dev.dbcloud.core.testing;

import dev.dbcloud.core.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A fake clock and sleeper in one: sleeping records the pause and advances the clock by it, so tests of
 * retries and waiting run instantly and can assert every pause.
 */
public final class FakeTime extends Clock implements Sleeper {
    private Instant now;
    private final List<Duration> sleeps = new ArrayList<>();

    public FakeTime() {
        this(Instant.parse("2026-01-01T00:00:00Z"));
    }

    public FakeTime(Instant start) {
        this.now = start;
    }

    @Override
    public synchronized void sleep(Duration duration) {
        sleeps.add(duration);
        now = now.plus(duration);
    }

    /** Moves the clock without recording a sleep, as if work took this long. */
    public synchronized void advance(Duration duration) {
        now = now.plus(duration);
    }

    /** The pauses requested so far, in order. */
    public synchronized List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
