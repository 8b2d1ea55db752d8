package dev.dbcloud.core.internal;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.core.Poller;
import dev.dbcloud.core.errors.ApiException;
import dev.dbcloud.core.errors.WaitFailedException;
import dev.dbcloud.core.errors.WaitTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A waiter declared once per resource and state, in the spirit of the AWS SDK's waiters: the read to repeat (an
 * {@link Endpoint}), the values that end the wait successfully, the values from which success can no longer be
 * reached, the errors to poll through for a while (a 404 right after a create) or that mean success (a 404 when
 * waiting for a delete), and the polling schedule. It runs on {@link Poller}, with the client's clock and sleeper.
 *
 * <pre>{@code
 * static final Waiter<ClusterStatus> READY = Waiter.on(ClusterEndpoints.STATUS, "cluster %s to be ready")
 *         .state(ClusterStatus::state)
 *         .successOn(ClusterState.READY)
 *         .failOn(ClusterState.CREATION_FAILED, ClusterState.FAILED)
 *         .tolerate(NotFoundException.class, Duration.ofMinutes(2))
 *         .build();
 *
 * ClusterStatus ready = READY.await(invoker, timeout, clusterId);
 * }</pre>
 *
 * <p>The pause between polls follows, in order of precedence: the view's {@link
 * dev.dbcloud.core.RequestOptions#pollInterval()}, the client's {@code pollInterval} (both steady), or the
 * waiter's {@link Builder#schedule schedule} (by default 5 seconds, growing by half after each poll up to 30
 * seconds). {@link #await} returns the last value read and throws {@link WaitTimeoutException} or {@link
 * WaitFailedException} carrying it. Waiters are immutable and thread-safe.
 *
 * @param <T> the type the read returns
 */
public final class Waiter<T> {
    /** What a poll returns when an error means success, such as a 404 while waiting for a delete. */
    private static final Object GONE = new Object();

    private final Endpoint<T> read;
    private final String awaited;
    private final Predicate<? super T> success;
    private final Predicate<? super T> failure;
    private final Function<? super T, String> describe;
    private final List<Tolerance> tolerated;
    private final Set<Class<? extends ApiException>> successErrors;
    private final Schedule schedule;

    private record Tolerance(Class<? extends ApiException> type, Duration window) {}

    /** The declared polling schedule; the {@link Poller} it is applied to checks its values. */
    private record Schedule(Duration interval, double multiplier, Duration maxInterval) {
        void applyTo(Poller.Builder<?> poller) {
            poller.interval(interval).maxInterval(maxInterval).backoffMultiplier(multiplier);
        }
    }

    private Waiter(Builder<T> b) {
        this.read = b.read;
        this.awaited = b.awaited;
        this.success = requireNonNull(b.success, "no success condition: call successOn or successWhen");
        this.failure = b.failure;
        this.describe = b.describe;
        this.tolerated = List.copyOf(b.tolerated);
        this.successErrors = Set.copyOf(b.successErrors);
        this.schedule = b.schedule;
    }

    /**
     * Starts declaring a waiter.
     *
     * @param read the read to repeat; its path arguments are the waiter's
     * @param awaited what is awaited, for messages, with {@code %s} for each path argument, e.g. {@code cluster %s
     *     to be ready}
     * @param <T> the type the read returns
     * @return a builder
     */
    public static <T> Builder<T> on(Endpoint<T> read, String awaited) {
        return new Builder<>(read, awaited);
    }

    /** @return the read this waiter repeats */
    public Endpoint<T> read() {
        return read;
    }

    /**
     * Polls until the awaited state.
     *
     * @param invoker the view's invoker: its options go with every poll
     * @param timeout how long to wait in all; positive, at most 365 days
     * @param pathArgs the read's path arguments
     * @return the last value read, which met the success condition; null when an error meant success
     * @throws IllegalArgumentException if {@code timeout} or a path argument is invalid; nothing is sent
     * @throws WaitTimeoutException if the timeout passes first, carrying the last value read
     * @throws WaitFailedException if a failure value was read, or a poll failed with an error not tolerated (the
     *     cause), carrying the last value read
     */
    public T await(Invoker invoker, Duration timeout, String... pathArgs) {
        requireNonNull(invoker, "invoker == null");
        Checks.positive(timeout, "timeout");
        read.call(pathArgs); // checks the arguments before anything is sent
        Instant start = invoker.settings().clock().instant();
        Poller.Builder<Object> poller = invoker.engine()
                .<Object>poller(String.format(awaited, (Object[]) pathArgs))
                .poll(() -> poll(invoker, pathArgs))
                .until(value -> value == GONE || success.test(cast(value)))
                .failWhen(value -> value != GONE && failure.test(cast(value)))
                .tolerate(e -> tolerates(e, start, invoker))
                .describeWith(value -> describe.apply(cast(value)))
                .timeout(timeout);
        Optional<Duration> steady =
                invoker.options().pollInterval().or(() -> invoker.settings().pollInterval());
        if (steady.isPresent()) {
            poller.fixedInterval(steady.get());
        } else {
            schedule.applyTo(poller);
        }
        Object last = poller.build().await();
        return last == GONE ? null : cast(last);
    }

    private Object poll(Invoker invoker, String[] pathArgs) {
        try {
            return invoker.send(read.call(pathArgs)).value();
        } catch (ApiException e) {
            if (successErrors.stream().anyMatch(type -> type.isInstance(e))) {
                return GONE;
            }
            throw e;
        }
    }

    private boolean tolerates(ApiException e, Instant start, Invoker invoker) {
        Instant now = invoker.settings().clock().instant();
        return tolerated.stream().anyMatch(t -> t.type().isInstance(e) && now.isBefore(start.plus(t.window())));
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }

    @Override
    public String toString() {
        return "Waiter{" + awaited + " by " + read + '}';
    }

    /**
     * Declares a {@link Waiter}. A success condition is required.
     *
     * @param <T> the type the read returns
     */
    public static final class Builder<T> {
        private final Endpoint<T> read;
        private final String awaited;
        private Function<? super T, ?> state;
        private Predicate<? super T> success;
        private Predicate<? super T> failure = value -> false;
        private Function<? super T, String> describe = String::valueOf;
        private final List<Tolerance> tolerated = new ArrayList<>();
        private final List<Class<? extends ApiException>> successErrors = new ArrayList<>();
        private Schedule schedule = new Schedule(Duration.ofSeconds(5), 1.5, Duration.ofSeconds(30));

        private Builder(Endpoint<T> read, String awaited) {
            this.read = requireNonNull(read, "read == null");
            this.awaited = requireNonNull(awaited, "awaited == null");
        }

        /**
         * Names the state that {@link #successOn} and {@link #failOn} compare, and shows it in messages as {@code
         * state …}.
         *
         * @param state reads the state; it may return an {@link Optional}, whose absence never matches and shows
         *     as {@code (none)}
         * @return this builder
         */
        public Builder<T> state(Function<? super T, ?> state) {
            this.state = requireNonNull(state, "state == null");
            this.describe = value ->
                    "state " + unwrap(state.apply(value)).map(String::valueOf).orElse("(none)");
            return this;
        }

        /**
         * The states that end the wait successfully.
         *
         * @param values the states, compared with {@code equals}
         * @return this builder
         */
        public Builder<T> successOn(Object... values) {
            return successWhen(in(values));
        }

        /**
         * The states from which success can no longer be reached: reading one fails the wait at once.
         *
         * @param values the states
         * @return this builder
         */
        public Builder<T> failOn(Object... values) {
            return failWhen(in(values));
        }

        /**
         * The condition that ends the wait successfully, for waits not about one state field.
         *
         * @param success the condition
         * @return this builder
         */
        public Builder<T> successWhen(Predicate<? super T> success) {
            this.success = requireNonNull(success, "success == null");
            return this;
        }

        /**
         * The condition under which success can no longer be reached.
         *
         * @param failure the condition
         * @return this builder
         */
        public Builder<T> failWhen(Predicate<? super T> failure) {
            this.failure = requireNonNull(failure, "failure == null");
            return this;
        }

        /**
         * Polls through an error for a while after the wait started, such as the {@code NotFoundException} a
         * resource can answer right after its create; later, the error ends the wait.
         *
         * @param type the error's type
         * @param window for how long after the start the error is tolerated
         * @return this builder
         */
        public Builder<T> tolerate(Class<? extends ApiException> type, Duration window) {
            tolerated.add(new Tolerance(requireNonNull(type, "type == null"), Checks.positive(window, "window")));
            return this;
        }

        /**
         * Treats an error as success, as a delete waiter treats {@code NotFoundException}; {@link #await} then
         * returns null.
         *
         * @param type the error's type
         * @return this builder
         */
        public Builder<T> successOnError(Class<? extends ApiException> type) {
            successErrors.add(requireNonNull(type, "type == null"));
            if (success == null) {
                success = value -> false;
            }
            return this;
        }

        /**
         * Sets how a value is shown in messages. Default: its state, if {@link #state} was declared, else {@code
         * toString()}.
         *
         * @param describe the description
         * @return this builder
         */
        public Builder<T> describeWith(Function<? super T, String> describe) {
            this.describe = requireNonNull(describe, "describe == null");
            return this;
        }

        /**
         * Sets the schedule used when neither the call nor the client sets a poll interval. Default: 5 seconds,
         * growing by half after each poll up to 30 seconds.
         *
         * @param interval the first pause
         * @param multiplier how much the pause grows after each poll; 1 keeps it steady
         * @param maxInterval the longest pause
         * @return this builder
         * @throws IllegalArgumentException if a pause is not positive or the multiplier is below 1
         */
        public Builder<T> schedule(Duration interval, double multiplier, Duration maxInterval) {
            Schedule declared = new Schedule(interval, multiplier, maxInterval);
            declared.applyTo(Poller.builder(awaited)); // checked now, by the poller's own rules
            this.schedule = declared;
            return this;
        }

        /**
         * Ends the declaration.
         *
         * @return the waiter
         * @throws NullPointerException if no success condition was declared
         */
        public Waiter<T> build() {
            return new Waiter<>(this);
        }

        private Predicate<T> in(Object[] values) {
            Function<? super T, ?> of = requireNonNull(state, "declare state(…) before successOn/failOn");
            Set<Object> set = Set.of(values);
            return value -> unwrap(of.apply(value)).filter(set::contains).isPresent();
        }

        private static Optional<?> unwrap(Object state) {
            return state instanceof Optional<?> optional ? optional : Optional.ofNullable(state);
        }
    }
}
