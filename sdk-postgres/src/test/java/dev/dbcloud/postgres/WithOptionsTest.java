package dev.dbcloud.postgres;

import static dev.dbcloud.postgres.Pg.ID;
import static dev.dbcloud.postgres.Pg.ORG;
import static dev.dbcloud.postgres.Pg.fixture;
import static dev.dbcloud.postgres.Pg.instancePath;
import static dev.dbcloud.postgres.Pg.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RequestOptions;
import java.time.Duration;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** {@code withOptions} views of the client, the resource and its raw view, and the organization lookup. */
class WithOptionsTest extends ClientTest {
    private static final RequestOptions TRACED =
            RequestOptions.builder().header("X-Trace", "t-1").build();

    private RecordedRequest takeTraced(String method, String path) throws InterruptedException {
        RecordedRequest request = pg.expect(method, path);
        assertThat(request.getHeaders().values("X-Trace")).containsExactly("t-1");
        return request;
    }

    @Test
    void theClientsOptionsReachTheResourceAndItsRawView() throws Exception {
        server.enqueue(ok("[]"));
        server.enqueue(ok(fixture("instance.json")));
        ManagedPostgresClient traced = client.withOptions(TRACED);

        assertThat(traced.instances().list()).isEmpty();
        assertThat(traced.instances().withRawResponse().get(ID).value().id()).isEqualTo(ID);
        assertThat(traced.organizationId()).isEqualTo(ORG);
        assertThat(traced.settings()).isSameAs(client.settings());

        takeTraced("GET", Pg.path(""));
        takeTraced("GET", instancePath(""));
    }

    @Test
    void withOptionsAndWithRawResponseComposeInEitherOrder() throws Exception {
        server.enqueue(ok(fixture("instance.json")));
        server.enqueue(ok(fixture("instance.json")));
        RequestOptions other = RequestOptions.builder().header("X-Other", "o").build();

        ApiResponse<PostgresInstance> a =
                client.instances().withOptions(TRACED).withRawResponse().get(ID);
        ApiResponse<PostgresInstance> b = client.withOptions(other)
                .instances()
                .withRawResponse()
                .withOptions(TRACED)
                .get(ID);

        assertThat(a.value()).isEqualTo(b.value());
        assertThat(takeTraced("GET", instancePath("")).getHeaders().get("X-Other"))
                .isNull();
        assertThat(takeTraced("GET", instancePath("")).getHeaders().get("X-Other"))
                .isEqualTo("o");
    }

    @Test
    void workflowsSendEveryRequestWithTheViewsOptions() throws Exception {
        server.enqueue(ok(fixture("instance.json")));
        server.enqueue(ok(fixture("instance.json")));
        client.instances()
                .withOptions(TRACED)
                .update(ID, UpdateInstanceParams.builder().name("orders").build());
        takeTraced("GET", instancePath(""));
        takeTraced("PATCH", instancePath(""));
    }

    @Test
    void theClientsPollIntervalPacesTheWaiters() throws Exception {
        server.enqueue(Pg.instanceIn("creating"));
        server.enqueue(Pg.instanceIn("running"));
        try (ManagedPostgresClient paced = pg.builder()
                .organizationId(ORG)
                .pollInterval(Duration.ofSeconds(1))
                .build()) {
            paced.instances().waitUntilRunning(ID, Duration.ofMinutes(1));
        }
        assertThat(pg.time.sleeps()).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void theOrganizationLookupCarriesTheOptionsOfTheFirstCall() throws Exception {
        server.enqueue(ok("[{\"id\":\"" + ORG + "\",\"name\":\"acme\"}]"));
        server.enqueue(ok("[]"));
        try (ManagedPostgresClient discovering = pg.builder().build()) {
            assertThat(discovering.instances().withOptions(TRACED).list()).isEmpty();
        }
        takeTraced("GET", "/v1/organizations");
        takeTraced("GET", Pg.path(""));
    }

    @Test
    void aBadIdNeverCostsAnOrganizationLookup() {
        try (ManagedPostgresClient discovering = pg.builder().build()) {
            Instances instances = discovering.instances();
            assertThatThrownBy(() -> instances.get(" "))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("postgresId");
            assertThatThrownBy(() -> instances.waitUntilRunning("..", Duration.ofMinutes(1)))
                    .hasMessageContaining("postgresId");
            assertThatThrownBy(() -> instances.slowQueryPattern(
                            ID,
                            ".",
                            SlowQueryPatternParams.builder()
                                    .dbName("d")
                                    .dbUser("u")
                                    .dbOperation("o")
                                    .build()))
                    .hasMessageContaining("queryId");
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void nullOptionsAreRefusedByName() {
        assertThatThrownBy(() -> client.withOptions(null)).hasMessage("options == null");
        assertThatThrownBy(() -> client.instances().withOptions(null)).hasMessage("options == null");
        assertThatThrownBy(() -> client.instances().withRawResponse().withOptions(null))
                .hasMessage("options == null");
        assertThat(server.getRequestCount()).isZero();
    }
}
