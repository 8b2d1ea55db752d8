package dev.dbcloud.core.internal;

import dev.dbcloud.core.CallListener;
import dev.dbcloud.core.errors.ApiResponseException;
import java.time.Duration;
import java.util.Optional;

/**
 * What the client's {@link CallListener} hears of one call: each attempt as {@link Exchange} reports it, then the
 * call as a whole. Only the method, the path template and the scrubbed request id leave the SDK.
 */
final class CallTrace {
    private final CallListener listener;
    private final String method;
    private final String pathTemplate;
    private final CredentialScrubber scrubber;
    private final long startedNanos = System.nanoTime();
    private int attempts;
    private int status;
    private String requestId;

    CallTrace(CallListener listener, ApiRequest request, CredentialScrubber scrubber) {
        this.listener = listener;
        this.method = request.method().name();
        this.pathTemplate = request.pathTemplate();
        this.scrubber = scrubber;
    }

    /**
     * An attempt that started at {@code attemptStartedNanos} ended; {@code status} is 0 without an answer, and an
     * {@code outcome} of null is the status alone.
     */
    void attempt(
            int number,
            long attemptStartedNanos,
            int status,
            String outcome,
            String requestId,
            Optional<Duration> retryIn) {
        this.attempts = number;
        this.status = status;
        this.requestId = requestId;
        if (listener != CallListener.NONE) {
            Duration latency = Duration.ofNanos(System.nanoTime() - attemptStartedNanos);
            Optional<String> id = Optional.ofNullable(scrubber.scrub(requestId));
            String shown = outcome == null ? String.valueOf(status) : outcome;
            Listeners.notify(() -> listener.attemptFinished(
                    new CallListener.Attempt(method, pathTemplate, number, status, shown, latency, id, retryIn)));
        }
    }

    /** The call ended: returned an answer ({@code failure} null) or throws {@code failure}. */
    void finished(RuntimeException failure) {
        if (listener == CallListener.NONE) {
            return;
        }
        int finalStatus = failure instanceof ApiResponseException e ? e.statusCode() : status;
        Optional<String> id = Optional.ofNullable(scrubber.scrub(requestId));
        Optional<String> error =
                Optional.ofNullable(failure).map(f -> f.getClass().getSimpleName());
        Duration latency = Duration.ofNanos(System.nanoTime() - startedNanos);
        Listeners.notify(() -> listener.callFinished(
                new CallListener.Call(method, pathTemplate, attempts, finalStatus, latency, id, error)));
    }
}
