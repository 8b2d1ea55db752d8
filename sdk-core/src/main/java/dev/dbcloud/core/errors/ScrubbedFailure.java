package dev.dbcloud.core.errors;

/**
 * Stands in, as the cause of an SDK exception, for a lower-level failure (typically an {@code IOException}) whose
 * message repeated something secret: a server that echoed the client's token in a malformed status line, say.
 * It keeps the original's type name, stack trace and (likewise cleaned) causes, with the secret replaced by
 * {@code ****}, so a logged stack trace reads like the original's.
 *
 * <pre>{@code
 * catch (ApiConnectionException e) {
 *     if (e.getCause() instanceof ScrubbedFailure f) {
 *         f.originalType(); // "java.net.ProtocolException"
 *     }
 * }
 * }</pre>
 */
public final class ScrubbedFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The fully qualified class name of the failure this stands for. */
    private final String originalType;

    /**
     * Creates the stand-in; the SDK does this for you.
     *
     * @param originalType the class name of the original failure
     * @param scrubbedMessage the original message with secrets replaced, or null
     * @param stackTrace the original stack trace
     * @param cause the original's cause, itself cleaned, or null
     */
    public ScrubbedFailure(
            String originalType, String scrubbedMessage, StackTraceElement[] stackTrace, Throwable cause) {
        super(scrubbedMessage, cause);
        this.originalType = originalType;
        setStackTrace(stackTrace);
    }

    /**
     * The class name of the failure this stands for.
     *
     * @return e.g. {@code java.net.ProtocolException}
     */
    public String originalType() {
        return originalType;
    }

    /** @return the original's type name and the cleaned message, as the original's {@code toString()} reads */
    @Override
    public String toString() {
        String message = getLocalizedMessage();
        return message == null ? originalType : originalType + ": " + message;
    }
}
