package dev.dbcloud.clickhouse.tinybird;

import static dev.dbcloud.clickhouse.tinybird.TinybirdFixture.clusterList;
import static dev.dbcloud.clickhouse.tinybird.TinybirdFixture.fixture;
import static dev.dbcloud.clickhouse.tinybird.TinybirdFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.clickhouse.tinybird.TinybirdFixture.Auth;
import dev.dbcloud.core.errors.ApiConnectionException;
import dev.dbcloud.core.errors.ServerException;
import java.time.Duration;
import java.util.function.Function;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A write carries {@code old_weights} that the first attempt may already have consumed: it is never repeated once
 * the server may have seen it, only after a 429 (not processed) or when it never left.
 */
class WriteRetryTest {
    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final TinybirdFixture fixture = new TinybirdFixture(server);

    private static final Weights OLD = TinybirdFixture.SEED_OLD_WEIGHTS;
    private static final Weights REMAINING =
            Weights.builder().weight(ClusterRole.WRITER, "replica-1", 100).build();

    /** Each raw write, with its method, path and the answer that fixture gives on success. */
    enum Write {
        UPDATE_WEIGHTS(
                "PUT",
                "/v0/organizations/org-1/clusters/c-1/weights",
                "weights-updated.json",
                c -> c.updateWeights(
                        "c-1",
                        UpdateWeightsParams.builder()
                                .oldWeights(OLD)
                                .newWeights(TinybirdFixture.SEED_NEW_WEIGHTS)
                                .build())),
        REMOVE_REPLICA(
                "DELETE",
                "/v0/organizations/org-1/clusters/c-1/replicas/replica-2",
                "replica-removed.json",
                c -> c.removeReplica(
                        "c-1",
                        "replica-2",
                        RemoveReplicaParams.builder()
                                .oldWeights(OLD)
                                .newWeights(REMAINING)
                                .build())),
        ADD_REPLICA(
                "POST",
                "/v0/organizations/org-1/clusters/c-1/replicas",
                "replica-added.json",
                c -> c.addReplica("c-1", ClustersWireTest.addParams().build()));

        final String method;
        final String path;
        final String answer;
        final Function<Clusters, Object> send;

        Write(String method, String path, String answer, Function<Clusters, Object> send) {
            this.method = method;
            this.path = path;
            this.answer = answer;
            this.send = send;
        }
    }

    @ParameterizedTest
    @EnumSource(Write.class)
    void aServerErrorOnAWriteIsThrownAfterOneRequest(Write write) throws Exception {
        server.enqueue(json(503, "{\"error\": \"Service temporarily unavailable\"}"));
        server.enqueue(fixture(write.answer));
        try (TinybirdClient tb = fixture.client(Auth.HEADER)) {
            Clusters clusters = tb.organization("org-1").clusters();
            assertThatThrownBy(() -> write.send.apply(clusters)).isInstanceOfSatisfying(ServerException.class, e -> {
                assertThat(e.statusCode()).isEqualTo(503);
                assertThat(e.attempts()).isEqualTo(1);
                assertThat(e.errorMessage()).contains("Service temporarily unavailable");
            });
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
        fixture.take(write.method, write.path, Auth.HEADER);
        assertThat(fixture.time.sleeps()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Write.class)
    void aConnectionLostMidFlightOnAWriteIsThrownAfterOneRequest(Write write) throws Exception {
        server.enqueue(new MockResponse.Builder()
                .onResponseStart(SocketEffect.ShutdownConnection.INSTANCE)
                .build());
        server.enqueue(fixture(write.answer));
        try (TinybirdClient tb = fixture.client(Auth.HEADER)) {
            Clusters clusters = tb.organization("org-1").clusters();
            assertThatThrownBy(() -> write.send.apply(clusters))
                    .isExactlyInstanceOf(ApiConnectionException.class)
                    .hasMessageStartingWith(write.method + " /v0/organizations/org-1/clusters/c-1/");
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
        fixture.take(write.method, write.path, Auth.HEADER);
        assertThat(fixture.time.sleeps()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Write.class)
    void aRateLimitedWriteWasNotProcessedAndIsRetriedAfterRetryAfter(Write write) throws Exception {
        server.enqueue(new MockResponse.Builder()
                .code(429)
                .setHeader("Retry-After", "2")
                .body("{\"error\": \"Too many requests\"}")
                .build());
        server.enqueue(fixture(write.answer));
        Object result;
        try (TinybirdClient tb = fixture.client(Auth.HEADER)) {
            result = write.send.apply(tb.organization("org-1").clusters());
        }
        assertThat(result).isNotNull();
        assertThat(server.getRequestCount()).isEqualTo(2);
        String first =
                fixture.take(write.method, write.path, Auth.HEADER).getBody().utf8();
        String second =
                fixture.take(write.method, write.path, Auth.HEADER).getBody().utf8();
        assertThat(TinybirdFixture.tree(second)).isEqualTo(TinybirdFixture.tree(first));
        assertThat(fixture.time.sleeps()).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void aConvenienceRetriesItsReadButNotItsWrite() throws Exception {
        server.enqueue(json(503, "{\"error\": \"overloaded\"}"));
        server.enqueue(json(200, clusterList("c-1", false, true, true, "{\"writer\": {\"replica-1\": 100}}")));
        server.enqueue(json(502, "{\"error\": \"bad gateway\"}"));
        server.enqueue(fixture("weights-updated.json"));
        try (TinybirdClient tb = fixture.client(Auth.HEADER)) {
            assertThatThrownBy(() -> tb.organization("org-1").clusters().rebalance("c-1", REMAINING))
                    .isInstanceOf(ServerException.class)
                    .hasMessageStartingWith("PUT /v0/organizations/org-1/clusters/c-1/weights failed with status 502");
        }
        assertThat(server.getRequestCount()).isEqualTo(3);
        fixture.take("GET", "/v0/organizations/org-1/clusters", Auth.HEADER);
        fixture.take("GET", "/v0/organizations/org-1/clusters", Auth.HEADER);
        fixture.take("PUT", "/v0/organizations/org-1/clusters/c-1/weights", Auth.HEADER);
    }
}
