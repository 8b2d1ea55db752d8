package dev.dbcloud.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import okhttp3.Headers;

/**
 * Calls a module's {@link ApiDialect} so that a dialect tripping over an unexpected body can never make a raw
 * exception escape: what cannot be read is treated as absent, and the response is still mapped by its status. An
 * error body that is empty, not JSON or not a JSON object carries no details in any API, so it never reaches the
 * dialect's {@link ApiDialect#readError(int, JsonNode)}.
 */
final class SafeDialect {
    private final ApiDialect dialect;

    SafeDialect(ApiDialect dialect) {
        this.dialect = dialect;
    }

    Optional<String> envelopeResult() {
        try {
            Optional<String> field = dialect.envelopeResult();
            return field == null ? Optional.empty() : field;
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    ApiError readError(int status, JsonNode body) {
        if (body == null || !body.isObject()) {
            return ApiError.EMPTY;
        }
        try {
            ApiError error = dialect.readError(status, body);
            return error == null ? ApiError.EMPTY : error;
        } catch (RuntimeException e) {
            return ApiError.EMPTY;
        }
    }

    Optional<String> requestId(Headers headers, JsonNode body) {
        try {
            Optional<String> id = dialect.requestId(headers, body);
            return id == null || id.isEmpty() || id.get().isBlank() ? Optional.empty() : id;
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    Optional<Duration> retryHint(int status, Headers headers, Instant now) {
        try {
            Optional<Duration> hint = dialect.retryHint(status, headers, now);
            return hint == null ? Optional.empty() : hint;
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
