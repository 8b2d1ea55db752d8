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
 *   <li>The user-defined function endpoints add structured fields: {@code issues[]} ({@code {path, code,
 *       message}}) on a 400, listed after the message, and on a 424 a {@code code} ({@code SERVICE_IDLE}, {@code
 *       SERVICE_NOT_RUNNING}, {@code SERVICE_STOPPED}) that becomes the error code, with {@code serviceState} and
 *       {@code canWake} added to the message.
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
            Optional<String> code = structuredCode.isPresent() ? structuredCode : Optional.of(matcher.group(1));
            return new ApiError(code, details(Optional.ofNullable(matcher.group(2)), body), requestId);
        }
        return new ApiError(structuredCode, details(error, body), requestId);
    }

    /** The message with the structured details of the UDF endpoints' errors appended, when there are any. */
    private static Optional<String> details(Optional<String> message, JsonNode body) {
        StringBuilder extra = new StringBuilder();
        JsonNode issues = body.get("issues");
        if (issues != null && issues.isArray()) {
            for (JsonNode issue : issues) {
                extra.append(extra.length() == 0 ? "issues: " : "; ");
                JsonNode path = issue.get("path");
                if (path != null && path.isArray() && !path.isEmpty()) {
                    StringBuilder joined = new StringBuilder();
                    path.forEach(part ->
                            joined.append(joined.length() == 0 ? "" : ".").append(part.asText()));
                    extra.append(joined).append(": ");
                }
                extra.append(text(issue, "message").orElse("invalid"));
                text(issue, "code")
                        .ifPresent(code -> extra.append(" (").append(code).append(')'));
            }
        }
        Optional<String> state = text(body, "serviceState");
        JsonNode canWake = body.get("canWake");
        if (state.isPresent() || (canWake != null && canWake.isBoolean())) {
            extra.append(extra.length() == 0 ? "" : "; ");
            state.ifPresent(s -> extra.append("service state: ").append(s));
            if (canWake != null && canWake.isBoolean()) {
                extra.append(state.isPresent() ? ", " : "").append("can wake: ").append(canWake.asBoolean());
            }
        }
        if (extra.length() == 0) {
            return message;
        }
        return Optional.of(message.map(m -> m + " [" + extra + "]").orElse(extra.toString()));
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
