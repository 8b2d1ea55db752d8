package dev.dbcloud.clickhouse.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dbcloud.core.internal.ApiError;
import dev.dbcloud.core.internal.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/** The dialect on its own, as another module (Managed Postgres) uses it. */
class ClickHouseCloudDialectTest {
    private final ClickHouseCloudDialect dialect = ClickHouseCloudDialect.INSTANCE;

    private static JsonNode json(String text) throws Exception {
        return Json.readTree(text);
    }

    @Test
    void module() {
        assertThat(dialect.module()).isEqualTo("clickhouse");
    }

    @Test
    void thePayloadIsTheEnvelopesResult() {
        assertThat(dialect.envelopeResult()).contains("result");
    }

    @Test
    void readErrorSplitsTheUpperSnakePrefix() throws Exception {
        assertThat(dialect.readError(
                        400,
                        json("{\"status\":400,\"error\":\"BAD_REQUEST: Invalid service name\",\"requestId\":\"r1\"}")))
                .isEqualTo(new ApiError(
                        Optional.of("BAD_REQUEST"), Optional.of("Invalid service name"), Optional.of("r1")));
        assertThat(dialect.readError(429, json("{\"error\":\"TOO_MANY_REQUESTS\"}")))
                .isEqualTo(new ApiError(Optional.of("TOO_MANY_REQUESTS"), Optional.empty(), Optional.empty()));
        assertThat(dialect.readError(400, json("{\"error\":\"Value must be >= 1\"}")))
                .isEqualTo(new ApiError(Optional.empty(), Optional.of("Value must be >= 1"), Optional.empty()));
        assertThat(dialect.readError(400, json("{\"message\":\"m\",\"code\":\"C\"}")))
                .isEqualTo(new ApiError(Optional.of("C"), Optional.of("m"), Optional.empty()));
    }

    @Test
    void requestIdComesFromTheBodyThenTheHeader() throws Exception {
        Headers headers = Headers.of("X-Request-Id", "hdr");
        assertThat(dialect.requestId(headers, json("{\"requestId\":\"body\"}"))).contains("body");
        assertThat(dialect.requestId(headers, json("{\"status\":200}"))).contains("hdr");
        assertThat(dialect.requestId(headers, null)).contains("hdr");
        assertThat(dialect.requestId(Headers.of(), json("[]"))).isEmpty();
    }

    @Test
    void rateLimitResetIsHonouredOn429() {
        Headers headers = Headers.of("X-RateLimit-Reset", "3.5");
        assertThat(dialect.retryHint(429, headers, Instant.EPOCH)).contains(Duration.ofMillis(3500));
        assertThat(dialect.retryHint(503, headers, Instant.EPOCH)).isEmpty();
    }

    @Test
    void noQueryTokensNorIdempotencyKeys() {
        assertThat(dialect.queryTokenParameter()).isEmpty();
        assertThat(dialect.idempotencyHeader()).isEmpty();
    }
}
