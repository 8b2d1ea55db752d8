package dev.dbcloud.core.internal;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.dbcloud.core.Patch;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SDK's JSON configuration, in one place: reading is tolerant (unknown properties ignored, numbers and
 * booleans accepted as strings though an object is never read from a bare string, a list, set or map sent as JSON
 * null read as empty, the same as one left out),
 * writing is exact (ISO-8601 dates, absent optionals and absent {@link Patch}
 * fields omitted, explicit {@code Patch.ofNull()} written as null). The mapper itself stays private so nobody can
 * reconfigure it for everyone; these methods hand out its immutable readers and writers.
 */
public final class Json {
    private static final ObjectMapper MAPPER = create();

    private Json() {}

    private static ObjectMapper create() {
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                // Models name every property explicitly (so isPrimary() stays "isPrimary", not "primary"); a
                // model's @JsonNaming strategy must still turn those names into snake_case.
                .enable(MapperFeature.ALLOW_EXPLICIT_PROPERTY_RENAMING)
                // Only declared creators and public constructors build values. Jackson would otherwise take the
                // private constructor of a model with one String attribute (ResetPasswordResult, Message) as a
                // way to read it from a bare JSON string, so "result":"oops" would become a password.
                .visibility(PropertyAccessor.CREATOR, JsonAutoDetect.Visibility.PUBLIC_ONLY)
                .defaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.ALWAYS))
                .build();
        mapper.configOverride(Patch.class)
                .setInclude(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS));
        // One rule for every model: a collection attribute is a defaulted empty collection, also when the API
        // sends null. Only collection types: an explicit null String or number must not become "" or 0.
        for (Class<?> collection : List.of(Collection.class, List.class, Set.class, Map.class)) {
            mapper.configOverride(collection).setSetterInfo(JsonSetter.Value.forValueNulls(Nulls.AS_EMPTY));
        }
        return mapper;
    }

    /**
     * The Jackson type of a class.
     *
     * @param type the class
     * @return its type
     */
    public static JavaType type(Class<?> type) {
        return MAPPER.constructType(type);
    }

    /**
     * The Jackson type of a generic type such as {@code List<Service>}.
     *
     * @param type the type reference
     * @return its type
     */
    public static JavaType type(TypeReference<?> type) {
        return MAPPER.constructType(type);
    }

    /**
     * The Jackson type of a list of items.
     *
     * @param itemType the item type
     * @return {@code List<itemType>}
     */
    public static JavaType listOf(JavaType itemType) {
        return MAPPER.getTypeFactory().constructCollectionType(List.class, itemType);
    }

    /**
     * A reader for a type.
     *
     * @param type the type to read
     * @return a thread-safe reader
     */
    public static ObjectReader reader(JavaType type) {
        return MAPPER.readerFor(type);
    }

    /**
     * Reads the value a parser is at as a type, leaving the parser just after it. The mapper keeps the
     * deserializer of each type it has read, so this costs no more than a prepared {@link ObjectReader}, and a
     * client's first call builds no reader.
     *
     * @param parser a parser at the value's first token
     * @param type the type to read
     * @return the value
     * @throws IOException if the JSON cannot be read as the type
     */
    public static Object read(JsonParser parser, JavaType type) throws IOException {
        return MAPPER.readValue(parser, type);
    }

    /**
     * Opens a streaming parser over JSON bytes; closing the parser leaves the stream open.
     *
     * @param json the bytes
     * @return the parser, before its first token
     * @throws IOException if the stream cannot be read
     */
    public static JsonParser parser(InputStream json) throws IOException {
        JsonParser parser = MAPPER.getFactory().createParser(json);
        parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
        return parser;
    }

    /**
     * Parses JSON text into a tree.
     *
     * @param json the text
     * @return the tree
     * @throws JsonProcessingException if the text is not JSON
     */
    public static JsonNode readTree(String json) throws JsonProcessingException {
        return MAPPER.readTree(json);
    }

    /**
     * Writes a value as JSON text.
     *
     * @param value the value
     * @return the JSON text
     * @throws IllegalArgumentException if Jackson cannot write the value
     */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "cannot write " + value.getClass().getSimpleName() + " as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * Converts a value to a JSON tree, as it would be sent.
     *
     * @param value the value
     * @return the tree
     */
    public static JsonNode toTree(Object value) {
        return MAPPER.valueToTree(value);
    }
}
