package dev.dbcloud.core.internal;

import static dev.dbcloud.core.internal.EngineFixture.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.errors.ApiDecodingException;
import dev.dbcloud.core.errors.ApiResponseTooLargeException;
import dev.dbcloud.core.testing.LogCapture;
import dev.dbcloud.core.testing.TestDialect;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.zip.GZIPOutputStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/** Success bodies are streamed into their type, through the envelope, and never read past the size cap. */
class StreamingDecodeTest {
    record Thing(String id, int size) {}

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final EngineFixture fixture = new EngineFixture(server);

    /** A dialect whose bodies are {@code {"requestId":…,"result":…}}; shared with other decoding tests. */
    static final ApiDialect ENVELOPED = new TestDialect(false) {
        @Override
        public Optional<String> envelopeResult() {
            return Optional.of("result");
        }

        @Override
        public Optional<String> requestId(okhttp3.Headers headers, com.fasterxml.jackson.databind.JsonNode body) {
            return body != null && body.has("requestId")
                    ? Optional.of(body.get("requestId").asText())
                    : Optional.ofNullable(headers.get("X-Request-Id"));
        }
    };

    private static ApiRequest get(String path) {
        return ApiRequest.builder(HttpMethod.GET, path).build();
    }

    /** A 500 MB JSON object that compresses to about 490 KB: a valid Thing with a long array nobody reads. */
    private static Buffer gzipBomb() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes, 1 << 16)) {
            gzip.write("{\"id\":\"t1\",\"size\":1,\"padding\":[".getBytes(StandardCharsets.US_ASCII));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < zeros.length; i += 2) {
                zeros[i] = '0';
                zeros[i + 1] = ',';
            }
            for (int mb = 0; mb < 500; mb++) {
                gzip.write(zeros);
            }
            gzip.write("0]}".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(bytes.size()).isLessThan(600 * 1024);
        return new Buffer().write(bytes.toByteArray());
    }

    @Test
    void aGzipBombEndsInATypedExceptionAtTheDefaultCapWithoutRetrying() {
        server.enqueue(new MockResponse.Builder()
                .setHeader("Content-Type", "application/json")
                .setHeader("Content-Encoding", "gzip")
                .setHeader("X-Request-Id", "req-bomb")
                .body(gzipBomb())
                .build());
        try (HttpEngine engine = fixture.engine()) {
            assertThatThrownBy(() -> engine.call(get("/things/t1"), Thing.class))
                    .isInstanceOfSatisfying(ApiResponseTooLargeException.class, e -> {
                        assertThat(e.limitBytes()).isEqualTo(64L * 1024 * 1024);
                        assertThat(e.statusCode()).isEqualTo(200);
                        assertThat(e.requestId()).contains("req-bomb");
                        assertThat(e.bodyExcerpt()).startsWith("{\"id\":\"t1\",\"size\":1,\"padding\":[0,0,");
                        assertThat(e.bodyExcerpt()).hasSizeLessThanOrEqualTo(501);
                        assertThat(e)
                                .hasMessageStartingWith("GET /things/t1: the response body exceeds the limit of "
                                        + "67108864 bytes; raise maxResponseBytes if it is expected (status 200, request id "
                                        + "req-bomb): {\"id\"");
                    });
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void theCapIsSetPerClientAndPerCall() {
        String body = "{\"id\":\"t1\",\"size\":1,\"note\":\"" + "x".repeat(200) + "\"}";
        server.enqueue(json(200, body));
        server.enqueue(json(200, body));
        server.enqueue(json(200, body));
        try (HttpEngine engine = fixture.engine(b -> b.maxResponseBytes(100), false)) {
            assertThat(engine.settings().maxResponseBytes()).isEqualTo(100);
            assertThatThrownBy(() -> engine.call(get("/a"), Thing.class))
                    .isInstanceOfSatisfying(ApiResponseTooLargeException.class, e -> assertThat(e.limitBytes())
                            .isEqualTo(100));
            ApiRequest generous = ApiRequest.builder(HttpMethod.GET, "/b")
                    .options(RequestOptions.builder()
                            .maxResponseBytes(body.length())
                            .build())
                    .build();
            assertThat(engine.call(generous, Thing.class)).isEqualTo(new Thing("t1", 1));
            ApiRequest text = ApiRequest.builder(HttpMethod.GET, "/metrics").build();
            assertThatThrownBy(() -> engine.text(text)).isInstanceOf(ApiResponseTooLargeException.class);
        }
        assertThatThrownBy(() -> RequestOptions.builder().maxResponseBytes(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxResponseBytes must be positive but was 0");
        assertThatThrownBy(() -> fixture.settings(b -> b.maxResponseBytes(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxResponseBytes must be positive but was -1");
    }

    @Test
    void theEnvelopeIsStreamedWhateverTheOrderOfItsMembers() {
        server.enqueue(json(
                200,
                "{\"status\":200,\"extra\":{\"deep\":[1,{\"x\":[]}]},\"result\":[{\"id\":\"a\",\"size\":1},"
                        + "{\"id\":\"b\",\"size\":2}],\"requestId\":\"req-after\"}"));
        server.enqueue(json(200, "{\"requestId\":\"req-void\",\"result\":{\"ignored\":[1,2,3]}}"));
        server.enqueue(json(200, "{\"requestId\":\"req-bad\",\"result\":{\"id\":\"a\",\"size\":\"many\"}}"));
        try (HttpEngine engine = fixture.engine(b -> b, ENVELOPED)) {
            ApiResponse<List<Thing>> things =
                    engine.send(get("/things"), Json.type(new TypeReference<List<Thing>>() {}));
            assertThat(things.value()).containsExactly(new Thing("a", 1), new Thing("b", 2));
            assertThat(things.requestId()).contains("req-after");
            assertThat(engine.send(get("/v"), Json.type(Void.class)).requestId())
                    .contains("req-void");
            assertThatThrownBy(() -> engine.call(get("/bad"), Thing.class))
                    .isInstanceOfSatisfying(ApiDecodingException.class, e -> {
                        assertThat(e.requestId()).contains("req-bad");
                        assertThat(e)
                                .hasMessageStartingWith(
                                        "GET /bad: the result is not a valid Thing at $.size (line 1," + " column ");
                    });
        }
    }

    @Test
    void aVoidCallIgnoresWhatTheBodyHolds() {
        server.enqueue(json(200, "<html>gateway</html>"));
        server.enqueue(json(200, "[1,2]"));
        server.enqueue(json(200, "{\"result\":[1,"));
        try (HttpEngine engine = fixture.engine(b -> b, ENVELOPED)) {
            for (int i = 0; i < 3; i++) {
                assertThat(engine.call(get("/v"), Void.class)).isNull();
            }
        }
    }

    @Test
    void aFailureLateInALargeBodyIsLocatedAndItsExcerptIsTheStart() {
        String items = String.join(",", java.util.Collections.nCopies(2000, "{\"id\":\"a\",\"size\":1}"));
        server.enqueue(json(200, "[" + items + ",{\"id\":\"z\",\"size\":[]}]"));
        server.enqueue(json(200, "[" + items + ",{\"id\":\"z\",\"size\":1}"));
        try (HttpEngine engine = fixture.engine()) {
            TypeReference<List<Thing>> list = new TypeReference<>() {};
            assertThatThrownBy(() -> engine.call(get("/big"), list))
                    .isInstanceOfSatisfying(ApiDecodingException.class, e -> {
                        assertThat(e).hasMessageContaining("the result is not a valid List at $[2000].size");
                        assertThat(e.bodyExcerpt())
                                .startsWith("[{\"id\":\"a\",\"size\":1},")
                                .endsWith("…");
                    });
            assertThatThrownBy(() -> engine.call(get("/cut"), list))
                    .isInstanceOf(ApiDecodingException.class)
                    .hasMessageContaining("the body is not valid JSON");
        }
    }

    @Test
    void theExcerptOfAFailureAfterSuccessfulCallsShowsOnlyItsOwnBody() {
        // The start of each body goes into a buffer the thread reuses: a short body must not show a longer one's.
        server.enqueue(json(200, "{\"id\":\"t1\",\"size\":1,\"note\":\"" + "q".repeat(9000) + "\"}"));
        server.enqueue(json(200, "[{\"id\":\"a\",\"size\":1}]"));
        server.enqueue(json(200, "{\"id\":\"t2\",\"size\":\"x\"}"));
        try (HttpEngine engine = fixture.engine()) {
            assertThat(engine.call(get("/long"), Thing.class)).isEqualTo(new Thing("t1", 1));
            assertThat(engine.call(get("/list"), new TypeReference<List<Thing>>() {}))
                    .containsExactly(new Thing("a", 1));
            assertThatThrownBy(() -> engine.call(get("/bad"), Thing.class))
                    .isInstanceOfSatisfying(ApiDecodingException.class, e -> assertThat(e.bodyExcerpt())
                            .isEqualTo("{\"id\":\"t2\",\"size\":\"x\"}"));
        }
    }

    @Test
    void theEnvelopesOtherScalarsReachTheDialectAsTreeNodes() {
        server.enqueue(json(
                200,
                "{\"status\":200,\"big\":12345678901,\"huge\":123456789012345678901234567890,\"ratio\":0.5,"
                        + "\"ok\":true,\"no\":false,\"none\":null,\"requestId\":\"req-1\","
                        + "\"result\":{\"id\":\"a\",\"size\":1}}"));
        List<com.fasterxml.jackson.databind.JsonNode> seen = new java.util.ArrayList<>();
        ApiDialect recording = new TestDialect(false) {
            @Override
            public Optional<String> envelopeResult() {
                return Optional.of("result");
            }

            @Override
            public Optional<String> requestId(okhttp3.Headers headers, com.fasterxml.jackson.databind.JsonNode body) {
                seen.add(body);
                return Optional.empty();
            }
        };
        try (HttpEngine engine = fixture.engine(b -> b, recording)) {
            assertThat(engine.call(get("/things/a"), Thing.class)).isEqualTo(new Thing("a", 1));
        }
        assertThat(seen)
                .singleElement()
                .hasToString("{\"status\":200,\"big\":12345678901,"
                        + "\"huge\":123456789012345678901234567890,\"ratio\":0.5,\"ok\":true,\"no\":false,\"none\":null,"
                        + "\"requestId\":\"req-1\"}");
        com.fasterxml.jackson.databind.JsonNode envelope = seen.get(0);
        assertThat(envelope.get("status").isInt()).isTrue();
        assertThat(envelope.get("big").isLong()).isTrue();
        assertThat(envelope.get("huge").isBigInteger()).isTrue();
        assertThat(envelope.get("ratio").isDouble()).isTrue();
        assertThat(envelope.get("none").isNull()).isTrue();
    }

    @Test
    void traceLinesShowOnlyTheStartOfALargeBody() {
        char[] filler = new char[20_000];
        Arrays.fill(filler, 'y');
        server.enqueue(json(200, "{\"id\":\"t1\",\"size\":1,\"note\":\"" + new String(filler) + "\"}"));
        try (LogCapture logs = LogCapture.http();
                HttpEngine engine = fixture.engine()) {
            engine.call(get("/t"), Thing.class);
            assertThat(logs.messagesAt(Level.FINER)).anySatisfy(line -> assertThat(line)
                    .contains("response body (start): {\"id\":\"t1\"")
                    .hasSizeLessThan(BoundedBody.PREFIX_BYTES + 200));
        }
    }

    @Test
    void theBodyIsDecodedByWhatItHoldsNotByItsContentType() {
        server.enqueue(new MockResponse.Builder()
                .setHeader("Content-Type", "text/plain; charset=utf-8")
                .body("{\"id\":\"t1\",\"size\":2}")
                .build());
        server.enqueue(new MockResponse.Builder()
                .setHeader("Content-Type", "application/json")
                .body("<html><body>502 Bad Gateway</body></html>")
                .build());
        try (HttpEngine engine = fixture.engine()) {
            assertThat(engine.call(get("/t"), Thing.class)).isEqualTo(new Thing("t1", 2));
            assertThatThrownBy(() -> engine.call(get("/t"), Thing.class))
                    .isInstanceOf(ApiDecodingException.class)
                    .hasMessageStartingWith("GET /t: the body is not valid JSON");
        }
    }
}
