package dev.dbcloud.postgres;

import static dev.dbcloud.postgres.Pg.BASIC;
import static dev.dbcloud.postgres.Pg.ID;
import static dev.dbcloud.postgres.Pg.ORG;
import static dev.dbcloud.postgres.Pg.fixture;
import static dev.dbcloud.postgres.Pg.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.clickhouse.ClickHouseCloudClient;
import dev.dbcloud.core.Credentials;
import dev.dbcloud.core.internal.Environment;
import java.time.Duration;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class ManagedPostgresClientTest {
    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final Pg pg = new Pg(server);

    private ClickHouseCloudClient.Builder clickHouse() {
        return ClickHouseCloudClient.builder()
                .baseUrl(server.url("/").toString())
                .credentials(Credentials.basic("key-id", "key-secret"))
                .clock(pg.time)
                .sleeper(pg.time)
                .jitter(() -> 1.0)
                .timeout(Duration.ofSeconds(42));
    }

    @Test
    void builtFromAClickHouseCloudClientItSharesPoolSettingsAndOrganization() throws Exception {
        server.enqueue(ok(fixture("instance.json")));
        server.enqueue(ok("[]"));
        try (ClickHouseCloudClient ch = clickHouse().organizationId(ORG).build()) {
            try (ManagedPostgresClient postgres = ManagedPostgresClient.from(ch)) {
                assertThat(postgres.httpClient().connectionPool())
                        .isSameAs(ch.httpClient().connectionPool());
                assertThat(postgres.httpClient().dispatcher())
                        .isSameAs(ch.httpClient().dispatcher());
                assertThat(postgres.settings().credentials())
                        .isEqualTo(ch.settings().credentials());
                assertThat(postgres.settings().timeout()).isEqualTo(Duration.ofSeconds(42));
                assertThat(postgres.settings().clock()).isSameAs(pg.time);
                assertThat(postgres.organizationId()).isEqualTo(ORG);
                assertThat(postgres.instances().get(ID).id()).isEqualTo(ID);
            }
            assertThat(ch.httpClient().dispatcher().executorService().isShutdown())
                    .isFalse();
            assertThat(ch.services().list()).isEmpty();
        }
        RecordedRequest first = server.takeRequest();
        assertThat(first.getUrl().encodedPath()).isEqualTo("/v1/organizations/" + ORG + "/postgres/" + ID);
        assertThat(first.getHeaders().get("Authorization")).isEqualTo(BASIC);
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v1/organizations/" + ORG + "/services");
    }

    @Test
    void closingTheClickHouseCloudClientLeavesTheSiblingWorking() throws Exception {
        server.enqueue(ok("[]"));
        ClickHouseCloudClient ch = clickHouse().organizationId(ORG).build();
        try (ManagedPostgresClient postgres = ManagedPostgresClient.from(ch)) {
            ch.close();
            assertThat(postgres.instances().list()).isEmpty();
        }
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v1/organizations/" + ORG + "/postgres");
    }

    @Test
    void theBuilderFromAClientAcceptsOverrides() {
        try (ClickHouseCloudClient ch = clickHouse().build();
                ManagedPostgresClient postgres =
                        ManagedPostgresClient.builder().from(ch).maxRetries(0).build()) {
            assertThat(postgres.settings().maxRetries()).isZero();
            assertThat(postgres.httpClient().connectionPool())
                    .isSameAs(ch.httpClient().connectionPool());
        }
    }

    @Test
    void withoutOrganizationItDiscoversTheOnlyOne() throws Exception {
        server.enqueue(ok("[{\"id\":\"" + ORG + "\",\"name\":\"acme\"}]"));
        server.enqueue(ok("[]"));
        try (ManagedPostgresClient postgres = pg.builder().build()) {
            assertThat(postgres.instances().list()).isEmpty();
            assertThat(postgres.organizationId()).isEqualTo(ORG);
        }
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v1/organizations");
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/v1/organizations/" + ORG + "/postgres");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void fromTheEnvironmentWithTheClickHouseVariables() throws Exception {
        server.enqueue(ok(fixture("instance.json")));
        Map<String, String> env = Map.of(
                "CLICKHOUSE_TOKEN_KEY",
                "key-id",
                "CLICKHOUSE_CLOUD_API_SECRET",
                "key-secret",
                "CLICKHOUSE_ORG_ID",
                ORG,
                "CLICKHOUSE_API_URL",
                server.url("/v1").toString());
        try (ManagedPostgresClient postgres = ManagedPostgresClient.fromEnv(Environment.of(env))) {
            postgres.instances().get(ID);
        }
        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v1/organizations/" + ORG + "/postgres/" + ID);
        assertThat(request.getHeaders().get("Authorization")).isEqualTo(BASIC);
    }

    @Test
    void credentialsAreRequiredAndMustBeAnApiKeyOrBearer() {
        assertThatThrownBy(() -> ManagedPostgresClient.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("credentials are required");
        assertThatThrownBy(() -> ManagedPostgresClient.builder()
                        .credentials(Credentials.queryToken("t"))
                        .build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ManagedPostgresClient.fromEnv(Environment.of(Map.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CLICKHOUSE_CLOUD_API_KEY");
    }

    @Test
    void aClosedClientRefusesCalls() {
        ManagedPostgresClient postgres = pg.client();
        postgres.close();
        assertThatThrownBy(() -> postgres.instances().list()).isInstanceOf(IllegalStateException.class);
        assertThat(server.getRequestCount()).isZero();
    }
}
