package dev.dbcloud.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.testing.Wire;
import java.time.Duration;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Options views and idempotency keys. */
class InvokerTest {
    static final Endpoint<Void> CREATE = Endpoint.post("/things").jsonBody().returnsNothing();
    static final Endpoint<Void> UPDATE =
            Endpoint.patch("/things/{id}").jsonBody().returnsNothing();
    static final Endpoint<Void> READ = Endpoint.get("/things/{id}").returnsNothing();

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final EngineFixture fixture = new EngineFixture(server);
    private HttpEngine engine;
    private Invoker root;

    @org.junit.jupiter.api.BeforeEach
    void start() {
        engine = fixture.engine(b -> b, true);
        root = Invoker.create(engine);
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private static RequestOptions key(String key) {
        return RequestOptions.builder().idempotencyKey(key).build();
    }

    @Test
    void nestedViewsCombineTheirOptions() throws Exception {
        server.enqueue(Wire.json(200, "{}"));
        Invoker view = root.withOptions(RequestOptions.builder()
                        .header("X-A", "1")
                        .maxRetries(1)
                        .timeout(Duration.ofSeconds(9))
                        .build())
                .withOptions(RequestOptions.builder()
                        .header("X-A", "2")
                        .header("X-B", "3")
                        .maxRetries(4)
                        .pollInterval(Duration.ofSeconds(2))
                        .build());

        view.send(READ.call("x"));

        RecordedRequest request = server.takeRequest();
        assertThat(request.getHeaders().values("X-A")).containsExactly("1", "2");
        assertThat(request.getHeaders().get("X-B")).isEqualTo("3");
        assertThat(view.options().maxRetries()).hasValue(4);
        assertThat(view.options().timeout()).contains(Duration.ofSeconds(9));
        assertThat(view.options().pollInterval()).contains(Duration.ofSeconds(2));
        assertThat(root.withOptions(RequestOptions.none()).options()).isSameAs(RequestOptions.none());
        assertThat(view.settings()).isSameAs(engine.settings());
    }

    @Test
    void aKeyedViewRepeatsItsWriteButRefusesADifferentOne() throws Exception {
        server.enqueue(Wire.json(201, "{}"));
        server.enqueue(Wire.json(201, "{}"));
        Invoker keyed = root.withOptions(key("op-1"));

        keyed.send(CREATE.call().body(Map.of("name", "a")));
        keyed.send(CREATE.call().body(Map.of("name", "a"))); // the same write again: what a key is for

        assertThatIllegalStateException()
                .isThrownBy(() -> keyed.send(CREATE.call().body(Map.of("name", "b"))))
                .withMessageContaining("idempotencyKey \"op-1\" was first used for POST /things")
                .withMessageContaining("needs a key of its own");
        assertThatIllegalStateException()
                .isThrownBy(() ->
                        root.withOptions(key("op-1")).send(UPDATE.call("x").body(Map.of())))
                .withMessageContaining("PATCH /things/x");
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(server.takeRequest().getHeaders().get("Idempotency-Key")).isEqualTo("op-1");
    }

    @Test
    void readsNeverBindNorSendAKey() throws Exception {
        server.enqueue(Wire.json(200, "{}"));
        server.enqueue(Wire.json(201, "{}"));
        Invoker keyed = root.withOptions(key("op-2"));
        keyed.send(READ.call("x"));
        keyed.send(CREATE.call().body(Map.of()));
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(server.takeRequest().getHeaders().get("Idempotency-Key")).isNull();
        assertThat(server.takeRequest().getHeaders().get("Idempotency-Key")).isEqualTo("op-2");
    }

    @Test
    void eachStepOfAWorkflowDerivesItsOwnKey() throws Exception {
        server.enqueue(Wire.json(200, "{}"));
        server.enqueue(Wire.json(200, "{}"));
        Invoker keyed = root.withOptions(key("op-3"));

        keyed.forStep("pause").send(UPDATE.call("x").body(Map.of("state", "paused")));
        keyed.forStep("update").send(UPDATE.call("x").body(Map.of("name", "n")));

        assertThat(server.takeRequest().getHeaders().get("Idempotency-Key")).isEqualTo("op-3:pause");
        assertThat(server.takeRequest().getHeaders().get("Idempotency-Key")).isEqualTo("op-3:update");
        assertThat(root.forStep("pause")).isSameAs(root);
    }
}
