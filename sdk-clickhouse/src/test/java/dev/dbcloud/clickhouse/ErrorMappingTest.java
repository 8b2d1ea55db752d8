package dev.dbcloud.clickhouse;

import static dev.dbcloud.clickhouse.Cloud.SERVICE_ID;
import static dev.dbcloud.clickhouse.Cloud.json;
import static dev.dbcloud.clickhouse.Cloud.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.core.errors.ApiDecodingException;
import dev.dbcloud.core.errors.ApiResponseException;
import dev.dbcloud.core.errors.BadRequestException;
import dev.dbcloud.core.errors.ConflictException;
import dev.dbcloud.core.errors.FailedDependencyException;
import dev.dbcloud.core.errors.NotFoundException;
import dev.dbcloud.core.errors.RateLimitedException;
import dev.dbcloud.core.errors.ServerException;
import dev.dbcloud.core.errors.UnauthorizedException;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Error bodies as the ClickHouse Cloud API really sends them (reference §4, §5). */
class ErrorMappingTest {
    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final Cloud cloud = new Cloud(server);

    private ApiResponseException failure(MockResponse response) {
        server.enqueue(response);
        try (ClickHouseCloudClient ch =
                cloud.builder().organizationId(Cloud.ORG).maxRetries(0).build()) {
            ch.services().get(SERVICE_ID);
        } catch (ApiResponseException e) {
            return e;
        }
        throw new AssertionError("no exception");
    }

    @Test
    void badRequestPrefixBecomesTheCode() {
        ApiResponseException e = failure(json(
                400,
                "{\"error\":\"BAD_REQUEST: Parent server is not ready for read replicas. There are no backups,"
                        + " yet.\",\"status\":400}"));
        assertThat(e).isInstanceOf(BadRequestException.class);
        assertThat(e.statusCode()).isEqualTo(400);
        assertThat(e.errorCode()).contains("BAD_REQUEST");
        assertThat(e.errorMessage())
                .contains("Parent server is not ready for read replicas. There are no backups, yet.");
        assertThat(e.requestId()).isEmpty();
        assertThat(e.getMessage()).contains("Parent server is not ready").contains("GET");
    }

    @Test
    void theRequestIdOfAnErrorComesFromTheBody() {
        ApiResponseException e = failure(json(
                400,
                "{\"status\":400,\"error\":\"BAD_REQUEST: hashData.keyIdHash: Not a sha256sum\","
                        + "\"requestId\":\"a5957990-dbe5-46fd-b5ce-a7f8f79e50fe\"}"));
        assertThat(e.requestId()).contains("a5957990-dbe5-46fd-b5ce-a7f8f79e50fe");
    }

    @Test
    void aColonInTheDetailStaysInTheMessage() {
        ApiResponseException e = failure(json(
                400,
                "{\"status\":400,\"error\":\"BAD_REQUEST: hashData.keyIdHash: Not a sha256sum\",\"requestId\":\"r\"}"));
        assertThat(e.errorCode()).contains("BAD_REQUEST");
        assertThat(e.errorMessage()).contains("hashData.keyIdHash: Not a sha256sum");
    }

    @Test
    void aMessageWithoutPrefixIsKeptWhole() {
        ApiResponseException e = failure(json(400, "{\"status\":400,\"error\":\"replicas: Not between 1 and 40\"}"));
        assertThat(e.errorCode()).isEmpty();
        assertThat(e.errorMessage()).contains("replicas: Not between 1 and 40");
        assertThat(e.requestId()).isEmpty();
    }

    @Test
    void notFound() {
        ApiResponseException e = failure(Cloud.notFound());
        assertThat(e).isInstanceOf(NotFoundException.class);
        assertThat(e.errorCode()).contains("NOT_FOUND");
        assertThat(e.errorMessage()).contains("Unknown Error");
        assertThat(e.requestId()).contains("r-404");
    }

    @Test
    void conflict() {
        ApiResponseException e = failure(json(
                409,
                "{\"status\":409,\"error\":\"CONFLICT: Only instance in one of the following states: 'provisioning',"
                        + "'starting','awaking','idle','stopped','degraded','failed' can be terminated. Current state:"
                        + " 'running'\"}"));
        assertThat(e).isInstanceOf(ConflictException.class);
        assertThat(e.errorCode()).contains("CONFLICT");
        assertThat(e.errorMessage().orElseThrow()).startsWith("Only instance").endsWith("Current state: 'running'");
    }

    @Test
    void failedDependency() {
        ApiResponseException e = failure(json(
                424,
                "{\"requestId\":\"63be9e68-1\",\"error\":\"FAILED_DEPENDENCY: ClickPipe creation is allowed only when"
                        + " the ClickHouse service is running. Current state: idle\",\"status\":424}"));
        assertThat(e).isInstanceOf(FailedDependencyException.class);
        assertThat(e.errorCode()).contains("FAILED_DEPENDENCY");
        assertThat(e.errorMessage().orElseThrow()).endsWith("Current state: idle");
        assertThat(e.requestId()).contains("63be9e68-1");
    }

    @Test
    void structuredUdfCodeIsUsedWhenTheErrorHasNoPrefix() {
        ApiResponseException e = failure(
                json(424, "{\"status\":424,\"error\":\"Service is idle\",\"code\":\"SERVICE_IDLE\",\"canWake\":true}"));
        assertThat(e.errorCode()).contains("SERVICE_IDLE");
        assertThat(e.errorMessage()).contains("Service is idle [can wake: true]");
    }

    @Test
    void udfAttachToAnIdleServiceCarriesTheStructuredCodeAndState() {
        ApiResponseException e = failure(json(
                424,
                "{\"error\":\"FAILED_DEPENDENCY: UDF attach requires a running service\",\"code\":\"SERVICE_IDLE\","
                        + "\"serviceState\":\"idle\",\"canWake\":true,\"status\":424,\"requestId\":\"r-424\"}"));
        assertThat(e).isInstanceOf(FailedDependencyException.class);
        assertThat(e.errorCode()).contains("SERVICE_IDLE");
        assertThat(e.errorMessage())
                .contains("UDF attach requires a running service [service state: idle, can wake: true]");
        assertThat(e.requestId()).contains("r-424");
    }

    @Test
    void udfValidationIssuesAreListedInTheMessage() {
        ApiResponseException e = failure(json(
                400,
                "{\"error\":\"Invalid request\",\"issues\":[{\"path\":[\"arguments\",0,\"name\"],"
                        + "\"code\":\"invalid_string\",\"message\":\"Invalid\"},{\"path\":[],\"code\":\"custom\","
                        + "\"message\":\"uploadId was already used\"}],\"status\":400,\"requestId\":\"r-400\"}"));
        assertThat(e).isInstanceOf(BadRequestException.class);
        assertThat(e.errorCode()).isEmpty();
        assertThat(e.errorMessage())
                .contains("Invalid request [issues: arguments.0.name: Invalid (invalid_string);"
                        + " uploadId was already used (custom)]");
        assertThat(e.getMessage()).contains("arguments.0.name: Invalid");
    }

    @Test
    void unauthorizedWithoutBody() {
        ApiResponseException e = failure(new MockResponse.Builder().code(401).build());
        assertThat(e).isInstanceOf(UnauthorizedException.class);
        assertThat(e.errorCode()).isEmpty();
    }

    @Test
    void internalErrorWithoutStatusOrRequestId() {
        ApiResponseException e = failure(json(500, "{\"error\":\"Internal error\"}"));
        assertThat(e).isInstanceOf(ServerException.class);
        assertThat(e.errorMessage()).contains("Internal error");
        assertThat(e.errorCode()).isEmpty();
    }

    @Test
    void htmlGatewayTimeoutFromTheCdnIsAServerException() {
        ApiResponseException e = failure(new MockResponse.Builder()
                .code(504)
                .setHeader("Content-Type", "text/html")
                .setHeader("X-Request-Id", "cf-1")
                .body("<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01 Transitional//EN\"><HTML><BODY>"
                        + "<H1>504 ERROR</H1><H2>The request could not be satisfied.</H2>"
                        + " Generated by cloudfront (CloudFront)</BODY></HTML>")
                .build());
        assertThat(e).isInstanceOf(ServerException.class);
        assertThat(e.statusCode()).isEqualTo(504);
        assertThat(e.errorCode()).isEmpty();
        assertThat(e.requestId()).contains("cf-1");
    }

    @Test
    void rateLimitCarriesOnlyACodeAndHonoursTheResetHeader() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .code(429)
                .setHeader("Content-Type", "application/json")
                .setHeader("X-RateLimit-Reset", "2.5")
                .body("{\"error\":\"TOO_MANY_REQUESTS\"}")
                .build());
        server.enqueue(Cloud.serviceIn("running"));
        try (ClickHouseCloudClient ch = cloud.client()) {
            assertThat(ch.services().get(SERVICE_ID).state()).isEqualTo(ServiceState.RUNNING);
        }
        assertThat(cloud.time.sleeps()).containsExactly(Duration.ofMillis(2500));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void rateLimitWithoutRetriesIsARateLimitedException() {
        ApiResponseException e = failure(new MockResponse.Builder()
                .code(429)
                .setHeader("Content-Type", "application/json")
                .setHeader("X-RateLimit-Reset", "7")
                .body("{\"error\":\"TOO_MANY_REQUESTS\"}")
                .build());
        assertThat(e).isInstanceOf(RateLimitedException.class);
        assertThat(e.errorCode()).contains("TOO_MANY_REQUESTS");
        assertThat(e.errorMessage()).isEmpty();
        assertThat(((RateLimitedException) e).retryAfter()).contains(Duration.ofSeconds(7));
    }

    @Test
    void requestIdFallsBackToTheHeader() {
        ApiResponseException e = failure(new MockResponse.Builder()
                .code(400)
                .setHeader("Content-Type", "application/json")
                .setHeader("X-Request-Id", "hdr-1")
                .body("{\"error\":\"BAD_REQUEST: x\"}")
                .build());
        assertThat(e.requestId()).contains("hdr-1");
    }

    @Test
    void anEnvelopeWithoutResultIsADecodingErrorWhereAResultIsPromised() {
        server.enqueue(Cloud.okEmpty());
        try (ClickHouseCloudClient ch = cloud.client()) {
            assertThatThrownBy(() -> ch.services().get(SERVICE_ID))
                    .isInstanceOf(ApiDecodingException.class)
                    .hasMessageContaining("no result");
        }
    }

    @Test
    void aBodyThatIsNotAnEnvelopeIsADecodingError() {
        server.enqueue(json(200, "[1,2]"));
        try (ClickHouseCloudClient ch = cloud.client()) {
            assertThatThrownBy(() -> ch.services().get(SERVICE_ID)).isInstanceOf(ApiDecodingException.class);
        }
    }

    @Test
    void aResultOfTheWrongShapeIsADecodingError() {
        server.enqueue(ok("{\"id\":\"x\"}"));
        try (ClickHouseCloudClient ch = cloud.client()) {
            assertThatThrownBy(() -> ch.services().get(SERVICE_ID)).isInstanceOf(ApiDecodingException.class);
        }
    }
}
