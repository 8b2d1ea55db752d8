package dev.dbcloud.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** JSON in and out of the simulators, with plain Jackson trees. */
final class Jsons {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Jsons() {}

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serializes", e);
        }
    }

    /** Parses a request body; a body that is not JSON is the caller's mistake, answered with 400. */
    static JsonNode read(String body) {
        if (body.isBlank()) {
            return object();
        }
        try {
            return MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new SimError(400, "request body is not valid JSON");
        }
    }

    /** An RFC 3339 timestamp, or JSON null. */
    static void putTime(ObjectNode node, String field, Instant time) {
        if (time == null) {
            node.putNull(field);
        } else {
            node.put(field, time.toString());
        }
    }

    /** A required text field of a request body. */
    static String requireText(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new SimError(400, field + " is required");
        }
        return value.asText();
    }

    /** An optional text field, or null. */
    static String optionalText(JsonNode body, String field) {
        JsonNode value = body.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** A text field that must be one of {@code allowed}: {@code field: must be one of 'a', 'b'} otherwise. */
    static String oneOf(JsonNode body, String field, List<String> allowed) {
        JsonNode value = body.get(field);
        if (value == null || !value.isTextual() || !allowed.contains(value.asText())) {
            throw new SimError(400, field + ": must be one of " + quoted(allowed));
        }
        return value.asText();
    }

    /**
     * A text field of a nested object that must be one of {@code allowed}: {@code prefix.field: must be one of 'a',
     * 'b' but was 'c'} otherwise.
     */
    static String oneOf(JsonNode node, String prefix, String field, List<String> allowed) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || !allowed.contains(value.asText())) {
            throw new SimError(
                    400,
                    prefix + "." + field + ": must be one of " + quoted(allowed) + " but was '"
                            + (value == null || value.isNull() ? "" : value.asText()) + "'");
        }
        return value.asText();
    }

    /**
     * Refuses a key of {@code body} that its request schema does not have, as the real APIs' strict validation
     * does: {@code Unrecognized key: 'x'}, or {@code prefix: Unrecognized key: 'x'} with a prefix.
     */
    static void onlyKeys(JsonNode body, String prefix, Collection<String> allowed) {
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            if (!allowed.contains(field.getKey())) {
                throw new SimError(
                        400, (prefix == null ? "" : prefix + ": ") + "Unrecognized key: '" + field.getKey() + "'");
            }
        }
    }

    /** The {@code max} of {@link #bounded} for a field with only a minimum. */
    static final long NO_MAXIMUM = Long.MAX_VALUE;

    /**
     * An optional integer field from {@code min} to {@code max} (a spec's {@code minimum} and {@code maximum}), or
     * null when absent or JSON null: {@code field: Not between min and max} otherwise, or {@code field: Value must
     * be >= min} with {@link #NO_MAXIMUM}, as the ClickHouse Cloud API words it.
     */
    static Long bounded(JsonNode body, String field, long min, long max) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || value.asLong() < min || value.asLong() > max) {
            throw new SimError(
                    400,
                    field + ": "
                            + (max == NO_MAXIMUM ? "Value must be >= " + min : "Not between " + min + " and " + max));
        }
        return value.asLong();
    }

    private static String quoted(List<String> allowed) {
        return String.join(", ", allowed.stream().map(a -> "'" + a + "'").toList());
    }
}
