package dev.dbcloud.crunchy;

import static dev.dbcloud.crunchy.Fixtures.CLUSTER_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.core.Credentials;
import dev.dbcloud.core.internal.Environment;
import dev.dbcloud.core.testing.FakeTime;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class CrunchyBridgeClientTest {
    @StartStop
    private final MockWebServer server = new MockWebServer();

    private RecordedRequest getClusterWith(CrunchyBridgeClient.Builder builder) throws InterruptedException {
        server.enqueue(Fixtures.cluster(200));
        try (CrunchyBridgeClient cb = builder.build()) {
            cb.clusters().get(CLUSTER_ID);
        }
        return server.takeRequest();
    }

    @Test
    void fromEnvReadsTheBridgeCliKeyAndTheTerraformUrl() throws Exception {
        RecordedRequest request = getClusterWith(CrunchyBridgeClient.Builder.fromEnvironment(Environment.of(Map.of(
                "CB_API_KEY", "cbkey_cli",
                "APPLICATION_SECRET", "cbkey_terraform",
                "BRIDGE_API_URL", server.url("/").toString(),
                "CB_HOST", "unused.example"))));
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer cbkey_cli");
        assertThat(request.getHeaders().get("User-Agent")).contains("crunchy");
    }

    @Test
    void fromEnvFallsBackToTheTerraformSecret() throws Exception {
        RecordedRequest request = getClusterWith(CrunchyBridgeClient.Builder.fromEnvironment(Environment.of(Map.of(
                "APPLICATION_SECRET",
                "cbkey_terraform",
                "BRIDGE_API_URL",
                server.url("/").toString()))));
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer cbkey_terraform");
    }

    @Test
    void fromEnvBuildsTheUrlFromCbHost() {
        CrunchyBridgeClient.Builder builder = CrunchyBridgeClient.Builder.fromEnvironment(
                Environment.of(Map.of("CB_API_KEY", "cbkey_cli", "CB_HOST", "api.staging.example")));
        assertThat(builder).extracting(b -> ClientSettingsAccess.baseUrl(b)).isEqualTo("https://api.staging.example/");
    }

    @Test
    void fromEnvKeepsTheSchemeCbHostAlreadyCarries() {
        CrunchyBridgeClient.Builder https = CrunchyBridgeClient.Builder.fromEnvironment(
                Environment.of(Map.of("CB_API_KEY", "cbkey_cli", "CB_HOST", "https://api.example.com")));
        assertThat(ClientSettingsAccess.baseUrl(https)).isEqualTo("https://api.example.com/");

        CrunchyBridgeClient.Builder local = CrunchyBridgeClient.Builder.fromEnvironment(Environment.of(
                Map.of("CB_API_KEY", "cbkey_cli", "CB_HOST", "http://127.0.0.1:8080/", "BRIDGE_API_URL", "   ")));
        assertThat(ClientSettingsAccess.baseUrl(local)).isEqualTo("http://127.0.0.1:8080/");
    }

    @Test
    void fromEnvSendsToCbHostWithASchemeAsGiven() throws Exception {
        RecordedRequest request = getClusterWith(CrunchyBridgeClient.Builder.fromEnvironment(Environment.of(
                Map.of("CB_API_KEY", "cbkey_cli", "CB_HOST", server.url("/api/").toString()))));
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/clusters/" + CLUSTER_ID);
    }

    @Test
    void fromEnvPrefersBridgeApiUrlOverCbHost() {
        CrunchyBridgeClient.Builder builder = CrunchyBridgeClient.Builder.fromEnvironment(Environment.of(Map.of(
                "CB_API_KEY", "cbkey_cli",
                "BRIDGE_API_URL", "https://bridge.example.com/v2/",
                "CB_HOST", "https://host.example.com")));
        assertThat(ClientSettingsAccess.baseUrl(builder)).isEqualTo("https://bridge.example.com/v2/");
    }

    @Test
    void fromEnvDefaultsToProduction() {
        CrunchyBridgeClient.Builder builder =
                CrunchyBridgeClient.Builder.fromEnvironment(Environment.of(Map.of("CB_API_KEY", "cbkey_cli")));
        assertThat(ClientSettingsAccess.baseUrl(builder)).isEqualTo("https://api.crunchybridge.com/");
    }

    @Test
    void fromEnvNamesTheMissingVariables() {
        assertThatThrownBy(() -> CrunchyBridgeClient.Builder.fromEnvironment(Environment.of(Map.of())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("environment variable CB_API_KEY or APPLICATION_SECRET is not set");
    }

    @Test
    void credentialsAreRequired() {
        assertThatThrownBy(() -> CrunchyBridgeClient.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("credentials");
    }

    @Test
    void queryTokensAreRefused() {
        assertThatThrownBy(() -> CrunchyBridgeClient.builder()
                        .credentials(Credentials.queryToken("t"))
                        .build())
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("credentials must be Credentials.bearer(apiKey)");
    }

    @Test
    void basicCredentialsAreRefused() {
        assertThatThrownBy(() -> CrunchyBridgeClient.builder()
                        .credentials(Credentials.basic("legacy-id", "cbkey_secret"))
                        .build())
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("credentials must be Credentials.bearer(apiKey)")
                .hasMessageNotContaining("cbkey_secret");
    }

    @Test
    void aClosedClientRefusesCalls() {
        CrunchyBridgeClient cb = Fixtures.client(server, new FakeTime());
        cb.close();
        assertThatThrownBy(() -> cb.clusters().get(CLUSTER_ID)).isInstanceOf(IllegalStateException.class);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void resourcesAreCreatedOnce() {
        try (CrunchyBridgeClient cb = Fixtures.client(server, new FakeTime())) {
            assertThat(cb.clusters()).isSameAs(cb.clusters());
            assertThat(cb.clusters().withRawResponse()).isSameAs(cb.clusters().withRawResponse());
            assertThat(cb.clusters().upgrades()).isSameAs(cb.clusters().upgrades());
            assertThat(cb.providers()).isSameAs(cb.providers());
            assertThat(cb.postgresVersions()).isSameAs(cb.postgresVersions());
            assertThat(cb.teams()).isSameAs(cb.teams());
            assertThat(cb.networks()).isSameAs(cb.networks());
        }
    }
}
