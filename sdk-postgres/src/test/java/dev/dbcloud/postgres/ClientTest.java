package dev.dbcloud.postgres;

import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Base of the resource tests: a MockWebServer, fake time, and a client of organization {@link Pg#ORG}. */
abstract class ClientTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    final Pg pg = new Pg(server);
    ManagedPostgresClient client;

    @BeforeEach
    void open() {
        client = pg.client();
    }

    @AfterEach
    void close() {
        client.close();
    }
}
