package dev.dbcloud.clickhouse.tinybird;

import static dev.dbcloud.clickhouse.tinybird.TinybirdFixture.fixture;
import static dev.dbcloud.clickhouse.tinybird.TinybirdFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dbcloud.clickhouse.tinybird.TinybirdFixture.Auth;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RequestOptions;
import java.time.Duration;
import java.util.function.Function;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every raw-view method sends exactly one request, with the options of the view it was called on. */
class RawViewsTest {
    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final TinybirdFixture fixture = new TinybirdFixture(server);

    private static final RequestOptions TRACED =
            RequestOptions.builder().header("X-Trace", "deploy-42").build();
    private static final Weights REMAINING =
            Weights.builder().weight(ClusterRole.WRITER, "replica-1", 100).build();

    /** One raw method, the answer it gets, and the request it must send. */
    enum Raw {
        LIST(o -> o.clusters().withRawResponse().list(), "clusters.json", "GET", "/v0/organizations/org-1/clusters"),
        GET(o -> o.clusters().withRawResponse().get("c-2"), "clusters.json", "GET", "/v0/organizations/org-1/clusters"),
        CONFIGURATION(
                o -> o.withRawResponse().configuration(),
                "clusters-configuration.json",
                "GET",
                "/v0/organizations/org-1/clusters-configuration"),
        UPDATE_WEIGHTS(
                o -> o.clusters()
                        .withRawResponse()
                        .updateWeights(
                                "c-1",
                                UpdateWeightsParams.builder()
                                        .oldWeights(TinybirdFixture.SEED_OLD_WEIGHTS)
                                        .newWeights(TinybirdFixture.SEED_NEW_WEIGHTS)
                                        .build()),
                "weights-updated.json",
                "PUT",
                "/v0/organizations/org-1/clusters/c-1/weights"),
        ADD_REPLICA(
                o -> o.clusters()
                        .withRawResponse()
                        .addReplica("c-1", ClustersWireTest.addParams().build()),
                "replica-added.json",
                "POST",
                "/v0/organizations/org-1/clusters/c-1/replicas"),
        ADD_NAMED_REPLICA(
                o -> o.clusters()
                        .withRawResponse()
                        .addReplica(
                                "c-1",
                                ClustersWireTest.addParams()
                                        .replicaName("replica-2")
                                        .build()),
                "replica-added.json",
                "POST",
                "/v0/organizations/org-1/clusters/c-1/replicas/replica-2"),
        REMOVE_REPLICA(
                o -> o.clusters()
                        .withRawResponse()
                        .removeReplica(
                                "c-1",
                                "replica-2",
                                RemoveReplicaParams.builder()
                                        .oldWeights(TinybirdFixture.SEED_OLD_WEIGHTS)
                                        .newWeights(REMAINING)
                                        .build()),
                "replica-removed.json",
                "DELETE",
                "/v0/organizations/org-1/clusters/c-1/replicas/replica-2");

        final Function<TinybirdOrganization, ApiResponse<?>> send;
        final String answer;
        final String method;
        final String path;

        Raw(Function<TinybirdOrganization, ApiResponse<?>> send, String answer, String method, String path) {
            this.send = send;
            this.answer = answer;
            this.method = method;
            this.path = path;
        }
    }

    @ParameterizedTest
    @EnumSource(Raw.class)
    void eachRawMethodSendsExactlyOneRequest(Raw raw) throws Exception {
        server.enqueue(fixture(raw.answer));
        server.enqueue(fixture(raw.answer));
        ApiResponse<?> response;
        try (TinybirdClient tb = fixture.client(Auth.HEADER)) {
            response = raw.send.apply(tb.withOptions(TRACED).organization("org-1"));
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
        RecordedRequest request = fixture.take(raw.method, raw.path, Auth.HEADER);
        assertThat(request.getHeaders().get("X-Trace")).isEqualTo("deploy-42");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.value()).isNotNull();
    }

    @Test
    void optionsComposeOnTheResourceAndItsRawViewInEitherOrder() throws Exception {
        RequestOptions tenant =
                RequestOptions.builder().header("X-Tenant", "t-7").build();
        for (int i = 0; i < 3; i++) {
            server.enqueue(fixture("clusters.json"));
        }
        try (TinybirdClient tb = fixture.client(Auth.HEADER)) {
            Clusters clusters = tb.withOptions(tenant).organization("org-1").clusters();
            clusters.withOptions(TRACED).withRawResponse().list();
            clusters.withRawResponse().withOptions(TRACED).list();
            tb.organization("org-1")
                    .withOptions(tenant)
                    .clusters()
                    .withOptions(TRACED)
                    .list();
        }
        for (int i = 0; i < 3; i++) {
            RecordedRequest request = fixture.take("GET", "/v0/organizations/org-1/clusters", Auth.HEADER);
            assertThat(request.getHeaders().get("X-Tenant")).isEqualTo("t-7");
            assertThat(request.getHeaders().get("X-Trace")).isEqualTo("deploy-42");
        }
    }

    @Test
    void waitUntilIdleFollowsTheViewsPollIntervalAndOptions() throws Exception {
        String weights = "{\"writer\": {\"replica-1\": 100}}";
        server.enqueue(json(200, TinybirdFixture.clusterList("c-1", true, false, false, weights)));
        server.enqueue(json(200, TinybirdFixture.clusterList("c-1", false, true, true, weights)));
        RequestOptions steady =
                TRACED.toBuilder().pollInterval(Duration.ofSeconds(2)).build();
        try (TinybirdClient tb = fixture.client(Auth.HEADER)) {
            Cluster idle =
                    tb.organization("org-1").clusters().withOptions(steady).waitUntilIdle("c-1", Duration.ofMinutes(1));
            assertThat(idle.isIdle()).isTrue();
        }
        assertThat(fixture.time.sleeps()).containsExactly(Duration.ofSeconds(2));
        for (int i = 0; i < 2; i++) {
            assertThat(fixture.take("GET", "/v0/organizations/org-1/clusters", Auth.HEADER)
                            .getHeaders()
                            .get("X-Trace"))
                    .isEqualTo("deploy-42");
        }
    }

    @Test
    void regionsCarryTheClientViewsOptions() throws Exception {
        server.enqueue(fixture("regions.json"));
        try (TinybirdClient tb = fixture.client(Auth.HEADER)) {
            assertThat(tb.withOptions(TRACED).regions()).isNotEmpty();
        }
        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v0/regions");
        assertThat(request.getHeaders().get("X-Trace")).isEqualTo("deploy-42");
        assertThat(request.getHeaders().get("Authorization")).isNull();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }
}
