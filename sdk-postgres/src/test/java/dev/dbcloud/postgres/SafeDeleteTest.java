package dev.dbcloud.postgres;

import static dev.dbcloud.postgres.Pg.ID;
import static dev.dbcloud.postgres.Pg.instancePath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.clickhouse.SafeDeleteParams;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.errors.ConflictException;
import dev.dbcloud.core.errors.ForbiddenException;
import dev.dbcloud.core.errors.WaitFailedException;
import dev.dbcloud.core.errors.WaitTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** {@link Instances#deleteSafely} and {@link Instances#waitUntilDeleted}. */
class SafeDeleteTest extends ClientTest {
    private static final SafeDeleteParams NO_WAIT =
            SafeDeleteParams.builder().waitUntilGone(false).build();

    /** The refusal of a primary with read replicas; the reference has not captured the API's exact wording. */
    private static MockResponse replicasConflict() {
        return Pg.json(
                409,
                "{\"status\":409,\"error\":\"CONFLICT: Cannot delete a primary with read replicas\","
                        + "\"requestId\":\"r-409\"}");
    }

    /** Another 409, which the reference says is transient; the wording is illustrative. */
    private static MockResponse transientConflict() {
        return Pg.json(
                409,
                "{\"status\":409,\"error\":\"CONFLICT: Another operation is in progress\",\"requestId\":\"r-409\"}");
    }

    private static MockResponse notFound() {
        return Pg.json(404, "{\"status\":404,\"error\":\"NOT_FOUND: Unknown Error\",\"requestId\":\"r-404\"}");
    }

    private static MockResponse forbidden() {
        return Pg.json(403, "{\"status\":403,\"error\":\"FORBIDDEN: Not allowed\",\"requestId\":\"r-403\"}");
    }

    private int taken;

    /** Takes the requests recorded since the last call and returns them as "METHOD path". */
    private List<String> requests() throws InterruptedException {
        List<String> seen = new ArrayList<>();
        int count = server.getRequestCount();
        for (; taken < count; taken++) {
            RecordedRequest r = server.takeRequest();
            assertThat(r.getHeaders().get("Authorization")).isEqualTo(Pg.BASIC);
            seen.add(r.getMethod() + " " + r.getUrl().encodedPath());
        }
        return seen;
    }

    private static final String GET = "GET " + instancePath("");
    private static final String DELETE = "DELETE " + instancePath("");

    @Test
    void anInstanceGoneOnTheFirstReadIsDone() throws Exception {
        server.enqueue(notFound());
        client.instances().deleteSafely(ID);
        assertThat(requests()).containsExactly(GET);
        assertThat(pg.time.sleeps()).isEmpty();
    }

    @Test
    void deletesThenWaitsThroughDeletingUntilGone() throws Exception {
        server.enqueue(Pg.instanceIn("running"));
        server.enqueue(Pg.okEmpty());
        server.enqueue(Pg.instanceIn("running"));
        server.enqueue(Pg.instanceIn("deleting"));
        server.enqueue(notFound());
        client.instances().deleteSafely(ID);
        assertThat(requests()).containsExactly(GET, DELETE, GET, GET, GET);
        assertThat(pg.time.sleeps()).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5));
    }

    @Test
    void a404OnTheDeleteCountsAsDeleted() throws Exception {
        server.enqueue(Pg.instanceIn("running"));
        server.enqueue(notFound());
        server.enqueue(notFound());
        client.instances().deleteSafely(ID);
        assertThat(requests()).containsExactly(GET, DELETE, GET);
        assertThat(pg.time.sleeps()).isEmpty();
    }

    @Test
    void aPrimaryWithReadReplicasIsRefusedWithTheApisConflictAtOnce() throws Exception {
        server.enqueue(Pg.instanceIn("running"));
        server.enqueue(replicasConflict());
        assertThatThrownBy(() -> client.instances().deleteSafely(ID))
                .isExactlyInstanceOf(ConflictException.class)
                .hasMessageContaining("Cannot delete a primary with read replicas")
                .satisfies(e -> {
                    ConflictException conflict = (ConflictException) e;
                    assertThat(conflict.statusCode()).isEqualTo(409);
                    assertThat(conflict.errorCode()).contains("CONFLICT");
                    assertThat(conflict.requestId()).contains("r-409");
                });
        assertThat(requests()).containsExactly(GET, DELETE);
        assertThat(pg.time.sleeps()).isEmpty();
    }

    @Test
    void aTransientConflictIsRetriedEveryTenSeconds() throws Exception {
        server.enqueue(Pg.instanceIn("running"));
        server.enqueue(transientConflict());
        server.enqueue(Pg.instanceIn("restarting"));
        server.enqueue(transientConflict());
        server.enqueue(Pg.instanceIn("running"));
        server.enqueue(Pg.okEmpty());
        client.instances().deleteSafely(ID, NO_WAIT);
        assertThat(requests()).containsExactly(GET, DELETE, GET, DELETE, GET, DELETE);
        assertThat(pg.time.sleeps()).containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(10));
    }

    @Test
    void aConflictOnAnInstanceAlreadyDeletingOrGoneCountsAsDeleted() throws Exception {
        server.enqueue(Pg.instanceIn("running"));
        server.enqueue(transientConflict());
        server.enqueue(Pg.instanceIn("deleting"));
        client.instances().deleteSafely(ID, NO_WAIT);
        assertThat(requests()).containsExactly(GET, DELETE, GET);

        server.enqueue(Pg.instanceIn("running"));
        server.enqueue(transientConflict());
        server.enqueue(notFound());
        client.instances().deleteSafely(ID, NO_WAIT);
        assertThat(requests()).containsExactly(GET, DELETE, GET);
        assertThat(pg.time.sleeps()).isEmpty();
    }

    @Test
    void transientConflictsEndInATimeoutCausedByTheLastConflict() throws Exception {
        for (int i = 0; i < 4; i++) {
            server.enqueue(i == 0 ? Pg.instanceIn("running") : Pg.instanceIn("restarting"));
            server.enqueue(transientConflict());
        }
        server.enqueue(Pg.instanceIn("restarting"));
        SafeDeleteParams params = SafeDeleteParams.builder()
                .conflictTimeout(Duration.ofSeconds(30))
                .build();
        assertThatThrownBy(() -> client.instances().deleteSafely(ID, params))
                .isInstanceOf(WaitTimeoutException.class)
                .hasMessageContaining("to accept its deletion")
                .hasMessageContaining("Another operation is in progress")
                .hasCauseInstanceOf(ConflictException.class);
        assertThat(requests()).containsExactly(GET, DELETE, GET, DELETE, GET, DELETE, GET, DELETE, GET);
        assertThat(pg.time.sleeps())
                .containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(10));
    }

    @Test
    void aFailedReadAfterAConflictIsKeptAsSuppressedAndTheDeleteRetried() throws Exception {
        server.enqueue(Pg.instanceIn("running"));
        server.enqueue(transientConflict());
        server.enqueue(forbidden());
        server.enqueue(transientConflict());
        server.enqueue(forbidden());
        SafeDeleteParams params = SafeDeleteParams.builder()
                .conflictTimeout(Duration.ofSeconds(5))
                .build();
        assertThatThrownBy(() -> client.instances().deleteSafely(ID, params))
                .isInstanceOf(WaitTimeoutException.class)
                .satisfies(e -> assertThat(e.getCause().getSuppressed())
                        .singleElement()
                        .isInstanceOf(ForbiddenException.class));
        assertThat(requests()).containsExactly(GET, DELETE, GET, DELETE, GET);
        assertThat(pg.time.sleeps()).containsExactly(Duration.ofSeconds(5));
    }

    @Test
    void otherErrorsAreThrownAsTheyCame() throws Exception {
        server.enqueue(Pg.instanceIn("running"));
        server.enqueue(forbidden());
        assertThatThrownBy(() -> client.instances().deleteSafely(ID))
                .isExactlyInstanceOf(ForbiddenException.class)
                .hasMessageContaining("Not allowed");
        assertThat(requests()).containsExactly(GET, DELETE);

        server.enqueue(forbidden());
        assertThatThrownBy(() -> client.instances().deleteSafely(ID)).isExactlyInstanceOf(ForbiddenException.class);
        assertThat(requests()).containsExactly(GET);
    }

    @Test
    void anInstanceAlreadyDeletingIsOnlyAwaited() throws Exception {
        server.enqueue(Pg.instanceIn("deleting"));
        server.enqueue(Pg.instanceIn("deleting"));
        server.enqueue(notFound());
        client.instances()
                .withOptions(RequestOptions.builder()
                        .pollInterval(Duration.ofSeconds(2))
                        .build())
                .deleteSafely(ID);
        assertThat(requests()).containsExactly(GET, GET, GET);
        assertThat(pg.time.sleeps()).containsExactly(Duration.ofSeconds(2));

        server.enqueue(Pg.instanceIn("deleting"));
        client.instances().deleteSafely(ID, NO_WAIT);
        assertThat(requests()).containsExactly(GET);
    }

    @Test
    void theWaitForTheInstanceToGoEndsWithItsTimeout() throws Exception {
        server.enqueue(Pg.instanceIn("running"));
        server.enqueue(Pg.okEmpty());
        for (int i = 0; i < 4; i++) {
            server.enqueue(Pg.instanceIn("deleting"));
        }
        SafeDeleteParams params =
                SafeDeleteParams.builder().goneTimeout(Duration.ofSeconds(15)).build();
        assertThatThrownBy(() -> client.instances().deleteSafely(ID, params))
                .isInstanceOf(WaitTimeoutException.class)
                .hasMessageContaining("to be deleted")
                .hasMessageContaining("state deleting")
                .satisfies(e -> assertThat(((WaitTimeoutException) e).lastObserved(PostgresInstance.class))
                        .hasValueSatisfying(i -> assertThat(i.state()).isEqualTo(InstanceState.DELETING)));
        assertThat(requests()).containsExactly(GET, DELETE, GET, GET, GET, GET);
    }

    @Test
    void everyRequestCarriesTheOptions() throws Exception {
        server.enqueue(Pg.instanceIn("running"));
        server.enqueue(transientConflict());
        server.enqueue(Pg.instanceIn("running"));
        server.enqueue(Pg.okEmpty());
        server.enqueue(notFound());
        RequestOptions options =
                RequestOptions.builder().header("X-Trace", "t-1").build();
        client.instances().withOptions(options).deleteSafely(ID);
        assertThat(server.getRequestCount()).isEqualTo(5);
        for (int i = 0; i < 5; i++) {
            assertThat(server.takeRequest().getHeaders().get("X-Trace")).isEqualTo("t-1");
        }
    }

    @Test
    void waitUntilDeletedPollsEveryFiveSecondsThroughAnyState() throws Exception {
        server.enqueue(Pg.instanceIn("running"));
        server.enqueue(Pg.instanceIn("deleting"));
        server.enqueue(Pg.instanceIn("stopped"));
        server.enqueue(Pg.instanceIn("some_future_state"));
        server.enqueue(notFound());
        client.instances().waitUntilDeleted(ID, Duration.ofMinutes(30));
        assertThat(requests()).containsExactly(GET, GET, GET, GET, GET);
        assertThat(pg.time.sleeps()).hasSize(4).allMatch(Duration.ofSeconds(5)::equals);
    }

    @Test
    void waitUntilDeletedTimesOutWithTheLastInstance() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(Pg.instanceIn("deleting"));
        }
        assertThatThrownBy(() -> client.instances().waitUntilDeleted(ID, Duration.ofSeconds(15)))
                .isInstanceOf(WaitTimeoutException.class)
                .hasMessageContaining("timed out after PT15S and 4 polls")
                .hasMessageContaining("state deleting")
                .satisfies(e -> assertThat(((WaitTimeoutException) e).lastObserved(PostgresInstance.class))
                        .hasValueSatisfying(i -> assertThat(i.state()).isEqualTo(InstanceState.DELETING)));
        assertThat(pg.time.sleeps()).hasSize(3);
    }

    @Test
    void waitUntilDeletedWithIntervalAndOptions() throws Exception {
        server.enqueue(Pg.instanceIn("deleting"));
        server.enqueue(notFound());
        RequestOptions options =
                RequestOptions.builder().header("X-Trace", "t-2").build();
        client.instances()
                .withOptions(options)
                .withOptions(RequestOptions.builder()
                        .pollInterval(Duration.ofSeconds(1))
                        .build())
                .waitUntilDeleted(ID, Duration.ofMinutes(1));
        assertThat(pg.time.sleeps()).containsExactly(Duration.ofSeconds(1));
        for (int i = 0; i < 2; i++) {
            RecordedRequest r = pg.expect("GET", instancePath(""));
            assertThat(r.getHeaders().get("X-Trace")).isEqualTo("t-2");
        }

        server.enqueue(notFound());
        client.instances().withOptions(options).waitUntilDeleted(ID, Duration.ofMinutes(1));
        assertThat(server.takeRequest().getHeaders().get("X-Trace")).isEqualTo("t-2");
    }

    @Test
    void waitUntilDeletedFailsWhenAPollFails() {
        server.enqueue(Pg.instanceIn("deleting"));
        server.enqueue(forbidden());
        assertThatThrownBy(() -> client.instances().waitUntilDeleted(ID, Duration.ofMinutes(1)))
                .isInstanceOf(WaitFailedException.class)
                .hasCauseInstanceOf(ForbiddenException.class)
                .satisfies(e -> assertThat(((WaitFailedException) e).lastObserved(PostgresInstance.class))
                        .hasValueSatisfying(i -> assertThat(i.state()).isEqualTo(InstanceState.DELETING)));
    }

    @Test
    void readReplicaRefusalsAreRecognizedByTheWordReplica() {
        assertThat(SafeDelete.hasReadReplicas(conflict("{\"status\":409,\"error\":\"CONFLICT: Has READ REPLICAS\"}")))
                .isTrue();
        assertThat(SafeDelete.hasReadReplicas(conflict("{\"status\":409,\"error\":\"CONFLICT: Service is busy\"}")))
                .isFalse();
        assertThat(SafeDelete.hasReadReplicas(conflict("primary still has a replica attached")))
                .isTrue();
    }

    private ConflictException conflict(String body) {
        server.enqueue(Pg.json(409, body));
        try {
            client.instances().delete(ID);
        } catch (ConflictException e) {
            return e;
        }
        throw new AssertionError("no conflict");
    }

    @Test
    void safeDeleteParamsDefaultsAndRules() {
        SafeDeleteParams defaults = SafeDeleteParams.builder().build();
        assertThat(defaults.waitUntilGone()).isTrue();
        assertThat(defaults.conflictTimeout()).isEqualTo(Duration.ofMinutes(15));
        assertThat(defaults.conflictInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.goneTimeout()).isEqualTo(Duration.ofMinutes(20));
        assertThat(defaults.pollInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThatThrownBy(() -> SafeDeleteParams.builder()
                        .conflictTimeout(Duration.ZERO)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("conflictTimeout must be positive");
        assertThatThrownBy(() -> SafeDeleteParams.builder()
                        .conflictInterval(Duration.ofSeconds(-1))
                        .build())
                .hasMessageContaining("conflictInterval");
        assertThatThrownBy(() ->
                        SafeDeleteParams.builder().goneTimeout(Duration.ZERO).build())
                .hasMessageContaining("goneTimeout");
        assertThatThrownBy(() ->
                        SafeDeleteParams.builder().pollInterval(Duration.ZERO).build())
                .hasMessageContaining("pollInterval");
    }

    @Test
    void argumentsAreCheckedBeforeAnythingIsSent() {
        Instances instances = client.instances();
        assertThatThrownBy(() -> instances.deleteSafely(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("postgresId");
        assertThatThrownBy(() -> instances.deleteSafely(ID, null)).hasMessage("params == null");
        assertThatThrownBy(() -> instances.withOptions(null)).hasMessage("options == null");
        assertThatThrownBy(() -> instances.waitUntilDeleted("..", Duration.ofMinutes(1)))
                .hasMessageContaining("postgresId");
        assertThatThrownBy(() -> instances.waitUntilDeleted(ID, Duration.ZERO))
                .hasMessageContaining("timeout must be positive");
        assertThat(server.getRequestCount()).isZero();
    }
}
