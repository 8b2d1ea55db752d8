package dev.dbcloud.clickhouse.tinybird;

import static dev.dbcloud.clickhouse.tinybird.TinybirdFixture.TOKEN;
import static dev.dbcloud.clickhouse.tinybird.TinybirdFixture.fixture;
import static dev.dbcloud.clickhouse.tinybird.TinybirdFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.clickhouse.CloudProvider;
import dev.dbcloud.clickhouse.tinybird.TinybirdFixture.Auth;
import dev.dbcloud.core.Credentials;
import dev.dbcloud.core.internal.Environment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Building the client: region or base URL, credentials, environment, and region discovery. */
class TinybirdClientTest {
    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final TinybirdFixture fixture = new TinybirdFixture(server);

    /** Answers every call locally and records the URL it would have gone to, so region hosts can be checked. */
    private static final class Recorder {
        final List<Request> requests = new ArrayList<>();
        final OkHttpClient http = new OkHttpClient.Builder()
                .addInterceptor(chain -> {
                    requests.add(chain.request());
                    return new Response.Builder()
                            .request(chain.request())
                            .protocol(Protocol.HTTP_1_1)
                            .code(200)
                            .message("OK")
                            .body(ResponseBody.create("{\"clusters\": []}", MediaType.get("application/json")))
                            .build();
                })
                .build();
    }

    @Test
    void eachRegionSendsToItsHost() {
        Recorder recorder = new Recorder();
        for (Region region : Region.values()) {
            try (TinybirdClient tb = TinybirdClient.builder()
                    .region(region)
                    .credentials(Credentials.bearer(TOKEN))
                    .httpClient(recorder.http)
                    .build()) {
                assertThat(tb.region()).contains(region);
                assertThat(tb.organization("o1").clusters().list()).isEmpty();
            }
        }
        assertThat(recorder.requests)
                .extracting(r -> r.url().toString())
                .containsExactly(
                        "https://api.tinybird.co/v0/organizations/o1/clusters",
                        "https://api.europe-west2.gcp.tinybird.co/v0/organizations/o1/clusters",
                        "https://api.us-east.tinybird.co/v0/organizations/o1/clusters",
                        "https://api.northamerica-northeast2.gcp.tinybird.co/v0/organizations/o1/clusters",
                        "https://api.eu-central-1.aws.tinybird.co/v0/organizations/o1/clusters",
                        "https://api.eu-west-1.aws.tinybird.co/v0/organizations/o1/clusters",
                        "https://api.us-east.aws.tinybird.co/v0/organizations/o1/clusters",
                        "https://api.us-west-2.aws.tinybird.co/v0/organizations/o1/clusters",
                        "https://api.ap-east-1.aws.tinybird.co/v0/organizations/o1/clusters",
                        "https://api.ap-southeast-2.aws.tinybird.co/v0/organizations/o1/clusters");
    }

    @Test
    void aBaseUrlWithAPathKeepsItWithOrWithoutATrailingSlash() throws Exception {
        server.enqueue(json(200, "{\"clusters\": []}"));
        server.enqueue(json(200, "{\"clusters\": []}"));
        for (String base : List.of("/tinybird/", "/tinybird")) {
            try (TinybirdClient tb = fixture.builder(Auth.HEADER)
                    .baseUrl(server.url(base).toString())
                    .build()) {
                tb.organization("o1").clusters().list();
            }
            assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/tinybird/v0/organizations/o1/clusters");
        }
    }

    @Test
    void withoutRegionOrBaseUrlTheDefaultHostIsUsed() {
        try (TinybirdClient tb =
                TinybirdClient.builder().credentials(Credentials.bearer(TOKEN)).build()) {
            assertThat(tb.settings().baseUrl().toString()).isEqualTo("https://api.tinybird.co/");
            assertThat(tb.region()).contains(Region.GCP_EUROPE_WEST3);
            assertThat(tb.settings().toString()).doesNotContain(TOKEN).contains("Credentials.bearer(****)");
        }
    }

    @Test
    void regionAndBaseUrlTogetherAreRefusedInEitherOrder() {
        assertThatThrownBy(() -> TinybirdClient.builder()
                        .region(Region.AWS_EU_WEST_1)
                        .baseUrl("https://proxy.example.com")
                        .credentials(Credentials.bearer(TOKEN))
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("region(api.eu-west-1.aws.tinybird.co)")
                .hasMessageContaining("baseUrl(");
        assertThatThrownBy(() -> TinybirdClient.builder()
                        .baseUrl("https://proxy.example.com")
                        .region(Region.AWS_EU_WEST_1)
                        .credentials(Credentials.bearer(TOKEN))
                        .build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("region(")
                .hasMessageContaining("baseUrl(");
    }

    @Test
    void credentialsAreRequiredAndBasicIsRefused() {
        assertThatThrownBy(() -> TinybirdClient.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("credentials");
        assertThatThrownBy(() -> TinybirdClient.builder()
                        .credentials(Credentials.basic("id", "secret"))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Credentials.bearer(token)")
                .hasMessageNotContaining("secret)");
    }

    @Test
    void plainHttpIsRefusedForRemoteHosts() {
        assertThatThrownBy(() -> TinybirdClient.builder()
                        .baseUrl("http://api.tinybird.co")
                        .credentials(Credentials.bearer(TOKEN))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("http://");
    }

    @Test
    void fromEnvPrefersTinybirdNamesAndFallsBackToTheCliNames() {
        try (TinybirdClient tb = TinybirdClient.fromEnv(Environment.of(Map.of(
                "TINYBIRD_TOKEN", "p.first",
                "TB_TOKEN", "p.second",
                "TINYBIRD_URL", "https://api.us-east.tinybird.co",
                "TINYBIRD_HOST", "https://api.eu-west-1.aws.tinybird.co",
                "TB_HOST", "https://api.us-west-2.aws.tinybird.co")))) {
            assertThat(tb.settings().credentials()).contains(Credentials.bearer("p.first"));
            assertThat(tb.region()).contains(Region.GCP_US_EAST4);
        }
        try (TinybirdClient tb = TinybirdClient.fromEnv(Environment.of(Map.of(
                "TB_TOKEN", "p.second",
                "TINYBIRD_HOST", "api.eu-west-1.aws.tinybird.co",
                "TB_HOST", "https://api.us-west-2.aws.tinybird.co")))) {
            assertThat(tb.settings().credentials()).contains(Credentials.bearer("p.second"));
            assertThat(tb.settings().baseUrl().toString()).isEqualTo("https://api.eu-west-1.aws.tinybird.co/");
        }
        try (TinybirdClient tb = TinybirdClient.fromEnv(
                Environment.of(Map.of("TB_TOKEN", "p.t", "TB_HOST", "https://api.us-west-2.aws.tinybird.co")))) {
            assertThat(tb.region()).contains(Region.AWS_US_WEST_2);
        }
        try (TinybirdClient tb = TinybirdClient.fromEnv(Environment.of(Map.of("TINYBIRD_TOKEN", "p.t")))) {
            assertThat(tb.settings().baseUrl().toString()).isEqualTo("https://api.tinybird.co/");
        }
    }

    @Test
    void fromEnvWithoutATokenNamesTheVariables() {
        assertThatThrownBy(() -> TinybirdClient.fromEnv(Environment.of(Map.of("TB_HOST", "https://api.tinybird.co"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("TINYBIRD_TOKEN or TB_TOKEN");
    }

    @ParameterizedTest
    @EnumSource(Auth.class)
    void regionsAreDiscoveredWithoutCredentials(Auth auth) throws Exception {
        server.enqueue(fixture("regions.json"));
        List<RegionInfo> regions;
        try (TinybirdClient tb = fixture.client(auth)) {
            regions = tb.regions();
        }

        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v0/regions");
        assertThat(request.getUrl().query()).isNull();
        assertThat(request.getHeaders().get("Authorization")).isNull();

        assertThat(regions).hasSize(4);
        RegionInfo first = regions.get(0);
        assertThat(first.name()).contains("EU (GCP)");
        assertThat(first.apiHost()).isEqualTo("https://api.tinybird.co");
        assertThat(first.provider()).contains(CloudProvider.GCP);
        assertThat(first.host()).contains("https://cloud.tinybird.co/gcp/europe-west3");
        assertThat(first.knownRegion()).contains(Region.GCP_EUROPE_WEST3);
        assertThat(regions.get(2).knownRegion()).contains(Region.AWS_US_EAST_1);

        RegionInfo unknown = regions.get(3);
        assertThat(unknown.knownRegion()).isEmpty();
        assertThat(unknown.host()).isEmpty();
        // A region the SDK does not know is still usable as a base URL.
        try (TinybirdClient regional = TinybirdClient.builder()
                .baseUrl(unknown.apiHost())
                .credentials(Credentials.bearer(TOKEN))
                .build()) {
            assertThat(regional.settings().baseUrl().toString()).isEqualTo("https://api.eu-south-2.aws.tinybird.co/");
            assertThat(regional.region()).isEmpty();
        }
    }

    @Test
    void regionsCanBeDiscoveredWithoutAClientOrToken() throws Exception {
        server.enqueue(fixture("regions.json"));
        List<RegionInfo> regions =
                TinybirdClient.discoverRegions(server.url("/").toString());

        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v0/regions");
        assertThat(request.getHeaders().get("Authorization")).isNull();
        assertThat(request.getUrl().query()).isNull();
        assertThat(regions).extracting(RegionInfo::apiHost).contains("https://api.us-east.aws.tinybird.co");
        assertThatThrownBy(() -> TinybirdClient.discoverRegions("http://api.tinybird.co"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("http://");
    }

    @Test
    void aRegionsAnswerWithoutAListIsEmpty() throws Exception {
        server.enqueue(json(200, "{}"));
        try (TinybirdClient tb = fixture.client(Auth.HEADER)) {
            assertThat(tb.regions()).isEmpty();
        }
    }

    @Test
    void organizationIdsAreChecked() {
        try (TinybirdClient tb = fixture.client(Auth.HEADER)) {
            assertThatThrownBy(() -> tb.organization(" "))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("organizationId must not be blank");
            assertThat(tb.organization("o1").id()).isEqualTo("o1");
            assertThat(tb.organization("o1")).hasToString("TinybirdOrganization{o1}");
            assertThatThrownBy(() -> tb.organization("..").clusters().list())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("organizationId");
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void closedClientsRefuseCalls() {
        TinybirdClient tb = fixture.client(Auth.HEADER);
        tb.close();
        assertThatThrownBy(() -> tb.organization("o1").clusters().list())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("closed");
    }
}
