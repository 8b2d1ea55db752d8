package dev.dbcloud.clickhouse.tinybird.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dbcloud.core.internal.ApiDialect;
import dev.dbcloud.core.internal.ApiError;
import dev.dbcloud.core.internal.RetryHints;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import okhttp3.Headers;

/**
 * How Tinybird's API differs from the engine's defaults: bodies are bare JSON; errors read {@code {"error":
 * "…"}}, sometimes with {@code status}, {@code documentation} or an {@code errors} list, which stay readable
 * through the exception's {@code responseBody()}; tokens may travel as the {@code token} query parameter; a
 * {@code Retry-After} header is preferred over {@code X-RateLimit-Reset}, whose meaning Tinybird's own clients
 * disagree on.
 *
 * <p>The engine hides the client's own token wherever the API repeats it (an "invalid token …" message, say), in
 * exception messages, response bodies and log lines alike; the dialect needs no part in that.
 */
public final class TinybirdDialect implements ApiDialect {

    /** Creates the dialect; it holds no state, so one client or many may share it. */
    public TinybirdDialect() {}

    @Override
    public String module() {
        return "clickhouse-tinybird";
    }

    @Override
    public ApiError readError(int status, JsonNode body) {
        JsonNode error = body.get("error");
        if (error == null || error.isNull()) {
            return ApiError.EMPTY;
        }
        String message = error.isValueNode() ? error.asText() : error.toString();
        return new ApiError(Optional.empty(), Optional.of(message), Optional.empty());
    }

    @Override
    public Optional<Duration> retryHint(int status, Headers headers, Instant now) {
        Optional<Duration> retryAfter = RetryHints.retryAfter(headers, now);
        if (retryAfter.isPresent() || status != 429) {
            return retryAfter;
        }
        return RetryHints.rateLimitReset(headers, now);
    }

    @Override
    public Optional<String> queryTokenParameter() {
        return Optional.of("token");
    }
}
