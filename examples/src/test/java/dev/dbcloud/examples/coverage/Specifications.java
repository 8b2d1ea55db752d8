package dev.dbcloud.examples.coverage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the operations of the vendored specifications in {@code ../shared/reference}: the ClickHouse Cloud
 * OpenAPI document (which includes the Managed Postgres operations), the Crunchy Bridge one, and the table of
 * Tinybird's Organizations API in {@code tinybird.md}, which has no OpenAPI document.
 */
final class Specifications {
    static final String CLICKHOUSE = "ClickHouse Cloud";
    static final String CRUNCHY = "Crunchy Bridge";
    static final String TINYBIRD = "Tinybird";

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Pattern TINYBIRD_BASE = Pattern.compile("^Base: `https?://[^/`]+(/[^`]*)`");
    private static final Pattern TINYBIRD_ROW =
            Pattern.compile("^\\|\\s*(GET|POST|PUT|PATCH|DELETE)\\s*\\|\\s*`(/[^`]*)`\\s*\\|");

    private Specifications() {}

    /**
     * Every operation of the three APIs, in the specifications' order.
     *
     * @param reference the {@code shared/reference} directory
     * @return the operations
     */
    static List<Operation> all(Path reference) {
        List<Operation> operations = new ArrayList<>();
        operations.addAll(openApi(CLICKHOUSE, reference.resolve("specs/clickhouse-cloud-openapi.json")));
        operations.addAll(openApi(CRUNCHY, reference.resolve("specs/crunchy-bridge-openapi.yaml")));
        operations.addAll(tinybird(reference.resolve("tinybird.md")));
        return operations;
    }

    /**
     * The operations of an OpenAPI document, JSON or YAML. Beta is an {@code x-beta: true} extension or an {@code
     * x-badges} entry named {@code Beta} (ClickHouse's marker); deprecated is {@code deprecated: true}.
     *
     * @param api the API's name
     * @param file the document
     * @return its operations
     */
    static List<Operation> openApi(String api, Path file) {
        JsonNode spec = read(file);
        List<Operation> operations = new ArrayList<>();
        spec.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(entry -> {
                    if (METHODS.contains(entry.getKey())) {
                        JsonNode op = entry.getValue();
                        operations.add(new Operation(
                                api,
                                entry.getKey().toUpperCase(Locale.ROOT),
                                path.getKey(),
                                op.path("tags").path(0).asText("(untagged)"),
                                op.path("deprecated").asBoolean(false),
                                isBeta(op)));
                    }
                }));
        if (operations.isEmpty()) {
            throw new IllegalStateException(file + " declares no operation under paths");
        }
        return operations;
    }

    private static boolean isBeta(JsonNode op) {
        if (op.path("x-beta").asBoolean(false)) {
            return true;
        }
        for (JsonNode badge : op.path("x-badges")) {
            if (badge.path("name").asText("").equalsIgnoreCase("beta")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tinybird's operations: the rows of the endpoint table in {@code tinybird.md} ({@code | METHOD | `path` | …}),
     * each path prefixed by the {@code Base: `https://<host>/v0/organizations/{organization_id}`} line above it,
     * tagged with the heading of their section.
     *
     * @param file tinybird.md
     * @return the operations
     */
    static List<Operation> tinybird(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<Operation> operations = new ArrayList<>();
        String base = null;
        String section = "(untagged)";
        for (String line : lines) {
            if (line.startsWith("## ")) {
                section = line.substring(3).replaceFirst("^\\d+\\.\\s*", "").trim();
                base = null;
            }
            Matcher baseLine = TINYBIRD_BASE.matcher(line);
            if (baseLine.find()) {
                base = baseLine.group(1);
            }
            Matcher row = TINYBIRD_ROW.matcher(line);
            if (row.find() && base != null) {
                operations.add(new Operation(TINYBIRD, row.group(1), base + row.group(2), section, false, false));
            }
        }
        if (operations.isEmpty()) {
            throw new IllegalStateException(file + " has no table of endpoints under a 'Base: `https://…`' line;"
                    + " the coverage gate reads Tinybird's operations from it");
        }
        return operations;
    }

    static JsonNode read(Path file) {
        ObjectMapper mapper = file.toString().endsWith(".json") ? new ObjectMapper() : new YAMLMapper();
        try {
            return mapper.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the specification " + file, e);
        }
    }
}
