package dev.dbcloud.core.errors;

/**
 * A successful response's body, once decompressed, was larger than the call allowed, so the SDK stopped reading
 * it instead of exhausting memory. The limit is the client's {@code maxResponseBytes} (64 MiB by default) or the
 * call's {@code RequestOptions.maxResponseBytes}; raise it for an answer known to be that large. Like any
 * {@link ApiDecodingException} it is not retried, and {@link #bodyExcerpt()} shows the start of the body.
 *
 * <pre>{@code
 * catch (ApiResponseTooLargeException e) {
 *     e.limitBytes();   // 67108864
 *     e.requestId();    // to quote to the vendor
 * }
 * }</pre>
 */
public class ApiResponseTooLargeException extends ApiDecodingException {
    private static final long serialVersionUID = 1L;

    /** The limit the body exceeded, in bytes. */
    private final long limitBytes;

    /**
     * Creates the exception.
     *
     * @param message what was too large, naming the method, path and limit
     * @param statusCode the HTTP status of the response
     * @param requestId the request id, or null
     * @param bodyExcerpt the start of the body, secrets masked
     * @param limitBytes the limit the body exceeded, in bytes
     */
    public ApiResponseTooLargeException(
            String message, int statusCode, String requestId, String bodyExcerpt, long limitBytes) {
        super(message, statusCode, requestId, bodyExcerpt, null);
        this.limitBytes = limitBytes;
    }

    /**
     * The limit the decompressed body exceeded.
     *
     * @return the limit in bytes
     */
    public long limitBytes() {
        return limitBytes;
    }
}
