package dev.dbcloud.core;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;

/**
 * Hears what a client does, for metrics and tracing: every HTTP attempt, every call (its attempts together), and
 * every poll of a waiter. Set one on any client builder; the methods have empty defaults, so implement only what
 * you need:
 *
 * <pre>{@code
 * Map<String, LongAdder> counters = new ConcurrentHashMap<>();
 * CallListener metrics = new CallListener() {
 *     @Override
 *     public void callFinished(CallListener.Call call) {
 *         String outcome = call.succeeded() ? "ok" : call.error().orElse("error");
 *         counters.computeIfAbsent(call.method() + " " + call.pathTemplate() + " " + outcome,
 *                 k -> new LongAdder()).increment();
 *     }
 * };
 * CrunchyBridgeClient cb = CrunchyBridgeClient.builder()
 *         .credentials(Credentials.bearer(apiKey))
 *         .callListener(metrics)
 *         .build();
 * }</pre>
 *
 * <p>What a listener hears never holds a secret: paths are templates such as {@code /clusters/{cluster_id}}
 * (no ids, no query string), request ids are scrubbed like log lines, and no header or body is passed. Listeners
 * are called on the thread making the call, after the fact, so keep them fast; an exception a listener throws is
 * logged at WARNING and otherwise ignored, never failing the call.
 */
public interface CallListener {
    /** A listener that ignores everything: the default of every client. */
    CallListener NONE = new CallListener() {};

    /**
     * Called after each HTTP attempt: answered, failed to connect, or timed out.
     *
     * @param attempt what happened
     */
    default void attemptFinished(Attempt attempt) {}

    /**
     * Called once a call ends, after its last attempt: with the answer the SDK returns, or the exception it throws
     * for an error answer, a connection failure or a timeout. (A body that cannot be read into the promised type
     * is reported by the exception the call then throws, not here.)
     *
     * @param call what happened
     */
    default void callFinished(Call call) {}

    /**
     * Called after each poll of a waiter ({@code waitUntil…}, or a {@link Poller} given this listener).
     *
     * @param poll what happened
     */
    default void pollFinished(Poll poll) {}

    /**
     * One HTTP attempt of a call.
     *
     * @param method the HTTP method, e.g. {@code GET}
     * @param pathTemplate the operation's path template relative to the base URL, e.g. {@code /clusters/{cluster_id}}
     * @param number 1 for the first attempt, 2 for the first retry, …
     * @param status the HTTP status, or 0 when no answer arrived (connection failure, timeout)
     * @param outcome the status, or what failed, as the DEBUG log shows it: {@code 200}, {@code 503}, {@code 302
     *     (redirect followed)}, {@code failed (SocketTimeoutException)}
     * @param latency from sending the request to the end of the answer or the failure
     * @param requestId the API's request id, when the answer carried one
     * @param retryIn the pause before the next attempt, when the SDK retries; empty when the call ends here
     */
    record Attempt(
            String method,
            String pathTemplate,
            int number,
            int status,
            String outcome,
            Duration latency,
            Optional<String> requestId,
            Optional<Duration> retryIn) {
        /** Checks the components; see the record's description. */
        public Attempt {
            requireNonNull(method, "method == null");
            requireNonNull(pathTemplate, "pathTemplate == null");
            requireNonNull(outcome, "outcome == null");
            requireNonNull(latency, "latency == null");
            requireNonNull(requestId, "requestId == null");
            requireNonNull(retryIn, "retryIn == null");
        }

        /** @return whether the SDK retries after this attempt */
        public boolean willRetry() {
            return retryIn.isPresent();
        }
    }

    /**
     * One call: all its attempts, and the pauses between them.
     *
     * @param method the HTTP method
     * @param pathTemplate the operation's path template, e.g. {@code /clusters/{cluster_id}}
     * @param attempts how many attempts were made (0 when the call's budget was spent before the first)
     * @param status the last answer's HTTP status, or 0 when none arrived
     * @param latency from the start of the first attempt to the end of the last, pauses included
     * @param requestId the last answer's request id, when it carried one
     * @param error the simple name of the exception the call throws, e.g. {@code NotFoundException}; empty on
     *     success
     */
    record Call(
            String method,
            String pathTemplate,
            int attempts,
            int status,
            Duration latency,
            Optional<String> requestId,
            Optional<String> error) {
        /** Checks the components; see the record's description. */
        public Call {
            requireNonNull(method, "method == null");
            requireNonNull(pathTemplate, "pathTemplate == null");
            requireNonNull(latency, "latency == null");
            requireNonNull(requestId, "requestId == null");
            requireNonNull(error, "error == null");
        }

        /** @return whether the call returned an answer rather than throwing */
        public boolean succeeded() {
            return error.isEmpty();
        }
    }

    /**
     * One poll of a waiter.
     *
     * @param description what is awaited, e.g. {@code cluster abc to be ready}
     * @param number 1 for the first poll, …
     * @param outcome what the poll decided
     * @param elapsed the time waited so far, on the waiter's clock
     * @param nextPollIn the pause before the next poll, when {@code outcome} is {@link Outcome#PENDING}
     */
    record Poll(String description, int number, Outcome outcome, Duration elapsed, Optional<Duration> nextPollIn) {
        /** Checks the components; see the record's description. */
        public Poll {
            requireNonNull(description, "description == null");
            requireNonNull(outcome, "outcome == null");
            requireNonNull(elapsed, "elapsed == null");
            requireNonNull(nextPollIn, "nextPollIn == null");
        }

        /** What a poll decided. */
        public enum Outcome {
            /** The awaited condition holds: the wait returns. */
            SUCCEEDED,
            /** Not yet (or the poll failed with a tolerated error): the waiter polls again. */
            PENDING,
            /** A failure state was seen, or the poll failed with an error that is not tolerated: the wait throws. */
            FAILED,
            /** The timeout passed: the wait throws. */
            TIMED_OUT
        }
    }
}
