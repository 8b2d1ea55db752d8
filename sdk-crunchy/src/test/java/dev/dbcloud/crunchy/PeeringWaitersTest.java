package dev.dbcloud.crunchy;

import static dev.dbcloud.crunchy.Fixtures.NETWORK_ID;
import static dev.dbcloud.crunchy.Fixtures.json;
import static dev.dbcloud.crunchy.NetworkSecurityWireTest.PEERING_ID;
import static dev.dbcloud.crunchy.NetworkSecurityWireTest.peering;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.errors.NotFoundException;
import dev.dbcloud.core.errors.WaitFailedException;
import dev.dbcloud.core.errors.WaitTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeeringWaitersTest extends MockApiTest {
    private static final String PATH = "/networks/" + NETWORK_ID + "/peerings/" + PEERING_ID;

    private Peering waitUntilActive(Duration timeout) {
        return cb().networks().peerings().waitUntilActive(NETWORK_ID, PEERING_ID, timeout);
    }

    @Test
    void pollsThePeeringUntilActiveAndReturnsIt() throws Exception {
        server.enqueue(json(200, peering("creating")));
        server.enqueue(json(200, peering("creating")));
        server.enqueue(json(200, peering("active")));

        Peering active = waitUntilActive(Duration.ofMinutes(30));

        assertThat(active.id()).isEqualTo(PEERING_ID);
        assertThat(active.status()).isEqualTo(PeeringStatus.ACTIVE);
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(5), Duration.ofMillis(7500));
        for (int i = 0; i < 3; i++) {
            take("GET", PATH);
        }
    }

    @Test
    void pollsThroughTheNotFoundOfAPeeringJustCreated() {
        server.enqueue(json(404, "{\"message\":\"peering not found\",\"request_id\":\"r\"}"));
        server.enqueue(json(200, peering("active")));

        assertThat(waitUntilActive(Duration.ofMinutes(30)).status()).isEqualTo(PeeringStatus.ACTIVE);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"failed", "deleting"})
    void failsAtOnceOnAStateThatCannotBecomeActive(String status) {
        server.enqueue(json(200, peering("creating")));
        server.enqueue(json(200, peering(status)));

        assertThatThrownBy(() -> waitUntilActive(Duration.ofHours(1)))
                .isInstanceOfSatisfying(WaitFailedException.class, e -> {
                    assertThat(e.getMessage())
                            .contains("peering " + PEERING_ID + " of network " + NETWORK_ID + " to be active")
                            .contains("state " + status);
                    assertThat(e.lastObserved(Peering.class).orElseThrow().status())
                            .isEqualTo(PeeringStatus.of(status));
                });
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void timesOutWithTheLastPeering() {
        for (int i = 0; i < 5; i++) {
            server.enqueue(json(200, peering("creating")));
        }
        assertThatThrownBy(() -> waitUntilActive(Duration.ofSeconds(20)))
                .isInstanceOfSatisfying(WaitTimeoutException.class, e -> assertThat(
                                e.lastObserved(Peering.class).orElseThrow().status())
                        .isEqualTo(PeeringStatus.CREATING));
    }

    @Test
    void aNotFoundPastTheGraceEndsTheWait() {
        for (int i = 0; i < 12; i++) {
            server.enqueue(json(404, "{\"message\":\"not found\",\"request_id\":\"r\"}"));
        }
        assertThatThrownBy(() -> waitUntilActive(Duration.ofMinutes(10)))
                .isInstanceOf(WaitFailedException.class)
                .hasCauseInstanceOf(NotFoundException.class);
        assertThat(server.getRequestCount()).isEqualTo(8);
    }

    @Test
    void pollsCarryTheViewsOptionsAndASteadyInterval() throws Exception {
        server.enqueue(json(200, peering("creating")));
        server.enqueue(json(200, peering("active")));
        RequestOptions options = RequestOptions.builder()
                .header("X-Trace", "t-1")
                .pollInterval(Duration.ofSeconds(2))
                .build();

        cb().networks().withOptions(options).peerings().waitUntilActive(NETWORK_ID, PEERING_ID, Duration.ofMinutes(1));

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(2));
        assertThat(take("GET", PATH).getHeaders().get("X-Trace")).isEqualTo("t-1");
        assertThat(take("GET", PATH).getHeaders().get("X-Trace")).isEqualTo("t-1");
    }

    @Test
    void badIdsAndTimeoutsAreRefusedBeforeSending() {
        assertThatThrownBy(() -> cb().networks().peerings().waitUntilActive("net", PEERING_ID, Duration.ofMinutes(1)))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("networkId \"net\" is not a Crunchy Bridge ID");
        assertThatThrownBy(() -> cb().networks().peerings().waitUntilActive(NETWORK_ID, "p", Duration.ofMinutes(1)))
                .hasMessageStartingWith("peeringId \"p\" is not a Crunchy Bridge ID");
        assertThatThrownBy(() -> waitUntilActive(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThat(server.getRequestCount()).isZero();
    }
}
