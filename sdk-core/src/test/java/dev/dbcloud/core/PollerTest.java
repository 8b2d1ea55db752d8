package dev.dbcloud.core;

import static org.assertj.core.api.Assertions.*;

import dev.dbcloud.core.errors.ApiConnectionException;
import dev.dbcloud.core.errors.ApiException;
import dev.dbcloud.core.errors.WaitException;
import dev.dbcloud.core.errors.WaitFailedException;
import dev.dbcloud.core.errors.WaitTimeoutException;
import dev.dbcloud.core.testing.FakeTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PollerTest {
    private final FakeTime time = new FakeTime();

    @AfterEach
    void clearInterruptFlag() {
        Thread.interrupted();
    }

    /** Returns the scripted values in order, then repeats the last one; records when each poll happened. */
    private final class Script implements Supplier<String> {
        private final Deque<Object> steps = new ArrayDeque<>();
        private final List<Instant> pollTimes = new ArrayList<>();
        private Object last;

        Script(Object... steps) {
            this.steps.addAll(List.of(steps));
        }

        @Override
        public String get() {
            pollTimes.add(time.instant());
            Object step = steps.isEmpty() ? last : steps.poll();
            last = step;
            if (step instanceof ApiException e) {
                throw e;
            }
            return (String) step;
        }

        int polls() {
            return pollTimes.size();
        }
    }

    private Poller.Builder<String> poller(Script script) {
        return Poller.<String>builder("thing t1 to be running")
                .poll(script)
                .until("running"::equals)
                .clock(time)
                .sleeper(time);
    }

    @Test
    void returnsAtOnceWhenTheFirstPollMeetsTheCondition() {
        Script script = new Script("running");

        String result = poller(script).timeout(Duration.ofMinutes(1)).build().await();

        assertThat(result).isEqualTo("running");
        assertThat(script.polls()).isEqualTo(1);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void succeedsAfterSeveralPollsWithPausesGrowingUpToMaxInterval() {
        Script script = new Script("starting", "starting", "starting", "starting", "starting", "running");

        String result = poller(script)
                .interval(Duration.ofSeconds(1))
                .backoffMultiplier(2)
                .maxInterval(Duration.ofSeconds(5))
                .timeout(Duration.ofMinutes(10))
                .build()
                .await();

        assertThat(result).isEqualTo("running");
        assertThat(script.polls()).isEqualTo(6);
        assertThat(time.sleeps())
                .containsExactly(
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(2),
                        Duration.ofSeconds(4),
                        Duration.ofSeconds(5),
                        Duration.ofSeconds(5));
    }

    @Test
    void defaultBackoffStartsAtFiveSecondsAndGrowsByOneAndAHalfUpToThirtySeconds() {
        Script script = new Script("a", "a", "a", "a", "a", "a", "a", "running");

        poller(script).timeout(Duration.ofHours(1)).build().await();

        assertThat(time.sleeps())
                .containsExactly(
                        Duration.ofMillis(5000),
                        Duration.ofMillis(7500),
                        Duration.ofMillis(11250),
                        Duration.ofMillis(16875),
                        Duration.ofNanos(25_312_500_000L),
                        Duration.ofSeconds(30),
                        Duration.ofSeconds(30));
    }

    @Test
    void fixedIntervalKeepsEveryPauseAtTheIntervalEvenAboveTheDefaultMaximum() {
        Script script = new Script("a", "a", "a", "running");

        poller(script)
                .fixedInterval(Duration.ofSeconds(45))
                .timeout(Duration.ofMinutes(5))
                .build()
                .await();

        assertThat(time.sleeps())
                .containsExactly(Duration.ofSeconds(45), Duration.ofSeconds(45), Duration.ofSeconds(45));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> poller(script).fixedInterval(Duration.ZERO))
                .withMessageContaining("interval");
    }

    @Test
    void multiplierOfOneKeepsThePauseConstant() {
        Script script = new Script("a", "a", "a", "running");

        poller(script)
                .interval(Duration.ofSeconds(3))
                .backoffMultiplier(1)
                .timeout(Duration.ofMinutes(1))
                .build()
                .await();

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ofSeconds(3));
    }

    @Test
    void maxIntervalBelowIntervalIsRaisedToTheInterval() {
        Script script = new Script("a", "a", "running");

        poller(script)
                .interval(Duration.ofSeconds(10))
                .maxInterval(Duration.ofSeconds(2))
                .backoffMultiplier(2)
                .timeout(Duration.ofMinutes(5))
                .build()
                .await();

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(10));
    }

    @Test
    void subMillisecondIntervalNeverShrinksToZero() {
        Script script = new Script("a", "a", "a", "running");

        poller(script)
                .interval(Duration.ofNanos(500_000))
                .backoffMultiplier(1)
                .timeout(Duration.ofMinutes(1))
                .build()
                .await();

        assertThat(time.sleeps()).hasSize(3).allSatisfy(pause -> assertThat(pause)
                .isGreaterThanOrEqualTo(Duration.ofNanos(500_000)));
    }

    @Test
    void failWhenEndsTheWaitWithTheLastObservedValue() {
        Script script = new Script("starting", "failed", "running");

        Poller<String> poller = poller(script)
                .failWhen("failed"::equals)
                .describeWith(s -> "state " + s)
                .interval(Duration.ofSeconds(1))
                .timeout(Duration.ofMinutes(1))
                .build();

        WaitFailedException e = catchThrowableOfType(WaitFailedException.class, poller::await);

        assertThat(e).isNotNull();
        assertThat(e.lastObserved()).contains("failed");
        assertThat(e.lastObserved(String.class)).contains("failed");
        assertThat(e.getCause()).isNull();
        assertThat(e.getMessage()).contains("thing t1 to be running").contains("state failed");
        assertThat(script.polls()).isEqualTo(2);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void untilIsCheckedBeforeFailWhen() {
        Script script = new Script("running");

        String result = poller(script)
                .failWhen(s -> true)
                .timeout(Duration.ofMinutes(1))
                .build()
                .await();

        assertThat(result).isEqualTo("running");
    }

    @Test
    void timeoutThrowsWithTheLastObservedValueAndShortensTheLastPause() {
        Script script = new Script("s1", "s2", "s3", "s4", "s5", "running");

        Poller<String> poller = poller(script)
                .interval(Duration.ofSeconds(1))
                .backoffMultiplier(2)
                .maxInterval(Duration.ofSeconds(30))
                .timeout(Duration.ofSeconds(10))
                .build();
        Instant start = time.instant();

        WaitTimeoutException e = catchThrowableOfType(WaitTimeoutException.class, poller::await);

        assertThat(e).isNotNull();
        // Polls at 0, 1, 3 and 7 s; the pause of 8 s is cut to 3 s so the last poll happens at the deadline.
        assertThat(time.sleeps())
                .containsExactly(
                        Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(3));
        assertThat(script.polls()).isEqualTo(5);
        assertThat(script.pollTimes.get(4)).isEqualTo(start.plusSeconds(10));
        assertThat(e.lastObserved()).contains("s5");
        assertThat(e.getMessage())
                .contains("thing t1 to be running")
                .contains("s5")
                .contains("5 polls");
    }

    @Test
    void timeoutAfterOnlyToleratedErrorsHasNothingObserved() {
        Script script = new Script(new ApiConnectionException("down", null));

        Poller<String> poller = poller(script)
                .tolerate(e -> true)
                .interval(Duration.ofSeconds(2))
                .backoffMultiplier(1)
                .timeout(Duration.ofSeconds(5))
                .build();

        WaitTimeoutException e = catchThrowableOfType(WaitTimeoutException.class, poller::await);

        assertThat(e).isNotNull();
        assertThat(e.lastObserved()).isEmpty();
        assertThat(e.getMessage()).contains("nothing observed").endsWith("; last poll failed: down");
        assertThat(e.getCause()).isInstanceOf(ApiConnectionException.class).hasMessage("down");
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(1));
    }

    @Test
    void timeoutAfterASuccessfulLastPollHasNoCauseEvenIfEarlierPollsFailed() {
        Script script = new Script(new ApiConnectionException("down", null), "starting");

        WaitTimeoutException e = catchThrowableOfType(WaitTimeoutException.class, () -> poller(script)
                .tolerate(x -> true)
                .fixedInterval(Duration.ofSeconds(2))
                .timeout(Duration.ofSeconds(5))
                .build()
                .await());

        assertThat(e).isNotNull();
        assertThat(e.getCause()).isNull();
        assertThat(e.lastObserved()).contains("starting");
        assertThat(e.getMessage()).endsWith("; last seen: starting");
    }

    @Test
    void untoleratedApiExceptionEndsTheWaitWithItAsCause() {
        ApiConnectionException failure = new ApiConnectionException("GET /things/t1: connection failed", null);
        Script script = new Script("starting", failure, "running");

        Poller<String> poller = poller(script)
                .interval(Duration.ofSeconds(1))
                .timeout(Duration.ofMinutes(1))
                .build();

        WaitFailedException e = catchThrowableOfType(WaitFailedException.class, poller::await);

        assertThat(e).isNotNull();
        assertThat(e.getCause()).isSameAs(failure);
        assertThat(e.lastObserved()).contains("starting");
        assertThat(e.getMessage()).contains("thing t1 to be running").contains("connection failed");
        assertThat(script.polls()).isEqualTo(2);
    }

    @Test
    void untoleratedApiExceptionOnTheFirstPollHasNothingObserved() {
        ApiException failure = new ApiException("boom");
        Script script = new Script(failure);

        WaitFailedException e = catchThrowableOfType(
                WaitFailedException.class,
                () -> poller(script).timeout(Duration.ofMinutes(1)).build().await());

        assertThat(e).isNotNull();
        assertThat(e.getCause()).isSameAs(failure);
        assertThat(e.lastObserved()).isEmpty();
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void toleratedApiExceptionKeepsPolling() {
        ApiConnectionException notYet = new ApiConnectionException("not visible yet", null);
        Script script = new Script(notYet, notYet, "starting", "running");

        String result = poller(script)
                .tolerate(e -> e instanceof ApiConnectionException)
                .interval(Duration.ofSeconds(1))
                .backoffMultiplier(1)
                .timeout(Duration.ofMinutes(1))
                .build()
                .await();

        assertThat(result).isEqualTo("running");
        assertThat(script.polls()).isEqualTo(4);
        assertThat(time.sleeps()).hasSize(3);
    }

    @Test
    void toleratePredicateOnlyCoversMatchingErrors() {
        ApiConnectionException tolerated = new ApiConnectionException("not visible yet", null);
        ApiException other = new ApiException("other");
        Script script = new Script(tolerated, other, "running");

        Poller<String> poller = poller(script)
                .tolerate(e -> e instanceof ApiConnectionException)
                .interval(Duration.ofSeconds(1))
                .timeout(Duration.ofMinutes(1))
                .build();

        WaitFailedException e = catchThrowableOfType(WaitFailedException.class, poller::await);

        assertThat(e).isNotNull();
        assertThat(e.getCause()).isSameAs(other);
        assertThat(script.polls()).isEqualTo(2);
    }

    @Test
    void nonApiExceptionsFromPollPropagateUnchanged() {
        IllegalStateException bug = new IllegalStateException("bug in poll");
        Poller<String> poller = Poller.<String>builder("x")
                .poll(() -> {
                    throw bug;
                })
                .until(s -> true)
                .tolerate(e -> true)
                .timeout(Duration.ofMinutes(1))
                .clock(time)
                .sleeper(time)
                .build();

        assertThatThrownBy(poller::await).isSameAs(bug);
    }

    @Test
    void interruptedSleepThrowsApiExceptionAndRestoresTheInterruptFlag() {
        InterruptedException interruption = new InterruptedException("stop");
        Script script = new Script("starting");
        Poller<String> poller = poller(script)
                .sleeper(d -> {
                    throw interruption;
                })
                .timeout(Duration.ofMinutes(1))
                .build();

        Throwable thrown = catchThrowable(poller::await);

        boolean interrupted = Thread.interrupted();
        assertThat(thrown)
                .isInstanceOf(ApiException.class)
                .isNotInstanceOf(WaitException.class)
                .hasCause(interruption)
                .hasMessageContaining("thing t1 to be running");
        assertThat(interrupted).isTrue();
        assertThat(script.polls()).isEqualTo(1);
    }

    @Test
    void missingPollIsRefused() {
        Poller.Builder<String> builder =
                Poller.<String>builder("x").until(s -> true).timeout(Duration.ofMinutes(1));

        assertThatNullPointerException().isThrownBy(builder::build).withMessageContaining("poll");
    }

    @Test
    void missingUntilIsRefused() {
        Poller.Builder<String> builder =
                Poller.<String>builder("x").poll(() -> "a").timeout(Duration.ofMinutes(1));

        assertThatNullPointerException().isThrownBy(builder::build).withMessageContaining("until");
    }

    @Test
    void missingTimeoutIsRefused() {
        Poller.Builder<String> builder =
                Poller.<String>builder("x").poll(() -> "a").until(s -> true);

        assertThatNullPointerException().isThrownBy(builder::build).withMessageContaining("timeout");
    }

    @Test
    void nullDescriptionIsRefused() {
        assertThatNullPointerException().isThrownBy(() -> Poller.builder(null));
    }

    @Test
    void nonPositiveDurationsAreRefused() {
        Poller.Builder<String> builder = Poller.builder("x");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> builder.interval(Duration.ZERO))
                .withMessageContaining("interval");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> builder.interval(Duration.ofSeconds(-1)))
                .withMessageContaining("interval");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> builder.maxInterval(Duration.ZERO))
                .withMessageContaining("maxInterval");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> builder.timeout(Duration.ofMillis(-1)))
                .withMessageContaining("timeout");
    }

    @Test
    void multiplierBelowOneOrNotFiniteIsRefused() {
        Poller.Builder<String> builder = Poller.builder("x");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> builder.backoffMultiplier(0.99))
                .withMessageContaining("backoffMultiplier");
        assertThatIllegalArgumentException().isThrownBy(() -> builder.backoffMultiplier(0));
        assertThatIllegalArgumentException().isThrownBy(() -> builder.backoffMultiplier(Double.NaN));
        assertThatIllegalArgumentException().isThrownBy(() -> builder.backoffMultiplier(Double.POSITIVE_INFINITY));
        assertThatCode(() -> builder.backoffMultiplier(1.0)).doesNotThrowAnyException();
    }
}
