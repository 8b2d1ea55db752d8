package dev.dbcloud.core.errors;

/**
 * The awaited condition was not met within the timeout; {@link #lastObserved()} shows where it stood, and {@link
 * #getCause()} the error the last poll ended in when polling through errors (see {@code Poller.Builder.tolerate}).
 */
public class WaitTimeoutException extends WaitException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was awaited, for how long, and the last state seen
     * @param lastObserved the last value polled, or null if none was
     */
    public WaitTimeoutException(String message, Object lastObserved) {
        super(message, lastObserved, null);
    }

    /**
     * Creates the exception with the error the last poll ended in.
     *
     * @param message what was awaited, for how long, and the last state seen
     * @param lastObserved the last value polled, or null if none was
     * @param cause the tolerated error of the last poll (an API still refusing, say), or null if it succeeded
     */
    public WaitTimeoutException(String message, Object lastObserved, Throwable cause) {
        super(message, lastObserved, cause);
    }
}
