package dev.dbcloud.core.errors;

/**
 * The resource reached a state from which the awaited condition can no longer be met (for example {@code
 * failed}), or polling failed with an error the waiter does not tolerate.
 */
public class WaitFailedException extends WaitException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was awaited and the state or error that ended it
     * @param lastObserved the last value polled, or null if none was
     * @param cause the error that ended polling, or null when a failure state was observed
     */
    public WaitFailedException(String message, Object lastObserved, Throwable cause) {
        super(message, lastObserved, cause);
    }
}
