package dev.dbcloud.postgres;

import static dev.dbcloud.postgres.Pg.ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.errors.ApiResponseException;
import dev.dbcloud.core.errors.BadRequestException;
import dev.dbcloud.core.errors.ConflictException;
import dev.dbcloud.core.errors.NotFoundException;
import dev.dbcloud.core.errors.RateLimitedException;
import dev.dbcloud.core.errors.ServerException;
import java.time.Duration;
import java.util.Map;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

/** The API's real error bodies (reference §4 of clickhouse-cloud.md and managed-postgres.md) map to typed errors. */
class ErrorMappingTest extends ClientTest {
    private static final RequestOptions NO_RETRY =
            RequestOptions.builder().maxRetries(0).build();

    /**
     * Both config calls carry both sections on the wire, whichever the caller set; the reference abbreviates the
     * API's answer to a body missing one as {@code BAD_REQUEST: … 'undefined'} (the detail here is a stand-in), and
     * such an answer surfaces as a {@link BadRequestException}.
     */
    @Test
    void configCallsCarryBothSectionsAndTheApisRefusalIsABadRequest() throws Exception {
        ConfigParams pgOnly = ConfigParams.builder()
                .pgConfig(PgConfig.builder().maxConnections(300).build())
                .build();
        ConfigParams both = pgOnly.withPgBouncerConfig(Map.of("pool_mode", "transaction"));
        for (String method : new String[] {"PATCH", "POST"}) {
            server.enqueue(Pg.json(
                    400,
                    "{\"status\":400,\"error\":\"BAD_REQUEST: Cannot convert 'undefined' to object\","
                            + "\"requestId\":\"0b1c2d3e-0000-4000-8000-000000000001\"}"));
            assertThatThrownBy(() -> {
                        if (method.equals("PATCH")) {
                            client.instances().updateConfig(ID, pgOnly);
                        } else {
                            client.instances().replaceConfig(ID, both);
                        }
                    })
                    .isInstanceOf(BadRequestException.class)
                    .satisfies(e -> {
                        BadRequestException bad = (BadRequestException) e;
                        assertThat(bad.statusCode()).isEqualTo(400);
                        assertThat(bad.errorCode()).contains("BAD_REQUEST");
                        assertThat(bad.errorMessage()).contains("Cannot convert 'undefined' to object");
                        assertThat(bad.requestId()).contains("0b1c2d3e-0000-4000-8000-000000000001");
                    });
            JsonNode sent = Pg.body(pg.expect(method, Pg.instancePath("/config")));
            assertThat(sent.get("pgConfig")).isEqualTo(Pg.tree("{\"max_connections\":300}"));
            assertThat(sent.get("pgBouncerConfig"))
                    .isEqualTo(Pg.tree(method.equals("PATCH") ? "{}" : "{\"pool_mode\":\"transaction\"}"));
            assertThat(sent.size()).isEqualTo(2);
        }
    }

    @Test
    void readReplicaOnAFreshPrimary() {
        server.enqueue(Pg.noBackupsYet());
        assertThatThrownBy(() -> client.instances()
                        .createReadReplica(
                                ID, CreateReadReplicaParams.builder().name("r").build()))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("POST")
                .satisfies(e -> {
                    BadRequestException bad = (BadRequestException) e;
                    assertThat(bad.errorCode()).contains("BAD_REQUEST");
                    assertThat(bad.errorMessage())
                            .contains("Parent server is not ready for read replicas. There are no backups, yet.");
                    assertThat(bad.requestId()).isEmpty();
                });
    }

    @Test
    void notFound() {
        server.enqueue(Pg.json(404, "{\"status\":404,\"error\":\"NOT_FOUND: Unknown Error\",\"requestId\":\"r-404\"}"));
        assertThatThrownBy(() -> client.instances().get(ID))
                .isInstanceOf(NotFoundException.class)
                .satisfies(e -> assertThat(((NotFoundException) e).errorCode()).contains("NOT_FOUND"));
    }

    /** A primary with read replicas cannot be deleted; the reference has not captured the exact wording. */
    @Test
    void conflictOnDelete() {
        server.enqueue(Pg.json(
                409,
                "{\"status\":409,\"error\":\"CONFLICT: Cannot delete a primary with read replicas\","
                        + "\"requestId\":\"r-409\"}"));
        assertThatThrownBy(() -> client.instances().withOptions(NO_RETRY).delete(ID))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).errorCode()).contains("CONFLICT"));
    }

    @Test
    void rateLimitWithoutEnvelopeHonoursTheResetHeader() {
        server.enqueue(new MockResponse.Builder()
                .code(429)
                .setHeader("Content-Type", "application/json")
                .setHeader("X-RateLimit-Reset", "2.5")
                .body("{\"error\":\"TOO_MANY_REQUESTS\"}")
                .build());
        server.enqueue(Pg.ok("[]"));
        assertThat(client.instances().list()).isEmpty();
        assertThat(pg.time.sleeps()).containsExactly(Duration.ofMillis(2500));
        server.enqueue(new MockResponse.Builder()
                .code(429)
                .setHeader("Content-Type", "application/json")
                .body("{\"error\":\"TOO_MANY_REQUESTS\"}")
                .build());
        assertThatThrownBy(() -> client.instances().withOptions(NO_RETRY).list())
                .isInstanceOf(RateLimitedException.class)
                .satisfies(
                        e -> assertThat(((RateLimitedException) e).errorCode()).contains("TOO_MANY_REQUESTS"));
    }

    @Test
    void internalErrorAndCdnHtml() {
        server.enqueue(Pg.json(500, "{\"error\":\"Internal error\"}"));
        assertThatThrownBy(() -> client.instances()
                        .create(CreateInstanceParams.builder()
                                .name("x")
                                .region(dev.dbcloud.clickhouse.CloudRegion.US_WEST_2)
                                .size(InstanceSize.R8GD_LARGE)
                                .build()))
                .isInstanceOf(ServerException.class)
                .satisfies(e -> assertThat(((ServerException) e).errorMessage()).contains("Internal error"));
        server.enqueue(new MockResponse.Builder()
                .code(504)
                .setHeader("Content-Type", "text/html")
                .body("<HTML><BODY>ERROR: The request could not be satisfied. Generated by cloudfront</BODY></HTML>")
                .build());
        assertThatThrownBy(() -> client.instances().withOptions(NO_RETRY).caCertificates(ID))
                .isInstanceOf(ServerException.class)
                .satisfies(
                        e -> assertThat(((ApiResponseException) e).statusCode()).isEqualTo(504));
    }
}
