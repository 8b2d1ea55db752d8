package dev.dbcloud.postgres;

import static dev.dbcloud.postgres.Pg.ID;
import static dev.dbcloud.postgres.Pg.body;
import static dev.dbcloud.postgres.Pg.fixture;
import static dev.dbcloud.postgres.Pg.instancePath;
import static dev.dbcloud.postgres.Pg.ok;
import static dev.dbcloud.postgres.Pg.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.clickhouse.Tag;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.errors.ApiResponseException;
import dev.dbcloud.core.errors.BadRequestException;
import dev.dbcloud.core.errors.ErrorResponse;
import dev.dbcloud.core.errors.NotFoundException;
import dev.dbcloud.core.errors.ServerException;
import dev.dbcloud.core.errors.WaitException;
import dev.dbcloud.core.errors.WaitFailedException;
import dev.dbcloud.core.errors.WaitTimeoutException;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WaitersTest extends ClientTest {
    @Test
    void waitUntilRunningPollsEveryFiveSeconds() throws Exception {
        server.enqueue(Pg.instanceIn("creating"));
        server.enqueue(Pg.instanceIn("creating"));
        server.enqueue(Pg.instanceIn("running"));
        PostgresInstance running = client.instances().waitUntilRunning(ID, Duration.ofMinutes(30));
        assertThat(running.state()).isEqualTo(InstanceState.RUNNING);
        assertThat(pg.time.sleeps()).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5));
        assertThat(server.getRequestCount()).isEqualTo(3);
        pg.expect("GET", instancePath(""));
    }

    @Test
    void waitUntilRunningTimesOutWithTheLastInstance() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(Pg.instanceIn("restarting"));
        }
        assertThatThrownBy(() -> client.instances().waitUntilRunning(ID, Duration.ofSeconds(15)))
                .isInstanceOf(WaitTimeoutException.class)
                .hasMessageContaining("state restarting")
                .satisfies(e -> assertThat(((WaitTimeoutException) e).lastObserved(PostgresInstance.class))
                        .hasValueSatisfying(i -> assertThat(i.state()).isEqualTo(InstanceState.RESTARTING)));
        assertThat(pg.time.sleeps()).hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"stopped", "deleting"})
    void waitingForRunningFailsAtOnceOnStatesRunningCannotFollow(String state) {
        server.enqueue(Pg.instanceIn("creating"));
        server.enqueue(Pg.instanceIn(state));
        assertThatThrownBy(() -> client.instances().waitUntilRunning(ID, Duration.ofMinutes(30)))
                .isInstanceOf(WaitFailedException.class)
                .hasMessageContaining("reached state " + state)
                .satisfies(e -> assertThat(((WaitFailedException) e).lastObserved(PostgresInstance.class))
                        .hasValueSatisfying(i -> assertThat(i.state()).isEqualTo(InstanceState.of(state))));
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(pg.time.sleeps()).containsExactly(Duration.ofSeconds(5));
    }

    @Test
    void a404RightAfterCreateIsPolledThroughForTwoMinutes() throws Exception {
        server.enqueue(notFound());
        server.enqueue(notFound());
        server.enqueue(Pg.instanceIn("running"));
        assertThat(client.instances()
                        .waitUntilRunning(ID, Duration.ofMinutes(30))
                        .state())
                .isEqualTo(InstanceState.RUNNING);
        assertThat(server.getRequestCount()).isEqualTo(3);

        for (int i = 0; i < 30; i++) {
            server.enqueue(notFound());
        }
        assertThatThrownBy(() -> client.instances().waitUntilRunning(ID, Duration.ofMinutes(30)))
                .isInstanceOf(WaitFailedException.class)
                .hasCauseInstanceOf(NotFoundException.class);
        // polls at 0, 5, …, 115 s are tolerated; the one at two minutes ends the wait
        assertThat(server.getRequestCount()).isEqualTo(3 + 25);
    }

    private static MockResponse notFound() {
        return Pg.json(404, "{\"status\":404,\"error\":\"NOT_FOUND: Unknown Error\",\"requestId\":\"r-404\"}");
    }

    @Test
    void waitUntilAppliedFailsOnAStoppedInstance() {
        server.enqueue(Pg.instanceIn("stopped"));
        assertThatThrownBy(() -> client.instances()
                        .waitUntilApplied(
                                ID,
                                UpdateInstanceParams.builder()
                                        .size(InstanceSize.R8GD_LARGE)
                                        .build(),
                                Duration.ofMinutes(10)))
                .isInstanceOf(WaitFailedException.class)
                .hasMessageContaining("reached state stopped");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void anUnknownStateIsWaitedThrough() {
        server.enqueue(Pg.instanceIn("upgrading_extensions"));
        server.enqueue(Pg.instanceIn("running"));
        assertThat(client.instances()
                        .waitUntilRunning(ID, Duration.ofMinutes(1))
                        .state())
                .isEqualTo(InstanceState.RUNNING);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void waitUntilAppliedNeedsThreeConsecutiveMatchingPolls() throws Exception {
        String bigger = fixture("instance.json").replace("r8gd.large", "r8gd.xlarge");
        server.enqueue(ok(fixture("instance.json")));
        server.enqueue(ok(bigger));
        server.enqueue(ok(bigger.replace("\"running\"", "\"restarting\"")));
        server.enqueue(ok(bigger));
        server.enqueue(ok(bigger));
        server.enqueue(ok(bigger));
        UpdateInstanceParams update = UpdateInstanceParams.builder()
                .size(InstanceSize.R8GD_XLARGE)
                .haType(HaType.ASYNC)
                .name("orders")
                .tags(List.of(
                        Tag.builder().key("team").value("payments").build(),
                        Tag.builder().key("Environment").value("production").build()))
                .build();
        PostgresInstance applied = client.instances().waitUntilApplied(ID, update, Duration.ofMinutes(10));
        assertThat(applied.size()).contains(InstanceSize.R8GD_XLARGE);
        assertThat(server.getRequestCount()).isEqualTo(6);
        assertThat(pg.time.sleeps()).hasSize(5).allMatch(Duration.ofSeconds(5)::equals);
        for (int i = 0; i < 3; i++) {
            server.enqueue(ok(bigger));
        }
        client.instances()
                .withOptions(RequestOptions.builder()
                        .pollInterval(Duration.ofMillis(100))
                        .build())
                .waitUntilApplied(ID, update, Duration.ofMinutes(1));
        assertThat(pg.time.sleeps().subList(5, 7)).containsExactly(Duration.ofMillis(100), Duration.ofMillis(100));
    }

    @Test
    void waitUntilAppliedTimesOutWhenTheValuesNeverShow() {
        for (int i = 0; i < 5; i++) {
            server.enqueue(ok(fixture("instance.json")));
        }
        UpdateInstanceParams rename =
                UpdateInstanceParams.builder().name("orders-eu").build();
        assertThatThrownBy(() -> client.instances().waitUntilApplied(ID, rename, Duration.ofSeconds(20)))
                .isInstanceOf(WaitTimeoutException.class)
                .hasMessageContaining("name orders");
    }

    @Test
    void waitUntilAppliedComparesTagsOnlyWhenSet() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(ok(fixture("instance.json")));
        }
        UpdateInstanceParams noTags =
                UpdateInstanceParams.builder().tags(Collections.emptyList()).build();
        assertThat(client.instances()
                        .waitUntilApplied(
                                ID,
                                UpdateInstanceParams.builder()
                                        .size(InstanceSize.R8GD_LARGE)
                                        .build(),
                                Duration.ofMinutes(1))
                        .tags())
                .hasSize(2);
        server.enqueue(ok(fixture("instance.json")));
        server.enqueue(Pg.instanceIn("deleting"));
        assertThatThrownBy(() -> client.instances().waitUntilApplied(ID, noTags, Duration.ofMinutes(1)))
                .isInstanceOf(WaitFailedException.class);
    }

    @Test
    void readReplicaIsRetriedUntilThePrimaryHasItsFirstBackup() throws Exception {
        server.enqueue(Pg.noBackupsYet());
        server.enqueue(Pg.noBackupsYet());
        server.enqueue(ok(fixture("instance.json").replace("\"isPrimary\": true", "\"isPrimary\": false")));
        PostgresInstance replica = client.instances()
                .createReadReplica(
                        ID,
                        CreateReadReplicaParams.builder().name("orders-replica").build(),
                        Duration.ofMinutes(30));
        assertThat(replica.isPrimary()).contains(false);
        assertThat(pg.time.sleeps()).containsExactly(Duration.ofSeconds(20), Duration.ofSeconds(20));
        for (int i = 0; i < 3; i++) {
            assertThat(body(pg.expect("POST", instancePath("/readReplica"))))
                    .isEqualTo(tree("{\"name\":\"orders-replica\"}"));
        }
    }

    @Test
    void readReplicaRetriesStopAtTheTimeout() {
        for (int i = 0; i < 4; i++) {
            server.enqueue(Pg.noBackupsYet());
        }
        assertThatThrownBy(() -> client.instances()
                        .createReadReplica(
                                ID, CreateReadReplicaParams.builder().name("r").build(), Duration.ofSeconds(60)))
                .isInstanceOf(WaitTimeoutException.class)
                .hasMessageContaining("timed out after PT1M and 4 polls")
                .hasMessageContaining("no backup yet")
                .satisfies(e -> assertThat(e.getCause())
                        .isInstanceOfSatisfying(BadRequestException.class, refusal -> assertThat(refusal.errorMessage())
                                .contains("Parent server is not ready for read replicas. There are no backups, yet.")));
        assertThat(server.getRequestCount()).isEqualTo(4);
        assertThat(pg.time.sleeps())
                .containsExactly(Duration.ofSeconds(20), Duration.ofSeconds(20), Duration.ofSeconds(20));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "400|{\"status\":400,\"error\":\"BAD_REQUEST: Parent server is not ready for read replicas.\"}",
                "400|{\"status\":400,\"error\":\"INVALID_INPUT: There are no backups, yet.\"}",
                "409|{\"status\":409,\"error\":\"CONFLICT: There are no backups, yet.\"}"
            })
    void onlyABadRequestSayingThereAreNoBackupsIsRetried(String answer) {
        String[] parts = answer.split("\\|", 2);
        server.enqueue(Pg.json(Integer.parseInt(parts[0]), parts[1]));
        assertThatThrownBy(() -> client.instances()
                        .withOptions(RequestOptions.builder().maxRetries(0).build())
                        .createReadReplica(
                                ID, CreateReadReplicaParams.builder().name("r").build(), Duration.ofMinutes(30)))
                .isInstanceOf(ApiResponseException.class)
                .isNotInstanceOf(WaitException.class)
                .satisfies(
                        e -> assertThat(((ApiResponseException) e).statusCode()).isEqualTo(Integer.parseInt(parts[0])));
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(pg.time.sleeps()).isEmpty();
    }

    @Test
    void otherReadReplicaErrorsAreThrownAsTheyCame() {
        server.enqueue(
                Pg.json(400, "{\"status\":400,\"error\":\"BAD_REQUEST: name: Too long\",\"requestId\":\"r-400\"}"));
        assertThatThrownBy(() -> client.instances()
                        .createReadReplica(
                                ID, CreateReadReplicaParams.builder().name("r").build(), Duration.ofMinutes(30)))
                .isInstanceOf(BadRequestException.class)
                .satisfies(e ->
                        assertThat(((BadRequestException) e).errorMessage()).contains("name: Too long"));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void withoutTheWaitTheRefusalIsABadRequest() {
        server.enqueue(Pg.noBackupsYet());
        assertThatThrownBy(() -> client.instances()
                        .createReadReplica(
                                ID, CreateReadReplicaParams.builder().name("r").build()))
                .isInstanceOf(BadRequestException.class)
                .satisfies(e -> assertThat(ReadReplicaRetry.noBackupYet((BadRequestException) e))
                        .isTrue());
        assertThat(ReadReplicaRetry.noBackupYet(new ServerException(new ErrorResponse(
                        "POST",
                        "/x",
                        500,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of("no backups"),
                        "",
                        Map.of(),
                        1))))
                .isFalse();
    }
}
