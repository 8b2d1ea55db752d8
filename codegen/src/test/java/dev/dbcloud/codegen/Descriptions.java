package dev.dbcloud.codegen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.UncheckedIOException;
import java.util.List;

/** Reads description text in tests, as {@link Generate} reads a file. */
final class Descriptions {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private Descriptions() {}

    /** The first item of {@code section} in {@code yaml}, whose package is {@code dev.dbcloud.demo}. */
    static Description item(String section, String yaml) {
        try {
            Description root = new Description(YAML.readTree(yaml), "Demo.yaml");
            List<Description> items = root.list(section);
            return items.get(0);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one source {@code emitter} writes for the first item of {@code section}. */
    static JavaSource emitOne(Emitter emitter, String section, String yaml) {
        List<JavaSource> sources = emitter.emit("dev.dbcloud.demo", item(section, yaml));
        if (sources.size() != 1) {
            throw new AssertionError("expected one source, got " + sources.size());
        }
        return sources.get(0);
    }
}
