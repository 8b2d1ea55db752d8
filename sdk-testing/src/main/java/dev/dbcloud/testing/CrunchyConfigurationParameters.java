package dev.dbcloud.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dbcloud.testing.CrunchyClusters.SimCluster;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Configuration parameters of the simulated Crunchy Bridge: the catalogue at {@code GET /configuration-parameters}
 * (credentials required) and each cluster's values at {@code /clusters/{cluster_id}/configuration-parameters}
 * (list, get one, {@code PUT} a batch). A {@code PUT} checks names against the catalogue, values against its
 * enumerations and whole-number bounds; a change of a parameter that {@code requires_restart} is refused with 400
 * unless {@code allow_restart} is true, and then the cluster is {@code restarting} for {@link
 * CrunchyClusters#RESTART_TIME}. Values are kept as text; {@code null} resets to the default.
 */
final class CrunchyConfigurationParameters implements CrunchyBridgeSimulator.Part {

    /** A catalogue entry: bounds are text, as the API writes them, possibly with a unit. */
    private record Supported(
            String component,
            String parameterName,
            String category,
            String description,
            List<String> values,
            String min,
            String max,
            boolean requiresRestart) {
        String name() {
            return component + ":" + parameterName;
        }
    }

    private static final List<Supported> CATALOGUE = List.of(
            new Supported(
                    "postgres",
                    "log_statement",
                    "Logging",
                    "Which SQL statements are logged.",
                    List.of("none", "ddl", "mod", "all"),
                    null,
                    null,
                    false),
            new Supported(
                    "postgres",
                    "log_min_duration_statement",
                    "Logging",
                    "Logs statements running at least this many milliseconds; -1 disables.",
                    List.of(),
                    "-1",
                    "2147483647",
                    false),
            new Supported(
                    "postgres",
                    "max_connections",
                    "Connections",
                    "The largest number of concurrent connections.",
                    List.of(),
                    "25",
                    "10000",
                    true),
            new Supported(
                    "postgres",
                    "shared_buffers",
                    "Memory",
                    "Memory for shared buffers.",
                    List.of(),
                    "128kB",
                    "64GB",
                    true),
            new Supported(
                    "postgres",
                    "work_mem",
                    "Memory",
                    "Memory for each sort or hash before spilling to disk.",
                    List.of(),
                    "64kB",
                    "2GB",
                    false),
            new Supported(
                    "pgbouncer",
                    "default_pool_size",
                    "Connection pooling",
                    "Server connections per user and database pair.",
                    List.of(),
                    "1",
                    "10000",
                    false));

    private final CrunchyClusters clusters;
    private final Map<String, Map<String, String>> values = new HashMap<>();

    CrunchyConfigurationParameters(CrunchyClusters clusters) {
        this.clusters = clusters;
    }

    @Override
    public void register(CrunchyBridgeSimulator.Routes routes) {
        routes.on("GET", "/configuration-parameters", this::catalogue)
                .on("GET", "/clusters/{cluster_id}/configuration-parameters", this::list)
                .on("PUT", "/clusters/{cluster_id}/configuration-parameters", this::update)
                .on("GET", "/clusters/{cluster_id}/configuration-parameters/{name}", this::get);
    }

    private SimResponse catalogue(SimRequest request) {
        ObjectNode body = Jsons.object();
        ArrayNode parameters = body.putArray("parameters");
        for (Supported s : CATALOGUE) {
            ObjectNode node = parameters
                    .addObject()
                    .put("name", s.name())
                    .put("component", s.component())
                    .put("parameter_name", s.parameterName())
                    .put("category", s.category())
                    .put("description", s.description());
            if (!s.values().isEmpty()) {
                s.values().forEach(node.putArray("enum")::add);
            }
            if (s.min() != null) {
                node.put("min_value", s.min()).put("max_value", s.max());
            }
            node.putNull("min_version").putNull("max_version").put("requires_restart", s.requiresRestart());
        }
        return SimResponse.json(200, body);
    }

    private SimResponse list(SimRequest request) {
        return SimResponse.json(200, listJson(clusters.cluster(request.param("cluster_id"))));
    }

    private SimResponse get(SimRequest request) {
        SimCluster c = clusters.cluster(request.param("cluster_id"));
        Supported s = supported(request.param("name"))
                .orElseThrow(
                        () -> new SimError(404, "configuration parameter " + request.param("name") + " not found"));
        return SimResponse.json(200, parameterJson(c, s));
    }

    private SimResponse update(SimRequest request) {
        SimCluster c = clusters.cluster(request.param("cluster_id"));
        JsonNode body = request.json();
        Jsons.onlyKeys(body, null, List.of("parameters", "allow_restart"));
        JsonNode parameters = body.get("parameters");
        if (parameters == null || !parameters.isArray()) {
            throw new SimError(400, "parameters is required");
        }
        boolean allowRestart = body.path("allow_restart").asBoolean(false);
        Map<String, String> current = values.computeIfAbsent(c.id, id -> new HashMap<>());
        Map<String, String> changes = new LinkedHashMap<>();
        boolean restart = false;
        for (JsonNode parameter : parameters) {
            Jsons.onlyKeys(parameter, "parameters", List.of("name", "value"));
            String name = Jsons.requireText(parameter, "name");
            Supported s = supported(name)
                    .orElseThrow(() -> new SimError(400, name + " is not a supported configuration parameter"));
            JsonNode value = parameter.get("value");
            if (value != null && !value.isNull() && !value.isTextual()) {
                throw new SimError(400, name + ": value must be a string or null");
            }
            String text = value == null || value.isNull() ? null : value.asText();
            check(s, text);
            boolean changed = text == null ? current.containsKey(name) : !text.equals(current.get(name));
            if (changed && s.requiresRestart()) {
                if (!allowRestart) {
                    throw new SimError(
                            400, name + " requires a restart of Postgres; send allow_restart: true to apply it");
                }
                restart = true;
            }
            changes.put(name, text);
        }
        changes.forEach((name, text) -> {
            if (text == null) {
                current.remove(name);
            } else {
                current.put(name, text);
            }
        });
        if (restart) {
            clusters.restart(c);
        }
        return SimResponse.json(200, listJson(c));
    }

    /** Refuses a value outside the catalogue's enumeration or whole-number bounds; a null value is a reset. */
    private static void check(Supported s, String value) {
        if (value == null) {
            return;
        }
        if (!s.values().isEmpty() && !s.values().contains(value)) {
            throw new SimError(400, s.name() + ": must be one of " + s.values() + " but was " + value);
        }
        if (s.min() != null && s.min().matches("-?\\d+") && s.max().matches("-?\\d+")) {
            long number;
            try {
                number = Long.parseLong(value.trim());
            } catch (NumberFormatException e) {
                throw new SimError(400, s.name() + ": must be a whole number but was " + value);
            }
            if (number < Long.parseLong(s.min()) || number > Long.parseLong(s.max())) {
                throw new SimError(
                        400, s.name() + ": must be from " + s.min() + " to " + s.max() + " but was " + value);
            }
        }
    }

    private static Optional<Supported> supported(String name) {
        return CATALOGUE.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    private ObjectNode listJson(SimCluster c) {
        List<ObjectNode> items = new ArrayList<>();
        for (Supported s : CATALOGUE) {
            items.add(parameterJson(c, s));
        }
        ObjectNode body = Jsons.object();
        body.putArray("parameters").addAll(items);
        return body;
    }

    private ObjectNode parameterJson(SimCluster c, Supported s) {
        ObjectNode node = Jsons.object()
                .put("cluster_id", c.id)
                .put("component", s.component())
                .put("name", s.name())
                .put("parameter_name", s.parameterName());
        String value = values.getOrDefault(c.id, Map.of()).get(s.name());
        if (value == null) {
            node.putNull("value");
        } else {
            node.put("value", value);
        }
        return node;
    }
}
