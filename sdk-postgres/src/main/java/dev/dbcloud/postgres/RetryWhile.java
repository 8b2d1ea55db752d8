package dev.dbcloud.postgres;

import dev.dbcloud.core.errors.ApiException;
import dev.dbcloud.core.errors.WaitFailedException;
import dev.dbcloud.core.errors.WaitTimeoutException;
import dev.dbcloud.core.internal.HttpEngine;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Sends a write again while the API refuses it for a reason that passes (a primary without backup, a transient
 * {@code 409}), at a steady pace until a timeout: the retry on a business condition of the workflows. An error
 * that is not such a refusal is thrown as it came, not wrapped; time running out throws {@link
 * WaitTimeoutException} whose cause is the last refusal.
 */
final class RetryWhile {
    private RetryWhile() {}

    /**
     * Runs the attempts.
     *
     * @param engine the client's engine, for its clock and sleeper
     * @param awaited what is awaited, for messages, e.g. {@code primary … to accept a read replica}
     * @param attempt one attempt; it returns the result, or null to be tried again
     * @param passing which refusals to try again after
     * @param interval the pause between attempts
     * @param timeout how long to keep trying in all
     * @param <T> the result's type
     * @return the result of the attempt that went through
     */
    static <T> T run(
            HttpEngine engine,
            String awaited,
            Supplier<T> attempt,
            Predicate<ApiException> passing,
            Duration interval,
            Duration timeout) {
        try {
            return engine.<T>poller(awaited)
                    .poll(attempt)
                    .fixedInterval(interval)
                    .until(result -> result != null)
                    .tolerate(passing)
                    .timeout(timeout)
                    .build()
                    .await();
        } catch (WaitFailedException e) {
            if (e.getCause() instanceof ApiException refused) {
                throw refused;
            }
            throw e;
        }
    }
}
