package dev.dbcloud.core.errors;

/** The awaited condition was not met within the timeout; {@link #lastObserved()} shows where it stood. */
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
}
