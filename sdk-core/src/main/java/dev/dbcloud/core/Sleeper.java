package dev.dbcloud.core;

import java.time.Duration;

/**
 * Pauses the calling thread. The SDK sleeps only through this interface — between retries and between polls —
 * so tests can substitute a fake that records the requested pauses and advances a fake clock instead.
 */
@FunctionalInterface
public interface Sleeper {

    /** The real sleeper, backed by {@link Thread#sleep(long, int)}. */
    Sleeper SYSTEM = duration -> {
        if (!duration.isNegative() && !duration.isZero()) {
            Thread.sleep(duration.toMillis(), (int) (duration.toNanos() % 1_000_000));
        }
    };

    /**
     * Pauses for {@code duration}.
     *
     * @param duration how long to pause; zero or negative returns at once
     * @throws InterruptedException if the thread is interrupted while pausing
     */
    void sleep(Duration duration) throws InterruptedException;
}
