package dev.dbcloud.examples.localcloud;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

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
}
