package dev.dbcloud.clickhouse.sibling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dbcloud.clickhouse.ClickHouseCloudBuilder;
import dev.dbcloud.clickhouse.ClickHouseCloudClient;
import dev.dbcloud.clickhouse.shared.internal.OrganizationResolver;
import dev.dbcloud.core.Credentials;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.errors.ConflictException;
import dev.dbcloud.core.internal.ApiRequest;
import dev.dbcloud.core.internal.Environment;
import dev.dbcloud.core.internal.HttpEngine;
import dev.dbcloud.core.internal.HttpMethod;
import dev.dbcloud.core.testing.FakeTime;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/**
 * A client of another product behind the same API, declared in another package the way Managed Postgres will
 * be: it gets the ClickHouse Cloud configuration, dialect and organization discovery without copying them.
 */
class SiblingClientTest {
    private static final String ORG = "0b6f7c1a-1111-4222-8333-444455556666";

    static final class SiblingClient implements AutoCloseable {
        private final HttpEngine engine;
        private final OrganizationResolver organization;

        private SiblingClient(HttpEngine engine, OrganizationResolver organization) {
            this.engine = engine;
            this.organization = organization;
        }

        static Builder builder() {
            return new Builder();
        }

        JsonNode postgres(String id) {
            RequestOptions options = RequestOptions.none();
            return engine.call(
                    ApiRequest.builder(
                                    HttpMethod.GET,
                                    "/v1/organizations/{organizationId}/postgres/{id}",
                                    organization.organizationId(options),
                                    id)
                            .build(),
                    JsonNode.class);
        }

        @Override
        public void close() {
            engine.close();
        }

        static final class Builder extends ClickHouseCloudBuilder<Builder, SiblingClient> {
            Builder() {
                super((invoker, organization) -> new SiblingClient(invoker.engine(), organization));
            }

            @Override
            protected Builder self() {
                return this;
            }

            Builder fromEnvironment(Environment env) {
                return readEnvironment(env);
            }
        }
    }

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final FakeTime time = new FakeTime();

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder()
                .code(code)
                .setHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }

    @Test
    void builtFromAClickHouseCloudClientItSharesPoolSettingsAndOrganization() throws Exception {
        server.enqueue(json(200, "{\"status\":200,\"requestId\":\"r\",\"result\":{\"id\":\"pg-1\"}}"));
        try (ClickHouseCloudClient ch = ClickHouseCloudClient.builder()
                        .baseUrl(server.url("/").toString())
                        .credentials(Credentials.basic("key-id", "key-secret"))
                        .organizationId(ORG)
                        .clock(time)
                        .sleeper(time)
                        .build();
                SiblingClient pg = SiblingClient.builder().from(ch).build()) {
            assertThat(pg.postgres("pg-1").get("id").asText()).isEqualTo("pg-1");
            assertThat(pg.engine.httpClient().connectionPool())
                    .isSameAs(ch.httpClient().connectionPool());
            assertThat(pg.engine.settings().credentials())
                    .isEqualTo(ch.settings().credentials());
            assertThat(pg.engine.settings().clock()).isSameAs(time);
        }
        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/organizations/" + ORG + "/postgres/pg-1");
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Basic a2V5LWlkOmtleS1zZWNyZXQ=");
    }

    @Test
    void fromTheEnvironmentItDiscoversTheOrganizationAndSpeaksTheDialect() throws Exception {
        server.enqueue(json(200, "{\"status\":200,\"result\":[{\"id\":\"" + ORG + "\"}]}"));
        server.enqueue(json(409, "{\"status\":409,\"error\":\"CONFLICT: busy\",\"requestId\":\"r-9\"}"));
        Map<String, String> env = Map.of(
                "CLICKHOUSE_CLOUD_API_KEY", "key-id",
                "CLICKHOUSE_CLOUD_API_SECRET", "key-secret",
                "CLICKHOUSE_API_URL", server.url("/v1").toString());
        try (SiblingClient pg =
                SiblingClient.builder().fromEnvironment(Environment.of(env)).build()) {
            assertThatThrownBy(() -> pg.postgres("pg-1"))
                    .isInstanceOf(ConflictException.class)
                    .satisfies(e -> {
                        ConflictException conflict = (ConflictException) e;
                        assertThat(conflict.errorCode()).contains("CONFLICT");
                        assertThat(conflict.errorMessage()).contains("busy");
                        assertThat(conflict.requestId()).contains("r-9");
                    });
        }
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v1/organizations");
        assertThat(server.takeRequest().getUrl().encodedPath())
                .isEqualTo("/v1/organizations/" + ORG + "/postgres/pg-1");
    }

    @Test
    void itRequiresCredentialsLikeTheClickHouseCloudClient() {
        assertThatThrownBy(() -> SiblingClient.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("credentials are required");
    }
}
