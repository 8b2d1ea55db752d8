package dev.dbcloud.clickhouse.shared.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dbcloud.core.internal.ApiDialect;
import dev.dbcloud.core.internal.ApiError;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Headers;

/**
 * The ClickHouse Cloud API's dialect for the core engine. <strong>Not for users</strong>: this class is public
 * only so that other dbcloud-java modules speaking the same API (Managed Postgres) reuse it instead of copying
 * it; it may change in any release.
 *
 * <ul>
 *   <li>Success bodies are envelopes {@code {"status":200,"requestId":"…","result":…}}; the payload is {@code
 *       result}. Answers without payload (DELETEs) carry no {@code result}.
 *   <li>Error bodies are {@code {"status":400,"error":"BAD_REQUEST: detail","requestId":"…"}}: a leading {@code
 *       UPPER_SNAKE} word followed by a colon (or alone, as in {@code {"error":"TOO_MANY_REQUESTS"}}) becomes the
 *       error code and the rest the message. Bodies that are not JSON (a CDN's HTML 504) are mapped by status.
 *   <li>The request id comes from the body's {@code requestId}, else from the {@code X-Request-Id} header.
 *   <li>Rate limits: a 429 carries {@code X-RateLimit-Reset} (seconds until the window resets), which the core
 *       default {@link ApiDialect#retryHint} already honours.
 * </ul>
 */
public final class ClickHouseCloudDialect implements ApiDialect {
    /** The one shared instance; the dialect has no state. */
    public static final ClickHouseCloudDialect INSTANCE = new ClickHouseCloudDialect();

    private static final Pattern CODE_PREFIX = Pattern.compile("^([A-Z][A-Z0-9_]+)(?::\\s*(.*))?$", Pattern.DOTALL);

    private ClickHouseCloudDialect() {}

    @Override
    public String module() {
        return "clickhouse";
    }

    /**
     * The envelope's {@code result}, which the engine decodes as it streams the body.
     *
     * @return {@code result}
     */
    @Override
    public Optional<String> envelopeResult() {
        return Optional.of("result");
    }

    @Override
    public ApiError readError(int status, JsonNode body) {
        Optional<String> requestId = text(body, "requestId");
        Optional<String> error = text(body, "error");
        Optional<String> structuredCode = text(body, "code");
        if (error.isEmpty()) {
            return new ApiError(structuredCode, text(body, "message"), requestId);
        }
        Matcher matcher = CODE_PREFIX.matcher(error.get().trim());
        if (matcher.matches()) {
            return new ApiError(Optional.of(matcher.group(1)), Optional.ofNullable(matcher.group(2)), requestId);
        }
        return new ApiError(structuredCode, error, requestId);
    }

    @Override
    public Optional<String> requestId(Headers headers, JsonNode body) {
        if (body != null && body.isObject()) {
            Optional<String> fromBody = text(body, "requestId");
            if (fromBody.isPresent()) {
                return fromBody;
            }
        }
        return Optional.ofNullable(headers.get("X-Request-Id"));
    }

    private static Optional<String> text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        return node != null && node.isTextual() ? Optional.of(node.asText()) : Optional.empty();
    }
}
