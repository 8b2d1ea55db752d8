package dev.dbcloud.core.internal;

import dev.dbcloud.core.ClientSettings;
import dev.dbcloud.core.Credentials;
import dev.dbcloud.core.testing.FakeTime;
import dev.dbcloud.core.testing.TestClientBuilder;
import dev.dbcloud.core.testing.TestDialect;
import dev.dbcloud.core.testing.Wire;
import java.util.function.UnaryOperator;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/** Builds engines pointed at a MockWebServer, with fake time and jitter fixed at its maximum. */
final class EngineFixture {
    final MockWebServer server;
    final FakeTime time = new FakeTime();

    EngineFixture(MockWebServer server) {
        this.server = server;
    }

    HttpEngine engine() {
        return engine(b -> b, false);
    }

    HttpEngine engine(UnaryOperator<TestClientBuilder> configure, boolean idempotencyKeys) {
        return engine(configure, new TestDialect(idempotencyKeys));
    }

    HttpEngine engine(UnaryOperator<TestClientBuilder> configure, ApiDialect dialect) {
        return HttpEngine.create(settings(configure), dialect);
    }

    ClientSettings settings(UnaryOperator<TestClientBuilder> configure) {
        TestClientBuilder builder = new TestClientBuilder()
                .baseUrl(server.url("/").toString())
                .credentials(Credentials.bearer("secret-token"))
                .clock(time)
                .sleeper(time)
                .jitter(() -> 1.0);
        return configure.apply(builder).resolve();
    }

    static MockResponse json(int code, String body) {
        return Wire.json(code, body);
    }

    static MockResponse status(int code) {
        return new MockResponse.Builder().code(code).build();
    }
}
