package dev.dbcloud.clickhouse.tinybird;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dbcloud.core.Credentials;
import dev.dbcloud.core.testing.FakeTime;
import dev.dbcloud.core.testing.Wire;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** Builds Tinybird clients pointed at a MockWebServer, with fake time, and reads the seed's payloads. */
final class TinybirdFixture {
    static final String TOKEN = "p.eyJ1IjogInMzY3IzdCJ9.tb-s3cr3t-signature";

    /** The {@code old_weights} of the reference's weights-update example. */
    static final Weights SEED_OLD_WEIGHTS = Weights.builder()
            .weight(ClusterRole.WRITER, "replica-1", 100)
            .weight(ClusterRole.WRITER, "replica-2", 0)
            .weight(ClusterRole.READER, "replica-1", 100)
            .weight(ClusterRole.READER, "replica-2", 0)
            .build();

    /** The {@code new_weights} of the reference's weights-update example. */
    static final Weights SEED_NEW_WEIGHTS = Weights.builder()
            .weight(ClusterRole.WRITER, "replica-1", 50)
            .weight(ClusterRole.WRITER, "replica-2", 50)
            .weight(ClusterRole.READER, "replica-1", 60)
            .weight(ClusterRole.READER, "replica-2", 40)
            .build();

    /** The two ways a Tinybird token can travel. */
    enum Auth {
        HEADER(Credentials.bearer(TOKEN)),
        QUERY(Credentials.queryToken(TOKEN));

        final Credentials credentials;

        Auth(Credentials credentials) {
            this.credentials = credentials;
        }

        /** Asserts that the request carried the token this way, and only this way. */
        void assertCarriedBy(RecordedRequest request) {
            if (this == HEADER) {
                assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
                assertThat(request.getUrl().queryParameter("token")).isNull();
            } else {
                assertThat(request.getHeaders().get("Authorization")).isNull();
                assertThat(request.getUrl().queryParameterValues("token")).containsExactly(TOKEN);
            }
        }
    }

    final MockWebServer server;
    final FakeTime time = new FakeTime();

    TinybirdFixture(MockWebServer server) {
        this.server = server;
    }

    TinybirdClient.Builder builder(Auth auth) {
        return TinybirdClient.builder()
                .baseUrl(server.url("/").toString())
                .credentials(auth.credentials)
                .clock(time)
                .sleeper(time)
                .jitter(() -> 1.0)
                .attemptTimeout(Duration.ofSeconds(10));
    }

    TinybirdClient client(Auth auth) {
        return builder(auth).build();
    }

    /**
     * Takes the next request and asserts its method, encoded path (the query holds at most the token) and how the
     * token travelled; a GET must carry no body, any other method a JSON one.
     */
    RecordedRequest take(String method, String encodedPath, Auth auth) throws InterruptedException {
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo(method);
        assertThat(request.getUrl().encodedPath()).isEqualTo(encodedPath);
        assertThat(request.getUrl().queryParameterNames()).isSubsetOf("token");
        auth.assertCarriedBy(request);
        if (method.equals("GET")) {
            assertThat(request.getBodySize()).isZero();
        } else {
            assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        }
        return request;
    }

    static String resource(String name) {
        return Wire.resource("/tinybird/" + name);
    }

    static MockResponse json(int code, String body) {
        return Wire.json(code, body);
    }

    static MockResponse fixture(String name) {
        return json(200, resource(name));
    }

    static JsonNode tree(String json) {
        return Wire.tree(json);
    }

    static JsonNode body(RecordedRequest request) {
        return Wire.body(request);
    }

    /**
     * A one-cluster list answer whose state flags are the given JSON members, e.g. {@code "\"can_scale\": true"}:
     * a flag left out is missing from the answer.
     */
    static String clusterListWithFlags(String clusterId, String flags) {
        return "{\"clusters\": [{\"cluster_id\": \"" + clusterId + "\", " + (flags.isEmpty() ? "" : flags + ", ")
                + "\"cluster_weights\": {\"writer\": {\"replica-1\": 100, \"replica-2\": 0}}, \"replicas\":"
                + " {\"replica-1\": {\"name\": \"replica-1\", \"state\": \"running\"}, \"replica-2\": {\"name\":"
                + " \"replica-2\", \"state\": \"running\"}}}]}";
    }

    /** A one-cluster list answer with the given state flags and weights. */
    static String clusterList(String clusterId, boolean busy, boolean canRebalance, boolean canScale, String weights) {
        return "{\"clusters\": [{\"cluster_id\": \"" + clusterId + "\", \"cluster_name\": \"n\", \"cloud_provider\":"
                + " \"aws\", \"cloud_region\": \"eu-west-1\", \"operation_in_progress\": " + busy
                + ", \"can_rebalance\": " + canRebalance + ", \"can_scale\": " + canScale
                + ", \"cluster_weights\": " + weights + ", \"replicas\": {\"replica-1\": {\"name\": \"replica-1\","
                + " \"cpu\": 4, \"memory_gb\": 16, \"state\": \"running\"}, \"replica-2\": {\"name\": \"replica-2\","
                + " \"cpu\": 4, \"memory_gb\": 16, \"state\": \"" + (busy ? "adding" : "running") + "\"}},"
                + " \"error\": null, \"ongoing_maintenance\": false, \"clickhouse_version\": \"24.8\","
                + " \"available_clickhouse_versions\": [\"24.8\"], \"rolling_update_config\": null}]}";
    }
}
