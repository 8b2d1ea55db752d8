package dev.dbcloud.clickhouse.tinybird.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;

/**
 * Reads a field documented as a string that may one day arrive as an object or a number: text stays text, any
 * other JSON value is kept as its JSON text, so an undocumented shape never fails a call.
 */
public final class LenientText extends StdDeserializer<String> {
    private static final long serialVersionUID = 1L;

    /** Creates the deserializer; Jackson does this through {@code @JsonDeserialize(contentUsing = …)}. */
    public LenientText() {
        super(String.class);
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        JsonNode node = parser.readValueAsTree();
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isTextual() ? node.textValue() : node.toString();
    }
}
