package dev.dbcloud.testing;

import static dev.dbcloud.testing.ClickHouseCloudSimulator.ok;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The configuration of simulated Managed Postgres instances: {@code GET}, {@code POST} (replace) and {@code PATCH}
 * (merge) of {@code …/postgres/{id}/config}, both sections needed; pgConfig values are stored and answered as
 * strings, whatever JSON type came. Served under the lock of the {@link ManagedPostgresSimulator}.
 */
final class PostgresConfig {
    private static final Pattern WITH_UNIT = Pattern.compile("^-?\\d+(\\.\\d+)?\\s*[a-zA-Z]*$");
    private static final Set<String> RESTART_KEYS =
            Set.of("max_connections", "max_worker_processes", "autovacuum_max_workers");

    /** pgConfig keys and what their values may be: int, number, unit (int or string with unit), or the enum. */
    private static final Map<String, List<String>> PG_CONFIG = pgConfigKeys();

    private final ManagedPostgresSimulator postgres;

    PostgresConfig(ManagedPostgresSimulator postgres) {
        this.postgres = postgres;
    }

    void register(Router router, String one) {
        router.on("GET", one + "/config", Router.locked(postgres, this::getConfig))
                .on("POST", one + "/config", Router.locked(postgres, this::replaceConfig))
                .on("PATCH", one + "/config", Router.locked(postgres, this::patchConfig));
    }

    /** The configuration sent with a create, a read replica or a restore: each section, when sent, not empty. */
    static void initial(PostgresInstance i, JsonNode body) {
        for (String field : List.of("pgConfig", "pgBouncerConfig")) {
            JsonNode config = body.get(field);
            if (config != null && (!config.isObject() || config.isEmpty())) {
                throw new SimError(400, field + ": must be an object with at least 1 property; omit it instead");
            }
        }
        applyConfig(i, body, false);
    }

    private SimResponse getConfig(SimRequest request) {
        return ok(request, configJson(postgres.instance(request)));
    }

    private SimResponse replaceConfig(SimRequest request) {
        return updateConfig(request, true);
    }

    private SimResponse patchConfig(SimRequest request) {
        return updateConfig(request, false);
    }

    private SimResponse updateConfig(SimRequest request, boolean replace) {
        PostgresInstance i = postgres.instance(request);
        JsonNode body = request.json();
        for (String field : List.of("pgConfig", "pgBouncerConfig")) {
            if (!body.has(field)) {
                throw new SimError(400, field + ": Expected object, received 'undefined'");
            }
            if (!body.get(field).isObject()) {
                throw new SimError(400, field + ": Expected object");
            }
        }
        Map<String, String> before = new LinkedHashMap<>(i.pgConfig);
        applyConfig(i, body, replace);
        List<String> restart = new ArrayList<>();
        for (String key : RESTART_KEYS.stream().sorted().toList()) {
            if (!String.valueOf(before.get(key)).equals(String.valueOf(i.pgConfig.get(key)))) {
                restart.add(key);
            }
        }
        ObjectNode result = configJson(i);
        if (!restart.isEmpty()) {
            result.put(
                    "message",
                    "The changes in the following parameters require a database restart to take effect: "
                            + String.join(", ", restart) + ". Restart the service with the restart command.");
        }
        return ok(request, result);
    }

    /** Validates both sections first, then stores them: pgConfig values as strings, whatever JSON type came. */
    private static void applyConfig(PostgresInstance i, JsonNode body, boolean replace) {
        JsonNode pg = body.path("pgConfig");
        JsonNode bouncer = body.path("pgBouncerConfig");
        Map<String, String> pgValues = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : pg.properties()) {
            pgValues.put(entry.getKey(), pgValue(entry.getKey(), entry.getValue()));
        }
        Map<String, String> bouncerValues = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : bouncer.properties()) {
            JsonNode value = entry.getValue();
            if (!value.isTextual() && !value.isNull()) {
                throw new SimError(
                        400,
                        "pgBouncerConfig." + entry.getKey() + ": Expected string, received "
                                + value.getNodeType().name().toLowerCase(Locale.ROOT));
            }
            bouncerValues.put(entry.getKey(), value.isNull() ? null : value.asText());
        }
        if (bouncerValues.size() > 64) {
            throw new SimError(400, "pgBouncerConfig: at most 64 parameters");
        }
        if (replace) {
            i.pgConfig.clear();
            i.pgBouncerConfig.clear();
        }
        merge(i.pgConfig, pgValues);
        merge(i.pgBouncerConfig, bouncerValues);
    }

    private static void merge(Map<String, String> config, Map<String, String> values) {
        values.forEach((key, value) -> {
            if (value == null) {
                config.remove(key);
            } else {
                config.put(key, value);
            }
        });
    }

    /** A pgConfig value as the API stores it, or null to remove it (PATCH); refuses what the contract refuses. */
    private static String pgValue(String key, JsonNode value) {
        List<String> kind = PG_CONFIG.get(key);
        if (kind == null) {
            throw new SimError(400, "pgConfig: Unrecognized key: '" + key + "'");
        }
        if (value.isNull()) {
            return null;
        }
        String text = value.asText();
        boolean valid =
                switch (kind.get(0)) {
                    case "int" -> value.isIntegralNumber() || (value.isTextual() && text.matches("^-?\\d+$"));
                    case "unit" ->
                        value.isIntegralNumber()
                                || (value.isTextual() && WITH_UNIT.matcher(text).matches());
                    case "number" -> value.isNumber() || (value.isTextual() && text.matches("^-?\\d+(\\.\\d+)?$"));
                    default -> value.isTextual() && kind.contains(text);
                };
        if (!valid) {
            throw new SimError(400, "pgConfig." + key + ": invalid value " + value);
        }
        if (key.equals("max_connections") && Long.parseLong(text) < 1) {
            throw new SimError(400, "pgConfig.max_connections: must be >= 1");
        }
        return text;
    }

    private static ObjectNode configJson(PostgresInstance i) {
        ObjectNode node = Jsons.object();
        ObjectNode pg = node.putObject("pgConfig");
        i.pgConfig.forEach(pg::put);
        ObjectNode bouncer = node.putObject("pgBouncerConfig");
        i.pgBouncerConfig.forEach(bouncer::put);
        return node;
    }

    private static Map<String, List<String>> pgConfigKeys() {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        for (String key : List.of(
                "max_connections",
                "effective_io_concurrency",
                "max_worker_processes",
                "max_parallel_workers",
                "max_parallel_workers_per_gather",
                "max_parallel_maintenance_workers",
                "autovacuum_max_workers",
                "autovacuum_vacuum_cost_limit")) {
            keys.put(key, List.of("int"));
        }
        for (String key : List.of(
                "maintenance_work_mem",
                "work_mem",
                "effective_cache_size",
                "wal_keep_size",
                "min_wal_size",
                "max_wal_size",
                "max_slot_wal_keep_size",
                "autovacuum_work_mem",
                "statement_timeout",
                "lock_timeout",
                "idle_session_timeout",
                "idle_in_transaction_session_timeout",
                "transaction_timeout",
                "wal_sender_timeout",
                "autovacuum_naptime",
                "autovacuum_vacuum_cost_delay")) {
            keys.put(key, List.of("unit"));
        }
        for (String key : List.of(
                "random_page_cost",
                "autovacuum_vacuum_scale_factor",
                "autovacuum_analyze_scale_factor",
                "autovacuum_vacuum_insert_scale_factor")) {
            keys.put(key, List.of("number"));
        }
        keys.put("default_transaction_isolation", List.of("read committed", "repeatable read", "serializable"));
        keys.put("ssl_min_protocol_version", List.of("TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"));
        keys.put("wal_compression", List.of("off", "on", "lz4", "zstd"));
        return Map.copyOf(keys);
    }
}
