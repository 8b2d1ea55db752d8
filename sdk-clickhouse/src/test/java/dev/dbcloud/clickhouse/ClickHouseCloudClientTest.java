package dev.dbcloud.clickhouse;

import static dev.dbcloud.clickhouse.Cloud.ORG;
import static dev.dbcloud.clickhouse.Cloud.json;
import static dev.dbcloud.clickhouse.Cloud.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.core.CallListener;
import dev.dbcloud.core.Credentials;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.errors.ForbiddenException;
import dev.dbcloud.core.internal.Environment;
import dev.dbcloud.core.testing.LogCapture;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class ClickHouseCloudClientTest {
    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final Cloud cloud = new Cloud(server);

    @Test
    void eachResourceIsMadeOnceAndSharedByEveryThread() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (ClickHouseCloudClient ch = cloud.builder().build()) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<List<Object>>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return List.of(ch.services(), ch.backups(), ch.organizations());
                }));
            }
            start.countDown();
            for (Future<List<Object>> result : results) {
                List<Object> made = result.get(10, TimeUnit.SECONDS);
                assertThat(made.get(0)).isSameAs(ch.services());
                assertThat(made.get(1)).isSameAs(ch.backups());
                assertThat(made.get(2)).isSameAs(ch.organizations());
            }
            assertThat(server.getRequestCount()).isZero();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void defaultsToTheProductionHost() {
        try (ClickHouseCloudClient ch = ClickHouseCloudClient.builder()
                .credentials(Credentials.basic("k", "s"))
                .build()) {
            assertThat(ch.settings().baseUrl()).hasToString("https://api.clickhouse.cloud/");
        }
    }

    @Test
    void aBaseUrlEndingInV1IsAcceptedAndTheV1Dropped() {
        for (String url : new String[] {"https://api.example.com/v1", "https://api.example.com/v1/"}) {
            try (ClickHouseCloudClient ch = ClickHouseCloudClient.builder()
                    .credentials(Credentials.basic("k", "s"))
                    .baseUrl(url)
                    .build()) {
                assertThat(ch.settings().baseUrl()).hasToString("https://api.example.com/");
            }
        }
    }

    @Test
    void credentialsAreRequired() {
        assertThatThrownBy(() -> ClickHouseCloudClient.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("credentials are required")
                .hasMessageContaining("CLICKHOUSE_CLOUD_API_KEY");
    }

    @Test
    void queryTokensAreRefused() {
        assertThatThrownBy(() -> ClickHouseCloudClient.builder()
                        .credentials(Credentials.queryToken("t"))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Credentials.basic");
    }

    @Test
    void organizationIdMustNotBeBlankOrADotSegment() {
        assertThatThrownBy(() -> ClickHouseCloudClient.builder().organizationId(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("organizationId");
        assertThatThrownBy(() -> ClickHouseCloudClient.builder().organizationId(".."))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("organizationId");
    }

    @Test
    void fromEnvReadsThePreferredNames() throws Exception {
        server.enqueue(ok("[]"));
        Map<String, String> env = new HashMap<>();
        env.put("CLICKHOUSE_CLOUD_API_KEY", "key-id");
        env.put("CLICKHOUSE_CLOUD_API_SECRET", "key-secret");
        env.put("CLICKHOUSE_TOKEN_KEY", "legacy-id");
        env.put("CLICKHOUSE_TOKEN_SECRET", "legacy-secret");
        env.put("CLICKHOUSE_ORG_ID", ORG);
        env.put("CLICKHOUSE_API_URL", server.url("/v1").toString());
        try (ClickHouseCloudClient ch = ClickHouseCloudClient.fromEnv(Environment.of(env))) {
            assertThat(ch.organizationId()).isEqualTo(ORG);
            ch.services().list();
        }
        cloud.expect("GET", "/v1/organizations/" + ORG + "/services");
    }

    @Test
    void fromEnvFallsBackToTheLegacyNames() throws Exception {
        server.enqueue(ok("[]"));
        Map<String, String> env = Map.of(
                "CLICKHOUSE_TOKEN_KEY", "key-id",
                "CLICKHOUSE_TOKEN_SECRET", "key-secret",
                "CLICKHOUSE_API_URL", server.url("/").toString());
        try (ClickHouseCloudClient ch = ClickHouseCloudClient.fromEnv(Environment.of(env))) {
            ch.organizations().list();
        }
        cloud.expect("GET", "/v1/organizations");
    }

    @Test
    void fromEnvNamesTheMissingVariables() {
        assertThatThrownBy(() -> ClickHouseCloudClient.fromEnv(Environment.of(Map.of("CLICKHOUSE_CLOUD_API_KEY", "k"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CLICKHOUSE_CLOUD_API_SECRET or CLICKHOUSE_TOKEN_SECRET");
    }

    @Test
    void theOnlyOrganizationIsDiscoveredOnceAndCached() throws Exception {
        server.enqueue(ok("[" + Cloud.fixture("organization.json") + "]"));
        server.enqueue(ok("[]"));
        server.enqueue(ok("[]"));
        try (ClickHouseCloudClient ch = cloud.builder().build()) {
            ch.services().list();
            ch.services().list();
            assertThat(ch.organizationId()).isEqualTo(ORG);
        }
        cloud.expect("GET", "/v1/organizations");
        cloud.expect("GET", "/v1/organizations/" + ORG + "/services");
        cloud.expect("GET", "/v1/organizations/" + ORG + "/services");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void aClientViewCarriesItsOptionsAndDiscoversTheOrganizationWithThem() throws Exception {
        server.enqueue(ok("[" + Cloud.fixture("organization.json") + "]"));
        server.enqueue(ok("[]"));
        server.enqueue(ok("[]"));
        server.enqueue(ok(Cloud.fixture("organization.json")));
        try (ClickHouseCloudClient ch = cloud.builder().build()) {
            ClickHouseCloudClient traced = ch.withOptions(
                    RequestOptions.builder().header("X-Trace", "deploy-42").build());
            traced.services().list();
            traced.backups().list(Cloud.SERVICE_ID);
            traced.organizations().current();
        }
        assertThat(cloud.expect("GET", "/v1/organizations").getHeaders().get("X-Trace"))
                .isEqualTo("deploy-42");
        assertThat(cloud.expect("GET", "/v1/organizations/" + ORG + "/services")
                        .getHeaders()
                        .get("X-Trace"))
                .isEqualTo("deploy-42");
        assertThat(cloud.expect("GET", Cloud.servicePath("/backups"))
                        .getHeaders()
                        .get("X-Trace"))
                .isEqualTo("deploy-42");
        assertThat(cloud.expect("GET", "/v1/organizations/" + ORG).getHeaders().get("X-Trace"))
                .isEqualTo("deploy-42");
    }

    @Test
    void aBadServiceIdIsRefusedBeforeTheOrganizationIsDiscovered() {
        try (ClickHouseCloudClient ch = cloud.builder().build()) {
            assertThatThrownBy(() -> ch.services().get(".."))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("serviceId");
            assertThatThrownBy(() -> ch.services().waitUntilRunning(" ", Duration.ofMinutes(1)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("serviceId");
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void concurrentFirstCallsDiscoverTheOrganizationOnce() throws Exception {
        server.enqueue(ok("[{\"id\":\"" + ORG + "\"}]"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (ClickHouseCloudClient ch = cloud.builder().build()) {
            CountDownLatch start = new CountDownLatch(1);
            Future<?>[] results = new Future<?>[4];
            for (int i = 0; i < results.length; i++) {
                results[i] = pool.submit(() -> {
                    start.await();
                    return ch.organizationId();
                });
            }
            start.countDown();
            for (Future<?> result : results) {
                assertThat(result.get(10, TimeUnit.SECONDS)).isEqualTo(ORG);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void severalOrganizationsNeedAnExplicitId() {
        server.enqueue(ok("[{\"id\":\"o1\"},{\"id\":\"o2\"}]"));
        try (ClickHouseCloudClient ch = cloud.builder().build()) {
            assertThatThrownBy(() -> ch.services().list())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("sees 2 organizations")
                    .hasMessageContaining("organizationId(...)")
                    .hasMessageContaining("CLICKHOUSE_ORG_ID");
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void noOrganizationOrOneWithoutIdIsReported() {
        server.enqueue(ok("[]"));
        server.enqueue(ok("[{\"name\":\"x\"}]"));
        try (ClickHouseCloudClient ch = cloud.builder().build()) {
            assertThatThrownBy(ch::organizationId).hasMessageContaining("sees 0 organizations");
        }
        try (ClickHouseCloudClient ch = cloud.builder().build()) {
            assertThatThrownBy(ch::organizationId).hasMessageContaining("has no id");
        }
    }

    @Test
    void anOrganizationThatCannotBeChosenIsNotAskedForAgain() {
        server.enqueue(ok("[{\"id\":\"o1\"},{\"id\":\"o2\"}]"));
        try (ClickHouseCloudClient ch = cloud.builder().build()) {
            assertThatThrownBy(() -> ch.services().list()).hasMessageContaining("sees 2 organizations");
            assertThatThrownBy(() -> ch.services().list())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("sees 2 organizations");
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aFailedDiscoveryRequestIsAskedAgainOnTheNextCall() {
        server.enqueue(Cloud.json(403, "{\"status\":403,\"error\":\"FORBIDDEN: no access\"}"));
        server.enqueue(ok("[{\"id\":\"" + ORG + "\"}]"));
        try (ClickHouseCloudClient ch = cloud.builder().build()) {
            assertThatThrownBy(ch::organizationId).isInstanceOf(ForbiddenException.class);
            assertThat(ch.organizationId()).isEqualTo(ORG);
        }
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aSiblingBuiltFromAClientSharesItsPoolSettingsAndOrganization() throws Exception {
        server.enqueue(ok("[{\"id\":\"" + ORG + "\"}]"));
        server.enqueue(ok("[]"));
        CallListener listener = new CallListener() {};
        try (ClickHouseCloudClient first = cloud.builder()
                .timeout(Duration.ofSeconds(42))
                .maxRetries(1)
                .callListener(listener)
                .build()) {
            assertThat(first.organizationId()).isEqualTo(ORG);
            ClickHouseCloudClient second =
                    ClickHouseCloudClient.builder().from(first).build();
            assertThat(second.httpClient().connectionPool())
                    .isSameAs(first.httpClient().connectionPool());
            assertThat(second.httpClient().dispatcher())
                    .isSameAs(first.httpClient().dispatcher());
            assertThat(second.settings().baseUrl()).isEqualTo(first.settings().baseUrl());
            assertThat(second.settings().credentials())
                    .isEqualTo(first.settings().credentials());
            assertThat(second.settings().timeout()).isEqualTo(Duration.ofSeconds(42));
            assertThat(second.settings().maxRetries()).isEqualTo(1);
            assertThat(second.settings().clock()).isSameAs(cloud.time);
            assertThat(second.settings().callListener()).isSameAs(listener);
            assertThat(second.knownOrganizationId()).contains(ORG);
            second.close();
            // closing the sibling leaves the first client's pool working
            first.services().list();
        }
        cloud.expect("GET", "/v1/organizations");
        RecordedRequest list = cloud.expect("GET", "/v1/organizations/" + ORG + "/services");
        assertThat(list.getUrl().querySize()).isZero();
    }

    @Test
    void aSiblingOfAClientThatHasNotDiscoveredItsOrganizationDiscoversItItself() throws Exception {
        server.enqueue(ok("[{\"id\":\"" + ORG + "\"}]"));
        try (ClickHouseCloudClient first = cloud.builder().build();
                ClickHouseCloudClient second =
                        ClickHouseCloudClient.builder().from(first).build()) {
            assertThat(second.knownOrganizationId()).isEmpty();
            assertThat(second.organizationId()).isEqualTo(ORG);
        }
        cloud.expect("GET", "/v1/organizations");
    }

    @Test
    void callsAfterCloseFail() {
        ClickHouseCloudClient ch = cloud.client();
        ch.close();
        assertThatThrownBy(() -> ch.services().get("s1")).isInstanceOf(IllegalStateException.class);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void requestsCarryBasicAuthAndAUserAgent() throws Exception {
        server.enqueue(json(200, "{\"status\":200,\"result\":[]}"));
        try (ClickHouseCloudClient ch = cloud.client()) {
            ch.services().list();
        }
        RecordedRequest request = cloud.expect("GET", "/v1/organizations/" + ORG + "/services");
        assertThat(request.getHeaders().get("User-Agent")).contains("clickhouse");
    }

    @Test
    void aSiblingKeepsWorkingAfterTheFirstClientIsClosed() throws Exception {
        server.enqueue(ok("[]"));
        ClickHouseCloudClient first = cloud.client();
        try (ClickHouseCloudClient second =
                ClickHouseCloudClient.builder().from(first).build()) {
            first.close();
            assertThat(second.services().list()).isEmpty();
        }
        cloud.expect("GET", "/v1/organizations/" + ORG + "/services");
    }

    @Test
    void bearerTokensAreAcceptedForReading() throws Exception {
        server.enqueue(ok("[]"));
        try (ClickHouseCloudClient ch = cloud.builder()
                .credentials(Credentials.bearer("oauth-token"))
                .organizationId(ORG)
                .build()) {
            ch.services().list();
        }
        assertThat(server.takeRequest().getHeaders().get("Authorization")).isEqualTo("Bearer oauth-token");
    }

    @Test
    void secretsNeverReachTheLogs() throws Exception {
        server.enqueue(ok("{\"service\":" + Cloud.fixture("service.json") + ",\"password\":\"Gen3rated-Pa55\"}"));
        server.enqueue(ok("{}"));
        try (LogCapture logs = LogCapture.http();
                ClickHouseCloudClient ch = cloud.client()) {
            ch.services()
                    .create(CreateServiceParams.builder()
                            .name("n")
                            .provider(CloudProvider.AWS)
                            .region(CloudRegion.US_EAST_1)
                            .build());
            ch.services().resetPassword(Cloud.SERVICE_ID, ResetPasswordParams.fromPassword("password"));
            assertThat(logs.messages())
                    .anySatisfy(line -> assertThat(line).contains("response body"))
                    .allSatisfy(line -> assertThat(line)
                            .doesNotContain("Gen3rated-Pa55")
                            .doesNotContain("key-secret")
                            .doesNotContain(PasswordHashes.sha256Base64("password"))
                            .doesNotContain(PasswordHashes.doubleSha1Hex("password")));
        }
    }
}
