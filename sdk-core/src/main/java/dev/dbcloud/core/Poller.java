package dev.dbcloud.core;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.core.errors.ApiException;
import dev.dbcloud.core.errors.WaitFailedException;
import dev.dbcloud.core.errors.WaitTimeoutException;
import dev.dbcloud.core.internal.Checks;
import dev.dbcloud.core.internal.Listeners;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Polls a resource until it reaches a wanted state, fails, or time runs out. API modules build their {@code
 * waitUntil…} conveniences on it; it is public so users can wait for conditions of their own:
 *
 * <pre>{@code
 * Service running = Poller.<Service>builder("service " + id + " to be running")
 *     .poll(() -> ch.services().get(id))
 *     .until(s -> s.state() == ServiceState.RUNNING)
 *     .failWhen(s -> s.state() == ServiceState.FAILED)
 *     .describeWith(s -> "state " + s.state())
 *     .interval(Duration.ofSeconds(5))
 *     .timeout(Duration.ofMinutes(20))
 *     .build()
 *     .await();
 * }</pre>
 *
 * <p>The pause between polls starts at {@code interval} and grows by {@code backoffMultiplier} up to {@code
 * maxInterval}; the last pause is shortened so the final poll happens at the deadline. Timing out throws {@link
 * WaitTimeoutException}, a failure state or an untolerated error throws {@link WaitFailedException}; both carry
 * the last observed value. Time comes from an injectable {@link Clock} and {@link Sleeper}.
 *
 * @param <T> the polled value's type
 */
public final class Poller<T> {
    private final String description;
    private final Supplier<T> poll;
    private final Predicate<? super T> until;
    private final Predicate<? super T> failWhen;
    private final Predicate<? super ApiException> tolerate;
    private final Function<? super T, String> describe;
    private final Duration interval;
    private final Duration maxInterval;
    private final double backoffMultiplier;
    private final Duration timeout;
    private final Clock clock;
    private final Sleeper sleeper;
    private final CallListener listener;

    private Poller(Builder<T> b) {
        this.description = b.description;
        this.poll = requireNonNull(b.poll, "poll was not set");
        this.until = requireNonNull(b.until, "until was not set");
        this.failWhen = b.failWhen;
        this.tolerate = b.tolerate;
        this.describe = b.describe;
        this.interval = b.interval;
        this.maxInterval = b.maxInterval.compareTo(b.interval) < 0 ? b.interval : b.maxInterval;
        this.backoffMultiplier = b.backoffMultiplier;
        this.timeout = requireNonNull(b.timeout, "timeout was not set");
        this.clock = b.clock;
        this.sleeper = b.sleeper;
        this.listener = b.listener;
    }

    /**
     * Starts building a poller.
     *
     * @param description what is awaited, used in exception messages, e.g. {@code "service abc to be running"}
     * @param <T> the polled value's type
     * @return a builder
     */
    public static <T> Builder<T> builder(String description) {
        return new Builder<>(description);
    }

    /**
     * Polls until the condition holds.
     *
     * @return the first value that met the condition
     * @throws WaitTimeoutException if the timeout passed first
     * @throws WaitFailedException if a failure state was observed or polling failed with an untolerated error
     * @throws ApiException if the thread was interrupted
     */
    public T await() {
        Instant started = clock.instant();
        Instant deadline = started.plus(timeout);
        Duration pause = interval;
        T last = null;
        boolean observed = false;
        int polls = 0;
        while (true) {
            polls++;
            boolean polled = false;
            ApiException tolerated = null;
            try {
                last = poll.get();
                polled = true;
            } catch (ApiException e) {
                if (!tolerate.test(e)) {
                    heard(polls, CallListener.Poll.Outcome.FAILED, started, null);
                    throw new WaitFailedException(
                            "gave up waiting for " + description + ": " + e.getMessage(), observed ? last : null, e);
                }
                tolerated = e;
            }
            if (polled) {
                observed = true;
                if (until.test(last)) {
                    heard(polls, CallListener.Poll.Outcome.SUCCEEDED, started, null);
                    return last;
                }
                if (failWhen.test(last)) {
                    heard(polls, CallListener.Poll.Outcome.FAILED, started, null);
                    throw new WaitFailedException(
                            "gave up waiting for " + description + ": reached " + describe.apply(last), last, null);
                }
            }
            Duration left = Duration.between(clock.instant(), deadline);
            if (left.isNegative() || left.isZero()) {
                heard(polls, CallListener.Poll.Outcome.TIMED_OUT, started, null);
                throw new WaitTimeoutException(
                        "timed out after " + timeout + " and " + polls + " polls waiting for " + description
                                + (observed ? "; last seen: " + describe.apply(last) : "; nothing observed")
                                + (tolerated == null ? "" : "; last poll failed: " + tolerated.getMessage()),
                        observed ? last : null,
                        tolerated);
            }
            Duration next = pause.compareTo(left) > 0 ? left : pause;
            heard(polls, CallListener.Poll.Outcome.PENDING, started, next);
            sleep(next);
            pause = grow(pause);
        }
    }

    private void heard(int polls, CallListener.Poll.Outcome outcome, Instant started, Duration next) {
        if (listener != CallListener.NONE) {
            Duration elapsed = Duration.between(started, clock.instant());
            Listeners.notify(() -> listener.pollFinished(
                    new CallListener.Poll(description, polls, outcome, elapsed, Optional.ofNullable(next))));
        }
    }

    private Duration grow(Duration pause) {
        double next = pause.toNanos() * backoffMultiplier;
        return next >= maxInterval.toNanos() ? maxInterval : Duration.ofNanos((long) Math.ceil(next));
    }

    private void sleep(Duration pause) {
        try {
            sleeper.sleep(pause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException("interrupted while waiting for " + description, e);
        }
    }

    /**
     * Builds a {@link Poller}. {@code poll}, {@code until} and {@code timeout} are required.
     *
     * @param <T> the polled value's type
     */
    public static final class Builder<T> {
        private final String description;
        private Supplier<T> poll;
        private Predicate<? super T> until;
        private Predicate<? super T> failWhen = value -> false;
        private Predicate<? super ApiException> tolerate = e -> false;
        private Function<? super T, String> describe = String::valueOf;
        private Duration interval = Duration.ofSeconds(5);
        private Duration maxInterval = Duration.ofSeconds(30);
        private double backoffMultiplier = 1.5;
        private Duration timeout;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.SYSTEM;
        private CallListener listener = CallListener.NONE;

        private Builder(String description) {
            this.description = requireNonNull(description, "description == null");
        }

        /**
         * Sets how to read the current value, typically a {@code get} call.
         *
         * @param poll the reader
         * @return this builder
         */
        public Builder<T> poll(Supplier<T> poll) {
            this.poll = requireNonNull(poll, "poll == null");
            return this;
        }

        /**
         * Sets the condition that ends the wait successfully.
         *
         * @param until the condition
         * @return this builder
         */
        public Builder<T> until(Predicate<? super T> until) {
            this.until = requireNonNull(until, "until == null");
            return this;
        }

        /**
         * Sets the condition under which the wanted state can no longer be reached, such as a {@code failed}
         * state. Default: never.
         *
         * @param failWhen the condition
         * @return this builder
         */
        public Builder<T> failWhen(Predicate<? super T> failWhen) {
            this.failWhen = requireNonNull(failWhen, "failWhen == null");
            return this;
        }

        /**
         * Keeps polling after errors that match, for example a {@code NotFoundException} while a just-created
         * resource becomes visible. Default: any error ends the wait.
         *
         * @param tolerate which errors to poll through
         * @return this builder
         */
        public Builder<T> tolerate(Predicate<? super ApiException> tolerate) {
            this.tolerate = requireNonNull(tolerate, "tolerate == null");
            return this;
        }

        /**
         * Sets how a value is shown in exception messages. Default: {@code toString()}.
         *
         * @param describe e.g. {@code s -> "state " + s.state()}
         * @return this builder
         */
        public Builder<T> describeWith(Function<? super T, String> describe) {
            this.describe = requireNonNull(describe, "describe == null");
            return this;
        }

        /**
         * Sets the first pause between polls. Default: 5 seconds.
         *
         * @param interval a positive duration
         * @return this builder
         */
        public Builder<T> interval(Duration interval) {
            this.interval = Checks.positive(interval, "interval");
            return this;
        }

        /**
         * Sets the longest pause between polls. Default: 30 seconds.
         *
         * @param maxInterval a positive duration
         * @return this builder
         */
        public Builder<T> maxInterval(Duration maxInterval) {
            this.maxInterval = Checks.positive(maxInterval, "maxInterval");
            return this;
        }

        /**
         * Polls at a steady pace: every pause is {@code interval}, whatever the {@link #maxInterval(Duration)} and
         * {@link #backoffMultiplier(double)} defaults. Use it when the API documents a pace (retry a refused
         * request every 10 s) or the caller chose one.
         *
         * @param interval a positive duration
         * @return this builder
         */
        public Builder<T> fixedInterval(Duration interval) {
            this.interval = Checks.positive(interval, "interval");
            this.maxInterval = interval;
            this.backoffMultiplier = 1.0;
            return this;
        }

        /**
         * Sets how much the pause grows after each poll; 1 keeps it constant. Default: 1.5.
         *
         * @param multiplier at least 1
         * @return this builder
         */
        public Builder<T> backoffMultiplier(double multiplier) {
            if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
                throw new IllegalArgumentException("backoffMultiplier must be >= 1 but was " + multiplier);
            }
            this.backoffMultiplier = multiplier;
            return this;
        }

        /**
         * Sets how long to wait in all.
         *
         * @param timeout a positive duration
         * @return this builder
         */
        public Builder<T> timeout(Duration timeout) {
            this.timeout = Checks.positive(timeout, "timeout");
            return this;
        }

        /**
         * Replaces the time source, typically with a fake in tests.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder<T> clock(Clock clock) {
            this.clock = requireNonNull(clock, "clock == null");
            return this;
        }

        /**
         * Replaces how the poller pauses, typically with a fake in tests.
         *
         * @param sleeper the sleeper
         * @return this builder
         */
        public Builder<T> sleeper(Sleeper sleeper) {
            this.sleeper = requireNonNull(sleeper, "sleeper == null");
            return this;
        }

        /**
         * Sets who hears each poll, for metrics and tracing: {@link CallListener#pollFinished}. The {@code
         * waitUntil…} methods use the client's {@link ClientBuilder#callListener(CallListener) listener}. Default:
         * {@link CallListener#NONE}.
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder<T> listener(CallListener listener) {
            this.listener = requireNonNull(listener, "listener == null");
            return this;
        }

        /**
         * Builds the poller.
         *
         * @return the poller
         * @throws NullPointerException if poll, until or timeout was not set
         */
        public Poller<T> build() {
            return new Poller<>(this);
        }
    }
}
