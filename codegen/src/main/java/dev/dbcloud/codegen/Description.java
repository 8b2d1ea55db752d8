package dev.dbcloud.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A node of a description file, read strictly: a missing required key or a value of the wrong kind fails the build
 * naming the file and the key.
 */
final class Description {
    private final JsonNode node;
    private final String where;

    Description(JsonNode node, String where) {
        this.node = node;
        this.where = where;
    }

    /** The required text under {@code key}. */
    String text(String key) {
        return optionalText(key).orElseThrow(() -> new IllegalArgumentException(where + ": '" + key + "' is required"));
    }

    /** The text under {@code key}, if any. */
    Optional<String> optionalText(String key) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isValueNode()) {
            throw new IllegalArgumentException(where + ": '" + key + "' must be a text");
        }
        return Optional.of(value.asText());
    }

    /** The flag under {@code key}, {@code fallback} when absent. */
    boolean flag(String key, boolean fallback) {
        JsonNode value = node.get(key);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw new IllegalArgumentException(where + ": '" + key + "' must be true or false");
        }
        return value.booleanValue();
    }

    /** The texts listed under {@code key}; a single text reads as a list of one. */
    List<String> texts(String key) {
        JsonNode value = node.get(key);
        List<String> texts = new ArrayList<>();
        if (value == null || value.isNull()) {
            return texts;
        }
        if (value.isValueNode()) {
            texts.add(value.asText());
            return texts;
        }
        value.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    /** The items listed under {@code key}. */
    List<Description> list(String key) {
        JsonNode value = node.get(key);
        List<Description> items = new ArrayList<>();
        if (value == null || value.isNull()) {
            return items;
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException(where + ": '" + key + "' must be a list");
        }
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            String name = item.hasNonNull("name") ? item.get("name").asText() : String.valueOf(i);
            items.add(new Description(item, where + " > " + key + " > " + name));
        }
        return items;
    }

    /** The texts under the keys of the map under {@code key}, in the order written; empty when absent. */
    Map<String, String> pairs(String key) {
        JsonNode value = node.get(key);
        Map<String, String> pairs = new LinkedHashMap<>();
        if (value == null || value.isNull()) {
            return pairs;
        }
        if (!value.isObject()) {
            throw new IllegalArgumentException(where + ": '" + key + "' must be a map");
        }
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            pairs.put(entry.getKey(), entry.getValue().asText());
        }
        return pairs;
    }

    /** Fails unless every key of this node is one of {@code known}. */
    Description only(String... known) {
        List<String> allowed = List.of(known);
        node.fieldNames().forEachRemaining(key -> {
            if (!allowed.contains(key)) {
                throw new IllegalArgumentException(where + ": unknown key '" + key + "'; known: " + allowed);
            }
        });
        return this;
    }

    /** Where this node is, for messages. */
    String where() {
        return where;
    }
}
