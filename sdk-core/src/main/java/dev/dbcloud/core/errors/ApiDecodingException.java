package dev.dbcloud.core.errors;

import java.util.Optional;

/**
 * The API answered, but not with what it promised: an HTML page from a gateway, truncated JSON, a body of the
 * wrong shape, or a paging cursor it had already given. {@link #bodyExcerpt()} shows the start of what arrived.
 */
public class ApiDecodingException extends ApiException {
    private static final long serialVersionUID = 1L;

    /** The HTTP status of the undecodable response. */
    private final int statusCode;
    /** The request id, or null. */
    private final String requestId;
    /** The start of the body, secrets masked. */
    private final String bodyExcerpt;

    /**
     * Creates the exception.
     *
     * @param message what could not be decoded, naming the method and path
     * @param statusCode the HTTP status of the response
     * @param requestId the request id, or null
     * @param bodyExcerpt the start of the body, secrets masked
     * @param cause the parsing failure, or null
     */
    public ApiDecodingException(String message, int statusCode, String requestId, String bodyExcerpt, Throwable cause) {
        super(message, cause);
        this.statusCode = statusCode;
        this.requestId = requestId;
        this.bodyExcerpt = bodyExcerpt == null ? "" : bodyExcerpt;
    }

    /**
     * The HTTP status of the response that could not be decoded.
     *
     * @return the status code
     */
    public int statusCode() {
        return statusCode;
    }

    /**
     * The request id, if the response carried one.
     *
     * @return the request id
     */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /**
     * The start of the body, bounded in length, with secret-looking fields masked.
     *
     * @return the excerpt, empty if the body was empty
     */
    public String bodyExcerpt() {
        return bodyExcerpt;
    }
}
