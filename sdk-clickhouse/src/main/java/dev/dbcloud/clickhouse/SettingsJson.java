package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.dbcloud.core.internal.Json;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The wire form of ClickHouse settings as the specification types it ({@code ServiceClickhouseSettingsPatchRequest}
 * and {@code …PatchResponse}): a JSON <em>string</em> holding a JSON object of setting names to values, such as
 * {@code "{\"compatibility\": \"24.8\"}"}. Written that way; read from that string or, should the API send one,
 * from a plain object. A scalar value reads as its text, anything else as its JSON.
 */
final class SettingsJson {
    private SettingsJson() {}

    /** Writes a map of setting names to values as a string holding the JSON object. */
    static final class Writer extends StdSerializer<Map<String, String>> {
        private static final long serialVersionUID = 1L;

        @SuppressWarnings({"unchecked", "rawtypes"}) // the map type has no class literal of its own
        Writer() {
            super((Class) Map.class);
        }

        @Override
        public void serialize(Map<String, String> settings, JsonGenerator gen, SerializerProvider provider)
                throws IOException {
            gen.writeString(Json.write(settings));
        }
    }

    /** Reads setting names and values from a string holding a JSON object, or from an object. */
    static final class Reader extends StdDeserializer<Map<String, String>> {
        private static final long serialVersionUID = 1L;

        Reader() {
            super(Map.class);
        }

        @Override
        public Map<String, String> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node;
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                String text = p.getText();
                if (text.isBlank()) {
                    return Map.of();
                }
                node = Json.readTree(text);
            } else {
                node = p.readValueAsTree();
            }
            if (node == null || !node.isObject()) {
                return Map.of();
            }
            Map<String, String> settings = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                JsonNode value = e.getValue();
                if (!value.isNull()) {
                    settings.put(e.getKey(), value.isValueNode() ? value.asText() : value.toString());
                }
            }
            return Collections.unmodifiableMap(settings);
        }

        @Override
        public Map<String, String> getNullValue(DeserializationContext ctxt) {
            return Map.of();
        }
    }
}
