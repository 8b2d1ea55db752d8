package dev.dbcloud.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dbcloud.core.internal.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The vendors' published examples as contract fixtures, and the variants of a response example the SDK must read
 * too. A fixture is a JSON file {@code {"source": URL or spec path, "request" | "response": body, …}}; every one
 * records where its body was printed.
 *
 * <p>{@link #withOneFieldRemoved(JsonNode, Set)} generates, from a response body, one copy per object field with that
 * field removed, recursively through nested objects and every list item, except the fields the SDK cannot work
 * without. A field is named by its path with list items as {@code []}: {@code id}, {@code result[].state}, {@code
 * aggregate.queryId}.
 */
public final class Published {
    private Published() {}

    /** One variant of a response body: which field is gone, and the body without it. */
    public record Variant(String removed, JsonNode body) {
        @Override
        public String toString() {
            return "without " + removed;
        }
    }

    /**
     * Reads a fixture from the test classpath and checks it names its source.
     *
     * @param path e.g. {@code /published/clickpipes/docs-create-kafka.json}
     * @return the fixture's tree
     */
    public static JsonNode fixture(String path) {
        JsonNode fixture = Wire.tree(Wire.resource(path));
        if (fixture.path("source").asText().isBlank()) {
            throw new IllegalStateException(path + " does not record its source");
        }
        return fixture;
    }

    /**
     * Every copy of {@code body} with exactly one field removed, except the {@code required} paths.
     *
     * @param body a response body
     * @param required the paths the SDK needs, e.g. {@code id}, {@code [].state}
     * @return the variants, in document order
     */
    public static List<Variant> withOneFieldRemoved(JsonNode body, Set<String> required) {
        List<Variant> variants = new ArrayList<>();
        collect(body, body, "", new ArrayList<>(), required, variants);
        return variants;
    }

    private static void collect(
            JsonNode root, JsonNode node, String path, List<Object> at, Set<String> required, List<Variant> out) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String fieldPath = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                List<Object> fieldAt = new ArrayList<>(at);
                fieldAt.add(field.getKey());
                if (!required.contains(fieldPath)) {
                    out.add(new Variant(describe(fieldAt), without(root, fieldAt)));
                }
                collect(root, field.getValue(), fieldPath, fieldAt, required, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                List<Object> itemAt = new ArrayList<>(at);
                itemAt.add(i);
                collect(root, node.get(i), path + "[]", itemAt, required, out);
            }
        }
    }

    private static JsonNode without(JsonNode root, List<Object> at) {
        JsonNode copy = root.deepCopy();
        JsonNode parent = copy;
        for (Object step : at.subList(0, at.size() - 1)) {
            parent = step instanceof Integer i ? parent.get(i) : parent.get((String) step);
        }
        ((ObjectNode) parent).remove((String) at.get(at.size() - 1));
        return copy;
    }

    private static String describe(List<Object> at) {
        StringBuilder text = new StringBuilder();
        for (Object step : at) {
            if (step instanceof Integer i) {
                text.append('[').append(i).append(']');
            } else {
                text.append(text.length() == 0 ? "" : ".").append(step);
            }
        }
        return text.toString();
    }

    /**
     * Decodes a body the way the SDK decodes responses (its own mapper), failing with the body when it cannot.
     *
     * @param body the body
     * @param type the model type
     * @param <T> the model type
     * @return the value
     */
    public static <T> T decode(JsonNode body, Class<T> type) {
        try {
            return Json.reader(Json.type(type)).readValue(body);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot decode " + type.getSimpleName() + " from " + body, e);
        }
    }

    /**
     * Decodes each item of a list body.
     *
     * @param body an array
     * @param type the item type
     * @param <T> the item type
     * @return the items
     */
    public static <T> List<T> decodeEach(JsonNode body, Class<T> type) {
        List<T> items = new ArrayList<>();
        for (JsonNode item : (ArrayNode) body) {
            items.add(decode(item, type));
        }
        return items;
    }
}
