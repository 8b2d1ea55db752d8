package dev.dbcloud.crunchy.usage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbcloud.core.Credentials;
import dev.dbcloud.core.testing.FakeTime;
import dev.dbcloud.crunchy.Cluster;
import dev.dbcloud.crunchy.ClusterState;
import dev.dbcloud.crunchy.ClusterStatus;
import dev.dbcloud.crunchy.ClusterUpgrade;
import dev.dbcloud.crunchy.CrunchyBridgeClient;
import dev.dbcloud.crunchy.ListClustersParams;
import dev.dbcloud.crunchy.UpdateClusterParams;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Uses the SDK from another package, as users do, so nothing public depends on package-private types. */
class PublicSurfaceTest {
    @StartStop
    private final MockWebServer server = new MockWebServer();

    @Test
    void theDocumentedExampleWorksFromOutsideThePackage() {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .body("{\"clusters\":[{\"id\":\"rvf73a77ozfsvcttryebfrnlem\",\"name\":\"a\","
                        + "\"team_id\":\"eaevtjiudzeq7bsqbbpiscund4\",\"plan_id\":\"hobby-2\",\"region_id\":\"r\","
                        + "\"is_ha\":false,\"is_suspended\":false,\"major_version\":17,\"storage\":10,\"memory\":2,"
                        + "\"created_at\":\"2024-01-01T00:00:00Z\",\"updated_at\":\"2024-01-01T00:00:00Z\"}],"
                        + "\"has_more\":false,\"next_cursor\":null}")
                .build());
        FakeTime time = new FakeTime();
        try (CrunchyBridgeClient cb = CrunchyBridgeClient.builder()
                .baseUrl(server.url("/").toString())
                .credentials(Credentials.bearer("cbkey_x"))
                .clock(time)
                .sleeper(time)
                .build()) {
            int count = 0;
            for (Cluster c : cb.clusters()
                    .list(ListClustersParams.builder()
                            .teamId("eaevtjiudzeq7bsqbbpiscund4")
                            .build())
                    .autoPager()) {
                assertThat(c.name()).contains("a");
                count++;
            }
            assertThat(count).isEqualTo(1);
        }
        assertThat(UpdateClusterParams.UNSET_MAINTENANCE_WINDOW).isEqualTo(-1);
        assertThat(ClusterStatus.builder().state(ClusterState.READY).build().isReady())
                .isTrue();
        assertThat(ClusterUpgrade.builder().build().isFinished()).isTrue();
    }
}
