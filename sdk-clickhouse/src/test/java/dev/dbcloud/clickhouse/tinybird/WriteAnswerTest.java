package dev.dbcloud.clickhouse.tinybird;

import static dev.dbcloud.clickhouse.tinybird.TinybirdFixture.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dbcloud.clickhouse.tinybird.TinybirdFixture.Auth;
import java.util.function.Function;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The status and body of a write's answer are not documented: any 2xx means the write was accepted, and since a
 * write is never repeated, reading its answer must not fail. Fields the answer lacks come from the request.
 */
class WriteAnswerTest {
    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final TinybirdFixture fixture = new TinybirdFixture(server);

    private static final Weights OLD = TinybirdFixture.SEED_OLD_WEIGHTS;
    private static final Weights NEW = TinybirdFixture.SEED_NEW_WEIGHTS;
    private static final Weights REMAINING =
            Weights.builder().weight(ClusterRole.WRITER, "replica-1", 100).build();

    private static final WeightsUpdated WEIGHTS_REQUESTED = WeightsUpdated.builder()
            .clusterId("c-1")
            .updatedWeights(NEW)
            .operation(ClusterOperation.WEIGHT_UPDATE_REQUESTED)
            .build();
    private static final ReplicaAdded ADD_REQUESTED = ReplicaAdded.builder()
            .clusterId("c-1")
            .newReplica(Replica.builder().name("replica-2").build())
            .operation(ClusterOperation.REPLICA_ADD_REQUESTED)
            .build();
    private static final ReplicaRemoved REMOVE_REQUESTED = ReplicaRemoved.builder()
            .clusterId("c-1")
            .removedReplica("replica-2")
            .updatedWeights(REMAINING)
            .operation(ClusterOperation.REPLICA_DELETE_REQUESTED)
            .build();

    /** Each raw write, with the answer built from its request. */
    enum Write {
        UPDATE_WEIGHTS(
                "PUT",
                "/v0/organizations/org-1/clusters/c-1/weights",
                c -> c.updateWeights(
                        "c-1",
                        UpdateWeightsParams.builder()
                                .oldWeights(OLD)
                                .newWeights(NEW)
                                .build()),
                WEIGHTS_REQUESTED),
        ADD_REPLICA(
                "POST",
                "/v0/organizations/org-1/clusters/c-1/replicas/replica-2",
                c -> c.addReplica(
                        "c-1",
                        ClustersWireTest.addParams().replicaName("replica-2").build()),
                ADD_REQUESTED),
        REMOVE_REPLICA(
                "DELETE",
                "/v0/organizations/org-1/clusters/c-1/replicas/replica-2",
                c -> c.removeReplica(
                        "c-1",
                        "replica-2",
                        RemoveReplicaParams.builder()
                                .oldWeights(OLD)
                                .newWeights(REMAINING)
                                .build()),
                REMOVE_REQUESTED);

        final String method;
        final String path;
        final Function<Clusters, Object> send;
        final Object requested;

        Write(String method, String path, Function<Clusters, Object> send, Object requested) {
            this.method = method;
            this.path = path;
            this.send = send;
            this.requested = requested;
        }
    }

    private Object answered(Write write, MockResponse answer) throws Exception {
        server.enqueue(answer);
        Object result;
        try (TinybirdClient tb = fixture.client(Auth.HEADER)) {
            result = write.send.apply(tb.organization("org-1").clusters());
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
        fixture.take(write.method, write.path, Auth.HEADER);
        return result;
    }

    @ParameterizedTest
    @EnumSource(Write.class)
    void anEmptyObjectIsTheRequestedAnswer(Write write) throws Exception {
        assertThat(answered(write, json(200, "{}"))).isEqualTo(write.requested);
    }

    @ParameterizedTest
    @EnumSource(Write.class)
    void anAnswerWithOnlyAnOperationTakesTheRestFromTheRequest(Write write) throws Exception {
        Object result = answered(write, json(200, "{\"operation\": \"weight_update_requested\"}"));
        switch (write) {
            case UPDATE_WEIGHTS -> assertThat(result).isEqualTo(WEIGHTS_REQUESTED);
            case ADD_REPLICA ->
                assertThat(result).isEqualTo(ADD_REQUESTED.withOperation(ClusterOperation.WEIGHT_UPDATE_REQUESTED));
            case REMOVE_REPLICA ->
                assertThat(result).isEqualTo(REMOVE_REQUESTED.withOperation(ClusterOperation.WEIGHT_UPDATE_REQUESTED));
        }
    }

    @ParameterizedTest
    @EnumSource(Write.class)
    void anAcceptedAnswerThatIsNotJsonIsTheRequestedAnswer(Write write) throws Exception {
        MockResponse html = new MockResponse.Builder()
                .code(202)
                .setHeader("Content-Type", "text/html")
                .body("<html><body>Accepted</body></html>")
                .build();
        assertThat(answered(write, html)).isEqualTo(write.requested);
    }

    @ParameterizedTest
    @EnumSource(Write.class)
    void anAnswerThatIsJsonButNoObjectIsTheRequestedAnswer(Write write) throws Exception {
        assertThat(answered(write, json(200, "\"ok\""))).isEqualTo(write.requested);
    }

    @ParameterizedTest
    @EnumSource(Write.class)
    void fieldsOfAnUnexpectedShapeGiveTheRequestedAnswer(Write write) throws Exception {
        String odd = "{\"cluster_id\": \"c-1\", \"updated_weights\": [1, 2], \"new_replica\": 7,"
                + " \"removed_replica\": {\"name\": \"replica-2\"}, \"operation\": {\"kind\": \"x\"}}";
        assertThat(answered(write, json(200, odd))).isEqualTo(write.requested);
    }

    @Test
    void nullFieldsAreTakenFromTheRequestAndSentFieldsWin() throws Exception {
        String answer = "{\"cluster_id\": null, \"removed_replica\": \"replica-2\","
                + " \"updated_weights\": {\"writer\": {\"replica-1\": 90}}, \"operation\": null, \"eta\": 30}";
        Object result = answered(Write.REMOVE_REPLICA, json(200, answer));
        assertThat(result)
                .isEqualTo(REMOVE_REQUESTED.withUpdatedWeights(Weights.builder()
                        .weight(ClusterRole.WRITER, "replica-1", 90)
                        .build()));
    }
}
