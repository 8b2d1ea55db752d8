package dev.dbcloud.clickhouse;

import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Base of the resource tests: a MockWebServer, fake time, and a client of organization {@link Cloud#ORG}. */
abstract class ClientTest {
    @StartStop
    final MockWebServer server = new MockWebServer();

    final Cloud cloud = new Cloud(server);
    ClickHouseCloudClient ch;

    @BeforeEach
    void open() {
        ch = cloud.client();
    }

    @AfterEach
    void close() {
        ch.close();
    }
}
