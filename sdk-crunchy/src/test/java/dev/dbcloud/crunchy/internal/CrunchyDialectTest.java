package dev.dbcloud.crunchy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dbcloud.core.internal.ApiError;
import dev.dbcloud.core.internal.HttpMethod;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

class CrunchyDialectTest {
    private static final CrunchyDialect DIALECT = CrunchyDialect.INSTANCE;

    private static JsonNode tree(String json) throws Exception {
        return new ObjectMapper().readTree(json);
    }

    @Test
    void readsTheDocumentedErrorBody() throws Exception {
        ApiError error = DIALECT.readError(
                401,
                tree("{\"code\":null,\"is_transient\":false,\"message\":\"Unauthenticated.\","
                        + "\"request_id\":\"0b7c6f6e-0000-4000-8000-000000000001\"}"));
        assertThat(error.message()).contains("Unauthenticated.");
        assertThat(error.code()).isEmpty();
        assertThat(error.requestId())
                .as("left to requestId(), where the header wins")
                .isEmpty();
    }

    @Test
    void readsACodeOfAnyScalarTypeAndIgnoresStructuredOnes() throws Exception {
        assertThat(DIALECT.readError(409, tree("{\"code\":42,\"message\":\"m\"}"))
                        .code())
                .contains("42");
        assertThat(DIALECT.readError(409, tree("{\"code\":{\"a\":1},\"message\":[\"m\"]}")))
                .isEqualTo(ApiError.EMPTY);
    }

    @Test
    void requestIdComesFromTheHeaderElseTheBody() throws Exception {
        JsonNode body = tree("{\"request_id\":\"from-body\"}");
        assertThat(DIALECT.requestId(Headers.of("X-Request-Id", "from-header"), body))
                .contains("from-header");
        assertThat(DIALECT.requestId(Headers.of("X-Request-Id", " "), body)).contains("from-body");
        assertThat(DIALECT.requestId(Headers.of(), body)).contains("from-body");
        assertThat(DIALECT.requestId(Headers.of(), null)).isEmpty();
        assertThat(DIALECT.requestId(Headers.of(), tree("\"text\""))).isEmpty();
    }

    @Test
    void onlyRetryAfterIsAHint() {
        Instant now = Instant.parse("2024-01-01T00:00:00Z");
        assertThat(DIALECT.retryHint(429, Headers.of("Retry-After", "3", "X-RateLimit-Reset", "60"), now))
                .contains(Duration.ofSeconds(3));
        assertThat(DIALECT.retryHint(429, Headers.of("X-RateLimit-Reset", "60"), now))
                .isEmpty();
        assertThat(DIALECT.retryHint(503, Headers.of("Retry-After", "Mon, 01 Jan 2024 00:00:10 GMT"), now))
                .contains(Duration.ofSeconds(10));
    }

    @Test
    void idempotencyKeysOnPostAndPatchOnly() {
        assertThat(DIALECT.idempotencyHeader()).isEqualTo(Optional.of("Idempotency-Key"));
        assertThat(DIALECT.generatesIdempotencyKey(HttpMethod.POST)).isTrue();
        assertThat(DIALECT.generatesIdempotencyKey(HttpMethod.PATCH)).isTrue();
        assertThat(DIALECT.generatesIdempotencyKey(HttpMethod.PUT)).isFalse();
        assertThat(DIALECT.generatesIdempotencyKey(HttpMethod.GET)).isFalse();
        assertThat(DIALECT.generatesIdempotencyKey(HttpMethod.DELETE)).isFalse();
        assertThat(DIALECT.module()).isEqualTo("crunchy");
        assertThat(DIALECT.queryTokenParameter()).isEmpty();
    }

    @Test
    void eidShape() {
        assertThat(Eids.isEid("rvf73a77ozfsvcttryebfrnlem")).isTrue();
        assertThat(Eids.isEid("eaevtjiudzeq7bsqbbpiscund4")).isTrue();
        assertThat(Eids.isEid(null)).isFalse();
        assertThat(Eids.isEid("rvf73a77ozfsvcttryebfrnlen")).isFalse();
    }
}
