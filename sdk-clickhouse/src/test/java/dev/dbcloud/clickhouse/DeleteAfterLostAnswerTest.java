package dev.dbcloud.clickhouse;

import static dev.dbcloud.clickhouse.Cloud.SERVICE_ID;
import static dev.dbcloud.clickhouse.Cloud.json;
import static dev.dbcloud.clickhouse.Cloud.notFound;
import static dev.dbcloud.clickhouse.Cloud.serviceIn;
import static dev.dbcloud.clickhouse.Cloud.servicePath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.core.errors.ConflictException;
import dev.dbcloud.core.errors.ServerException;
import java.time.Duration;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

/**
 * A DELETE whose answer was lost is sent again; if the first one was applied, the service is already terminating and
 * the repetition answers 409. That 409 is a deletion that worked, not a conflict.
 */
class DeleteAfterLostAnswerTest extends ClientTest {
    private static final MockResponse UNAVAILABLE = json(503, "{\"error\":\"Service Unavailable\"}");

    private static MockResponse conflict(String state) {
        return json(
                409,
                "{\"status\":409,\"error\":\"CONFLICT: Only instance in one of the following states: 'provisioning',"
                        + "'starting','awaking','idle','stopped','degraded','failed' can be terminated. Current state:"
                        + " '" + state + "'\"}");
    }

    @Test
    void aConflictOnTheRetryOfADeleteThatWasAppliedIsSuccess() throws Exception {
        server.enqueue(UNAVAILABLE);
        server.enqueue(conflict("terminating"));
        server.enqueue(serviceIn("terminating"));
        ch.services().delete(SERVICE_ID);
        assertThat(server.getRequestCount()).isEqualTo(3);
        cloud.expect("DELETE", servicePath(""));
        cloud.expect("DELETE", servicePath(""));
        cloud.expect("GET", servicePath(""));
    }

    @Test
    void aServiceGoneOrSoftDeletedAfterTheRetryCountsAsDeleted() throws Exception {
        server.enqueue(UNAVAILABLE);
        server.enqueue(conflict("terminating"));
        server.enqueue(notFound());
        server.enqueue(UNAVAILABLE);
        server.enqueue(conflict("softdeleting"));
        server.enqueue(serviceIn("softdeleting"));
        ch.services().delete(SERVICE_ID);
        ch.services().delete(SERVICE_ID);
        assertThat(server.getRequestCount()).isEqualTo(6);
    }

    @Test
    void aConflictOnTheRetryOfAServiceThatIsNotBeingDeletedIsThrown() throws Exception {
        server.enqueue(UNAVAILABLE);
        server.enqueue(conflict("running"));
        server.enqueue(serviceIn("running"));
        assertThatThrownBy(() -> ch.services().delete(SERVICE_ID))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.attempts()).isEqualTo(2);
                    assertThat(e.getSuppressed()).isEmpty();
                });
        assertThat(server.getRequestCount()).isEqualTo(3);
        cloud.expect("DELETE", servicePath(""));
        cloud.expect("DELETE", servicePath(""));
        cloud.expect("GET", servicePath(""));
    }

    @Test
    void aFailedCheckKeepsTheConflictAndCarriesTheReadFailure() {
        server.enqueue(UNAVAILABLE);
        server.enqueue(conflict("terminating"));
        for (int i = 0; i < 6; i++) {
            server.enqueue(json(500, "{\"error\":\"Internal error\"}"));
        }
        assertThatThrownBy(() -> ch.services().delete(SERVICE_ID))
                .isInstanceOfSatisfying(
                        ConflictException.class,
                        e -> assertThat(e.getSuppressed()).singleElement().isInstanceOf(ServerException.class));
    }

    @Test
    void aConflictOnTheFirstAttemptIsThrownWithoutReading() {
        server.enqueue(conflict("running"));
        assertThatThrownBy(() -> ch.services().delete(SERVICE_ID))
                .isInstanceOfSatisfying(
                        ConflictException.class, e -> assertThat(e.attempts()).isEqualTo(1));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void deleteSafelyStopsAtAConflictOnTheRetryOfADeleteThatWasApplied() throws Exception {
        server.enqueue(serviceIn("stopped")); // GET
        server.enqueue(UNAVAILABLE); // DELETE, applied but the answer is lost
        server.enqueue(conflict("terminating")); // DELETE again
        server.enqueue(serviceIn("terminating")); // GET: the delete worked
        server.enqueue(notFound()); // GET until gone
        ch.services().deleteSafely(SERVICE_ID);
        assertThat(server.getRequestCount()).isEqualTo(5);
        cloud.expect("GET", servicePath(""));
        cloud.expect("DELETE", servicePath(""));
        cloud.expect("DELETE", servicePath(""));
        cloud.expect("GET", servicePath(""));
        cloud.expect("GET", servicePath(""));
        assertThat(cloud.time.sleeps()).doesNotContain(Duration.ofSeconds(10));
    }

    @Test
    void deleteSafelyStopsAtAConflictOnTheFirstAttemptWhenTheServiceIsAlreadyTerminating() throws Exception {
        server.enqueue(serviceIn("stopped")); // GET
        server.enqueue(conflict("terminating")); // DELETE: someone else deleted it meanwhile
        server.enqueue(serviceIn("terminating")); // GET
        ch.services()
                .deleteSafely(
                        SERVICE_ID,
                        SafeDeleteParams.builder().waitUntilGone(false).build());
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(cloud.time.sleeps()).isEmpty();
    }
}
