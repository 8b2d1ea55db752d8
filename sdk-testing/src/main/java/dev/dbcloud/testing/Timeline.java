package dev.dbcloud.testing;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * The scheduled state changes of one simulated resource, applied lazily when the resource is looked at: {@code
 * then(1 min, "Setup").then(2 min, "Snapshot").then(3 min, "Running")} moves it to {@code Setup} one simulated
 * minute from now, to {@code Snapshot} two minutes after that, and so on. Not thread-safe: the simulator owning
 * the resource guards it.
 */
final class Timeline {
    private record Step(long deadline, String state, Runnable effect) {}

    private final SimClock clock;
    private final Deque<Step> steps = new ArrayDeque<>();

    Timeline(SimClock clock) {
        this.clock = clock;
    }

    /** Schedules a state {@code after} the previous scheduled step (or now, when none is pending). */
    Timeline then(Duration after, String state) {
        return then(after, state, () -> {});
    }

    /** Schedules a state and an effect run as the state is reached. */
    Timeline then(Duration after, String state, Runnable effect) {
        long base = steps.isEmpty() ? System.nanoTime() : steps.peekLast().deadline();
        steps.add(new Step(base + clock.toReal(after).toNanos(), state, effect));
        return this;
    }

    /** Forgets the pending steps, as a new command overrides them. */
    Timeline clear() {
        steps.clear();
        return this;
    }

    /** Hands every state whose time has come to {@code setState}, in order, and runs its effect. */
    void advance(Consumer<String> setState) {
        while (!steps.isEmpty() && clock.passed(steps.peek().deadline())) {
            Step step = steps.poll();
            setState.accept(step.state());
            step.effect().run();
        }
    }
}
