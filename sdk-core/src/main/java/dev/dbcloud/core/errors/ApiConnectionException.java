package dev.dbcloud.core.errors;

/**
 * The API could not be reached or the connection broke (DNS, refused connection, reset, TLS), after whatever
 * retries were safe. The request may or may not have reached the server: for a call that is not idempotent,
 * check the resource before trying again.
 */
public class ApiConnectionException extends ApiException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed, naming the method and path
     * @param cause the I/O failure
     */
    public ApiConnectionException(String message, Throwable cause) {
        super(message, cause);
    }
}
