package dev.dbcloud.crunchy.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dbcloud.core.internal.ApiDialect;
import dev.dbcloud.core.internal.ApiError;
import dev.dbcloud.core.internal.HttpMethod;
import dev.dbcloud.core.internal.RetryHints;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import okhttp3.Headers;

/**
 * The Crunchy Bridge platform API's dialect: bare snake_case JSON in and out, errors shaped {@code {"message",
 * "request_id", "code", "is_transient"}}, the request id in {@code X-Request-Id} (else the body's {@code
 * request_id}), {@code Retry-After} on 429, and an {@code Idempotency-Key} on every POST and PATCH.
 */
public final class CrunchyDialect implements ApiDialect {
    /** The one instance; the dialect holds no state. */
    public static final CrunchyDialect INSTANCE = new CrunchyDialect();

    /** The header carrying idempotency keys, on requests and echoed on responses. */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    /** The response header that says the server answered with the recorded response of an earlier request. */
    public static final String IDEMPOTENCY_REPLAY = "Idempotency-Replay";

    private CrunchyDialect() {}

    @Override
    public String module() {
        return "crunchy";
    }

    @Override
    public ApiError readError(int status, JsonNode body) {
        // The request id is left to requestId(), so X-Request-Id wins over the body as it does on success.
        return new ApiError(text(body, "code"), text(body, "message"), Optional.empty());
    }

    @Override
    public Optional<String> requestId(Headers headers, JsonNode body) {
        String header = headers.get("X-Request-Id");
        if (header != null && !header.isBlank()) {
            return Optional.of(header);
        }
        return body != null && body.isObject() ? text(body, "request_id") : Optional.empty();
    }

    /**
     * Only {@code Retry-After}: Crunchy Bridge documents no {@code X-RateLimit-*} headers, and such a header
     * added by a proxy on the way could mean something else.
     */
    @Override
    public Optional<Duration> retryHint(int status, Headers headers, Instant now) {
        return RetryHints.retryAfter(headers, now);
    }

    @Override
    public Optional<String> idempotencyHeader() {
        return Optional.of(IDEMPOTENCY_KEY);
    }

    @Override
    public boolean generatesIdempotencyKey(HttpMethod method) {
        return method == HttpMethod.POST || method == HttpMethod.PATCH;
    }

    private static Optional<String> text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull() || node.isContainerNode()) {
            return Optional.empty();
        }
        return Optional.of(node.asText());
    }
}
