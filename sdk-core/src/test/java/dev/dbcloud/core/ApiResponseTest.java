package dev.dbcloud.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiResponseTest {
    @Test
    void withValueKeepsStatusHeadersAndRequestId() {
        ApiResponse<String> raw = new ApiResponse<>(202, Map.of("X-RateLimit-Remaining", List.of("7")), "r-1", "{}");

        ApiResponse<Integer> mapped = raw.withValue(42);

        assertThat(mapped.value()).isEqualTo(42);
        assertThat(mapped.statusCode()).isEqualTo(202);
        assertThat(mapped.header("x-ratelimit-remaining")).contains("7");
        assertThat(mapped.requestId()).contains("r-1");
        assertThat(raw.value()).isEqualTo("{}");
    }
}
