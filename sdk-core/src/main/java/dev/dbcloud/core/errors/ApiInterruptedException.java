package dev.dbcloud.core.errors;

/**
 * The calling thread was interrupted while a call was in flight or waiting to retry; the call was abandoned at
 * once and the thread's interrupt flag is still set, so the code that interrupted it can see why. As with any
 * {@link ApiConnectionException}, the request may or may not have reached the server.
 *
 * <pre>{@code
 * catch (ApiInterruptedException e) {
 *     return; // Thread.currentThread().isInterrupted() is still true: let the caller stop
 * }
 * }</pre>
 */
public class ApiInterruptedException extends ApiConnectionException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was interrupted, naming the method and path
     * @param cause the interrupted I/O or wait, or null
     */
    public ApiInterruptedException(String message, Throwable cause) {
        super(message, cause);
    }
}
