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
 * <p>An error message that echoes the client's token (an "invalid token …" answer, say) has it replaced with
 * {@code ****} before it reaches an exception message.
 */
public final class TinybirdDialect implements ApiDialect {
    private static final String MASK = "****";

    private final String secret;

    /**
     * Creates the dialect of one client.
     *
     * @param secret the client's token, masked wherever the API repeats it in an error message; null for none
     */
    public TinybirdDialect(String secret) {
        this.secret = secret;
    }

    @Override
    public String module() {
        return "clickhouse-tinybird";
    }

    @Override
    public ApiError readError(int status, JsonNode body) {
        if (body == null || !body.isObject()) {
            return ApiError.EMPTY;
        }
        JsonNode error = body.get("error");
        if (error == null || error.isNull()) {
            return ApiError.EMPTY;
        }
        String message = error.isValueNode() ? error.asText() : error.toString();
        return new ApiError(Optional.empty(), Optional.of(mask(message)), Optional.empty());
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

    private String mask(String message) {
        return secret == null || secret.isEmpty() ? message : message.replace(secret, MASK);
    }
}
