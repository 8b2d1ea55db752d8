package dev.dbcloud.crunchy;

import static dev.dbcloud.crunchy.Fixtures.CLUSTER_ID;
import static dev.dbcloud.crunchy.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.dbcloud.core.RequestOptions;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The overloads that take only {@link RequestOptions}: same request as without, plus the options. */
class OptionsOverloadsTest extends MockApiTest {
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

        List<Cluster> all = cb().clusters().list(TRACED).stream().toList();

        assertThat(all).extracting(c -> c.name().orElseThrow()).containsExactly("a", "b");
        takeTraced("GET", "/clusters");
        takeTraced("GET", "/clusters?cursor=" + CLUSTER_ID);
    }

    @Test
    void teamsAndNetworksListWithOptions() throws Exception {
        server.enqueue(json(200, Fixtures.page("teams", "", false, null)));
        server.enqueue(json(200, Fixtures.page("networks", "", false, null)));

        assertThat(cb().teams().list(TRACED).items()).isEmpty();
        assertThat(cb().networks().list(TRACED).items()).isEmpty();

        takeTraced("GET", "/teams");
        takeTraced("GET", "/networks");
    }

    @Test
    void providersAndVersionsListWithOptions() throws Exception {
        server.enqueue(json(200, "{\"providers\":[]}"));
        server.enqueue(json(200, "{\"postgres_versions\":[]}"));

        assertThat(cb().providers().list(TRACED)).isEmpty();
        assertThat(cb().postgresVersions().list(TRACED)).isEmpty();

        takeTraced("GET", "/providers");
        takeTraced("GET", "/postgres-versions");
    }

    @Test
    void restartWithOptionsRestartsTheServerWithoutABody() throws Exception {
        server.enqueue(Fixtures.cluster(200));

        assertThat(cb().clusters().restart(CLUSTER_ID, TRACED).id()).isEqualTo(CLUSTER_ID);

        RecordedRequest request = takeTraced("PUT", "/clusters/" + CLUSTER_ID + "/actions/restart");
        assertThat(request.getBody().size()).isZero();
    }

    @Test
    void nullsAreRefusedByNameBeforeSending() {
        Clusters clusters = cb().clusters();
        RestartService noService = null;
        RequestOptions noOptions = null;
        assertThatNullPointerException()
                .isThrownBy(() -> clusters.restart(CLUSTER_ID, noService))
                .withMessage("service == null");
        assertThatNullPointerException()
                .isThrownBy(() -> clusters.restart(CLUSTER_ID, noService, TRACED))
                .withMessage("service == null");
        assertThatNullPointerException()
                .isThrownBy(() -> clusters.restart(CLUSTER_ID, noOptions))
                .withMessage("options == null");
        assertThatNullPointerException()
                .isThrownBy(() -> clusters.list(noOptions))
                .withMessage("options == null");
        assertThatNullPointerException()
                .isThrownBy(() -> cb().teams().list(noOptions))
                .withMessage("options == null");
        assertThatNullPointerException()
                .isThrownBy(() -> cb().networks().list(noOptions))
                .withMessage("options == null");
        assertThatNullPointerException()
                .isThrownBy(() -> cb().providers().list(noOptions))
                .withMessage("options == null");
        assertThatNullPointerException()
                .isThrownBy(() -> cb().postgresVersions().list(noOptions))
                .withMessage("options == null");
        assertThat(server.getRequestCount()).isZero();
    }
}
