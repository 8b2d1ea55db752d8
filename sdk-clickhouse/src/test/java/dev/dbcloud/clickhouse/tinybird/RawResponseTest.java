package dev.dbcloud.clickhouse.tinybird;

import static dev.dbcloud.clickhouse.tinybird.TinybirdFixture.body;
import static dev.dbcloud.clickhouse.tinybird.TinybirdFixture.json;
import static dev.dbcloud.clickhouse.tinybird.TinybirdFixture.resource;
import static dev.dbcloud.clickhouse.tinybird.TinybirdFixture.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.clickhouse.CloudProvider;
import dev.dbcloud.clickhouse.tinybird.TinybirdFixture.Auth;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.errors.ConflictException;
import java.util.List;
import java.util.function.Function;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The raw views of {@link Clusters} and {@link TinybirdOrganization}: status, headers and request id of a successful call,
 * with the same value the typed call returns.
 */
class RawResponseTest {
    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final TinybirdFixture fixture = new TinybirdFixture(server);

    private static final Weights OLD = TinybirdFixture.SEED_OLD_WEIGHTS;
    private static final Weights NEW = TinybirdFixture.SEED_NEW_WEIGHTS;
    private static final Weights REMAINING =
            Weights.builder().weight(ClusterRole.WRITER, "replica-1", 100).build();

    /** A JSON answer with a rate-limit header and, when {@code requestId} is not null, an {@code X-Request-Id}. */
    private static MockResponse answer(int code, String body, String requestId) {
        MockResponse.Builder builder = new MockResponse.Builder()
                .code(code)
                .setHeader("Content-Type", "application/json")
                .setHeader("X-RateLimit-Remaining", "41")
                .body(body);
        if (requestId != null) {
            builder.setHeader("X-Request-Id", requestId);
        }
        return builder.build();
    }

    @ParameterizedTest
    @EnumSource(Auth.class)
    void listKeepsStatusHeadersAndRequestId(Auth auth) throws Exception {
        server.enqueue(answer(200, resource("clusters.json"), "req-list-1"));
        server.enqueue(TinybirdFixture.fixture("clusters.json"));
        ApiResponse<List<Cluster>> response;
        List<Cluster> typed;
        try (TinybirdClient tb = fixture.client(auth)) {
            Clusters clusters = tb.organization("org 1").clusters();
            response = clusters.withRawResponse().list();
            typed = clusters.list();
        }

        fixture.take("GET", "/v0/organizations/org%201/clusters", auth);
        fixture.take("GET", "/v0/organizations/org%201/clusters", auth);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("x-ratelimit-remaining")).contains("41");
        assertThat(response.requestId()).contains("req-list-1");
        assertThat(response.value()).extracting(Cluster::clusterId).containsExactly("c-1", "c-2");
        assertThat(response.value()).isEqualTo(typed);
    }

    @Test
    void listWithoutClustersGivesAnEmptyListAndNoRequestIdWhenNoneWasSent() throws Exception {
        server.enqueue(answer(200, "{}", null));
        ApiResponse<List<Cluster>> response;
        try (TinybirdClient tb = fixture.client(Auth.HEADER)) {
            response = tb.organization("org-1").clusters().withRawResponse().list();
        }

        fixture.take("GET", "/v0/organizations/org-1/clusters", Auth.HEADER);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("X-RateLimit-Remaining")).contains("41");
        assertThat(response.requestId()).isEmpty();
        assertThat(response.value()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Auth.class)
    void configurationKeepsStatusHeadersAndRequestId(Auth auth) throws Exception {
        server.enqueue(answer(200, resource("clusters-configuration.json"), "req-conf-1"));
        ApiResponse<ClustersConfiguration> response;
        try (TinybirdClient tb = fixture.client(auth)) {
            response = tb.organization("org-1").withRawResponse().configuration();
        }

        fixture.take("GET", "/v0/organizations/org-1/clusters-configuration", auth);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("X-RateLimit-Remaining")).contains("41");
        assertThat(response.requestId()).contains("req-conf-1");
        assertThat(response.value().availableRoles())
                .containsExactly(ClusterRole.WRITER, ClusterRole.READER, ClusterRole.COPYJOB);
        assertThat(response.value().cloudRegions().get(CloudProvider.AWS)).contains("eu-west-1");
    }

    @ParameterizedTest
    @EnumSource(Auth.class)
    void updateWeightsKeepsTheAnswersDetailsAndValue(Auth auth) throws Exception {
        server.enqueue(answer(202, resource("weights-updated.json"), "req-put-1"));
        ApiResponse<WeightsUpdated> response;
        try (TinybirdClient tb = fixture.client(auth)) {
            response = tb.organization("org-1")
                    .clusters()
                    .withRawResponse()
                    .updateWeights(
                            "c-1",
                            UpdateWeightsParams.builder()
                                    .oldWeights(OLD)
                                    .newWeights(NEW)
                                    .build());
        }

        var request = fixture.take("PUT", "/v0/organizations/org-1/clusters/c-1/weights", auth);
        assertThat(body(request).get("new_weights"))
                .isEqualTo(tree("{\"writer\": {\"replica-1\": 50, \"replica-2\": 50},"
                        + " \"reader\": {\"replica-1\": 60, \"replica-2\": 40}}"));
        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.header("X-RateLimit-Remaining")).contains("41");
        assertThat(response.requestId()).contains("req-put-1");
        assertThat(response.value())
                .isEqualTo(WeightsUpdated.builder()
                        .clusterId("c-1")
                        .updatedWeights(NEW)
                        .operation(ClusterOperation.WEIGHT_UPDATE_REQUESTED)
                        .build());
    }

    @ParameterizedTest
    @EnumSource(Auth.class)
    void addReplicaKeepsTheAnswersDetailsAndTheServersReplica(Auth auth) throws Exception {
        server.enqueue(answer(201, resource("replica-added.json"), "req-post-1"));
        ApiResponse<ReplicaAdded> response;
        try (TinybirdClient tb = fixture.client(auth)) {
            response = tb.organization("org-1")
                    .clusters()
                    .withRawResponse()
                    .addReplica("c-1", ClustersWireTest.addParams().build());
        }

        var request = fixture.take("POST", "/v0/organizations/org-1/clusters/c-1/replicas", auth);
        assertThat(body(request)).isEqualTo(tree(ClustersWireTest.SEED_ADD_BODY));
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.header("X-RateLimit-Remaining")).contains("41");
        assertThat(response.requestId()).contains("req-post-1");
        assertThat(response.value().clusterId()).isEqualTo("c-1");
        Replica replica = response.value().newReplica().orElseThrow();
        assertThat(replica.name()).isEqualTo("replica-2");
        assertThat(replica.state()).contains(ReplicaState.ADDING);
        assertThat(response.value().operation()).contains(ClusterOperation.REPLICA_ADD_REQUESTED);
    }

    @ParameterizedTest
    @EnumSource(Auth.class)
    void removeReplicaKeepsTheAnswersDetailsAndValue(Auth auth) throws Exception {
        server.enqueue(answer(200, resource("replica-removed.json"), "req-delete-1"));
        ApiResponse<ReplicaRemoved> response;
        try (TinybirdClient tb = fixture.client(auth)) {
            response = tb.organization("org-1")
                    .clusters()
                    .withRawResponse()
                    .removeReplica(
                            "c-1",
                            "replica-2",
                            RemoveReplicaParams.builder()
                                    .oldWeights(OLD)
                                    .newWeights(REMAINING)
                                    .build());
        }

        fixture.take("DELETE", "/v0/organizations/org-1/clusters/c-1/replicas/replica-2", auth);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("X-RateLimit-Remaining")).contains("41");
        assertThat(response.requestId()).contains("req-delete-1");
        assertThat(response.value().removedReplica()).contains("replica-2");
        assertThat(response.value().updatedWeights().orElseThrow().forRole(ClusterRole.READER))
                .containsEntry("replica-1", 100);
        assertThat(response.value().operation()).contains(ClusterOperation.REPLICA_DELETE_REQUESTED);
    }

    /** Each raw write, with the value built from its request. */
    enum Write {
        UPDATE_WEIGHTS(
                raw -> raw.updateWeights(
                        "c-1",
                        UpdateWeightsParams.builder()
                                .oldWeights(OLD)
                                .newWeights(NEW)
                                .build()),
                WeightsUpdated.builder()
                        .clusterId("c-1")
                        .updatedWeights(NEW)
                        .operation(ClusterOperation.WEIGHT_UPDATE_REQUESTED)
                        .build()),
        ADD_REPLICA(
                raw -> raw.addReplica(
                        "c-1",
                        ClustersWireTest.addParams().replicaName("replica-2").build()),
                ReplicaAdded.builder()
                        .clusterId("c-1")
                        .newReplica(Replica.builder().name("replica-2").build())
                        .operation(ClusterOperation.REPLICA_ADD_REQUESTED)
                        .build()),
        REMOVE_REPLICA(
                raw -> raw.removeReplica(
                        "c-1",
                        "replica-2",
                        RemoveReplicaParams.builder()
                                .oldWeights(OLD)
                                .newWeights(REMAINING)
                                .build()),
                ReplicaRemoved.builder()
                        .clusterId("c-1")
                        .removedReplica("replica-2")
                        .updatedWeights(REMAINING)
                        .operation(ClusterOperation.REPLICA_DELETE_REQUESTED)
                        .build());

        final Function<Clusters.WithRawResponse, ApiResponse<?>> send;
        final Object requested;

        Write(Function<Clusters.WithRawResponse, ApiResponse<?>> send, Object requested) {
            this.send = send;
            this.requested = requested;
        }
    }

    private ApiResponse<?> answered(Write write, Auth auth, MockResponse answer) throws Exception {
        int before = server.getRequestCount();
        server.enqueue(answer);
        ApiResponse<?> response;
        try (TinybirdClient tb = fixture.client(auth)) {
            response = write.send.apply(tb.organization("org-1").clusters().withRawResponse());
        }
        assertThat(server.getRequestCount()).isEqualTo(before + 1);
        auth.assertCarriedBy(server.takeRequest());
        return response;
    }

    @ParameterizedTest
    @EnumSource(Write.class)
    void aWriteAnswered204GivesTheRequestedValueWithStatus204(Write write) throws Exception {
        for (Auth auth : Auth.values()) {
            ApiResponse<?> response = answered(
                    write,
                    auth,
                    new MockResponse.Builder()
                            .code(204)
                            .setHeader("X-RateLimit-Remaining", "7")
                            .setHeader("X-Request-Id", "req-204")
                            .build());
            assertThat(response.statusCode()).isEqualTo(204);
            assertThat(response.header("X-RateLimit-Remaining")).contains("7");
            assertThat(response.requestId()).contains("req-204");
            assertThat(response.value()).isEqualTo(write.requested);
        }
    }

    @ParameterizedTest
    @EnumSource(Write.class)
    void aWriteAnsweredWithHtmlGivesTheRequestedValueWithTheRealStatus(Write write) throws Exception {
        ApiResponse<?> response = answered(
                write,
                Auth.HEADER,
                new MockResponse.Builder()
                        .code(202)
                        .setHeader("Content-Type", "text/html")
                        .body("<html><body>Accepted</body></html>")
                        .build());
        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.header("Content-Type")).contains("text/html");
        assertThat(response.requestId()).isEmpty();
        assertThat(response.value()).isEqualTo(write.requested);
    }

    @ParameterizedTest
    @EnumSource(Write.class)
    void theTypedWriteIsTheRawValue(Write write) throws Exception {
        server.enqueue(json(200, "{\"operation\": \"something_new\"}"));
        server.enqueue(json(200, "{\"operation\": \"something_new\"}"));
        Object typed;
        ApiResponse<?> raw;
        try (TinybirdClient tb = fixture.client(Auth.QUERY)) {
            Clusters clusters = tb.organization("org-1").clusters();
            raw = write.send.apply(clusters.withRawResponse());
            typed = switch (write) {
                case UPDATE_WEIGHTS ->
                    clusters.updateWeights(
                            "c-1",
                            UpdateWeightsParams.builder()
                                    .oldWeights(OLD)
                                    .newWeights(NEW)
                                    .build());
                case ADD_REPLICA ->
                    clusters.addReplica(
                            "c-1",
                            ClustersWireTest.addParams()
                                    .replicaName("replica-2")
                                    .build());
                case REMOVE_REPLICA ->
                    clusters.removeReplica(
                            "c-1",
                            "replica-2",
                            RemoveReplicaParams.builder()
                                    .oldWeights(OLD)
                                    .newWeights(REMAINING)
                                    .build());
            };
        }
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(raw.value()).isEqualTo(typed).isNotEqualTo(write.requested);
    }

    @Test
    void aRawWriteStillThrowsOnAConflict() {
        server.enqueue(json(409, "{\"error\": \"old_weights do not match the cluster\"}"));
        try (TinybirdClient tb = fixture.client(Auth.HEADER)) {
            Clusters.WithRawResponse raw = tb.organization("org-1").clusters().withRawResponse();
            assertThatThrownBy(() -> Write.UPDATE_WEIGHTS.send.apply(raw))
                    .isInstanceOf(ConflictException.class)
                    .hasMessageContaining("old_weights do not match");
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aRawRemoveThatMentionsTheRemovedReplicaSendsNothing() {
        try (TinybirdClient tb = fixture.client(Auth.HEADER)) {
            Clusters.WithRawResponse raw = tb.organization("org-1").clusters().withRawResponse();
            assertThatThrownBy(() -> raw.removeReplica(
                            "c-1",
                            "replica-2",
                            RemoveReplicaParams.builder()
                                    .oldWeights(OLD)
                                    .newWeights(NEW)
                                    .build()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("replica-2");
            assertThatThrownBy(() -> raw.withOptions(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("options == null");
            assertThatThrownBy(() -> tb.organization("org-1").withRawResponse().withOptions(null))
                    .isInstanceOf(NullPointerException.class)
                    .hasMessage("options == null");
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void withRawResponseIsTheSameInstanceEachTime() {
        try (TinybirdClient tb = fixture.client(Auth.HEADER)) {
            TinybirdOrganization organization = tb.organization("org-1");
            Clusters clusters = organization.clusters();
            assertThat(clusters.withRawResponse()).isSameAs(clusters.withRawResponse());
            assertThat(organization.withRawResponse()).isSameAs(organization.withRawResponse());
        }
        assertThat(server.getRequestCount()).isZero();
    }
}
