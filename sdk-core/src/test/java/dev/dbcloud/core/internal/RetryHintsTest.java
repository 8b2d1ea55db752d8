package dev.dbcloud.core.internal;

import static org.assertj.core.api.Assertions.*;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryHintsTest {
    /** Wed, 21 Oct 2015 07:28:00 GMT. */
    private static final Instant NOW = Instant.parse("2015-10-21T07:28:00Z");

    private static Optional<Duration> retryAfter(String value) {
        return RetryHints.retryAfter(Headers.of("Retry-After", value), NOW);
    }

    private static Optional<Duration> reset(String value) {
        return RetryHints.rateLimitReset(Headers.of("X-RateLimit-Reset", value), NOW);
    }

    @Test
    void retryAfterAbsentIsEmpty() {
        assertThat(RetryHints.retryAfter(Headers.of(), NOW)).isEmpty();
        assertThat(RetryHints.retryAfter(Headers.of("X-Other", "3"), NOW)).isEmpty();
    }

    @Test
    void retryAfterWholeSeconds() {
        assertThat(retryAfter("3")).contains(Duration.ofSeconds(3));
        assertThat(retryAfter(" 120 ")).contains(Duration.ofSeconds(120));
        assertThat(retryAfter("0")).contains(Duration.ZERO);
    }

    @Test
    void retryAfterFractionalSeconds() {
        assertThat(retryAfter("1.5")).contains(Duration.ofMillis(1500));
        assertThat(retryAfter("0.0001")).contains(Duration.ofMillis(1));
    }

    @Test
    void retryAfterHeaderNameIsCaseInsensitive() {
        assertThat(RetryHints.retryAfter(Headers.of("retry-after", "4"), NOW)).contains(Duration.ofSeconds(4));
    }

    @Test
    void retryAfterHttpDateIsRelativeToNow() {
        assertThat(retryAfter("Wed, 21 Oct 2015 07:28:30 GMT")).contains(Duration.ofSeconds(30));
        assertThat(retryAfter("Wed, 21 Oct 2015 08:28:00 GMT")).contains(Duration.ofHours(1));
    }

    @Test
    void retryAfterHttpDateInThePastIsZero() {
        assertThat(retryAfter("Wed, 21 Oct 2015 07:27:00 GMT")).contains(Duration.ZERO);
    }

    @Test
    void negativeRetryAfterIsZero() {
        assertThat(retryAfter("-5")).contains(Duration.ZERO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "", "   ", "NaN", "Infinity", "3 seconds", "21/10/2015 07:28:30"})
    void unreadableRetryAfterIsEmpty(String value) {
        assertThat(retryAfter(value)).isEmpty();
    }

    @Test
    void rateLimitResetAbsentIsEmpty() {
        assertThat(RetryHints.rateLimitReset(Headers.of(), NOW)).isEmpty();
    }

    @Test
    void rateLimitResetInSeconds() {
        assertThat(reset("7")).contains(Duration.ofSeconds(7));
        assertThat(reset("0")).contains(Duration.ZERO);
    }

    @Test
    void fractionalRateLimitResetIsRoundedUpToMillis() {
        assertThat(reset("0.25")).contains(Duration.ofMillis(250));
        assertThat(reset("1.0001")).contains(Duration.ofMillis(1001));
        assertThat(reset("0.0000001")).contains(Duration.ofMillis(1));
    }

    @Test
    void rateLimitResetAsUnixTimestampIsRelativeToNow() {
        long nowSeconds = NOW.getEpochSecond();

        assertThat(reset(Long.toString(nowSeconds + 30))).contains(Duration.ofSeconds(30));
        assertThat(reset((nowSeconds + 2) + ".5")).contains(Duration.ofMillis(2500));
    }

    @Test
    void rateLimitResetTimestampInThePastIsZero() {
        assertThat(reset(Long.toString(NOW.getEpochSecond() - 60))).contains(Duration.ZERO);
    }

    @Test
    void rateLimitResetBelowTheTimestampThresholdIsSeconds() {
        assertThat(reset("86400")).contains(Duration.ofDays(1));
    }

    @Test
    void negativeRateLimitResetIsZero() {
        assertThat(reset("-3")).contains(Duration.ZERO);
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "", "NaN", "-Infinity", "Wed, 21 Oct 2015 07:28:30 GMT"})
    void unreadableRateLimitResetIsEmpty(String value) {
        assertThat(reset(value)).isEmpty();
    }

    @Test
    void longestPicksTheLongerPause() {
        Optional<Duration> one = Optional.of(Duration.ofSeconds(1));
        Optional<Duration> two = Optional.of(Duration.ofSeconds(2));

        assertThat(RetryHints.longest(one, two)).isEqualTo(two);
        assertThat(RetryHints.longest(two, one)).isEqualTo(two);
        assertThat(RetryHints.longest(one, Optional.of(Duration.ofSeconds(1)))).contains(Duration.ofSeconds(1));
    }

    @Test
    void longestUsesWhicheverIsPresent() {
        Optional<Duration> one = Optional.of(Duration.ofSeconds(1));

        assertThat(RetryHints.longest(one, Optional.empty())).isEqualTo(one);
        assertThat(RetryHints.longest(Optional.empty(), one)).isEqualTo(one);
        assertThat(RetryHints.longest(Optional.empty(), Optional.empty())).isEmpty();
    }

    @Test
    void rateLimitResetInEpochMillisecondsIsReadAsATime() {
        java.time.Instant now = java.time.Instant.parse("2026-01-01T00:00:00Z");
        okhttp3.Headers headers = okhttp3.Headers.of(
                "X-RateLimit-Reset", String.valueOf(now.plusSeconds(4).toEpochMilli()));

        assertThat(RetryHints.rateLimitReset(headers, now)).contains(java.time.Duration.ofSeconds(4));
    }
}
