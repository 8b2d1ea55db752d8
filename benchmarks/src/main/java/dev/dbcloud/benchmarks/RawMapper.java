package dev.dbcloud.benchmarks;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The raw side's Jackson mapper, configured like the SDK's for reading its models: Java 8 and java.time modules,
 * unknown properties ignored, offsets kept, and the models' explicit names passed through their naming strategy.
 * A class of its own, so the cold-start probe builds it without loading anything else of the raw client.
 */
final class RawMapper {
    private RawMapper() {}

    /** @return a new mapper */
    static ObjectMapper create() {
        return JsonMapper.builder()
                .addModule(new Jdk8Module())
                .addModule(new JavaTimeModule())
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(MapperFeature.ALLOW_EXPLICIT_PROPERTY_RENAMING)
                .build();
    }
}
