package dev.dbcloud.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.errors.ApiDecodingException;
import dev.dbcloud.core.testing.Wire;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Lists declared by the member that holds them, and bodies that are always {@code {}}. */
class ListUnderAndEmptyBodyTest {
    record Thing(String id, int size) {}

    static final Endpoint<List<Thing>> LIST =
            Endpoint.get("/teams/{team_id}/things").returns(ResponseKind.listUnder("things", Thing.class));
    static final Endpoint<Thing> CREATE =
            Endpoint.post("/things").emptyJsonBody().returns(Thing.class);

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final EngineFixture fixture = new EngineFixture(server);
    private HttpEngine engine;

    @AfterEach
    void close() {
        if (engine != null) {
            engine.close();
        }
    }

    private Invoker invoker() {
        engine = fixture.engine(b -> b, true);
        return Invoker.create(engine);
    }

    private Invoker enveloped() {
        engine = fixture.engine(b -> b, StreamingDecodeTest.ENVELOPED);
        return Invoker.create(engine);
    }

    @Test
    void theListIsReadFromItsMemberAndTheRestOfTheObjectSkipped() throws Exception {
        server.enqueue(Wire.json(
                200,
                "{\"count\":2,\"other\":{\"things\":[{\"id\":\"x\"}]},\"things\":[{\"id\":\"a\",\"size\":1},"
                        + "{\"id\":\"b\",\"size\":2,\"extra\":[1,{\"k\":null}]}],\"after\":[\"z\"]}"));

        ApiResponse<List<Thing>> response = invoker().send(LIST.call("t1"));

        assertThat(response.value()).containsExactly(new Thing("a", 1), new Thing("b", 2));
        assertThat(response.statusCode()).isEqualTo(200);
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getUrl().encodedPath()).isEqualTo("/teams/t1/things");
        assertThat(request.getHeaders().get("Content-Type")).isNull();
        assertThatThrownBy(() -> response.value().add(new Thing("c", 3)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aMissingOrNullMemberOrItemReadsAsNothing() {
        server.enqueue(Wire.json(200, "{}"));
        server.enqueue(Wire.json(200, "{\"things\":null,\"count\":0}"));
        server.enqueue(Wire.json(200, "{\"things\":[null,{\"id\":\"a\",\"size\":1},null]}"));
        Invoker invoker = invoker();

        assertThat(invoker.send(LIST.call("t1")).value()).isEmpty();
        assertThat(invoker.send(LIST.call("t1")).value()).isEmpty();
        assertThat(invoker.send(LIST.call("t1")).value()).containsExactly(new Thing("a", 1));
    }

    @Test
    void aBodyThatIsNotAnObjectWithTheListFailsToDecode() {
        server.enqueue(Wire.json(200, "[{\"id\":\"a\"}]"));
        server.enqueue(Wire.json(200, ""));
        server.enqueue(Wire.json(200, "{\"things\":{\"id\":\"a\"}}"));
        server.enqueue(Wire.json(200, "{\"things\":[{\"id\":\"a\",\"size\":\"big\"}]}"));
        Invoker invoker = invoker();

        assertThatThrownBy(() -> invoker.send(LIST.call("t1")))
                .isInstanceOf(ApiDecodingException.class)
                .hasMessageContaining("not a JSON object with \"things\"");
        assertThatThrownBy(() -> invoker.send(LIST.call("t1")))
                .isInstanceOf(ApiDecodingException.class)
                .hasMessageContaining("the body is empty");
        assertThatThrownBy(() -> invoker.send(LIST.call("t1"))).isInstanceOf(ApiDecodingException.class);
        assertThatThrownBy(() -> invoker.send(LIST.call("t1"))).isInstanceOf(ApiDecodingException.class);
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void inAnEnvelopeTheListIsReadFromTheResultsMember() {
        server.enqueue(Wire.json(
                200,
                "{\"requestId\":\"r1\",\"result\":{\"things\":[{\"id\":\"a\",\"size\":1}],\"n\":1},\"status\":200}"));
        server.enqueue(Wire.json(200, "{\"requestId\":\"r2\",\"result\":null}"));
        server.enqueue(Wire.json(200, "{\"requestId\":\"r3\",\"result\":{\"things\":null}}"));
        server.enqueue(Wire.json(200, "{\"requestId\":\"r4\",\"result\":[1]}"));
        Invoker invoker = enveloped();

        ApiResponse<List<Thing>> first = invoker.send(LIST.call("t1"));
        assertThat(first.value()).containsExactly(new Thing("a", 1));
        assertThat(first.requestId()).contains("r1");
        assertThat(invoker.send(LIST.call("t1")).value()).isEmpty();
        assertThat(invoker.send(LIST.call("t1")).value()).isEmpty();
        assertThatThrownBy(() -> invoker.send(LIST.call("t1")))
                .isInstanceOf(ApiDecodingException.class)
                .hasMessageContaining("not a JSON object with \"things\"");
    }

    @Test
    void aMappedKindReturnsWhatItsFunctionMakesOfTheList() {
        server.enqueue(Wire.json(200, "{\"things\":[{\"id\":\"a\",\"size\":1},{\"id\":\"b\",\"size\":2}]}"));
        Endpoint<Integer> count = Endpoint.get("/teams/{team_id}/things")
                .returns(ResponseKind.listUnder("things", Thing.class).map(List::size));

        assertThat(invoker().send(count.call("t1")).value()).isEqualTo(2);
        assertThat(count.response().describe()).isEqualTo("list of Thing under \"things\"");
        assertThat(LIST.response().describe()).isEqualTo("list of Thing under \"things\"");
    }

    @Test
    void anEmptyJsonBodyIsAlwaysSentAsAnEmptyObject() throws Exception {
        server.enqueue(Wire.json(201, "{\"id\":\"a\",\"size\":0}"));

        Thing created = invoker().send(CREATE.call()).value();

        assertThat(created).isEqualTo(new Thing("a", 0));
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("POST");
        assertThat(request.getBody().utf8()).isEqualTo("{}");
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(request.getHeaders().get("Idempotency-Key")).isNotBlank();
        assertThat(CREATE.bodyKind()).isEqualTo(Endpoint.BodyKind.EMPTY_JSON);
    }

    @Test
    void aCallCannotAddABodyToAnEmptyJsonBody() {
        assertThatIllegalStateException()
                .isThrownBy(() -> CREATE.call().body(Map.of("name", "n")))
                .withMessage("POST /things always sends {} and takes no JSON body");
        assertThatIllegalStateException().isThrownBy(() -> CREATE.call().bytes(new byte[0], "text/plain"));
        assertThat(CREATE.call().toRequest(RequestOptions.none()).body()).isEqualTo(Map.of());
        assertThat(server.getRequestCount()).isZero();
    }
}
