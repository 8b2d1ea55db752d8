package dev.dbcloud.clickhouse;

import static dev.dbcloud.clickhouse.Cloud.body;
import static dev.dbcloud.clickhouse.Cloud.json;
import static dev.dbcloud.clickhouse.Cloud.ok;
import static dev.dbcloud.clickhouse.Cloud.serviceIn;
import static dev.dbcloud.clickhouse.Cloud.servicePath;
import static dev.dbcloud.clickhouse.Cloud.tree;
import static dev.dbcloud.clickhouse.Pipes.PG_PIPE_ID;
import static dev.dbcloud.clickhouse.Pipes.PIPE_ID;
import static dev.dbcloud.clickhouse.Pipes.fixture;
import static dev.dbcloud.clickhouse.Pipes.idle;
import static dev.dbcloud.clickhouse.Pipes.kafkaIn;
import static dev.dbcloud.clickhouse.Pipes.pipePath;
import static dev.dbcloud.clickhouse.Pipes.pipesPath;
import static dev.dbcloud.clickhouse.Pipes.postgresIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.clickhouse.clickpipes.ClickPipe;
import dev.dbcloud.clickhouse.clickpipes.ClickPipeLeftStoppedException;
import dev.dbcloud.clickhouse.clickpipes.ClickPipeState;
import dev.dbcloud.clickhouse.clickpipes.ClickPipes;
import dev.dbcloud.clickhouse.clickpipes.UpdateClickPipeParams;
import dev.dbcloud.core.errors.BadRequestException;
import dev.dbcloud.core.errors.FailedDependencyException;
import dev.dbcloud.core.errors.WaitFailedException;
import dev.dbcloud.core.errors.WaitTimeoutException;
import java.time.Duration;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

class ClickPipeWaitersTest extends ClientTest {
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);
    private static final UpdateClickPipeParams RENAME =
            UpdateClickPipeParams.builder().name("renamed").build();

    private static MockResponse mustBePaused() {
        return json(400, "{\"status\":400,\"error\":\"BAD_REQUEST: ClickPipe must be paused to edit\"}");
    }

    private static MockResponse alreadyRunning() {
        return json(400, "{\"status\":400,\"error\":\"BAD_REQUEST: ClickPipe is already running\"}");
    }

    private static MockResponse objectStorageIn(String state, boolean continuous) {
        return ok(fixture("pipe-kafka.json")
                .replace("\"state\": \"Running\"", "\"state\": \"" + state + "\"")
                .replace(
                        "\"kafka\": {",
                        "\"objectStorage\": {\"type\":\"s3\",\"format\":\"CSV\",\"url\":\"https://b/x.csv\","
                                + "\"isContinuous\":" + continuous + "}, \"unused\": {")
                .replace("\"objectStorage\": null,", ""));
    }

    @Test
    void waitersPollWithGrowingPausesUntilAWantedState() throws Exception {
        server.enqueue(kafkaIn("Running"));
        server.enqueue(kafkaIn("Stopping"));
        server.enqueue(kafkaIn("Stopped"));
        ClickPipe pipe = ch.clickPipes(Cloud.SERVICE_ID).waitUntilStopped(PIPE_ID, TEN_MINUTES);
        assertThat(pipe.state()).isEqualTo(ClickPipeState.STOPPED);
        assertThat(cloud.time.sleeps()).containsExactly(Duration.ofSeconds(5), Duration.ofMillis(7500));
        for (int i = 0; i < 3; i++) {
            cloud.expect("GET", pipePath(""));
        }
    }

    @Test
    void waitersFailFastOnFailedAndInternalError() {
        server.enqueue(kafkaIn("Provisioning"));
        server.enqueue(kafkaIn("Failed"));
        assertThatThrownBy(() -> ch.clickPipes(Cloud.SERVICE_ID).waitUntilRunning(PIPE_ID, TEN_MINUTES))
                .isInstanceOf(WaitFailedException.class)
                .hasMessageContaining("state Failed")
                .satisfies(e -> assertThat(((WaitFailedException) e).lastObserved(ClickPipe.class))
                        .hasValueSatisfying(p -> assertThat(p.state()).isEqualTo(ClickPipeState.FAILED)));
        server.enqueue(kafkaIn("InternalError"));
        assertThatThrownBy(() -> ch.clickPipes(Cloud.SERVICE_ID).waitUntilStopped(PIPE_ID, TEN_MINUTES))
                .isInstanceOf(WaitFailedException.class)
                .hasMessageContaining("InternalError")
                .hasMessageContaining("to be Paused or Stopped");
        server.enqueue(kafkaIn("Failed"));
        assertThatThrownBy(() -> ch.clickPipes(Cloud.SERVICE_ID).waitUntilStopped(PIPE_ID, TEN_MINUTES))
                .isInstanceOf(WaitFailedException.class)
                .hasMessageContaining("state Failed");
    }

    @Test
    void waitUntilTimesOutWithTheLastPipe() {
        for (int i = 0; i < 10; i++) {
            server.enqueue(kafkaIn("Provisioning"));
        }
        assertThatThrownBy(() -> ch.clickPipes(Cloud.SERVICE_ID).waitUntilRunning(PIPE_ID, Duration.ofSeconds(20)))
                .isInstanceOf(WaitTimeoutException.class)
                .hasMessageContaining("last seen: state Provisioning")
                .hasMessageContaining("to be running");
        assertThatThrownBy(() -> ch.clickPipes(Cloud.SERVICE_ID).waitUntilStopped(PIPE_ID, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("timeout");
    }

    @Test
    void runningMeansSnapshotOrRunningForCdcPipes() {
        server.enqueue(postgresIn("Provisioning"));
        server.enqueue(postgresIn("Setup"));
        server.enqueue(postgresIn("Snapshot"));
        assertThat(ch.clickPipes(Cloud.SERVICE_ID)
                        .waitUntilRunning(PG_PIPE_ID, TEN_MINUTES)
                        .state())
                .isEqualTo(ClickPipeState.SNAPSHOT);
    }

    @Test
    void runningMeansCompletedOrSnapshotForSnapshotOnlyPipes() {
        server.enqueue(ok(fixture("pipe-postgres.json")
                .replace("\"replicationMode\": \"cdc\"", "\"replicationMode\": \"snapshot\"")
                .replace("\"state\": \"Snapshot\"", "\"state\": \"Completed\"")));
        assertThat(ch.clickPipes(Cloud.SERVICE_ID)
                        .waitUntilRunning(PG_PIPE_ID, TEN_MINUTES)
                        .state())
                .isEqualTo(ClickPipeState.COMPLETED);
    }

    @Test
    void runningMeansRunningOrCompletedForObjectStorage() {
        server.enqueue(objectStorageIn("Completed", false));
        assertThat(ch.clickPipes(Cloud.SERVICE_ID)
                        .waitUntilRunning(PIPE_ID, TEN_MINUTES)
                        .state())
                .isEqualTo(ClickPipeState.COMPLETED);
    }

    @Test
    void streamingPipesAreRunningOnlyWhenRunning() {
        server.enqueue(kafkaIn("Completed"));
        server.enqueue(kafkaIn("Running"));
        assertThat(ch.clickPipes(Cloud.SERVICE_ID)
                        .waitUntilRunning(PIPE_ID, TEN_MINUTES)
                        .state())
                .isEqualTo(ClickPipeState.RUNNING);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void withoutAutoWakeThe424SurfacesAsTheTypedException() throws Exception {
        server.enqueue(idle());
        assertThatThrownBy(() -> ch.clickPipes(Cloud.SERVICE_ID).list())
                .isInstanceOf(FailedDependencyException.class)
                .satisfies(e -> {
                    FailedDependencyException f = (FailedDependencyException) e;
                    assertThat(f.statusCode()).isEqualTo(424);
                    assertThat(f.errorCode()).contains("FAILED_DEPENDENCY");
                    assertThat(f.requestId()).contains("63be9e68-0000-4000-8000-000000000424");
                });
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void autoWakeWakesAnIdleServiceWaitsAndRetriesOnce() throws Exception {
        server.enqueue(idle());
        server.enqueue(serviceIn("idle"));
        server.enqueue(serviceIn("awaking"));
        server.enqueue(serviceIn("awaking"));
        server.enqueue(serviceIn("running"));
        server.enqueue(kafkaIn("Provisioning"));
        ClickPipe started =
                ch.clickPipes(Cloud.SERVICE_ID).withAutoWake(TEN_MINUTES).start(PIPE_ID);
        assertThat(started.state()).isEqualTo(ClickPipeState.PROVISIONING);
        assertThat(body(cloud.expect("PATCH", pipePath("/state")))).isEqualTo(tree("{\"command\":\"start\"}"));
        cloud.expect("GET", servicePath(""));
        assertThat(body(cloud.expect("PATCH", servicePath("/state")))).isEqualTo(tree("{\"command\":\"awake\"}"));
        cloud.expect("GET", servicePath(""));
        cloud.expect("GET", servicePath(""));
        assertThat(body(cloud.expect("PATCH", pipePath("/state")))).isEqualTo(tree("{\"command\":\"start\"}"));
        assertThat(cloud.time.sleeps()).containsExactly(Duration.ofSeconds(5));
    }

    @Test
    void autoWakeRetriesOnlyOnce() throws Exception {
        server.enqueue(idle());
        server.enqueue(serviceIn("running"));
        server.enqueue(idle());
        assertThatThrownBy(() -> ch.clickPipes(Cloud.SERVICE_ID)
                        .withAutoWake(TEN_MINUTES)
                        .get(PIPE_ID))
                .isInstanceOf(FailedDependencyException.class);
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void autoWakeNeverStartsAStoppedService() throws Exception {
        server.enqueue(idle());
        server.enqueue(serviceIn("stopped"));
        assertThatThrownBy(() -> ch.clickPipes(Cloud.SERVICE_ID)
                        .withAutoWake(TEN_MINUTES)
                        .list())
                .isInstanceOf(FailedDependencyException.class)
                .satisfies(e -> assertThat(e.getSuppressed()).isEmpty());
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void autoWakeReportsAServiceThatDoesNotWake() throws Exception {
        server.enqueue(idle());
        server.enqueue(serviceIn("awaking"));
        server.enqueue(serviceIn("failed"));
        assertThatThrownBy(() -> ch.clickPipes(Cloud.SERVICE_ID)
                        .withAutoWake(TEN_MINUTES)
                        .reversePrivateEndpoints()
                        .list())
                .isInstanceOf(WaitFailedException.class)
                .satisfies(e ->
                        assertThat(e.getSuppressed()).singleElement().isInstanceOf(FailedDependencyException.class));
    }

    @Test
    void updateWithPauseStopsWaitsUpdatesAndStartsAgain() throws Exception {
        server.enqueue(postgresIn("Running"));
        server.enqueue(postgresIn("Pausing"));
        server.enqueue(postgresIn("Pausing"));
        server.enqueue(postgresIn("Paused"));
        server.enqueue(postgresIn("Modifying"));
        server.enqueue(postgresIn("Modifying"));
        server.enqueue(postgresIn("Paused"));
        server.enqueue(postgresIn("Running"));
        ClickPipe restarted = ch.clickPipes(Cloud.SERVICE_ID).updateWithPause(PG_PIPE_ID, RENAME, TEN_MINUTES);
        assertThat(restarted.state()).isEqualTo(ClickPipeState.RUNNING);
        String pipe = pipesPath("/" + PG_PIPE_ID);
        cloud.expect("GET", pipe);
        assertThat(body(cloud.expect("PATCH", pipe + "/state"))).isEqualTo(tree("{\"command\":\"stop\"}"));
        cloud.expect("GET", pipe);
        cloud.expect("GET", pipe);
        assertThat(body(cloud.expect("PATCH", pipe))).isEqualTo(tree("{\"name\":\"renamed\"}"));
        cloud.expect("GET", pipe);
        cloud.expect("GET", pipe);
        assertThat(body(cloud.expect("PATCH", pipe + "/state"))).isEqualTo(tree("{\"command\":\"start\"}"));
    }

    @Test
    void updateWithPauseDoesNotStopAPipeAlreadyPausingAndLeavesItPaused() throws Exception {
        server.enqueue(postgresIn("Pausing"));
        server.enqueue(postgresIn("Pausing"));
        server.enqueue(postgresIn("Paused"));
        server.enqueue(postgresIn("Paused"));
        ClickPipe updated = ch.clickPipes(Cloud.SERVICE_ID).updateWithPause(PG_PIPE_ID, RENAME, TEN_MINUTES);
        assertThat(updated.state()).isEqualTo(ClickPipeState.PAUSED);
        String pipe = pipesPath("/" + PG_PIPE_ID);
        cloud.expect("GET", pipe);
        cloud.expect("GET", pipe);
        cloud.expect("GET", pipe);
        assertThat(body(cloud.expect("PATCH", pipe))).isEqualTo(tree("{\"name\":\"renamed\"}"));
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void updateWithPauseEditsAPipeThatFailsWhileStoppingAndStartsItAgain() throws Exception {
        server.enqueue(postgresIn("Running"));
        server.enqueue(postgresIn("Pausing"));
        server.enqueue(postgresIn("Failed"));
        server.enqueue(postgresIn("Failed"));
        server.enqueue(postgresIn("Failed"));
        server.enqueue(postgresIn("Running"));
        assertThat(ch.clickPipes(Cloud.SERVICE_ID)
                        .updateWithPause(PG_PIPE_ID, RENAME, TEN_MINUTES)
                        .state())
                .isEqualTo(ClickPipeState.RUNNING);
        String pipe = pipesPath("/" + PG_PIPE_ID);
        cloud.expect("GET", pipe);
        assertThat(body(cloud.expect("PATCH", pipe + "/state"))).isEqualTo(tree("{\"command\":\"stop\"}"));
        cloud.expect("GET", pipe);
        assertThat(body(cloud.expect("PATCH", pipe))).isEqualTo(tree("{\"name\":\"renamed\"}"));
        cloud.expect("GET", pipe);
        assertThat(body(cloud.expect("PATCH", pipe + "/state"))).isEqualTo(tree("{\"command\":\"start\"}"));
    }

    @Test
    void updateWithPausePatchesARunningStreamingPipeDirectly() throws Exception {
        server.enqueue(kafkaIn("Running"));
        server.enqueue(kafkaIn("Running"));
        assertThat(ch.clickPipes(Cloud.SERVICE_ID)
                        .updateWithPause(PIPE_ID, RENAME, TEN_MINUTES)
                        .state())
                .isEqualTo(ClickPipeState.RUNNING);
        cloud.expect("GET", pipePath(""));
        assertThat(body(cloud.expect("PATCH", pipePath("")))).isEqualTo(tree("{\"name\":\"renamed\"}"));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void updateWithPauseSaysSoWhenTheUpdateDoesNotSettle() {
        server.enqueue(postgresIn("Running"));
        server.enqueue(postgresIn("Pausing"));
        server.enqueue(postgresIn("Paused"));
        server.enqueue(postgresIn("Modifying"));
        for (int i = 0; i < 10; i++) {
            server.enqueue(postgresIn("Modifying"));
        }
        assertThatThrownBy(() ->
                        ch.clickPipes(Cloud.SERVICE_ID).updateWithPause(PG_PIPE_ID, RENAME, Duration.ofSeconds(20)))
                .isInstanceOf(ClickPipeLeftStoppedException.class)
                .hasMessageContaining("did not settle")
                .hasCauseInstanceOf(WaitTimeoutException.class)
                .satisfies(e -> assertThat(((ClickPipeLeftStoppedException) e).updated())
                        .isPresent());
    }

    @Test
    void updateWithPauseLeavesAPausedPipePaused() throws Exception {
        server.enqueue(postgresIn("Paused"));
        server.enqueue(postgresIn("Paused"));
        assertThat(ch.clickPipes(Cloud.SERVICE_ID)
                        .updateWithPause(PG_PIPE_ID, RENAME, TEN_MINUTES)
                        .state())
                .isEqualTo(ClickPipeState.PAUSED);
        cloud.expect("GET", pipesPath("/" + PG_PIPE_ID));
        cloud.expect("PATCH", pipesPath("/" + PG_PIPE_ID));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void updateWithPauseLeavesAFailedPipeFailedAndWaitUntilStoppedAcceptsPaused() throws Exception {
        server.enqueue(kafkaIn("Failed"));
        server.enqueue(kafkaIn("Failed"));
        server.enqueue(postgresIn("Pausing"));
        server.enqueue(postgresIn("Paused"));
        ClickPipes pipes = ch.clickPipes(Cloud.SERVICE_ID);
        assertThat(pipes.updateWithPause(PIPE_ID, RENAME, TEN_MINUTES).state()).isEqualTo(ClickPipeState.FAILED);
        cloud.expect("GET", pipePath(""));
        assertThat(body(cloud.expect("PATCH", pipePath("")))).isEqualTo(tree("{\"name\":\"renamed\"}"));
        assertThat(pipes.waitUntilStopped(PG_PIPE_ID, TEN_MINUTES).state()).isEqualTo(ClickPipeState.PAUSED);
    }

    @Test
    void updateWithPauseStartsAgainWhenTheUpdateFails() throws Exception {
        server.enqueue(postgresIn("Running"));
        server.enqueue(postgresIn("Pausing"));
        server.enqueue(postgresIn("Paused"));
        server.enqueue(mustBePaused());
        server.enqueue(postgresIn("Running"));
        assertThatThrownBy(() -> ch.clickPipes(Cloud.SERVICE_ID).updateWithPause(PG_PIPE_ID, RENAME, TEN_MINUTES))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("must be paused to edit");
        assertThat(server.getRequestCount()).isEqualTo(5);
        for (int i = 0; i < 4; i++) {
            server.takeRequest();
        }
        assertThat(body(server.takeRequest())).isEqualTo(tree("{\"command\":\"start\"}"));
    }

    @Test
    void updateWithPauseSaysSoWhenItLeavesThePipeStopped() {
        server.enqueue(postgresIn("Running"));
        server.enqueue(postgresIn("Pausing"));
        server.enqueue(postgresIn("Paused"));
        server.enqueue(postgresIn("Paused"));
        server.enqueue(postgresIn("Paused"));
        server.enqueue(alreadyRunning());
        assertThatThrownBy(() -> ch.clickPipes(Cloud.SERVICE_ID).updateWithPause(PG_PIPE_ID, RENAME, TEN_MINUTES))
                .isInstanceOf(ClickPipeLeftStoppedException.class)
                .hasMessageContaining("left stopped")
                .hasCauseInstanceOf(BadRequestException.class)
                .satisfies(e -> {
                    ClickPipeLeftStoppedException left = (ClickPipeLeftStoppedException) e;
                    assertThat(left.pipeId()).isEqualTo(PG_PIPE_ID);
                    assertThat(left.updated())
                            .hasValueSatisfying(p -> assertThat(p.id()).isEqualTo(PG_PIPE_ID));
                });
    }

    @Test
    void updateWithPauseSaysSoWhenBothTheUpdateAndTheRestartFail() {
        server.enqueue(postgresIn("Running"));
        server.enqueue(postgresIn("Pausing"));
        server.enqueue(postgresIn("Paused"));
        server.enqueue(mustBePaused());
        server.enqueue(alreadyRunning());
        assertThatThrownBy(() -> ch.clickPipes(Cloud.SERVICE_ID).updateWithPause(PG_PIPE_ID, RENAME, TEN_MINUTES))
                .isInstanceOf(ClickPipeLeftStoppedException.class)
                .hasMessageContaining("the update failed")
                .hasMessageContaining("left stopped")
                .satisfies(e -> {
                    ClickPipeLeftStoppedException left = (ClickPipeLeftStoppedException) e;
                    assertThat(left.updated()).isEmpty();
                    assertThat(left.getCause()).hasMessageContaining("must be paused");
                    assertThat(left.getSuppressed()).singleElement().satisfies(s -> assertThat(s)
                            .hasMessageContaining("already running"));
                });
    }

    @Test
    void updateWithPauseSaysSoWhenThePipeDoesNotStop() {
        server.enqueue(postgresIn("Running"));
        server.enqueue(postgresIn("Pausing"));
        for (int i = 0; i < 10; i++) {
            server.enqueue(postgresIn("Pausing"));
        }
        assertThatThrownBy(() ->
                        ch.clickPipes(Cloud.SERVICE_ID).updateWithPause(PG_PIPE_ID, RENAME, Duration.ofSeconds(20)))
                .isInstanceOf(ClickPipeLeftStoppedException.class)
                .hasMessageContaining("did not reach Stopped or Paused")
                .hasCauseInstanceOf(WaitTimeoutException.class);
    }
}
