package dev.dbcloud.core.errors;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The API answered with an unsuccessful status. Subclasses name the common statuses ({@link NotFoundException},
 * {@link ConflictException}, …); this class itself is thrown for the others (for example 405 or a redirect
 * the SDK refused to follow).
 *
 * <pre>{@code
 * catch (ApiResponseException e) {
 *     e.statusCode();     // 409
 *     e.errorCode();      // Optional[CONFLICT]
 *     e.errorMessage();   // Optional[Only instance in one of the following states ...]
 *     e.requestId();      // quote it to the vendor's support
 * }
 * }</pre>
 */
public class ApiResponseException extends ApiException {
    private static final long serialVersionUID = 1L;

    private final transient ErrorResponse response;

    /**
     * Creates the exception for an unsuccessful response.
     *
     * @param response what the response said
     */
    public ApiResponseException(ErrorResponse response) {
        super(messageFor(requireNonNull(response, "response == null")));
        this.response = response;
    }

    static String messageFor(ErrorResponse r) {
        StringBuilder message = new StringBuilder()
                .append(r.method())
                .append(' ')
                .append(r.path())
                .append(" failed with status ")
                .append(r.statusCode());
        if (r.errorCode().isPresent() || r.errorMessage().isPresent()) {
            message.append(": ");
            r.errorCode().ifPresent(code -> message.append(code));
            if (r.errorCode().isPresent() && r.errorMessage().isPresent()) {
                message.append(' ');
            }
            r.errorMessage().ifPresent(text -> message.append(text));
        }
        r.requestId().ifPresent(id -> message.append(" (request id ").append(id).append(')'));
        if (r.attempts() > 1) {
            message.append(" after ").append(r.attempts()).append(" attempts");
        }
        return message.toString();
    }

    /**
     * Everything the SDK read from the response.
     *
     * @return the response details
     */
    public ErrorResponse response() {
        return response;
    }

    /**
     * The HTTP status code.
     *
     * @return the status code
     */
    public int statusCode() {
        return response.statusCode();
    }

    /**
     * The request id the API assigned, to quote when contacting the vendor.
     *
     * @return the request id, if the API gave one in the body or a header
     */
    public Optional<String> requestId() {
        return response.requestId();
    }

    /**
     * The API's machine-readable error code, such as {@code BAD_REQUEST} or {@code FAILED_DEPENDENCY}.
     *
     * @return the error code, if the API gave one
     */
    public Optional<String> errorCode() {
        return response.errorCode();
    }

    /**
     * The API's human-readable explanation, without the error code.
     *
     * @return the message, if the API gave one
     */
    public Optional<String> errorMessage() {
        return response.errorMessage();
    }

    /**
     * The response body as text: bounded in length, with secret-looking JSON fields masked.
     *
     * @return the body, empty if there was none
     */
    public String responseBody() {
        return response.responseBody();
    }

    /**
     * How many attempts the call made. Above 1, an earlier attempt may already have been applied by the server
     * even though this one failed: check the resource before repeating a call that is not idempotent.
     *
     * @return the number of attempts, at least 1
     */
    public int attempts() {
        return response.attempts();
    }

    /**
     * The response headers.
     *
     * @return an unmodifiable map from lower-case header name to values
     */
    public Map<String, List<String>> headers() {
        return response.headers();
    }
}
