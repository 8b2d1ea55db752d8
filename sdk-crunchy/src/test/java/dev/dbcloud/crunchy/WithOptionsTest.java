package dev.dbcloud.crunchy;

import static dev.dbcloud.crunchy.Fixtures.CLUSTER_ID;
import static dev.dbcloud.crunchy.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RequestOptions;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** {@code withOptions} views: on the client and every resource, composing with {@code withRawResponse()}. */
class WithOptionsTest extends MockApiTest {
    private static final RequestOptions TRACED =
            RequestOptions.builder().header("X-Trace", "t-1").build();

    private RecordedRequest takeTraced(String method, String target) throws InterruptedException {
        RecordedRequest request = take(method, target);
        assertThat(request.getHeaders().values("X-Trace")).containsExactly("t-1");
        return request;
    }

    @Test
    void clustersListWithOptionsCarriesThemToEveryPage() throws Exception {
        String second = "kqsqavudlfcbvg2yrvmfrdphdq";
        server.enqueue(json(200, Fixtures.page("clusters", Fixtures.clusterJson(CLUSTER_ID, "a"), true, CLUSTER_ID)));
        server.enqueue(json(200, Fixtures.page("clusters", Fixtures.clusterJson(second, "b"), false, null)));

        List<Cluster> all = cb().clusters().withOptions(TRACED).list().stream().toList();

        assertThat(all).extracting(c -> c.name().orElseThrow()).containsExactly("a", "b");
        takeTraced("GET", "/clusters");
        takeTraced("GET", "/clusters?cursor=" + CLUSTER_ID);
    }

    @Test
    void theClientsOptionsReachEveryResource() throws Exception {
        server.enqueue(json(200, Fixtures.page("teams", "", false, null)));
        server.enqueue(json(200, Fixtures.page("networks", "", false, null)));
        server.enqueue(json(200, "{\"providers\":[]}"));
        server.enqueue(json(200, "{\"postgres_versions\":[]}"));
        server.enqueue(json(200, "{\"backups\":[]}"));
        CrunchyBridgeClient traced = cb().withOptions(TRACED);

        assertThat(traced.teams().list().items()).isEmpty();
        assertThat(traced.networks().list().items()).isEmpty();
        assertThat(traced.providers().list()).isEmpty();
        assertThat(traced.postgresVersions().list()).isEmpty();
        assertThat(traced.clusters().backups().list(CLUSTER_ID)).isEmpty();

        takeTraced("GET", "/teams");
        takeTraced("GET", "/networks");
        takeTraced("GET", "/providers");
        takeTraced("GET", "/postgres-versions");
        takeTraced("GET", "/clusters/" + CLUSTER_ID + "/backups");
    }

    @Test
    void withOptionsAndWithRawResponseComposeInEitherOrder() throws Exception {
        server.enqueue(Fixtures.cluster(200));
        server.enqueue(Fixtures.cluster(200));
        RequestOptions other = RequestOptions.builder().header("X-Other", "o").build();

        ApiResponse<Cluster> a =
                cb().clusters().withOptions(TRACED).withRawResponse().get(CLUSTER_ID);
        ApiResponse<Cluster> b = cb().withOptions(other)
                .clusters()
                .withRawResponse()
                .withOptions(TRACED)
                .get(CLUSTER_ID);

        assertThat(a.value().id()).isEqualTo(b.value().id());
        takeTraced("GET", "/clusters/" + CLUSTER_ID);
        assertThat(takeTraced("GET", "/clusters/" + CLUSTER_ID).getHeaders().get("X-Other"))
                .isEqualTo("o");
    }

    @Test
    void restartWithOptionsRestartsTheServerWithoutABody() throws Exception {
        server.enqueue(Fixtures.cluster(200));

        assertThat(cb().clusters().withOptions(TRACED).restart(CLUSTER_ID).id()).isEqualTo(CLUSTER_ID);

        RecordedRequest request = takeTraced("PUT", "/clusters/" + CLUSTER_ID + "/actions/restart");
        assertThat(request.getBody().size()).isZero();
    }

    @Test
    void aKeyedViewRepeatsItsWriteButRefusesASecondDifferentOne() throws Exception {
        server.enqueue(Fixtures.cluster(201));
        server.enqueue(Fixtures.cluster(201));
        Clusters keyed = cb().clusters()
                .withOptions(RequestOptions.builder().idempotencyKey("rename-1").build());
        UpdateClusterParams rename =
                UpdateClusterParams.builder().name("renamed").build();

        keyed.update(CLUSTER_ID, rename);
        keyed.update(CLUSTER_ID, rename); // the same write again, as after a lost answer

        assertThatIllegalStateException()
                .isThrownBy(() -> keyed.update(
                        CLUSTER_ID, UpdateClusterParams.builder().name("other").build()))
                .withMessageContaining("idempotencyKey \"rename-1\" was first used for PATCH /clusters/" + CLUSTER_ID);
        assertThatIllegalStateException()
                .isThrownBy(() -> keyed.replicas()
                        .create(
                                CLUSTER_ID,
                                CreateReplicaParams.builder().name("r").build()))
                .withMessageContaining("POST /clusters/" + CLUSTER_ID + "/replicas");
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(server.takeRequest().getHeaders().get("Idempotency-Key")).isEqualTo("rename-1");
        assertThat(server.takeRequest().getHeaders().get("Idempotency-Key")).isEqualTo("rename-1");
    }

    @Test
    void nullOptionsAreRefusedByName() {
        assertThatNullPointerException()
                .isThrownBy(() -> cb().withOptions(null))
                .withMessage("options == null");
        assertThatNullPointerException()
                .isThrownBy(() -> cb().teams().withOptions(null))
                .withMessage("options == null");
        assertThatNullPointerException()
                .isThrownBy(() -> cb().networks().withRawResponse().withOptions(null))
                .withMessage("options == null");
        assertThatNullPointerException()
                .isThrownBy(() -> cb().providers().withOptions(null))
                .withMessage("options == null");
        assertThatNullPointerException()
                .isThrownBy(() -> cb().postgresVersions().withOptions(null))
                .withMessage("options == null");
        assertThat(server.getRequestCount()).isZero();
    }
}
