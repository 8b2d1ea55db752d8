package dev.dbcloud.core.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.dbcloud.core.Patch;

/**
 * The one {@link ObjectMapper} of the SDK, configured once: reading is tolerant (unknown properties ignored,
 * numbers and booleans accepted as strings), writing is exact (ISO-8601 dates, absent optionals and absent
 * {@link Patch} fields omitted, explicit {@code Patch.ofNull()} written as null).
 */
public final class Json {
    /** The shared, thread-safe mapper. Never reconfigure it; derive readers and writers instead. */
    public static final ObjectMapper MAPPER = create();

    private Json() {}

    private static ObjectMapper create() {
        JsonMapper mapper = JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .defaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.ALWAYS))
                .build();
        mapper.configOverride(Patch.class)
                .setInclude(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.ALWAYS));
        return mapper;
    }
}
