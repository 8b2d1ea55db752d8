package dev.dbcloud.core.errors;

/**
 * A call ran out of time: an attempt timed out and no retry was allowed, or the call's overall budget was spent.
 * Raise the client's {@code timeout} or pass {@code RequestOptions.timeout(…)} for slow operations.
 */
public class ApiTimeoutException extends ApiConnectionException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what timed out, naming the method and path
     * @param cause the timeout, or null when the overall budget ran out between attempts
     */
    public ApiTimeoutException(String message, Throwable cause) {
        super(message, cause);
    }
}
