package dev.dbcloud.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dbcloud.core.internal.ApiDialect;
import dev.dbcloud.core.internal.ApiError;
import dev.dbcloud.core.internal.HttpMethod;
import java.util.Optional;

/**
 * A minimal dialect for core tests: bare JSON, errors as {@code {"code","message","request_id"}}, request id
 * also in {@code X-Request-Id}, and optionally idempotency keys on POST and PATCH.
 */
public class TestDialect implements ApiDialect {
    private final boolean idempotencyKeys;

    public TestDialect(boolean idempotencyKeys) {
        this.idempotencyKeys = idempotencyKeys;
    }

    @Override
    public String module() {
        return "test";
    }

    @Override
    public ApiError readError(int status, JsonNode body) {
        return new ApiError(text(body, "code"), text(body, "message"), text(body, "request_id"));
    }

    @Override
    public Optional<String> queryTokenParameter() {
        return Optional.of("token");
    }

    @Override
    public Optional<String> idempotencyHeader() {
        return idempotencyKeys ? Optional.of("Idempotency-Key") : Optional.empty();
    }

    @Override
    public boolean generatesIdempotencyKey(HttpMethod method) {
        return idempotencyKeys && (method == HttpMethod.POST || method == HttpMethod.PATCH);
    }

    private static Optional<String> text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        return node == null || node.isNull() ? Optional.empty() : Optional.of(node.asText());
    }
}
