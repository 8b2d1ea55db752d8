package dev.dbcloud.core.internal;

import java.util.Optional;

/**
 * What a dialect read from an error body.
 *
 * @param code the machine-readable error code, if any
 * @param message the human-readable message, if any
 * @param requestId the request id found in the body, if any
 */
public record ApiError(Optional<String> code, Optional<String> message, Optional<String> requestId) {

    /**
     * Creates the error, treating null and blank values as absent.
     *
     * @param code the code
     * @param message the message
     * @param requestId the request id
     */
    public ApiError {
        code = present(code);
        message = present(message);
        requestId = present(requestId);
    }

    private static Optional<String> present(Optional<String> value) {
        return value == null ? Optional.empty() : value.filter(text -> !text.isBlank());
    }

    /** An error body that said nothing the SDK could read. */
    public static final ApiError EMPTY = new ApiError(Optional.empty(), Optional.empty(), Optional.empty());
}
