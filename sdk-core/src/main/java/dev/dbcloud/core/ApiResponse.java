package dev.dbcloud.core;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.core.internal.HeaderMaps;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A successful response with its HTTP details: the decoded value plus status, headers and request id. Use it
 * when the value alone is not enough, for example to log the request id of a create, or to see whether an
 * idempotent replay answered.
 *
 * @param <T> the decoded value's type
 */
public final class ApiResponse<T> {
    private final int statusCode;
    private final Map<String, List<String>> headers;
    private final String requestId;
    private final T value;

    /**
     * Creates a response; the SDK does this for you.
     *
     * @param statusCode the HTTP status
     * @param headers the headers; names are kept in lower case
     * @param requestId the request id, or null
     * @param value the decoded value, or null for a call without result
     */
    public ApiResponse(int statusCode, Map<String, List<String>> headers, String requestId, T value) {
        this.statusCode = statusCode;
        this.headers = HeaderMaps.copy(requireNonNull(headers, "headers == null"));
        this.requestId = requestId;
        this.value = value;
    }

    /**
     * The HTTP status, e.g. 200 or 201.
     *
     * @return the status code
     */
    public int statusCode() {
        return statusCode;
    }

    /**
     * All response headers.
     *
     * @return an unmodifiable map from lower-case header name to values
     */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /**
     * The first value of a header.
     *
     * @param name the header name, in any case
     * @return the value, if the header was present
     */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    /**
     * The id the API assigned to the request.
     *
     * @return the request id, if the API gave one
     */
    public Optional<String> requestId() {
        return Optional.ofNullable(requestId);
    }

    /**
     * The decoded body.
     *
     * @return the value; null only for operations documented to return nothing
     */
    public T value() {
        return value;
    }

    /**
     * The same response with another value, for a module that turns the decoded body into what its operation
     * returns.
     *
     * @param newValue the value
     * @param <U> the value's type
     * @return a response with this status, these headers and this request id
     */
    public <U> ApiResponse<U> withValue(U newValue) {
        return new ApiResponse<>(statusCode, headers, requestId, newValue);
    }

    @Override
    public String toString() {
        return "ApiResponse{status=" + statusCode + ", requestId=" + requestId + ", value=" + value + '}';
    }
}
