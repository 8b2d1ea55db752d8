package dev.dbcloud.clickhouse;

import static dev.dbcloud.clickhouse.Cloud.SERVICE_ID;
import static dev.dbcloud.clickhouse.Cloud.json;
import static dev.dbcloud.clickhouse.Cloud.notFound;
import static dev.dbcloud.clickhouse.Cloud.okEmpty;
import static dev.dbcloud.clickhouse.Cloud.serviceIn;
import static dev.dbcloud.clickhouse.Cloud.servicePath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.errors.NotFoundException;
import dev.dbcloud.core.errors.WaitFailedException;
import dev.dbcloud.core.errors.WaitTimeoutException;
import java.time.Duration;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

class ServiceWaitersTest extends ClientTest {
    private static final MockResponse CONFLICT = json(
            409,
            "{\"status\":409,\"error\":\"CONFLICT: Only instance in one of the following states: 'provisioning',"
                    + "'starting','awaking','idle','stopped','degraded','failed' can be terminated. Current state:"
                    + " 'stopping'\"}");

    @Test
    void waitUntilPollsEveryFiveSecondsUntilTheState() throws Exception {
        server.enqueue(serviceIn("provisioning"));
        server.enqueue(serviceIn("starting"));
        server.enqueue(serviceIn("running"));
        Service running = ch.services().waitUntilRunning(SERVICE_ID, Duration.ofMinutes(20));
        assertThat(running.state()).isEqualTo(ServiceState.RUNNING);
        assertThat(cloud.time.sleeps()).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5));
        for (int i = 0; i < 3; i++) {
            cloud.expect("GET", servicePath(""));
        }
    }

    @Test
    void waitUntilRunningFailsFastOnFailed() {
        server.enqueue(serviceIn("provisioning"));
        server.enqueue(serviceIn("failed"));
        assertThatThrownBy(() -> ch.services().waitUntilRunning(SERVICE_ID, Duration.ofMinutes(20)))
                .isInstanceOf(WaitFailedException.class)
                .hasMessageContaining("state failed")
                .satisfies(e -> assertThat(((WaitFailedException) e).lastObserved(Service.class))
                        .hasValueSatisfying(s -> assertThat(s.state()).isEqualTo(ServiceState.FAILED)));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void waitUntilFailsFastOnTerminated() {
        server.enqueue(serviceIn("terminated"));
        assertThatThrownBy(() -> ch.services().waitUntilStopped(SERVICE_ID, Duration.ofMinutes(5)))
                .isInstanceOf(WaitFailedException.class)
                .hasMessageContaining("terminated");
    }

    @Test
    void waitUntilRunningPollsThroughA404RightAfterCreate() {
        server.enqueue(notFound());
        server.enqueue(serviceIn("provisioning"));
        server.enqueue(serviceIn("running"));
        assertThat(ch.services()
                        .waitUntilRunning(SERVICE_ID, Duration.ofMinutes(20))
                        .state())
                .isEqualTo(ServiceState.RUNNING);
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void aLasting404EndsTheWaitForRunning() {
        for (int i = 0; i < 30; i++) {
            server.enqueue(notFound());
        }
        assertThatThrownBy(() -> ch.services().waitUntilRunning(SERVICE_ID, Duration.ofMinutes(20)))
                .isInstanceOf(WaitFailedException.class)
                .hasCauseInstanceOf(NotFoundException.class);
        assertThat(server.getRequestCount()).isEqualTo(25);
    }

    @Test
    void waitUntilIdleReturnsTheIdleService() {
        server.enqueue(serviceIn("running"));
        server.enqueue(serviceIn("idle"));
        assertThat(ch.services()
                        .waitUntilIdle(SERVICE_ID, Duration.ofMinutes(20))
                        .state())
                .isEqualTo(ServiceState.IDLE);
        assertThat(cloud.time.sleeps()).containsExactly(Duration.ofSeconds(5));
    }

    @Test
    void waitUntilDeletedEndsOnA404OrATerminatedService() {
        server.enqueue(serviceIn("terminating"));
        server.enqueue(notFound());
        server.enqueue(serviceIn("terminated"));
        ch.services().waitUntilDeleted(SERVICE_ID, Duration.ofMinutes(20));
        ch.services().waitUntilDeleted(SERVICE_ID, Duration.ofMinutes(20));
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void timingOutReportsTheLastState() {
        for (int i = 0; i < 5; i++) {
            server.enqueue(serviceIn("stopping"));
        }
        assertThatThrownBy(() -> ch.services().waitUntilStopped(SERVICE_ID, Duration.ofSeconds(12)))
                .isInstanceOf(WaitTimeoutException.class)
                .hasMessageContaining("last seen: state stopping")
                .satisfies(e -> assertThat(((WaitTimeoutException) e).lastObserved(Service.class))
                        .hasValueSatisfying(s -> assertThat(s.state()).isEqualTo(ServiceState.STOPPING)));
        assertThat(cloud.time.sleeps())
                .containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(2));
    }

    @Test
    void waiterArgumentsAreChecked() {
        assertThatThrownBy(() -> ch.services().waitUntilRunning(SERVICE_ID, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("timeout");
        assertThatThrownBy(() -> ch.services().waitUntilRunning(" ", Duration.ofMinutes(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void ensureAwakeReturnsARunningServiceAtOnce() throws Exception {
        server.enqueue(serviceIn("running"));
        assertThat(ch.services().ensureAwake(SERVICE_ID, Duration.ofMinutes(10)).state())
                .isEqualTo(ServiceState.RUNNING);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void ensureAwakeWakesAnIdleServiceAndWaits() throws Exception {
        server.enqueue(serviceIn("idle"));
        server.enqueue(serviceIn("awaking"));
        server.enqueue(serviceIn("awaking"));
        server.enqueue(serviceIn("running"));
        assertThat(ch.services().ensureAwake(SERVICE_ID, Duration.ofMinutes(10)).state())
                .isEqualTo(ServiceState.RUNNING);
        cloud.expect("GET", servicePath(""));
        assertThat(Cloud.body(cloud.expect("PATCH", servicePath("/state"))))
                .isEqualTo(Cloud.tree("{\"command\":\"awake\"}"));
        cloud.expect("GET", servicePath(""));
        cloud.expect("GET", servicePath(""));
    }

    @Test
    void ensureAwakeWaitsForAServiceThatIsAlreadyWaking() {
        server.enqueue(serviceIn("awaking"));
        server.enqueue(serviceIn("running"));
        assertThat(ch.services().ensureAwake(SERVICE_ID, Duration.ofMinutes(10)).state())
                .isEqualTo(ServiceState.RUNNING);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void ensureAwakeDoesNotStartAStoppedService() {
        server.enqueue(serviceIn("stopped"));
        assertThatThrownBy(() -> ch.services().ensureAwake(SERVICE_ID, Duration.ofMinutes(10)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("is stopped")
                .hasMessageContaining("start()");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void deleteSafelyStopsWaitsRetriesTheConflictAndWaitsUntilGone() throws Exception {
        server.enqueue(serviceIn("running")); // GET
        server.enqueue(serviceIn("stopping")); // PATCH state stop
        server.enqueue(serviceIn("stopping")); // GET
        server.enqueue(serviceIn("stopped")); // GET
        server.enqueue(CONFLICT); // DELETE
        server.enqueue(serviceIn("stopped")); // GET: not being deleted yet
        server.enqueue(CONFLICT); // DELETE
        server.enqueue(serviceIn("stopped")); // GET
        server.enqueue(okEmpty()); // DELETE
        server.enqueue(serviceIn("terminating")); // GET
        server.enqueue(notFound()); // GET
        ch.services().deleteSafely(SERVICE_ID);
        cloud.expect("GET", servicePath(""));
        assertThat(Cloud.body(cloud.expect("PATCH", servicePath("/state"))))
                .isEqualTo(Cloud.tree("{\"command\":\"stop\"}"));
        cloud.expect("GET", servicePath(""));
        cloud.expect("GET", servicePath(""));
        cloud.expect("DELETE", servicePath(""));
        cloud.expect("GET", servicePath(""));
        cloud.expect("DELETE", servicePath(""));
        cloud.expect("GET", servicePath(""));
        cloud.expect("DELETE", servicePath(""));
        cloud.expect("GET", servicePath(""));
        cloud.expect("GET", servicePath(""));
        assertThat(cloud.time.sleeps())
                .containsExactly(
                        Duration.ofSeconds(5), // stopping -> stopped
                        Duration.ofSeconds(10), // 409
                        Duration.ofSeconds(10), // 409
                        Duration.ofSeconds(5)); // terminating -> gone
    }

    @Test
    void deleteSafelyStopsAServiceThatCameUpBetweenItsReadAndTheDelete() throws Exception {
        server.enqueue(serviceIn("provisioning")); // GET: deletable as it is
        server.enqueue(json(
                409,
                "{\"status\":409,\"error\":\"CONFLICT: Only instance in one of the following states:"
                        + " 'provisioning','starting','awaking','idle','stopped','degraded','failed' can be terminated."
                        + " Current state: 'running'\",\"requestId\":\"r-1\"}")); // DELETE: it is running now
        server.enqueue(serviceIn("running")); // GET
        server.enqueue(serviceIn("stopping")); // PATCH state stop
        server.enqueue(okEmpty()); // DELETE
        server.enqueue(notFound()); // GET
        ch.services().deleteSafely(SERVICE_ID);
        cloud.expect("GET", servicePath(""));
        cloud.expect("DELETE", servicePath(""));
        cloud.expect("GET", servicePath(""));
        assertThat(Cloud.body(cloud.expect("PATCH", servicePath("/state"))))
                .isEqualTo(Cloud.tree("{\"command\":\"stop\"}"));
        cloud.expect("DELETE", servicePath(""));
        cloud.expect("GET", servicePath(""));
        assertThat(cloud.time.sleeps()).containsExactly(Duration.ofSeconds(10));
    }

    @Test
    void deleteSafelyDeletesAStoppedServiceWithoutStoppingIt() throws Exception {
        server.enqueue(serviceIn("stopped"));
        server.enqueue(okEmpty());
        ch.services()
                .deleteSafely(
                        SERVICE_ID,
                        SafeDeleteParams.builder().waitUntilGone(false).build());
        cloud.expect("GET", servicePath(""));
        cloud.expect("DELETE", servicePath(""));
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(cloud.time.sleeps()).isEmpty();
    }

    @Test
    void deleteSafelyWaitsForAStoppingService() throws Exception {
        server.enqueue(serviceIn("stopping"));
        server.enqueue(serviceIn("stopped"));
        server.enqueue(notFound()); // the DELETE itself: already gone
        server.enqueue(notFound());
        ch.services().deleteSafely(SERVICE_ID);
        assertThat(server.getRequestCount()).isEqualTo(4);
        cloud.expect("GET", servicePath(""));
        cloud.expect("GET", servicePath(""));
        cloud.expect("DELETE", servicePath(""));
        cloud.expect("GET", servicePath(""));
    }

    @Test
    void aSoftDeletedServiceCountsAsGone() {
        server.enqueue(serviceIn("stopped"));
        server.enqueue(okEmpty());
        server.enqueue(serviceIn("softdeleting"));
        server.enqueue(serviceIn("softdeleted"));
        ch.services().deleteSafely(SERVICE_ID);
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void waitingForRunningFailsFastOnASoftDeletedService() {
        server.enqueue(serviceIn("softdeleted"));
        assertThatThrownBy(() -> ch.services().waitUntilRunning(SERVICE_ID, Duration.ofMinutes(5)))
                .isInstanceOf(WaitFailedException.class)
                .hasMessageContaining("softdeleted");
    }

    @Test
    void deleteSafelyOfAServiceThatIsAlreadyGoneDoesNothing() {
        server.enqueue(notFound());
        ch.services().deleteSafely(SERVICE_ID);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void deleteSafelyGivesUpOnAConflictThatLasts() {
        server.enqueue(serviceIn("stopped"));
        for (int i = 0; i < 4; i++) {
            server.enqueue(CONFLICT);
            server.enqueue(serviceIn("stopped"));
        }
        SafeDeleteParams params = SafeDeleteParams.builder()
                .conflictTimeout(Duration.ofSeconds(25))
                .conflictInterval(Duration.ofSeconds(10))
                .build();
        assertThatThrownBy(() -> ch.services().deleteSafely(SERVICE_ID, params))
                .isInstanceOf(WaitTimeoutException.class)
                .hasMessageContaining("409 Only instance");
        // one GET, then deletes at 0, 10, 20 and 25 seconds, each followed by a GET
        assertThat(server.getRequestCount()).isEqualTo(9);
        assertThat(cloud.time.sleeps())
                .containsExactly(Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(5));
    }

    @Test
    void deleteSafelyTimesOutWhenTheServiceDoesNotGo() {
        server.enqueue(serviceIn("stopped"));
        server.enqueue(okEmpty());
        server.enqueue(serviceIn("terminating"));
        server.enqueue(serviceIn("terminating"));
        SafeDeleteParams params =
                SafeDeleteParams.builder().goneTimeout(Duration.ofSeconds(5)).build();
        assertThatThrownBy(() -> ch.services().deleteSafely(SERVICE_ID, params))
                .isInstanceOf(WaitTimeoutException.class)
                .hasMessageContaining("to be gone")
                .hasMessageContaining("state terminating");
    }

    @Test
    void safeDeleteParamsRefuseNonPositiveDurations() {
        assertThatThrownBy(() ->
                        SafeDeleteParams.builder().pollInterval(Duration.ZERO).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pollInterval");
        SafeDeleteParams defaults = SafeDeleteParams.builder().build();
        assertThat(defaults.waitUntilGone()).isTrue();
        assertThat(defaults.stopTimeout()).isEqualTo(Duration.ofMinutes(20));
        assertThat(defaults.conflictTimeout()).isEqualTo(Duration.ofMinutes(15));
        assertThat(defaults.conflictInterval()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.goneTimeout()).isEqualTo(Duration.ofMinutes(20));
        assertThat(defaults.pollInterval()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aServiceAlreadyBeingDeletedIsNotDeletedAgain() throws Exception {
        server.enqueue(serviceIn("terminating"));
        server.enqueue(serviceIn("terminating"));
        server.enqueue(notFound());
        ch.services().deleteSafely(SERVICE_ID);
        for (int i = 0; i < 3; i++) {
            cloud.expect("GET", servicePath(""));
        }
        assertThat(cloud.time.sleeps()).containsExactly(Duration.ofSeconds(5));
    }

    @Test
    void aSoftDeletedServiceNeedsNoRequestButTheFirstWhenNotWaiting() throws Exception {
        server.enqueue(serviceIn("softdeleted"));
        ch.services()
                .deleteSafely(
                        SERVICE_ID,
                        SafeDeleteParams.builder().waitUntilGone(false).build());
        cloud.expect("GET", servicePath(""));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void deleteSafelySendsEveryRequestWithTheCallersOptions() throws Exception {
        server.enqueue(serviceIn("idle"));
        server.enqueue(serviceIn("stopping"));
        server.enqueue(serviceIn("stopped"));
        server.enqueue(okEmpty());
        server.enqueue(notFound());
        RequestOptions options =
                RequestOptions.builder().header("X-Trace", "t-1").build();
        ch.services()
                .withOptions(options)
                .deleteSafely(SERVICE_ID, SafeDeleteParams.builder().build());
        String[][] expected = {{"GET", ""}, {"PATCH", "/state"}, {"GET", ""}, {"DELETE", ""}, {"GET", ""}};
        for (String[] call : expected) {
            assertThat(cloud.expect(call[0], servicePath(call[1])).getHeaders().get("X-Trace"))
                    .isEqualTo("t-1");
        }
    }

    @Test
    void waitersAndEnsureAwakeSendTheCallersOptions() throws Exception {
        server.enqueue(serviceIn("idle"));
        server.enqueue(serviceIn("awaking"));
        server.enqueue(serviceIn("running"));
        server.enqueue(serviceIn("running"));
        RequestOptions options =
                RequestOptions.builder().header("X-Trace", "t-2").build();
        ch.services().withOptions(options).ensureAwake(SERVICE_ID, Duration.ofMinutes(5));
        ch.services().withOptions(options).waitUntilRunning(SERVICE_ID, Duration.ofMinutes(5));
        String[][] expected = {{"GET", ""}, {"PATCH", "/state"}, {"GET", ""}, {"GET", ""}};
        for (String[] call : expected) {
            assertThat(cloud.expect(call[0], servicePath(call[1])).getHeaders().get("X-Trace"))
                    .isEqualTo("t-2");
        }
    }

    @Test
    void aLongPollIntervalIsKeptAsGiven() {
        server.enqueue(serviceIn("provisioning"));
        server.enqueue(serviceIn("provisioning"));
        server.enqueue(serviceIn("running"));
        ch.services()
                .withOptions(RequestOptions.builder()
                        .pollInterval(Duration.ofMinutes(1))
                        .build())
                .waitUntilRunning(SERVICE_ID, Duration.ofMinutes(10));
        assertThat(cloud.time.sleeps()).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(1));
    }
}
