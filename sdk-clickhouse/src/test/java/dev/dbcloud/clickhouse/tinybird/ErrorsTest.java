package dev.dbcloud.clickhouse.tinybird;

import static dev.dbcloud.clickhouse.tinybird.TinybirdFixture.TOKEN;
import static dev.dbcloud.clickhouse.tinybird.TinybirdFixture.fixture;
import static dev.dbcloud.clickhouse.tinybird.TinybirdFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dbcloud.clickhouse.tinybird.TinybirdFixture.Auth;
import dev.dbcloud.clickhouse.tinybird.internal.TinybirdDialect;
import dev.dbcloud.core.errors.ApiDecodingException;
import dev.dbcloud.core.errors.ApiResponseException;
import dev.dbcloud.core.errors.BadRequestException;
import dev.dbcloud.core.errors.ConflictException;
import dev.dbcloud.core.errors.ForbiddenException;
import dev.dbcloud.core.errors.NotFoundException;
import dev.dbcloud.core.errors.RateLimitedException;
import dev.dbcloud.core.errors.ServerException;
import dev.dbcloud.core.errors.UnauthorizedException;
import dev.dbcloud.core.internal.ApiError;
import dev.dbcloud.core.testing.LogCapture;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Tinybird's error bodies and headers, and that the token never shows up in a log line or a message. */
class ErrorsTest {
    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final TinybirdFixture fixture = new TinybirdFixture(server);

    static Stream<Arguments> errorBodies() {
        return Stream.of(
                Arguments.of(
                        400,
                        "{\"error\": \"Missing parameter: new_weights\"}",
                        BadRequestException.class,
                        "Missing parameter: new_weights"),
                Arguments.of(
                        401,
                        "{\"error\": \"invalid authentication token\"}",
                        UnauthorizedException.class,
                        "invalid authentication token"),
                Arguments.of(
                        403,
                        "{\"error\": \"Not enough permissions to manage clusters\", \"status\": 403,"
                                + " \"documentation\": \"https://www.tinybird.co/docs/api-reference/overview#errors\"}",
                        ForbiddenException.class,
                        "Not enough permissions to manage clusters"),
                Arguments.of(
                        404,
                        "{\"error\": \"Organization not found\"}",
                        NotFoundException.class,
                        "Organization not found"),
                Arguments.of(
                        405, "{\"error\": \"Method not allowed\"}", ApiResponseException.class, "Method not allowed"),
                Arguments.of(
                        409,
                        "{\"error\": \"Conflict with the current state of the cluster, resubmit\"}",
                        ConflictException.class,
                        "Conflict with the current state of the cluster, resubmit"),
                Arguments.of(
                        413,
                        "{\"error\": \"Request body too large\"}",
                        ApiResponseException.class,
                        "Request body too large"));
    }

    @ParameterizedTest
    @MethodSource("errorBodies")
    void errorBodiesMapToTypedExceptions(
            int status, String body, Class<? extends ApiResponseException> type, String message) {
        server.enqueue(json(status, body));
        try (TinybirdClient tb = fixture.client(Auth.HEADER)) {
            ApiResponseException e = catchThrowableOfType(
                    ApiResponseException.class,
                    () -> tb.organization("org-1").clusters().list());
            assertThat(e).isExactlyInstanceOf(type);
            assertThat(e.statusCode()).isEqualTo(status);
            assertThat(e.errorMessage()).contains(message);
            assertThat(e.errorCode()).isEmpty();
            assertThat(e.getMessage())
                    .isEqualTo("GET /v0/organizations/org-1/clusters failed with status " + status + ": " + message);
            assertThat(TinybirdFixture.tree(e.responseBody())).isEqualTo(TinybirdFixture.tree(body));
        }
    }

    @Test
    void extraFieldsStayReadableThroughTheBody() {
        String body = "{\"error\": \"Invalid weights\", \"errors\": [\"writer: replica-3 does not exist\"],"
                + " \"documentation\": \"https://www.tinybird.co/docs\"}";
        server.enqueue(json(400, body));
        try (TinybirdClient tb = fixture.client(Auth.HEADER)) {
            BadRequestException e = catchThrowableOfType(
                    BadRequestException.class, () -> tb.organization("org-1").configuration());
            assertThat(e.errorMessage()).contains("Invalid weights");
            assertThat(e.responseBody()).contains("replica-3 does not exist").contains("documentation");
        }
    }

    @Test
    void nonJsonAndStructuredErrorsStillMapByStatus() {
        server.enqueue(new MockResponse.Builder()
                .code(502)
                .body("<html>Bad Gateway</html>")
                .build());
        server.enqueue(json(400, "{\"error\": {\"field\": \"new_weights\"}}"));
        server.enqueue(json(400, "{\"message\": \"no error field\"}"));
        try (TinybirdClient tb = fixture.builder(Auth.HEADER).maxRetries(0).build()) {
            Clusters clusters = tb.organization("org-1").clusters();
            ServerException bad = catchThrowableOfType(ServerException.class, clusters::list);
            assertThat(bad.errorMessage()).isEmpty();
            assertThat(bad.responseBody()).contains("Bad Gateway");
            BadRequestException structured = catchThrowableOfType(BadRequestException.class, clusters::list);
            assertThat(structured.errorMessage()).contains("{\"field\":\"new_weights\"}");
            BadRequestException bare = catchThrowableOfType(BadRequestException.class, clusters::list);
            assertThat(bare.errorMessage()).isEmpty();
        }
    }

    @Test
    void rateLimitsWaitForRetryAfterThenSucceed() {
        server.enqueue(new MockResponse.Builder()
                .code(429)
                .setHeader("Retry-After", "3")
                .setHeader("X-RateLimit-Limit", "10")
                .setHeader("X-RateLimit-Remaining", "0")
                .setHeader("X-RateLimit-Reset", "30")
                .body("{\"error\": \"Too many requests\"}")
                .build());
        server.enqueue(fixture("clusters.json"));
        try (TinybirdClient tb = fixture.client(Auth.HEADER)) {
            assertThat(tb.organization("org-1").clusters().list()).hasSize(2);
        }
        // Retry-After wins over X-RateLimit-Reset, whose meaning Tinybird's clients disagree on.
        assertThat(fixture.time.sleeps()).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void rateLimitResetIsUsedWhenThereIsNoRetryAfter() {
        server.enqueue(new MockResponse.Builder()
                .code(429)
                .setHeader("X-RateLimit-Reset", "7")
                .body("{\"error\": \"Too many requests\"}")
                .build());
        try (TinybirdClient tb = fixture.builder(Auth.HEADER).maxRetries(0).build()) {
            RateLimitedException e = catchThrowableOfType(
                    RateLimitedException.class,
                    () -> tb.organization("org-1").clusters().list());
            assertThat(e.retryAfter()).contains(Duration.ofSeconds(7));
            assertThat(e.errorMessage()).contains("Too many requests");
        }
    }

    @Test
    void dialectHintsFollowTheReference() {
        TinybirdDialect dialect = new TinybirdDialect();
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        assertThat(dialect.retryHint(503, Headers.of("X-RateLimit-Reset", "9"), now))
                .isEmpty();
        assertThat(dialect.retryHint(503, Headers.of("Retry-After", "2"), now)).contains(Duration.ofSeconds(2));
        assertThat(dialect.retryHint(429, Headers.of("Retry-After", "1", "X-RateLimit-Reset", "9"), now))
                .contains(Duration.ofSeconds(1));
        assertThat(dialect.queryTokenParameter()).contains("token");
        assertThat(dialect.module()).isEqualTo("clickhouse-tinybird");
        assertThat(dialect.readError(400, TinybirdFixture.tree("{\"error\": null}")))
                .isEqualTo(ApiError.EMPTY);
        assertThat(dialect.readError(400, TinybirdFixture.tree("{\"error\": \"x\"}"))
                        .message())
                .isEqualTo(Optional.of("x"));
    }

    @ParameterizedTest
    @EnumSource(Auth.class)
    void theTokenIsInNoLogLineAndNoExceptionMessage(Auth auth) throws Exception {
        server.enqueue(json(503, "{\"error\": \"overloaded\"}"));
        server.enqueue(json(404, "{\"error\": \"Organization not found\"}"));
        server.enqueue(json(200, "{\"clusters\": [{\"cluster_id\": \"c-1\", \"replicas\": \"not a map\"}]}"));
        server.enqueue(fixture("clusters.json"));
        try (LogCapture logs = LogCapture.http();
                TinybirdClient tb = fixture.client(auth)) {
            Clusters clusters = tb.organization("org-1").clusters();
            NotFoundException notFound = catchThrowableOfType(NotFoundException.class, clusters::list);
            ApiDecodingException decoding = catchThrowableOfType(ApiDecodingException.class, clusters::list);
            ClusterNotFoundException missing =
                    catchThrowableOfType(ClusterNotFoundException.class, () -> clusters.get("c-9"));
            for (Exception e : new Exception[] {notFound, decoding, missing}) {
                assertThat(e.getMessage()).doesNotContain("s3cr3t").doesNotContain("token=");
                assertThat(String.valueOf(e)).doesNotContain("s3cr3t");
            }
            assertThat(notFound.getMessage())
                    .isEqualTo("GET /v0/organizations/org-1/clusters failed with status 404: Organization not found"
                            + " after 2 attempts");
            assertThat(logs.messages()).hasSizeGreaterThan(3).allSatisfy(line -> assertThat(line)
                    .doesNotContain("s3cr3t"));
            if (auth == Auth.QUERY) {
                assertThat(logs.messages()).anySatisfy(line -> assertThat(line).contains("token=****"));
            }
        }
        for (int i = 0; i < 4; i++) {
            auth.assertCarriedBy(server.takeRequest());
        }
        assertThat(tbSettingsText(auth)).doesNotContain("s3cr3t");
    }

    @ParameterizedTest
    @EnumSource(Auth.class)
    void aTokenTheServerEchoesIsHiddenInMessagesBodiesAndLogLines(Auth auth) {
        server.enqueue(json(
                401,
                "{\"error\": \"invalid token " + TOKEN + "\", \"token\": \"" + TOKEN + "\", \"hint\": \"you sent "
                        + TOKEN + "\"}"));
        server.enqueue(json(200, "{\"clusters\": \"" + TOKEN + "\"}"));
        try (LogCapture logs = LogCapture.http();
                TinybirdClient tb = fixture.client(auth)) {
            Clusters clusters = tb.organization("org-1").clusters();
            UnauthorizedException e = catchThrowableOfType(UnauthorizedException.class, clusters::list);
            assertThat(e.getMessage())
                    .isEqualTo("GET /v0/organizations/org-1/clusters failed with status 401: invalid token ****");
            assertThat(e.errorMessage()).contains("invalid token ****");
            assertThat(e.responseBody()).doesNotContain(TOKEN).doesNotContain("s3cr3t");
            assertThat(TinybirdFixture.tree(e.responseBody()).get("hint").asText())
                    .isEqualTo("you sent ****");
            assertThat(String.valueOf(e)).doesNotContain("s3cr3t");

            ApiDecodingException decoding = catchThrowableOfType(ApiDecodingException.class, clusters::list);
            assertThat(decoding.getMessage()).doesNotContain("s3cr3t");
            assertThat(decoding.bodyExcerpt()).doesNotContain("s3cr3t").contains("****");

            assertThat(logs.messages())
                    .anySatisfy(line -> assertThat(line).contains("invalid token ****"))
                    .allSatisfy(line -> assertThat(line).doesNotContain("s3cr3t"));
        }
    }

    private String tbSettingsText(Auth auth) {
        try (TinybirdClient tb = fixture.client(auth)) {
            return tb.settings().toString() + auth.credentials;
        }
    }

    @Test
    void theClusterExceptionsAreFinalAndOnlyTheSdkCreatesThem() {
        for (Class<?> type : new Class<?>[] {ClusterNotFoundException.class, ClusterNotReadyException.class}) {
            assertThat(Modifier.isFinal(type.getModifiers()))
                    .as(type + " is final")
                    .isTrue();
            assertThat(type.getConstructors())
                    .as(type + " has no public constructor")
                    .isEmpty();
            assertThat(Arrays.stream(type.getDeclaredConstructors()).map(Constructor::getModifiers))
                    .as(type + " constructors are package-private")
                    .allSatisfy(modifiers -> assertThat(
                                    modifiers & (Modifier.PUBLIC | Modifier.PROTECTED | Modifier.PRIVATE))
                            .isZero());
        }
        Cluster cluster = Cluster.builder().clusterId("c-7").build();
        assertThat(new ClusterNotReadyException("rebalance", "why", cluster))
                .hasMessage("refused to rebalance on cluster c-7: why")
                .satisfies(e -> assertThat(e.clusterId()).isEqualTo("c-7"));
        assertThat(new ClusterNotFoundException("org-1", "c-8", 1))
                .hasMessage("cluster c-8 not found in organization org-1 (1 cluster listed)")
                .satisfies(e -> assertThat(e.clusterId()).isEqualTo("c-8"));
    }

    @Test
    void serverErrorsAreRetriedForReads() {
        server.enqueue(json(500, "{\"error\": \"unexpected error\"}"));
        server.enqueue(fixture("clusters.json"));
        try (TinybirdClient tb = fixture.client(Auth.HEADER)) {
            assertThat(tb.organization("org-1").clusters().list()).hasSize(2);
        }
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(fixture.time.sleeps()).containsExactly(Duration.ofMillis(500));
    }
}
