package dev.dbcloud.core.errors;

/**
 * The base of every exception the SDK throws. Catch it to handle any failure of a call in one place; catch a
 * subclass to react to one kind of failure.
 */
public class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message.
     *
     * @param message what went wrong
     */
    public ApiException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message and its cause.
     *
     * @param message what went wrong
     * @param cause the underlying failure, or null
     */
    public ApiException(String message, Throwable cause) {
        super(message, cause);
    }
}
