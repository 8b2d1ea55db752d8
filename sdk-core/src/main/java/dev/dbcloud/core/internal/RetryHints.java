package dev.dbcloud.core.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.OptionalDouble;
import okhttp3.Headers;

/** Parsers for the headers servers use to say when to try again. */
public final class RetryHints {
    /** Values of {@code X-RateLimit-Reset} above this are Unix timestamps, not seconds to wait. */
    private static final double EPOCH_SECONDS_THRESHOLD = 1_000_000_000d;
    /** Values above this are Unix timestamps in milliseconds. */
    private static final double EPOCH_MILLIS_THRESHOLD = 100_000_000_000d;

    private RetryHints() {}

    /**
     * Reads {@code Retry-After}: delay seconds or an HTTP-date (RFC 9110 §10.2.3).
     *
     * @param headers the response headers
     * @param now the current time
     * @return the pause, never negative; empty if the header is absent or unreadable
     */
    public static Optional<Duration> retryAfter(Headers headers, Instant now) {
        String value = headers.get("Retry-After");
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        OptionalDouble seconds = number(value);
        if (seconds.isPresent()) {
            return Optional.of(secondsToWait(seconds.getAsDouble()));
        }
        try {
            Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            return Optional.of(nonNegative(Duration.between(now, at)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Reads {@code X-RateLimit-Reset}: seconds until the window resets (possibly fractional), or — as some
     * servers send it — the Unix time of the reset, in seconds or milliseconds.
     *
     * @param headers the response headers
     * @param now the current time
     * @return the pause, never negative; empty if the header is absent or unreadable
     */
    public static Optional<Duration> rateLimitReset(Headers headers, Instant now) {
        String value = headers.get("X-RateLimit-Reset");
        if (value == null) {
            return Optional.empty();
        }
        OptionalDouble parsed = number(value);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        double number = parsed.getAsDouble();
        if (number > EPOCH_MILLIS_THRESHOLD) {
            return Optional.of(nonNegative(Duration.between(now, Instant.ofEpochMilli((long) number))));
        }
        if (number > EPOCH_SECONDS_THRESHOLD) {
            return Optional.of(nonNegative(Duration.between(now, Instant.ofEpochMilli((long) (number * 1000)))));
        }
        return Optional.of(secondsToWait(number));
    }

    /**
     * The longer of two optional pauses.
     *
     * @param a one pause
     * @param b another pause
     * @return the longer one, or whichever is present
     */
    public static Optional<Duration> longest(Optional<Duration> a, Optional<Duration> b) {
        if (a.isEmpty()) {
            return b;
        }
        if (b.isEmpty()) {
            return a;
        }
        return Optional.of(a.get().compareTo(b.get()) >= 0 ? a.get() : b.get());
    }

    /** A finite number, or empty for anything else. */
    private static OptionalDouble number(String value) {
        try {
            double number = Double.parseDouble(value.trim());
            return Double.isNaN(number) || Double.isInfinite(number)
                    ? OptionalDouble.empty()
                    : OptionalDouble.of(number);
        } catch (NumberFormatException e) {
            return OptionalDouble.empty();
        }
    }

    /** Seconds, possibly fractional, rounded up to whole milliseconds. */
    private static Duration secondsToWait(double seconds) {
        return nonNegative(Duration.ofMillis((long) Math.ceil(seconds * 1000)));
    }

    private static Duration nonNegative(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }
}
