package dev.dbcloud.crunchy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbcloud.core.testing.FakeTime;
import java.time.Instant;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;

/**
 * The base of the tests that talk to MockWebServer: a client created on first use with fake time (nothing
 * sleeps, the clock reads 2024-06-01T12:00:00Z until a test advances it), closed after each test.
 */
abstract class MockApiTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    final FakeTime time = new FakeTime(Instant.parse("2024-06-01T12:00:00Z"));

    private CrunchyBridgeClient cb;

    CrunchyBridgeClient cb() {
        if (cb == null) {
            cb = Fixtures.client(server, time);
        }
        return cb;
    }

    @AfterEach
    void closeClient() {
        if (cb != null) {
            cb.close();
        }
    }

    /** Takes the next request and checks its method, path with query, and Bearer credentials. */
    RecordedRequest take(String method, String target) throws InterruptedException {
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo(method);
        assertThat(Fixtures.target(request)).isEqualTo(target);
        assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + Fixtures.API_KEY);
        assertThat(request.getHeaders().get("Accept")).contains("application/json");
        return request;
    }
}
