package dev.dbcloud.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.core.errors.ApiDecodingException;
import dev.dbcloud.core.testing.LogCapture;
import dev.dbcloud.core.testing.Wire;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** The body of an answer declared to carry a secret is never shown, whatever its shape. */
class SecretResponseTest {
    record Password(String password) {}

    static final Endpoint<Password> RESET =
            Endpoint.patch("/things/{id}/password").jsonBody().secretResponse().returns(Password.class);
    static final Endpoint<Password> PLAIN =
            Endpoint.patch("/things/{id}/password").jsonBody().returns(Password.class);

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final EngineFixture fixture = new EngineFixture(server);

    @Test
    void aMalformedSecretAnswerFailsWithoutShowingItsBody() {
        server.enqueue(Wire.json(200, "\"Gen3rated-Pa55word\""));
        try (LogCapture logs = LogCapture.http();
                HttpEngine engine = fixture.engine()) {
            Invoker invoker = Invoker.create(engine);
            assertThatThrownBy(() -> invoker.send(RESET.call("t1").body(java.util.Map.of())))
                    .isExactlyInstanceOf(ApiDecodingException.class)
                    .hasMessageStartingWith("PATCH /things/t1/password: ")
                    .hasMessageNotContaining("Gen3rated")
                    .satisfies(e -> assertThat(((ApiDecodingException) e).bodyExcerpt())
                            .isEqualTo("(body withheld: the answer carries a secret)"));
            assertThat(logs.messages()).isNotEmpty().noneMatch(line -> line.contains("Gen3rated"));
        }
    }

    @Test
    void anUndeclaredAnswerKeepsItsExcerpt() {
        server.enqueue(Wire.json(200, "\"not-a-secret\""));
        try (HttpEngine engine = fixture.engine()) {
            Invoker invoker = Invoker.create(engine);
            assertThatThrownBy(() -> invoker.send(PLAIN.call("t1").body(java.util.Map.of())))
                    .isExactlyInstanceOf(ApiDecodingException.class)
                    .satisfies(e ->
                            assertThat(((ApiDecodingException) e).bodyExcerpt()).contains("not-a-secret"));
            assertThat(RESET.secretResponse()).isTrue();
            assertThat(PLAIN.secretResponse()).isFalse();
        }
    }
}
