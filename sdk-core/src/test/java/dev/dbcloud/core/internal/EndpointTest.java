package dev.dbcloud.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.Page;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.testing.EndpointRecorder;
import dev.dbcloud.core.testing.LogCapture;
import dev.dbcloud.core.testing.Wire;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Endpoint declarations: path templates, parameters, body and response kinds, and absolute URLs. */
class EndpointTest {
    record Thing(String id) {}

    record Things(List<Thing> things, String next) {}

    static final Endpoint<Thing> GET = Endpoint.get("/teams/{team_id}/things/{thing_id}")
            .check("team_id", (value, name) -> {
                if (!value.startsWith("t")) {
                    throw new IllegalArgumentException(name + " must start with t");
                }
                return value;
            })
            .returns(Thing.class);
    static final Endpoint<String> PEM = Endpoint.get("/teams/{team_id}.pem").returns(ResponseKind.text());
    static final Endpoint<Page<Thing>> LIST = Endpoint.get("/things")
            .query("cursor", "limit")
            .returns(ResponseKind.page(
                    new TypeReference<Things>() {},
                    "cursor",
                    things -> new PageSlice<>(things.things(), things.next() != null, things.next())));
    static final Endpoint<List<Thing>> ITEMS =
            Endpoint.get("/items").returns(ResponseKind.json(new TypeReference<Things>() {}, Things::things));
    static final Endpoint<Thing> CREATE = Endpoint.post("/things").jsonBody().returns(Thing.class);
    static final Endpoint<Optional<Thing>> CANCEL =
            Endpoint.delete("/things/{id}").returns(ResponseKind.optional(Thing.class));
    static final Endpoint<Void> TOUCH =
            Endpoint.put("/things/{id}/touch").optionalJsonBody().returnsNothing();
    static final Endpoint<Void> UPLOAD =
            Endpoint.absoluteUrl(HttpMethod.PUT).bytesBody().returnsNothing();

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final EngineFixture fixture = new EngineFixture(server);
    private HttpEngine engine;

    private Invoker invoker() {
        engine = fixture.engine();
        return Invoker.create(engine);
    }

    @AfterEach
    void close() {
        if (engine != null) {
            engine.close();
        }
    }

    @Test
    void aPlaceholderInsideASegmentIsEncodedAsPartOfIt() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .body("-----BEGIN CERTIFICATE-----\n")
                .build());

        ApiResponse<String> pem = invoker().send(PEM.call("a b/c"));

        assertThat(pem.value()).startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(server.takeRequest().getUrl().encodedPath()).isEqualTo("/teams/a%20b%2Fc.pem");
        assertThat(EndpointRecorder.sent(PEM)).isTrue();
    }

    @Test
    void pathArgumentsAreCheckedAndNamedBeforeAnythingIsSent() {
        Invoker invoker = invoker();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GET.call("x", "1"))
                .withMessage("teamId must start with t");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GET.call("t1", ".."))
                .withMessage("thingId must not be '..'");
        assertThatIllegalArgumentException().isThrownBy(() -> PEM.call(" ")).withMessage("teamId must not be blank");
        assertThatNullPointerException()
                .isThrownBy(() -> CANCEL.call((String) null))
                .withMessage("id == null");
        assertThatIllegalStateException().isThrownBy(() -> GET.call("t1"));
        assertThatIllegalStateException().isThrownBy(() -> LIST.call().query("order", "asc"));
        assertThatIllegalStateException().isThrownBy(() -> GET.call("t1", "2").body(Map.of()));
        assertThatIllegalStateException().isThrownBy(() -> invoker.send(CREATE.call()));
        assertThatIllegalStateException().isThrownBy(() -> CREATE.call().bytes(new byte[0], "text/plain"));
        assertThatIllegalStateException().isThrownBy(() -> UPLOAD.call());
        assertThatIllegalStateException().isThrownBy(() -> GET.callUrl("https://example.com"));
        assertThatIllegalArgumentException().isThrownBy(() -> UPLOAD.callUrl("not a url"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> UPLOAD.callUrl("https://h/x").bytes(new byte[0], "not a type"));
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void malformedTemplatesFailTheDeclaration() {
        assertThatIllegalStateException().isThrownBy(() -> Endpoint.get("/a/{b"));
        assertThatIllegalStateException().isThrownBy(() -> Endpoint.get("/a/b}"));
        assertThatIllegalStateException().isThrownBy(() -> Endpoint.get("/a/{}"));
        assertThatIllegalStateException().isThrownBy(() -> Endpoint.get("/a/{b}{c}"));
        assertThatIllegalStateException()
                .isThrownBy(() -> Endpoint.get("/a/{b}").check("c", (v, n) -> v));
        assertThatIllegalArgumentException().isThrownBy(() -> Endpoint.get("/a").query(" "));
    }

    @Test
    void theDeclarationDescribesTheOperation() {
        assertThat(GET).hasToString("GET /teams/{team_id}/things/{thing_id}");
        assertThat(GET.pathTemplate()).isEqualTo("/teams/{team_id}/things/{thing_id}");
        assertThat(GET.method()).isEqualTo(HttpMethod.GET);
        assertThat(GET.repeatable()).isTrue();
        assertThat(GET.authenticated()).isTrue();
        assertThat(GET.absolute()).isFalse();
        assertThat(GET.response().describe()).isEqualTo("JSON Thing");
        assertThat(LIST.queryParameters()).containsExactlyInAnyOrder("cursor", "limit");
        assertThat(LIST.response().describe()).startsWith("page of");
        assertThat(CREATE.bodyKind()).isEqualTo(Endpoint.BodyKind.JSON);
        assertThat(CREATE.repeatable()).isFalse();
        assertThat(CANCEL.response().describe()).isEqualTo("optional JSON Thing");
        assertThat(TOUCH.response().describe()).isEqualTo("nothing");
        assertThat(PEM.response().describe()).isEqualTo("text");
        assertThat(ITEMS.response().describe()).contains("Things");
        assertThat(UPLOAD).hasToString("PUT (absolute URL)");
        assertThat(UPLOAD.absolute()).isTrue();
        assertThat(UPLOAD.authenticated()).isFalse();
        assertThat(Endpoint.patch("/a")
                        .notRepeatable()
                        .unauthenticated()
                        .returnsNothing()
                        .authenticated())
                .isFalse();
        assertThat(Endpoint.of(HttpMethod.PUT, "/a")
                        .notRepeatable()
                        .returnsNothing()
                        .repeatable())
                .isFalse();
    }

    @Test
    void eachResponseKindDecodes() throws Exception {
        Invoker invoker = invoker();
        server.enqueue(Wire.json(200, "{\"things\":[{\"id\":\"a\"}],\"next\":\"c2\"}"));
        server.enqueue(Wire.json(200, "{\"things\":[{\"id\":\"b\"}],\"next\":null}"));
        server.enqueue(Wire.json(200, "{\"things\":[{\"id\":\"c\"}]}"));
        server.enqueue(new MockResponse.Builder().code(204).build());
        server.enqueue(Wire.json(201, "{\"id\":\"n\"}"));
        server.enqueue(new MockResponse.Builder().code(200).body("ignored").build());

        ApiResponse<Page<Thing>> first =
                invoker.send(LIST.call().query("limit", 1).query("cursor", null));
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.value().stream().map(Thing::id)).containsExactly("a", "b");
        assertThat(invoker.send(ITEMS.call()).value()).containsExactly(new Thing("c"));
        assertThat(invoker.send(CANCEL.call("x")).value()).isEmpty();
        ApiResponse<Thing> created = invoker.send(CREATE.call().body(Map.of("name", "n")));
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(invoker.send(TOUCH.call("x")).value()).isNull();

        assertThat(server.takeRequest().getTarget()).isEqualTo("/things?limit=1");
        assertThat(server.takeRequest().getTarget()).isEqualTo("/things?limit=1&cursor=c2");
        assertThat(EndpointRecorder.sent(LIST)).isTrue();
        server.takeRequest();
        server.takeRequest();
        assertThat(Wire.body(server.takeRequest())).isEqualTo(Wire.tree("{\"name\":\"n\"}"));
        assertThat(server.takeRequest().getBody().size()).isZero();
    }

    @Test
    void anAbsoluteUrlGetsRawBytesWithoutCredentialsAndItsQueryIsNeverLogged() throws Exception {
        Invoker invoker = invoker()
                .withOptions(RequestOptions.builder().header("X-Trace", "t").build());
        server.enqueue(new MockResponse.Builder().code(200).build());
        String url = server.url("/bucket/file.csv").toString() + "?X-Amz-Signature=abc123def&X-Amz-Expires=300";

        try (LogCapture logs = LogCapture.http()) {
            invoker.send(UPLOAD.callUrl(url).bytes(new byte[] {1, 2, 3}, "text/csv"));
            assertThat(String.join("\n", logs.messages()))
                    .contains("PUT /bucket/file.csv")
                    .doesNotContain("abc123def")
                    .doesNotContain("X-Amz");
        }

        RecordedRequest request = server.takeRequest();
        assertThat(request.getTarget()).isEqualTo("/bucket/file.csv?X-Amz-Signature=abc123def&X-Amz-Expires=300");
        assertThat(request.getHeaders().get("Authorization")).isNull();
        assertThat(request.getHeaders().get("X-Trace")).isEqualTo("t");
        assertThat(request.getHeaders().get("Content-Type")).isEqualTo("text/csv");
        assertThat(request.getBody().toByteArray()).containsExactly(1, 2, 3);
    }

    @Test
    void anAbsoluteUrlOverPlainHttpIsRefusedForOtherHosts() {
        Invoker invoker = invoker();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> invoker.send(
                        UPLOAD.callUrl("http://bucket.example.com/f?sig=s3cr3t").bytes(new byte[0], "text/csv")))
                .withMessageContaining("bucket.example.com")
                .withMessageNotContaining("s3cr3t");
    }

    @Test
    void aQueryParameterWithADeclaredCheckIsCheckedWhenAdded() {
        Endpoint<List<Thing>> byTeam = Endpoint.get("/items")
                .query("team_id", "limit")
                .checkQuery("team_id", (value, name) -> {
                    if (!value.startsWith("t")) {
                        throw new IllegalArgumentException(name + " must start with t");
                    }
                    return value.trim();
                })
                .returns(ResponseKind.json(new TypeReference<Things>() {}, Things::things));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> byTeam.call().query("team_id", "x"))
                .withMessage("teamId must start with t");
        ApiRequest request = byTeam.call()
                .query("team_id", "t1 ")
                .query("team_id", null)
                .query("limit", 5)
                .toRequest(RequestOptions.none());
        assertThat(request.query()).containsExactly(Map.entry("team_id", "t1"), Map.entry("limit", "5"));
        assertThatIllegalStateException()
                .isThrownBy(() -> Endpoint.get("/items").checkQuery("team_id", (v, n) -> v))
                .withMessageContaining("team_id");
    }
}
