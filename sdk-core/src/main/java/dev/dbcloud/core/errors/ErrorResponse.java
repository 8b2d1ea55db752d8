package dev.dbcloud.core.errors;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.core.internal.HeaderMaps;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the SDK learned from an unsuccessful HTTP response, carried by every {@link ApiResponseException}.
 *
 * @param method the HTTP method of the call, e.g. {@code DELETE}
 * @param path the request path without query string, e.g. {@code /v1/organizations/o1/services/s1}
 * @param statusCode the HTTP status code
 * @param requestId the id the API assigned to the request, if it gave one
 * @param errorCode the API's machine-readable error code, if it gave one (e.g. {@code CONFLICT})
 * @param errorMessage the API's human-readable message, if it gave one
 * @param responseBody the response body as text, bounded in length and with secret-looking fields masked
 * @param headers the response headers, names in lower case
 * @param attempts how many attempts the call made, this response's included; above 1, an earlier attempt may
 *     already have been applied by the server (a retried DELETE answering 404, say)
 */
public record ErrorResponse(
        String method,
        String path,
        int statusCode,
        Optional<String> requestId,
        Optional<String> errorCode,
        Optional<String> errorMessage,
        String responseBody,
        Map<String, List<String>> headers,
        int attempts) {

    /**
     * Creates the details, refusing nulls and copying the headers deeply.
     *
     * @param method the HTTP method of the call
     * @param path the request path without query string
     * @param statusCode the HTTP status code
     * @param requestId the request id, if any
     * @param errorCode the API's error code, if any
     * @param errorMessage the API's message, if any
     * @param responseBody the bounded, masked body
     * @param headers the response headers
     * @param attempts how many attempts the call made, at least 1
     */
    public ErrorResponse {
        requireNonNull(method, "method == null");
        requireNonNull(path, "path == null");
        requireNonNull(requestId, "requestId == null");
        requireNonNull(errorCode, "errorCode == null");
        requireNonNull(errorMessage, "errorMessage == null");
        requireNonNull(responseBody, "responseBody == null");
        headers = HeaderMaps.copy(requireNonNull(headers, "headers == null"));
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be >= 1 but was " + attempts);
        }
    }
}
