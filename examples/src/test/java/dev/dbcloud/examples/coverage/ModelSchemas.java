package dev.dbcloud.examples.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks the model descriptions of an API module ({@code src/main/codegen}) against a vendored OpenAPI document:
 * every field of a model that names its {@code schema} must be a property of that schema (its {@code allOf},
 * {@code oneOf} and {@code anyOf} parts included), unless the field says why not ({@code offSpec}).
 */
final class ModelSchemas {
    private static final Pattern JSON_PROPERTY = Pattern.compile("@JsonProperty\\(\"([^\"]+)\"\\)");
    private static final Pattern UPPER = Pattern.compile("([A-Z])");

    private final JsonNode schemas;
    private int checkedModels;

    /**
     * @param spec the OpenAPI document
     */
    ModelSchemas(JsonNode spec) {
        this.schemas = spec.path("components").path("schemas");
    }

    /** How many models named a schema and were checked. */
    int checkedModels() {
        return checkedModels;
    }

    /**
     * Checks every description file below {@code codegen}.
     *
     * @param codegen a module's {@code src/main/codegen}
     * @return one line per problem, naming the file, the model and the field
     */
    List<String> check(Path codegen) {
        List<String> problems = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(codegen)) {
            files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        YAMLMapper yaml = new YAMLMapper();
        for (Path file : files) {
            JsonNode root;
            try {
                root = yaml.readTree(file.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (JsonNode model : root.path("models")) {
                problems.addAll(checkModel(codegen.relativize(file).toString(), model));
            }
        }
        return problems;
    }

    /**
     * Checks one model description.
     *
     * @param where the file, for messages
     * @param model the description
     * @return one line per problem
     */
    List<String> checkModel(String where, JsonNode model) {
        JsonNode schema = model.path("schema");
        if (schema.isMissingNode()) {
            return List.of();
        }
        checkedModels++;
        String name = model.path("name").asText();
        List<String> names = new ArrayList<>();
        if (schema.isArray()) {
            schema.forEach(s -> names.add(s.asText()));
        } else {
            names.add(schema.asText());
        }
        Set<String> properties = new HashSet<>();
        List<String> problems = new ArrayList<>();
        for (String schemaName : names) {
            if (!schemas.has(schemaName)) {
                problems.add(where + ": " + name + " names schema " + schemaName + ", which the specification lacks");
            } else {
                collect(schemas.get(schemaName), properties, new HashSet<>(Set.of(schemaName)));
            }
        }
        boolean snakeCase = model.path("snakeCase").asBoolean(false);
        for (JsonNode field : model.path("fields")) {
            String wire = wireName(field, snakeCase);
            if (!properties.contains(wire) && !field.hasNonNull("offSpec")) {
                problems.add(where + ": " + name + "." + field.path("name").asText() + " reads and writes '" + wire
                        + "', which is not a property of " + names + "; fix the name, or say why in offSpec");
            }
        }
        return problems;
    }

    private void collect(JsonNode node, Set<String> properties, Set<String> seen) {
        if (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            String target = ref.substring(ref.lastIndexOf('/') + 1);
            if (seen.add(target) && schemas.has(target)) {
                collect(schemas.get(target), properties, seen);
            }
            return;
        }
        node.path("properties").fieldNames().forEachRemaining(properties::add);
        for (String part : List.of("allOf", "oneOf", "anyOf")) {
            node.path(part).forEach(sub -> collect(sub, properties, seen));
        }
    }

    private static String wireName(JsonNode field, boolean snakeCase) {
        for (JsonNode annotation : field.path("annotations")) {
            Matcher explicit = JSON_PROPERTY.matcher(annotation.asText());
            if (explicit.find()) {
                return explicit.group(1);
            }
        }
        String name = field.path("name").asText();
        return snakeCase ? UPPER.matcher(name).replaceAll(m -> "_" + m.group(1).toLowerCase(Locale.ROOT)) : name;
    }
}
