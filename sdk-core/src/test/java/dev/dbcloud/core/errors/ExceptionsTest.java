package dev.dbcloud.core.errors;

import static org.assertj.core.api.Assertions.*;

import dev.dbcloud.core.internal.ErrorMapper;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExceptionsTest {

    private static ErrorResponse response(
            int status, Optional<String> requestId, Optional<String> code, Optional<String> message) {
        return new ErrorResponse(
                "DELETE",
                "/v1/organizations/o1/services/s1",
                status,
                requestId,
                code,
                message,
                "{\"error\":\"x\"}",
                Map.of("x-request-id", List.of("req-9")),
                1);
    }

    private static ErrorResponse response(int status) {
        return response(status, Optional.of("req-9"), Optional.of("CONFLICT"), Optional.of("service is running"));
    }

    @Test
    void messageNamesMethodPathStatusCodeMessageAndRequestId() {
        ApiResponseException e = new ApiResponseException(response(409));

        assertThat(e.getMessage())
                .isEqualTo("DELETE /v1/organizations/o1/services/s1 failed with status 409: CONFLICT service is running"
                        + " (request id req-9)");
    }

    @Test
    void messageWithoutCodeOrMessageOrRequestIdIsShort() {
        ApiResponseException e =
                new ApiResponseException(response(410, Optional.empty(), Optional.empty(), Optional.empty()));

        assertThat(e.getMessage()).isEqualTo("DELETE /v1/organizations/o1/services/s1 failed with status 410");
    }

    @Test
    void messageWithOnlyAnErrorMessage() {
        ApiResponseException e = new ApiResponseException(
                response(400, Optional.empty(), Optional.empty(), Optional.of("name is required")));

        assertThat(e.getMessage())
                .isEqualTo("DELETE /v1/organizations/o1/services/s1 failed with status 400: name is required");
    }

    @Test
    void messageWithOnlyAnErrorCode() {
        ApiResponseException e = new ApiResponseException(
                response(400, Optional.of("r1"), Optional.of("BAD_REQUEST"), Optional.empty()));

        assertThat(e.getMessage())
                .isEqualTo(
                        "DELETE /v1/organizations/o1/services/s1 failed with status 400: BAD_REQUEST (request id r1)");
    }

    @Test
    void messageHasNoQueryStringBodyOrHeaders() {
        ErrorResponse response = new ErrorResponse(
                "GET",
                "/v0/pipes/p.json",
                401,
                Optional.empty(),
                Optional.empty(),
                Optional.of("invalid token"),
                "{\"error\":\"invalid token\",\"hint\":\"body-only-text\"}",
                Map.of("www-authenticate", List.of("Bearer realm=header-only-text")),
                1);

        ApiResponseException e = new ApiResponseException(response);

        assertThat(e.getMessage())
                .isEqualTo("GET /v0/pipes/p.json failed with status 401: invalid token")
                .doesNotContain("?")
                .doesNotContain("body-only-text")
                .doesNotContain("header-only-text");
    }

    @Test
    void accessorsExposeTheResponse() {
        ErrorResponse response = response(409);
        ApiResponseException e = new ApiResponseException(response);

        assertThat(e.response()).isSameAs(response);
        assertThat(e.statusCode()).isEqualTo(409);
        assertThat(e.requestId()).contains("req-9");
        assertThat(e.errorCode()).contains("CONFLICT");
        assertThat(e.errorMessage()).contains("service is running");
        assertThat(e.responseBody()).isEqualTo("{\"error\":\"x\"}");
        assertThat(e.headers()).containsEntry("x-request-id", List.of("req-9"));
    }

    @Test
    void errorResponseRefusesNullsAndCopiesHeaders() {
        Map<String, List<String>> headers = new HashMap<>();
        headers.put("a", List.of("1"));
        ErrorResponse response = new ErrorResponse(
                "GET", "/p", 500, Optional.empty(), Optional.empty(), Optional.empty(), "", headers, 1);

        headers.put("b", List.of("2"));

        assertThat(response.headers()).containsOnlyKeys("a");
        assertThatNullPointerException()
                .isThrownBy(() -> new ErrorResponse(
                        "GET", null, 500, Optional.empty(), Optional.empty(), Optional.empty(), "", Map.of(), 1))
                .withMessageContaining("path");
        assertThatNullPointerException()
                .isThrownBy(() -> new ApiResponseException(null))
                .withMessageContaining("response");
    }

    @Test
    void everySpecificExceptionIsAnApiResponseException() {
        ErrorResponse r = response(400);

        assertThat(List.of(
                        new BadRequestException(r),
                        new UnauthorizedException(r),
                        new ForbiddenException(r),
                        new NotFoundException(r),
                        new ConflictException(r),
                        new UnprocessableEntityException(r),
                        new FailedDependencyException(r),
                        new RateLimitedException(r, null),
                        new ServerException(r)))
                .allSatisfy(e -> {
                    assertThat(e).isInstanceOf(ApiResponseException.class).isInstanceOf(ApiException.class);
                    assertThat(e.getMessage()).isEqualTo(new ApiResponseException(r).getMessage());
                });
    }

    @ParameterizedTest
    @CsvSource({
        "400, BadRequestException",
        "401, UnauthorizedException",
        "403, ForbiddenException",
        "404, NotFoundException",
        "409, ConflictException",
        "422, UnprocessableEntityException",
        "424, FailedDependencyException",
        "429, RateLimitedException",
        "500, ServerException",
        "503, ServerException",
        "599, ServerException",
        "405, ApiResponseException",
        "410, GoneException",
        "302, ApiResponseException",
        "600, ApiResponseException"
    })
    void errorMapperChoosesTheClassForTheStatus(int status, String simpleName) {
        ApiResponseException e = ErrorMapper.toException(response(status), null);

        assertThat(e.getClass().getSimpleName()).isEqualTo(simpleName);
        assertThat(e.statusCode()).isEqualTo(status);
    }

    @Test
    void rateLimitedCarriesRetryAfter() {
        RateLimitedException e = new RateLimitedException(response(429), Duration.ofSeconds(12));

        assertThat(e.retryAfter()).contains(Duration.ofSeconds(12));
    }

    @Test
    void rateLimitedWithoutHintHasEmptyRetryAfter() {
        assertThat(new RateLimitedException(response(429), null).retryAfter()).isEmpty();
    }

    @Test
    void errorMapperPassesTheRetryHintToRateLimited() {
        ApiResponseException e = ErrorMapper.toException(response(429), Duration.ofSeconds(3));

        assertThat(e).isInstanceOfSatisfying(RateLimitedException.class, r -> assertThat(r.retryAfter())
                .contains(Duration.ofSeconds(3)));
    }

    @Test
    void connectionExceptionsFormAHierarchy() {
        RuntimeException cause = new RuntimeException("io");
        ApiTimeoutException timeout = new ApiTimeoutException("GET /x: timed out", cause);

        assertThat(timeout).isInstanceOf(ApiConnectionException.class).isInstanceOf(ApiException.class);
        assertThat(timeout).hasMessage("GET /x: timed out").hasCause(cause);
    }

    @Test
    void decodingExceptionKeepsDetails() {
        ApiDecodingException e = new ApiDecodingException("GET /x: bad body", 200, "r-1", "<html>", null);

        assertThat(e.statusCode()).isEqualTo(200);
        assertThat(e.requestId()).contains("r-1");
        assertThat(e.bodyExcerpt()).isEqualTo("<html>");
        assertThat(e).isInstanceOf(ApiException.class);
        assertThat(new ApiDecodingException("m", 200, null, null, null).bodyExcerpt())
                .isEmpty();
        assertThat(new ApiDecodingException("m", 200, null, null, null).requestId())
                .isEmpty();
    }

    @Test
    void waitExceptionLastObservedIsTyped() {
        WaitException e = new WaitTimeoutException("timed out", "running");

        assertThat(e.lastObserved()).contains("running");
        assertThat(e.lastObserved(String.class)).contains("running");
        assertThat(e.lastObserved(CharSequence.class)).contains("running");
        assertThat(e.lastObserved(Integer.class)).isEmpty();
    }

    @Test
    void waitExceptionWithoutObservationIsEmpty() {
        WaitException e = new WaitFailedException("failed", null, new ApiException("boom"));

        assertThat(e.lastObserved()).isEmpty();
        assertThat(e.lastObserved(Object.class)).isEmpty();
        assertThat(e.getCause()).hasMessage("boom");
        assertThat(e).isInstanceOf(ApiException.class);
    }

    @Test
    void waitTimeoutHasNoCause() {
        assertThat(new WaitTimeoutException("t", 1).getCause()).isNull();
        assertThat(new WaitTimeoutException("t", 1)).isInstanceOf(WaitException.class);
    }
}
