package dev.dbcloud.crunchy;

import static dev.dbcloud.crunchy.Fixtures.CLUSTER_ID;
import static dev.dbcloud.crunchy.Fixtures.TEAM_ID;
import static dev.dbcloud.crunchy.Fixtures.cluster;
import static dev.dbcloud.crunchy.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.errors.ApiResponseException;
import dev.dbcloud.core.errors.BadRequestException;
import dev.dbcloud.core.errors.ConflictException;
import dev.dbcloud.core.errors.ForbiddenException;
import dev.dbcloud.core.errors.GoneException;
import dev.dbcloud.core.errors.NotFoundException;
import dev.dbcloud.core.errors.RateLimitedException;
import dev.dbcloud.core.errors.ServerException;
import dev.dbcloud.core.errors.UnauthorizedException;
import dev.dbcloud.core.errors.UnprocessableEntityException;
import java.time.Duration;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IdempotencyAndErrorsTest extends MockApiTest {
    private static final String REQUEST_ID = "a6bd4a4c-0c8e-4a4e-9d6f-2f6a0b4f1e11";

    private static CreateClusterParams params() {
        return CreateClusterParams.builder()
                .name("crunchy-production")
                .planId("hobby-2")
                .teamId(TEAM_ID)
                .build();
    }

    private static MockResponse error(int code, String message) {
        return new MockResponse.Builder()
                .code(code)
                .setHeader("Content-Type", "application/json")
                .body("{\"code\":null,\"is_transient\":false,\"message\":\"" + message + "\",\"request_id\":\""
                        + REQUEST_ID + "\"}")
                .build();
    }

    @Test
    void aPostRetriedAfter503SendsTheSameIdempotencyKey() throws Exception {
        server.enqueue(error(503, "service unavailable"));
        server.enqueue(cluster(201));

        assertThat(cb().clusters().create(params()).id()).isEqualTo(CLUSTER_ID);

        String first = server.takeRequest().getHeaders().get("Idempotency-Key");
        String second = server.takeRequest().getHeaders().get("Idempotency-Key");
        assertThat(first).isNotBlank();
        assertThat(second).isEqualTo(first);
        assertThat(time.sleeps()).containsExactly(Duration.ofMillis(500));
    }

    @Test
    void aPostRetriedAfterADroppedConnectionSendsTheSameIdempotencyKey() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
                .build());
        server.enqueue(cluster(201));

        assertThat(cb().clusters().create(params()).id()).isEqualTo(CLUSTER_ID);

        assertThat(server.getRequestCount()).isEqualTo(2);
        String first = server.takeRequest().getHeaders().get("Idempotency-Key");
        assertThat(server.takeRequest().getHeaders().get("Idempotency-Key")).isEqualTo(first);
    }

    @Test
    void eachCallGetsItsOwnKey() throws Exception {
        server.enqueue(cluster(201));
        server.enqueue(cluster(201));
        cb().clusters().create(params());
        cb().clusters().create(params());
        assertThat(server.takeRequest().getHeaders().get("Idempotency-Key"))
                .isNotEqualTo(server.takeRequest().getHeaders().get("Idempotency-Key"));
    }

    @Test
    void aCallersKeyIsSentOnEveryAttempt() throws Exception {
        server.enqueue(error(500, "internal error"));
        server.enqueue(cluster(201));
        RequestOptions options =
                RequestOptions.builder().idempotencyKey("my-operation-42").build();

        cb().clusters().withOptions(options).create(params());

        assertThat(server.takeRequest().getHeaders().get("Idempotency-Key")).isEqualTo("my-operation-42");
        assertThat(server.takeRequest().getHeaders().get("Idempotency-Key")).isEqualTo("my-operation-42");
    }

    @Test
    void aReplayedAnswerIsSurfacedOnTheRawResponse() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .code(201)
                .setHeader("Content-Type", "application/json")
                .setHeader("X-Request-Id", REQUEST_ID)
                .setHeader("Idempotency-Key", "my-operation-42")
                .setHeader("Idempotency-Replay", "true")
                .body(Fixtures.resource("cluster.json"))
                .build());

        ApiResponse<Cluster> response = cb().clusters()
                .withRawResponse()
                .withOptions(RequestOptions.builder()
                        .idempotencyKey("my-operation-42")
                        .build())
                .create(params());

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.requestId()).contains(REQUEST_ID);
        assertThat(response.value().id()).isEqualTo(CLUSTER_ID);
        assertThat(CrunchyResponses.isIdempotencyReplay(response)).isTrue();
        assertThat(CrunchyResponses.idempotencyKey(response)).contains("my-operation-42");
    }

    @Test
    void aFreshAnswerIsNoReplay() {
        server.enqueue(cluster(200));
        ApiResponse<Cluster> response = cb().clusters().withRawResponse().get(CLUSTER_ID);
        assertThat(CrunchyResponses.isIdempotencyReplay(response)).isFalse();
        assertThat(CrunchyResponses.idempotencyKey(response)).isEmpty();
        assertThat(response.requestId()).contains("7e0a1d5c-1111-4a3b-9c2d-000000000001");
    }

    @Test
    void unauthorizedCarriesTheDocumentedErrorBody() {
        server.enqueue(error(401, "Unauthenticated."));
        assertThatThrownBy(() -> cb().clusters().get(CLUSTER_ID))
                .isInstanceOfSatisfying(UnauthorizedException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(401);
                    assertThat(e.errorMessage()).contains("Unauthenticated.");
                    assertThat(e.errorCode()).isEmpty();
                    assertThat(e.requestId()).contains(REQUEST_ID);
                    assertThat(e.getMessage())
                            .contains("GET /clusters/" + CLUSTER_ID)
                            .contains(REQUEST_ID);
                });
    }

    @Test
    void theRequestIdHeaderWinsOverTheBody() {
        server.enqueue(new MockResponse.Builder()
                .code(404)
                .setHeader("X-Request-Id", "header-request-id")
                .body("{\"message\":\"cluster not found\",\"request_id\":\"" + REQUEST_ID + "\"}")
                .build());
        assertThatThrownBy(() -> cb().clusters().get(CLUSTER_ID)).isInstanceOfSatisfying(NotFoundException.class, e -> {
            assertThat(e.requestId()).contains("header-request-id");
            assertThat(e.errorMessage()).contains("cluster not found");
        });
    }

    @Test
    void anErrorCodeIsReadWhenPresent() {
        server.enqueue(new MockResponse.Builder()
                .code(409)
                .body("{\"code\":\"idempotency_conflict\",\"message\":\"key in use\",\"request_id\":\"" + REQUEST_ID
                        + "\"}")
                .build());
        assertThatThrownBy(() -> cb().clusters().create(params()))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.errorCode()).contains("idempotency_conflict");
                    assertThat(e.requestId()).contains(REQUEST_ID);
                });
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aPatchRetriedAfter500SendsTheSameIdempotencyKey() throws Exception {
        server.enqueue(error(500, "internal error"));
        server.enqueue(cluster(200));

        cb().clusters()
                .update(CLUSTER_ID, UpdateClusterParams.builder().name("n").build());

        String first = server.takeRequest().getHeaders().get("Idempotency-Key");
        assertThat(first).isNotBlank();
        assertThat(server.takeRequest().getHeaders().get("Idempotency-Key")).isEqualTo(first);
    }

    static Stream<Arguments> documentedStatuses() {
        return Stream.of(
                Arguments.of(400, BadRequestException.class),
                Arguments.of(403, ForbiddenException.class),
                Arguments.of(409, ConflictException.class),
                Arguments.of(422, UnprocessableEntityException.class),
                Arguments.of(500, ServerException.class),
                Arguments.of(503, ServerException.class));
    }

    @ParameterizedTest
    @MethodSource("documentedStatuses")
    void everyDocumentedErrorStatusMapsToItsException(int status, Class<? extends ApiResponseException> type) {
        for (int i = 0; i < 4; i++) {
            server.enqueue(error(status, "refused with " + status));
        }
        assertThatThrownBy(() -> cb().clusters().create(params())).isInstanceOfSatisfying(type, e -> {
            assertThat(e.statusCode()).isEqualTo(status);
            assertThat(e.errorMessage()).contains("refused with " + status);
            assertThat(e.requestId()).contains(REQUEST_ID);
            assertThat(e.getMessage()).contains("POST /clusters");
        });
    }

    @Test
    void deletingTwiceIsGone() {
        server.enqueue(error(410, "cluster has been deleted"));
        assertThatThrownBy(() -> cb().clusters().delete(CLUSTER_ID))
                .isExactlyInstanceOf(GoneException.class)
                .satisfies(e -> {
                    GoneException failure = (GoneException) e;
                    assertThat(failure.statusCode()).isEqualTo(410);
                    assertThat(failure.errorMessage()).contains("cluster has been deleted");
                    assertThat(failure.attempts()).isEqualTo(1);
                });
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aDeleteRetriedAfterADroppedConnectionThatHadDeletedTheClusterIsGoneAfterTwoAttempts() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
                .build());
        server.enqueue(error(410, "cluster has been deleted"));

        assertThatThrownBy(() -> cb().clusters().delete(CLUSTER_ID)).isInstanceOfSatisfying(GoneException.class, e -> {
            assertThat(e.attempts()).isEqualTo(2);
            assertThat(e.statusCode()).isEqualTo(410);
            assertThat(e.errorMessage()).contains("cluster has been deleted");
            assertThat(e.requestId()).contains(REQUEST_ID);
        });

        assertThat(server.getRequestCount()).isEqualTo(2);
        take("DELETE", "/clusters/" + CLUSTER_ID);
        take("DELETE", "/clusters/" + CLUSTER_ID);
    }

    @Test
    void rateLimitedCallsWaitForRetryAfter() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .code(429)
                .setHeader("Retry-After", "7")
                .setHeader("X-RateLimit-Reset", "50")
                .body("{\"message\":\"too many requests\",\"request_id\":\"" + REQUEST_ID + "\"}")
                .build());
        server.enqueue(cluster(200));

        assertThat(cb().clusters().get(CLUSTER_ID).id()).isEqualTo(CLUSTER_ID);
        assertThat(time.sleeps()).as("only Retry-After counts").containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void rateLimitedCallsThatRunOutOfRetriesSayWhenToComeBack() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(new MockResponse.Builder()
                    .code(429)
                    .setHeader("Retry-After", "2")
                    .body("{\"message\":\"too many requests\",\"request_id\":\"" + REQUEST_ID + "\"}")
                    .build());
        }
        assertThatThrownBy(() -> cb().clusters().list()).isInstanceOfSatisfying(RateLimitedException.class, e -> {
            assertThat(e.retryAfter()).contains(Duration.ofSeconds(2));
            assertThat(e.errorMessage()).contains("too many requests");
        });
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void anErrorWithoutJsonIsStillMapped() {
        server.enqueue(new MockResponse.Builder().code(404).body("not json").build());
        assertThatThrownBy(() -> cb().clusters().status(CLUSTER_ID))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.errorMessage())
                        .isEmpty());
    }

    @Test
    void anUnexpectedSuccessBodyIsADecodingFailure() {
        server.enqueue(json(200, "{\"clusters\":{\"id\":\"not a list\"},\"has_more\":false}"));
        assertThatThrownBy(() -> cb().clusters().list())
                .isInstanceOf(dev.dbcloud.core.errors.ApiDecodingException.class);
    }

    @Test
    void aPageWhoseItemsAreNullIsEmptyLikeEveryListSentAsNull() {
        server.enqueue(json(200, "{\"clusters\":null,\"has_more\":false}"));
        assertThat(cb().clusters().list().items()).isEmpty();
    }
}
