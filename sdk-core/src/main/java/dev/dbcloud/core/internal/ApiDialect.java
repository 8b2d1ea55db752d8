package dev.dbcloud.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import okhttp3.Headers;

/**
 * How one API differs from the others, contributed by its module to the shared {@link HttpEngine}: which
 * envelope member of a success body holds the payload, how an error body is read, where the request id is, which rate-limit headers exist, whether
 * query tokens and idempotency keys are supported. The defaults describe a plain JSON API with {@code
 * X-Request-Id}, {@code Retry-After} and {@code X-RateLimit-Reset}, without query tokens or idempotency keys.
 */
public interface ApiDialect {

    /**
     * The module name shown in the {@code User-Agent}, e.g. {@code clickhouse}.
     *
     * @return a short lower-case name
     */
    String module();

    /**
     * The member of a successful JSON body that holds the payload, for an API that wraps every answer in an
     * envelope such as {@code {"status":200,"requestId":"…","result":…}}. The engine streams the body: it decodes
     * that member straight into the result type and keeps the envelope's other scalar members, which it hands to
     * {@link #requestId(Headers, JsonNode)}. A body that is not a JSON object fails to decode; an envelope without
     * the member (or with {@code null}) carries no payload.
     *
     * @return e.g. {@code result}, or empty (the default) for an API whose bodies are the payload itself
     */
    default Optional<String> envelopeResult() {
        return Optional.empty();
    }

    /**
     * Reads an error body. The engine asks only about a JSON object: an error body that is empty, not JSON or
     * not an object carries no details, whatever the API.
     *
     * @param status the HTTP status
     * @param body the parsed body, a JSON object
     * @return what could be read
     */
    ApiError readError(int status, JsonNode body);

    /**
     * Finds the request id of a response: in the body or in a header.
     *
     * @param headers the response headers
     * @param body the parsed error body; for a success, the envelope's scalar members (the payload is never
     *     parsed into a tree); null when there is neither
     * @return the request id, if any
     */
    default Optional<String> requestId(Headers headers, JsonNode body) {
        return Optional.ofNullable(headers.get("X-Request-Id"));
    }

    /**
     * The pause the server asked for before another attempt, read from a 429 or 503 response. By default {@code
     * Retry-After}, and on a 429 also {@code X-RateLimit-Reset} (the longer wins): on a 503 the rate-limit window
     * says nothing about when the server will be back.
     *
     * @param status the response status, 429 or 503
     * @param headers the response headers
     * @param now the current time, for HTTP-date values
     * @return the pause, if the server gave one
     */
    default Optional<Duration> retryHint(int status, Headers headers, Instant now) {
        Optional<Duration> retryAfter = RetryHints.retryAfter(headers, now);
        return status == 429 ? RetryHints.longest(retryAfter, RetryHints.rateLimitReset(headers, now)) : retryAfter;
    }

    /**
     * The query parameter that carries a {@code Credentials.queryToken}, if the API accepts tokens that way.
     * Clients of an API without one refuse such credentials when they are built.
     *
     * @return e.g. {@code token}, or empty
     */
    default Optional<String> queryTokenParameter() {
        return Optional.empty();
    }

    /**
     * The header that carries idempotency keys, if the API honours them.
     *
     * @return e.g. {@code Idempotency-Key}, or empty when the API has none
     */
    default Optional<String> idempotencyHeader() {
        return Optional.empty();
    }

    /**
     * Whether requests with this method get a generated idempotency key when the caller gives none.
     *
     * @param method the request method
     * @return true to make such requests safe to retry
     */
    default boolean generatesIdempotencyKey(HttpMethod method) {
        return false;
    }
}
