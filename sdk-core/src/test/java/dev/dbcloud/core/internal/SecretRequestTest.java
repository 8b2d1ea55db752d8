package dev.dbcloud.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbcloud.core.testing.LogCapture;
import dev.dbcloud.core.testing.Wire;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** A request body declared to carry a secret goes out unchanged and is never shown in a TRACE line. */
class SecretRequestTest {
    record Answer(String message) {}

    static final Endpoint<Answer> CONNECT =
            Endpoint.put("/things/{id}/connect").jsonBody().secretRequest().returns(Answer.class);
    static final Endpoint<Answer> PLAIN =
            Endpoint.put("/things/{id}/connect").jsonBody().returns(Answer.class);

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final EngineFixture fixture = new EngineFixture(server);

    @Test
    void aSecretRequestBodyIsSentAsWrittenAndWithheldFromTrace() throws Exception {
        server.enqueue(Wire.json(200, "{}"));
        try (LogCapture logs = LogCapture.http();
                HttpEngine engine = fixture.engine()) {
            Invoker.create(engine).send(CONNECT.call("t1").body(Map.of("auth_key", "tskey-auth-S3cret")));

            RecordedRequest sent = server.takeRequest();
            assertThat(sent.getBody().utf8()).isEqualTo("{\"auth_key\":\"tskey-auth-S3cret\"}");
            assertThat(sent.getHeaders().get("Content-Type")).startsWith("application/json");
            assertThat(logs.messages())
                    .anyMatch(line -> line.contains("request body: (body withheld: the request carries a secret)"))
                    .noneMatch(line -> line.contains("S3cret"));
        }
        assertThat(CONNECT.secretRequest()).isTrue();
        assertThat(PLAIN.secretRequest()).isFalse();
    }

    @Test
    void anUndeclaredRequestBodyIsShownWithSecretLookingMembersMasked() {
        server.enqueue(Wire.json(200, "{}"));
        try (LogCapture logs = LogCapture.http();
                HttpEngine engine = fixture.engine()) {
            Invoker.create(engine).send(PLAIN.call("t1").body(Map.of("name", "office")));

            assertThat(logs.messages()).anyMatch(line -> line.contains("request body: ") && line.contains("office"));
        }
    }
}
