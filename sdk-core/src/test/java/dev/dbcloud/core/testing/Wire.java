package dev.dbcloud.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * What every module's wire tests need: fixtures from the test classpath, JSON responses, and request bodies as
 * trees compared with a plain {@link ObjectMapper} (not the SDK's own, so the tests do not trust what they test).
 */
public final class Wire {
    private static final ObjectMapper PLAIN = new ObjectMapper();

    private Wire() {}

    /**
     * Reads a fixture from the test classpath.
     *
     * @param path e.g. {@code /crunchy/cluster.json}
     * @return its text
     */
    public static String resource(String path) {
        try (InputStream in = Wire.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A response with a JSON body.
     *
     * @param code the status
     * @param body the body
     * @return the response
     */
    public static MockResponse json(int code, String body) {
        return new MockResponse.Builder()
                .code(code)
                .setHeader("Content-Type", "application/json")
                .body(body)
                .build();
    }

    /**
     * Parses JSON for comparison as a tree.
     *
     * @param json the text
     * @return the tree
     */
    public static JsonNode tree(String json) {
        try {
            return PLAIN.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A recorded request's body as a tree.
     *
     * @param request the request
     * @return the tree
     */
    public static JsonNode body(RecordedRequest request) {
        return tree(request.getBody().utf8());
    }
}
