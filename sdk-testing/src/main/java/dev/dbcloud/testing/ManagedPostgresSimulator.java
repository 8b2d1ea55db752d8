package dev.dbcloud.testing;

import static dev.dbcloud.testing.ClickHouseCloudSimulator.done;
import static dev.dbcloud.testing.ClickHouseCloudSimulator.ok;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * ClickHouse Managed Postgres, simulated as a {@link ClickHouseCloudSimulator.Product} under {@code
 * /v1/organizations/{id}/postgres}: instances (list, create, get, PATCH, DELETE), state commands ({@code restart},
 * {@code promote}, {@code switchover}), password resets, read replicas, point-in-time restores, configuration,
 * CA certificates, metrics, slow query patterns and Prometheus text.
 *
 * <p>Lifecycles over accelerated time: {@code creating → running}; {@code restarting → running} after a restart,
 * promotion or switchover; {@code deleting → gone}; a restored instance {@code restoring_backup → replaying_wal →
 * finalizing_restore → running}. An instance's first backup exists {@link #FIRST_BACKUP_TIME} after it first ran;
 * until then a read replica or a restore is refused with 400 {@code BAD_REQUEST: Parent server is not ready for
 * read replicas. There are no backups, yet.}
 *
 * <p>Quirks of the real API kept here: the password and connection string come back only from create and from a
 * password reset without a password; a PATCH without {@code tags} clears every tag; a new size or HA type shows a
 * minute after the PATCH while the state reads {@code running}; read replicas cannot be PATCHed and a primary with
 * replicas cannot be deleted (409); both config calls need both {@code pgConfig} and {@code pgBouncerConfig} and
 * config values come back as JSON strings even when sent as numbers; create answers without {@code createdAt};
 * there is no start or stop command.
 */
final class ManagedPostgresSimulator implements ClickHouseCloudSimulator.Product {
    static final Duration CREATE_TIME = Duration.ofMinutes(3);
    static final Duration FIRST_BACKUP_TIME = Duration.ofMinutes(5);
    static final Duration RESTART_TIME = Duration.ofMinutes(1);
    static final Duration RESIZE_TIME = Duration.ofMinutes(1);
    static final Duration REPLICA_TIME = Duration.ofMinutes(5);
    static final Duration DELETE_TIME = Duration.ofSeconds(30);
    static final Duration RESTORE_STEP_TIME = Duration.ofMinutes(1);
    static final Duration RETENTION = Duration.ofDays(7);

    private static final String NO_BACKUPS = "Parent server is not ready for read replicas. There are no backups, yet.";
    private static final List<String> HA_TYPES = List.of("none", "async", "sync");
    private static final List<String> VERSIONS = List.of("18", "17");
    // the keys of the spec's request schemas; the real API refuses any other (a password on create, say)
    private static final List<String> CREATE_KEYS = List.of(
            "name", "provider", "region", "postgresVersion", "size", "haType", "tags", "pgConfig", "pgBouncerConfig");
    private static final List<String> PATCH_KEYS = List.of("name", "size", "haType", "tags");
    private static final List<String> READ_REPLICA_KEYS = List.of("name", "pgConfig", "pgBouncerConfig", "tags");
    private static final List<String> RESTORE_KEYS =
            List.of("name", "restoreTarget", "pgConfig", "pgBouncerConfig", "tags");
    private static final List<String> COMMANDS = List.of("restart", "promote", "switchover");
    private static final Map<String, Double> SIZE_FACTORS = sizeFactors();
    private static final List<String> SIZES = sizes();
    private static final Pattern TAG = Pattern.compile("^[a-zA-Z0-9._-]+$");
    private static final Pattern WITH_UNIT = Pattern.compile("^-?\\d+(\\.\\d+)?\\s*[a-zA-Z]*$");
    private static final Set<String> RESTART_KEYS =
            Set.of("max_connections", "max_worker_processes", "autovacuum_max_workers");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** pgConfig keys and what their values may be: int, number, unit (int or string with unit), or the enum. */
    private static final Map<String, List<String>> PG_CONFIG = pgConfigKeys();

    /** Slow query {@code sort_by} values and the pattern fields they sort on. */
    private static final Map<String, String> SORT_FIELDS = sortFields();

    /** The CA that signs every instance's server certificate (ISRG Root X2, a public root). */
    static final String CA_CERTIFICATE = "-----BEGIN CERTIFICATE-----\n"
            + "MIICGzCCAaGgAwIBAgIQQdKd0XLq7qeAwSxs6S+HUjAKBggqhkjOPQQDAzBPMQsw\n"
            + "CQYDVQQGEwJVUzEpMCcGA1UEChMgSW50ZXJuZXQgU2VjdXJpdHkgUmVzZWFyY2gg\n"
            + "R3JvdXAxFTATBgNVBAMTDElTUkcgUm9vdCBYMjAeFw0yMDA5MDQwMDAwMDBaFw00\n"
            + "MDA5MTcxNjAwMDBaME8xCzAJBgNVBAYTAlVTMSkwJwYDVQQKEyBJbnRlcm5ldCBT\n"
            + "ZWN1cml0eSBSZXNlYXJjaCBHcm91cDEVMBMGA1UEAxMMSVNSRyBSb290IFgyMHYw\n"
            + "EAYHKoZIzj0CAQYFK4EEACIDYgAEzZvVn4CDCuwJSvMWSj5cz3es3mcFDR0HttwW\n"
            + "+1qLFNvicWDEukWVEYmO6gbf9yoWHKS5xcUy4APgHoIYOIvXRdgKam7mAHf7AlF9\n"
            + "ItgKbppbd9/w+kHsOdx1ymgHDB/qo0IwQDAOBgNVHQ8BAf8EBAMCAQYwDwYDVR0T\n"
            + "AQH/BAUwAwEB/zAdBgNVHQ4EFgQUfEKWrt5LSDv6kviejM9ti6lyN5UwCgYIKoZI\n"
            + "zj0EAwMDaAAwZQIwe3lORlCEwkSHRhtFcP9Ymd70/aTSVaYgLXTWNLxBo1BfASdW\n"
            + "tL4ndQavEi51mI38AjEAi/V3bNTIZargCyzuFJ0nN6T5U6VR5CmD1/iQMVtCnwr1\n"
            + "/q4AaOeMSQ+2b1tbFfLn\n"
            + "-----END CERTIFICATE-----\n";

    private static Map<String, Double> sizeFactors() {
        Map<String, Double> factors = new LinkedHashMap<>();
        String[] names = {
            "medium",
            "large",
            "xlarge",
            "2xlarge",
            "3xlarge",
            "4xlarge",
            "6xlarge",
            "8xlarge",
            "12xlarge",
            "16xlarge",
            "18xlarge",
            "24xlarge",
            "32xlarge",
            "48xlarge"
        };
        double[] values = {0.5, 1, 2, 4, 6, 8, 12, 16, 24, 32, 36, 48, 64, 96};
        for (int i = 0; i < names.length; i++) {
            factors.put(names[i], values[i]);
        }
        return factors;
    }

    private static List<String> sizes() {
        Map<String, String> families = new LinkedHashMap<>();
        families.put("c6gd", "large xlarge 2xlarge 4xlarge 8xlarge 16xlarge");
        families.put("i7i", "large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge 24xlarge");
        families.put("i7ie", "large xlarge 2xlarge 3xlarge 6xlarge 12xlarge 18xlarge 24xlarge");
        families.put("i8g", "large xlarge 2xlarge 4xlarge 8xlarge 16xlarge 24xlarge");
        families.put("i8ge", "large xlarge 2xlarge 3xlarge 6xlarge 12xlarge 18xlarge 24xlarge");
        families.put("m6gd", "large xlarge 2xlarge 4xlarge 8xlarge 16xlarge");
        families.put("m6id", "large xlarge 2xlarge 4xlarge 8xlarge 16xlarge");
        families.put("m8gd", "large xlarge 2xlarge 4xlarge 8xlarge 16xlarge");
        families.put("r6gd", "medium large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge");
        families.put("r6id", "large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge 24xlarge 32xlarge");
        families.put("r8gd", "medium large xlarge 2xlarge 4xlarge 8xlarge 12xlarge 16xlarge 24xlarge 48xlarge");
        List<String> sizes = new ArrayList<>();
        families.forEach((family, names) -> {
            for (String name : names.split(" ")) {
                sizes.add(family + "." + name);
            }
        });
        return List.copyOf(sizes);
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

    private static final class Instance {
        final String id = UUID.randomUUID().toString();
        final Timeline timeline;
        String name;
        String region;
        String postgresVersion = "17";
        String size;
        String haType = "none";
        final Map<String, String> tags = new LinkedHashMap<>();
        String state = "creating";
        Instant createdAt;
        boolean primary = true;
        String primaryId;
        String hostLabel = hostLabel();
        String password = newPassword();
        final Map<String, String> pgConfig = new LinkedHashMap<>();
        final Map<String, String> pgBouncerConfig = new LinkedHashMap<>();
        long firstBackupDue;
        boolean backupScheduled;
        final Timeline resize;
        boolean gone;

        Instance(SimClock clock) {
            this.timeline = new Timeline(clock);
            this.resize = new Timeline(clock);
        }
    }

    private ClickHouseCloudSimulator cloud;
    private SimClock clock;
    private Instant started;
    private final Map<String, Instance> instances = new LinkedHashMap<>();

    @Override
    public void register(Router router, ClickHouseCloudSimulator cloud) {
        this.cloud = cloud;
        this.clock = cloud.clock();
        this.started = clock.now();
        seed();
        String all = ClickHouseCloudSimulator.ORGANIZATION + "/postgres";
        String one = all + "/{postgres_id}";
        router.on("GET", all, this::list)
                .on("POST", all, this::create)
                .on("GET", all + "/prometheus", this::organizationPrometheus)
                .on("GET", one, this::get)
                .on("PATCH", one, this::update)
                .on("DELETE", one, this::delete)
                .on("PATCH", one + "/state", this::changeState)
                .on("PATCH", one + "/password", this::resetPassword)
                .on("POST", one + "/readReplica", this::createReadReplica)
                .on("POST", one + "/restoredService", this::restore)
                .on("GET", one + "/config", this::getConfig)
                .on("POST", one + "/config", this::replaceConfig)
                .on("PATCH", one + "/config", this::patchConfig)
                .on("GET", one + "/caCertificates", this::caCertificates)
                .on("GET", one + "/metrics", this::metrics)
                .on("GET", one + "/slowQueryPatterns", this::slowQueryPatterns)
                .on("GET", one + "/slowQueryPatterns/{query_id}", this::slowQueryPattern)
                .on("GET", one + "/prometheus", this::instancePrometheus);
    }

    /** {@code orders-db}, a running primary with backups and tags, and {@code orders-db-replica}, its replica. */
    private void seed() {
        Instance primary = new Instance(clock);
        primary.name = "orders-db";
        primary.region = "us-west-2";
        primary.size = "r8gd.large";
        primary.haType = "async";
        primary.state = "running";
        primary.createdAt = clock.now().minus(Duration.ofDays(60));
        primary.tags.put("env", "prod");
        primary.tags.put("team", "payments");
        primary.pgConfig.put("max_connections", "200");
        primary.pgConfig.put("work_mem", "8MB");
        primary.pgBouncerConfig.put("pool_mode", "transaction");
        primary.firstBackupDue = clock.deadline(Duration.ZERO);
        primary.backupScheduled = true;
        instances.put(primary.id, primary);
        Instance replica = new Instance(clock);
        replica.name = "orders-db-replica";
        replica.region = primary.region;
        replica.size = primary.size;
        replica.state = "running";
        replica.createdAt = clock.now().minus(Duration.ofDays(30));
        replica.primary = false;
        replica.primaryId = primary.id;
        replica.password = primary.password;
        replica.pgConfig.putAll(primary.pgConfig);
        replica.pgBouncerConfig.putAll(primary.pgBouncerConfig);
        instances.put(replica.id, replica);
    }

    // ---- instances ------------------------------------------------------------------------------------------------

    private synchronized SimResponse list(SimRequest request) {
        cloud.checkOrganization(request);
        ArrayNode list = Jsons.array();
        for (Instance i : live()) {
            list.add(listItemJson(i));
        }
        return ok(request, list);
    }

    private synchronized SimResponse get(SimRequest request) {
        return ok(request, instanceJson(instance(request)));
    }

    private synchronized SimResponse create(SimRequest request) {
        cloud.checkOrganization(request);
        JsonNode body = request.json();
        Jsons.onlyKeys(body, null, CREATE_KEYS);
        Instance i = new Instance(clock);
        i.name = name(body.get("name"));
        if (!"aws".equals(Jsons.optionalText(body, "provider"))) {
            throw new SimError(400, "provider: must be one of 'aws'");
        }
        i.region = Jsons.requireText(body, "region");
        i.size = size(body.get("size"));
        if (body.has("postgresVersion")) {
            i.postgresVersion = Jsons.oneOf(body, "postgresVersion", VERSIONS);
        }
        if (body.has("haType")) {
            i.haType = Jsons.oneOf(body, "haType", HA_TYPES);
        }
        if (body.has("tags")) {
            i.tags.putAll(tags(body.get("tags")));
        }
        initialConfig(i, body);
        i.createdAt = clock.now();
        i.timeline.then(CREATE_TIME, "running", () -> scheduleFirstBackup(i));
        instances.put(i.id, i);
        ObjectNode result = instanceJson(i);
        result.remove("createdAt"); // create answers can lack it
        result.put("password", i.password).put("connectionString", connectionString(i));
        return ok(request, result);
    }

    private synchronized SimResponse update(SimRequest request) {
        Instance i = instance(request);
        if (!i.primary) {
            throw new SimError(400, "Read replicas cannot be updated: name, size, haType and tags follow the primary");
        }
        JsonNode body = request.json();
        Jsons.onlyKeys(body, null, PATCH_KEYS);
        requireRunning(i, "update");
        String name = body.has("name") ? name(body.get("name")) : i.name;
        String size = body.has("size") ? size(body.get("size")) : null;
        String haType = body.has("haType") ? Jsons.oneOf(body, "haType", HA_TYPES) : null;
        Map<String, String> tags = body.has("tags") ? tags(body.get("tags")) : Map.of();
        if (!name.equals(i.name)) {
            i.name = name;
            i.hostLabel = hostLabel();
        }
        i.tags.clear(); // the real API replaces the tags with what was sent: none when the field is absent
        i.tags.putAll(tags);
        if (size != null || haType != null) {
            i.resize.clear().then(RESIZE_TIME, "applied", () -> {
                i.size = size == null ? i.size : size;
                i.haType = haType == null ? i.haType : haType;
            });
        }
        return ok(request, instanceJson(i));
    }

    private synchronized SimResponse delete(SimRequest request) {
        Instance i = instance(request);
        boolean replicated = live().stream().anyMatch(r -> i.id.equals(r.primaryId));
        if (replicated) {
            throw new SimError(
                    409, "Postgres service " + i.id + " has read replicas: delete or promote them before deleting it");
        }
        if (!i.state.equals("deleting")) {
            i.state = "deleting";
            i.timeline.clear().then(DELETE_TIME, "deleted", () -> i.gone = true);
        }
        return done(request);
    }

    private synchronized SimResponse changeState(SimRequest request) {
        Instance i = instance(request);
        String command = Jsons.optionalText(request.json(), "command");
        if (command == null || !COMMANDS.contains(command)) {
            throw new SimError(400, "command: must be one of 'restart', 'promote', 'switchover'");
        }
        if (command.equals("promote") && i.primary) {
            throw new SimError(400, "Only a read replica can be promoted; " + i.id + " is a primary");
        }
        if (command.equals("switchover") && (!i.primary || i.haType.equals("none"))) {
            throw new SimError(400, "Switchover needs a primary with a standby (haType 'async' or 'sync')");
        }
        requireRunning(i, command);
        if (command.equals("promote")) {
            i.primary = true;
            i.primaryId = null;
        }
        i.state = "restarting";
        i.timeline.clear().then(RESTART_TIME, "running", () -> scheduleFirstBackup(i));
        return ok(request, instanceJson(i));
    }

    private synchronized SimResponse resetPassword(SimRequest request) {
        Instance i = instance(request);
        String password = Jsons.optionalText(request.json(), "password");
        ObjectNode result = Jsons.object();
        if (password == null) {
            password = newPassword();
            result.put("password", password);
        } else if (!strong(password)) {
            throw new SimError(
                    400,
                    "password: must be 12 to 1024 characters with at least one lowercase letter, one uppercase"
                            + " letter and one digit");
        }
        i.password = password;
        return ok(request, result);
    }

    private static boolean strong(String password) {
        return password.length() >= 12
                && password.length() <= 1024
                && password.chars().anyMatch(Character::isLowerCase)
                && password.chars().anyMatch(Character::isUpperCase)
                && password.chars().anyMatch(Character::isDigit);
    }

    private synchronized SimResponse createReadReplica(SimRequest request) {
        Instance primary = instance(request);
        Jsons.onlyKeys(request.json(), null, READ_REPLICA_KEYS);
        if (!primary.primary) {
            throw new SimError(400, "Read replicas can be created only from a primary service");
        }
        if (!hasBackup(primary)) {
            throw new SimError(400, NO_BACKUPS);
        }
        requireRunning(primary, "create a read replica of");
        JsonNode body = request.json();
        Instance replica = copy(primary, body);
        replica.haType = "none";
        replica.primary = false;
        replica.primaryId = primary.id;
        replica.timeline.then(REPLICA_TIME, "running");
        instances.put(replica.id, replica);
        return ok(request, instanceJson(replica));
    }

    private synchronized SimResponse restore(SimRequest request) {
        Instance source = instance(request);
        JsonNode body = request.json();
        Jsons.onlyKeys(body, null, RESTORE_KEYS);
        String text = Jsons.requireText(body, "restoreTarget");
        Instant target;
        try {
            target = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new SimError(400, "restoreTarget: must be an RFC 3339 timestamp, e.g. 2026-03-31T18:17:37Z");
        }
        if (!hasBackup(source)) {
            throw new SimError(400, "Server is not ready for point-in-time restore. There are no backups, yet.");
        }
        Instant earliest = source.createdAt.isAfter(clock.now().minus(RETENTION))
                ? source.createdAt
                : clock.now().minus(RETENTION);
        if (target.isAfter(clock.now())) {
            throw new SimError(400, "restoreTarget: must not be in the future");
        }
        if (target.isBefore(earliest)) {
            throw new SimError(400, "restoreTarget: must not be before the earliest restore point " + earliest);
        }
        Instance restored = copy(source, body);
        restored.haType = source.haType;
        restored.state = "restoring_backup";
        restored.timeline
                .then(RESTORE_STEP_TIME, "replaying_wal")
                .then(RESTORE_STEP_TIME, "finalizing_restore")
                .then(RESTORE_STEP_TIME, "running", () -> scheduleFirstBackup(restored));
        instances.put(restored.id, restored);
        return ok(request, instanceJson(restored));
    }

    /** A new instance like {@code source}: named and tagged by the request, its config overlaid by the request's. */
    private Instance copy(Instance source, JsonNode body) {
        Instance i = new Instance(clock);
        i.name = name(body.get("name"));
        i.region = source.region;
        i.postgresVersion = source.postgresVersion;
        i.size = source.size;
        i.password = source.password;
        if (body.has("tags")) {
            i.tags.putAll(tags(body.get("tags")));
        }
        i.pgConfig.putAll(source.pgConfig);
        i.pgBouncerConfig.putAll(source.pgBouncerConfig);
        initialConfig(i, body);
        i.createdAt = clock.now();
        return i;
    }

    private static void initialConfig(Instance i, JsonNode body) {
        for (String field : List.of("pgConfig", "pgBouncerConfig")) {
            JsonNode config = body.get(field);
            if (config != null && (!config.isObject() || config.isEmpty())) {
                throw new SimError(400, field + ": must be an object with at least 1 property; omit it instead");
            }
        }
        applyConfig(i, body, false);
    }

    // ---- configuration --------------------------------------------------------------------------------------------

    private synchronized SimResponse getConfig(SimRequest request) {
        return ok(request, configJson(instance(request)));
    }

    private synchronized SimResponse replaceConfig(SimRequest request) {
        return updateConfig(request, true);
    }

    private synchronized SimResponse patchConfig(SimRequest request) {
        return updateConfig(request, false);
    }

    private SimResponse updateConfig(SimRequest request, boolean replace) {
        Instance i = instance(request);
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
    private static void applyConfig(Instance i, JsonNode body, boolean replace) {
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

    private static ObjectNode configJson(Instance i) {
        ObjectNode node = Jsons.object();
        ObjectNode pg = node.putObject("pgConfig");
        i.pgConfig.forEach(pg::put);
        ObjectNode bouncer = node.putObject("pgBouncerConfig");
        i.pgBouncerConfig.forEach(bouncer::put);
        return node;
    }

    // ---- certificates, metrics, slow queries, prometheus ----------------------------------------------------------

    private synchronized SimResponse caCertificates(SimRequest request) {
        instance(request);
        return SimResponse.text(200, "application/x-pem-file", CA_CERTIFICATE)
                .withHeader("Content-Disposition", "attachment; filename=\"postgres-ca-certificate.pem\"");
    }

    private synchronized SimResponse metrics(SimRequest request) {
        Instance i = instance(request);
        Instant from = time(request, "from_date");
        Instant to = time(request, "to_date");
        if (!to.isAfter(from)) {
            throw new SimError(400, "to_date must be after from_date");
        }
        long window = Duration.between(from, to).toSeconds();
        long bucket = request.queryParam("bucket_size_seconds")
                .map(b -> integer("bucket_size_seconds", b, 1, Integer.MAX_VALUE))
                .orElse(Math.max(60, (window + 249) / 250));
        long points = (window + bucket - 1) / bucket;
        if (points > 250) {
            throw new SimError(
                    400, "Requested " + points + " data points; at most 250 are allowed: widen bucket_size_seconds");
        }
        ObjectNode result = Jsons.object();
        ArrayNode metrics = result.putArray("metrics");
        metric(
                metrics,
                i,
                "cpu_utilization",
                "CPU utilization",
                "percent",
                "Share of the CPUs in use",
                from,
                bucket,
                points,
                20,
                15);
        metric(
                metrics,
                i,
                "memory_utilization",
                "Memory utilization",
                "percent",
                "Share of the memory in use",
                from,
                bucket,
                points,
                55,
                10);
        metric(
                metrics,
                i,
                "active_connections",
                "Active connections",
                "count",
                "Client connections to Postgres",
                from,
                bucket,
                points,
                12,
                8);
        return ok(request, result);
    }

    private static void metric(
            ArrayNode metrics,
            Instance i,
            String key,
            String name,
            String unit,
            String description,
            Instant from,
            long bucket,
            long points,
            double base,
            double swing) {
        ObjectNode metric = metrics.addObject()
                .put("key", key)
                .put("name", name)
                .put("unit", unit)
                .put("description", description);
        ObjectNode series = metric.putArray("series").addObject().put("label", i.primary ? "primary" : "replica");
        ArrayNode data = series.putArray("dataPoints");
        long start = from.getEpochSecond() - Math.floorMod(from.getEpochSecond(), bucket);
        for (long n = 0; n < points; n++) {
            long t = start + n * bucket;
            double value = base + swing * Math.sin((t / 600.0) + key.length());
            data.addObject().put("timestamp", t).put("value", Math.round(value * 100) / 100.0);
        }
    }

    private synchronized SimResponse slowQueryPatterns(SimRequest request) {
        Instance i = instance(request);
        Instant from = time(request, "from_date");
        Instant to = time(request, "to_date");
        if (!to.isAfter(from)) {
            throw new SimError(400, "to_date must be after from_date");
        }
        String sortBy = request.queryParam("sort_by").orElse("total_duration");
        String field = SORT_FIELDS.get(sortBy);
        if (field == null) {
            throw new SimError(400, "sort_by: must be one of " + String.join(", ", SORT_FIELDS.keySet()));
        }
        String order = request.queryParam("sort_order").orElse("desc");
        if (!order.equals("asc") && !order.equals("desc")) {
            throw new SimError(400, "sort_order: must be one of 'asc', 'desc'");
        }
        long limit = request.queryParam("limit")
                .map(l -> integer("limit", l, 1, 500))
                .orElse(20L);
        long offset = request.queryParam("offset")
                .map(o -> integer("offset", o, 0, Integer.MAX_VALUE))
                .orElse(0L);
        Comparator<ObjectNode> comparator =
                Comparator.comparingLong(p -> p.get(field).asLong());
        List<ObjectNode> patterns = patterns(i).stream()
                .filter(p -> matches(request, p, "db_name", "dbName")
                        && matches(request, p, "db_user", "dbUser")
                        && matches(request, p, "db_operation", "dbOperation")
                        && matches(request, p, "app", "app"))
                .sorted(order.equals("asc") ? comparator : comparator.reversed())
                .skip(offset)
                .limit(limit)
                .toList();
        ArrayNode list = Jsons.array();
        patterns.forEach(list::add);
        return ok(request, list);
    }

    private synchronized SimResponse slowQueryPattern(SimRequest request) {
        Instance i = instance(request);
        for (String required : List.of("db_name", "db_user", "db_operation")) {
            if (request.queryParam(required).filter(v -> !v.isBlank()).isEmpty()) {
                throw new SimError(400, required + ": Required");
            }
        }
        String queryId = request.param("query_id");
        ObjectNode aggregate = patterns(i).stream()
                .filter(p -> p.get("queryId").asText().equals(queryId)
                        && matches(request, p, "db_name", "dbName")
                        && matches(request, p, "db_user", "dbUser")
                        && matches(request, p, "db_operation", "dbOperation")
                        && matches(request, p, "app", "app"))
                .findFirst()
                .orElseThrow(() -> new SimError(404, "Slow query pattern " + queryId + " not found"));
        ObjectNode result = Jsons.object();
        result.set("aggregate", aggregate);
        ArrayNode executions = result.putArray("recentExecutions");
        for (int n = 0; n < 3; n++) {
            String timestamp = started.minus(Duration.ofMinutes(7L * (n + 1))).toString();
            if (request.queryParam("timestamp").map(timestamp::equals).orElse(true)) {
                executions.add(execution(i, aggregate, timestamp, n));
            }
        }
        return ok(request, result);
    }

    private static Map<String, String> sortFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("total_duration", "totalDurationUs");
        fields.put("avg_duration", "avgDurationUs");
        fields.put("call_count", "callCount");
        fields.put("total_blks_read", "totalSharedBlksRead");
        fields.put("total_cpu_time", "totalCpuTimeUs");
        fields.put("error_count", "errorCount");
        fields.put("max_duration", "maxDurationUs");
        fields.put("p50_duration", "p50DurationUs");
        fields.put("p95_duration", "p95DurationUs");
        fields.put("p99_duration", "p99DurationUs");
        fields.put("total_rows", "totalRows");
        fields.put("total_shared_blks_hit", "totalSharedBlksHit");
        fields.put("total_wal_bytes", "totalWalBytes");
        return fields;
    }

    private static boolean matches(SimRequest request, ObjectNode pattern, String param, String field) {
        return request.queryParam(param)
                .map(v -> v.equals(pattern.get(field).asText()))
                .orElse(true);
    }

    /** The instance's 24 slow query patterns, the same on every call; query ids are signed 64-bit, often negative. */
    private static List<ObjectNode> patterns(Instance i) {
        String[][] queries = {
            {"SELECT", "SELECT * FROM orders WHERE customer_id = $1 ORDER BY created_at DESC LIMIT $2"},
            {"SELECT", "SELECT count(*) FROM order_items WHERE order_id = ANY($1)"},
            {"INSERT", "INSERT INTO orders (customer_id, total, created_at) VALUES ($1, $2, $3)"},
            {"UPDATE", "UPDATE orders SET status = $1 WHERE id = $2"},
            {"DELETE", "DELETE FROM sessions WHERE expires_at < $1"},
            {"UTILITY", "VACUUM ANALYZE orders"}
        };
        String[] apps = {"api", "worker", "psql", "reports"};
        Random random = new Random(i.id.hashCode());
        List<ObjectNode> patterns = new ArrayList<>();
        for (int n = 0; n < 24; n++) {
            String[] query = queries[n % queries.length];
            long queryId = random.nextLong();
            long calls = 10 + random.nextInt(50_000);
            long avg = 1_000 + random.nextInt(900_000);
            ObjectNode p = Jsons.object()
                    .put("queryId", Long.toString(n % 2 == 0 ? -Math.abs(queryId) : queryId))
                    .put("queryText", query[1])
                    .put("dbName", n % 4 == 3 ? "analytics" : "postgres")
                    .put("dbUser", n % 3 == 2 ? "reporting" : "postgres")
                    .put("dbOperation", query[0])
                    .put("app", apps[n % apps.length])
                    .put("callCount", calls)
                    .put("errorCount", random.nextInt(5) == 0 ? random.nextInt(20) : 0)
                    .put("totalDurationUs", calls * avg)
                    .put("avgDurationUs", avg)
                    .put("maxDurationUs", avg * 12)
                    .put("p50DurationUs", avg * 8 / 10)
                    .put("p95DurationUs", avg * 3)
                    .put("p99DurationUs", avg * 6)
                    .put("totalRows", calls * (1 + random.nextInt(100)))
                    .put("totalSharedBlksRead", calls * random.nextInt(40))
                    .put("totalSharedBlksHit", calls * random.nextInt(400))
                    .put("totalCpuTimeUs", calls * avg * 6 / 10)
                    .put("totalWalBytes", query[0].equals("SELECT") ? 0 : calls * 180L);
            patterns.add(p);
        }
        return patterns;
    }

    private static ObjectNode execution(Instance i, ObjectNode aggregate, String timestamp, int n) {
        ObjectNode e = Jsons.object().put("timestamp", timestamp);
        for (String field : List.of("queryId", "dbName", "dbUser", "dbOperation", "app", "queryText")) {
            e.set(field, aggregate.get(field));
        }
        long duration = aggregate.get("avgDurationUs").asLong() * (n + 1);
        e.put("pid", Integer.toString(40_000 + n * 17))
                .put("durationUs", duration)
                .put("rows", 1 + n * 3);
        for (String field : List.of(
                "sharedBlksHit",
                "sharedBlksRead",
                "sharedBlksWritten",
                "sharedBlksDirtied",
                "sharedBlkReadTimeUs",
                "sharedBlkWriteTimeUs",
                "localBlksHit",
                "localBlksRead",
                "localBlksWritten",
                "localBlksDirtied",
                "tempBlksRead",
                "tempBlksWritten",
                "tempBlkReadTimeUs",
                "tempBlkWriteTimeUs",
                "walRecords",
                "walBytes",
                "walFpi",
                "jitFunctions",
                "jitGenerationTimeUs",
                "jitInliningTimeUs",
                "jitOptimizationTimeUs",
                "jitEmissionTimeUs",
                "jitDeformTimeUs",
                "parallelWorkersPlanned",
                "parallelWorkersLaunched")) {
            e.put(field, 0);
        }
        e.put("sharedBlksHit", 120 + n).put("sharedBlksRead", 4 + n);
        e.put("cpuUserTimeUs", duration * 6 / 10).put("cpuSysTimeUs", duration / 10);
        e.put("serverRole", i.primary ? "primary" : "standby");
        return e;
    }

    private synchronized SimResponse organizationPrometheus(SimRequest request) {
        cloud.checkOrganization(request);
        StringBuilder text = new StringBuilder();
        List<Instance> live = live();
        prometheus(text, live.subList(0, Math.min(100, live.size())));
        return SimResponse.text(200, "text/plain; charset=UTF-8", text.toString());
    }

    private synchronized SimResponse instancePrometheus(SimRequest request) {
        StringBuilder text = new StringBuilder();
        prometheus(text, List.of(instance(request)));
        return SimResponse.text(200, "text/plain; charset=UTF-8", text.toString());
    }

    private void prometheus(StringBuilder text, List<Instance> list) {
        text.append("# HELP ClickHousePostgres_ServiceInfo Information about the Postgres service\n")
                .append("# TYPE ClickHousePostgres_ServiceInfo untyped\n");
        for (Instance i : list) {
            text.append("ClickHousePostgres_ServiceInfo{")
                    .append(labels(i))
                    .append(",state=\"")
                    .append(i.state)
                    .append("\",postgres_version=\"")
                    .append(i.postgresVersion)
                    .append("\",size=\"")
                    .append(i.size)
                    .append("\"} 1\n");
        }
        text.append("# HELP pg_up Whether the Postgres server answers (1) or not (0).\n")
                .append("# TYPE pg_up gauge\n");
        for (Instance i : list) {
            text.append("pg_up{")
                    .append(labels(i))
                    .append("} ")
                    .append(i.state.equals("running") ? 1 : 0)
                    .append('\n');
        }
        text.append("# HELP pg_stat_database_numbackends Number of backends connected to the database.\n")
                .append("# TYPE pg_stat_database_numbackends gauge\n");
        for (Instance i : list) {
            text.append("pg_stat_database_numbackends{")
                    .append(labels(i))
                    .append(",datname=\"postgres\"} ")
                    .append(i.state.equals("running") ? 7 : 0)
                    .append('\n');
        }
    }

    private String labels(Instance i) {
        return "postgres_org=\"" + cloud.organizationId() + "\",postgres_service=\"" + i.id
                + "\",postgres_service_name=\"" + i.name + "\",server_role=\"" + (i.primary ? "primary" : "replica")
                + "\"";
    }

    // ---- state ----------------------------------------------------------------------------------------------------

    private Instance instance(SimRequest request) {
        cloud.checkOrganization(request);
        String id = request.param("postgres_id");
        Instance i = instances.get(id);
        if (i != null) {
            advance(i);
        }
        if (i == null || i.gone) {
            instances.remove(id);
            throw new SimError(404, "Postgres service " + id + " not found");
        }
        return i;
    }

    private List<Instance> live() {
        instances.values().forEach(this::advance);
        instances.values().removeIf(i -> i.gone);
        return List.copyOf(instances.values());
    }

    private void advance(Instance i) {
        i.timeline.advance(state -> i.state = state);
        i.resize.advance(applied -> {});
    }

    private void scheduleFirstBackup(Instance i) {
        if (!i.backupScheduled) {
            i.backupScheduled = true;
            i.firstBackupDue = clock.deadline(FIRST_BACKUP_TIME);
        }
    }

    private boolean hasBackup(Instance i) {
        return i.backupScheduled && clock.passed(i.firstBackupDue);
    }

    private static void requireRunning(Instance i, String action) {
        if (!i.state.equals("running")) {
            throw new SimError(409, "Cannot " + action + " Postgres service " + i.id + " in state '" + i.state + "'");
        }
    }

    // ---- request fields -------------------------------------------------------------------------------------------

    private static String name(JsonNode value) {
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new SimError(400, "name: Required");
        }
        if (value.asText().length() > 50) {
            throw new SimError(400, "name: Must be at most 50 characters");
        }
        return value.asText();
    }

    private static String size(JsonNode value) {
        if (value == null || !SIZES.contains(value.asText())) {
            throw new SimError(400, "size: '" + (value == null ? "" : value.asText()) + "' is not a supported VM size");
        }
        return value.asText();
    }

    private static Map<String, String> tags(JsonNode tags) {
        if (!tags.isArray() || tags.size() > 50) {
            throw new SimError(400, "tags: must be an array of at most 50 tags");
        }
        Map<String, String> result = new LinkedHashMap<>();
        for (JsonNode tag : tags) {
            String key = Jsons.optionalText(tag, "key");
            String value = Jsons.optionalText(tag, "value");
            if (key == null || key.length() > 128 || !TAG.matcher(key).matches()) {
                throw new SimError(400, "tags.key: must be 1 to 128 letters, digits, '.', '_' or '-'");
            }
            if (key.startsWith("chc_")) {
                throw new SimError(400, "tags.key: keys starting with 'chc_' are reserved");
            }
            if (value == null || value.length() > 256 || !TAG.matcher(value).matches()) {
                throw new SimError(400, "tags.value: must be up to 256 letters, digits, '.', '_' or '-'");
            }
            result.put(key, value);
        }
        return result;
    }

    private static Instant time(SimRequest request, String param) {
        String text = request.queryParam(param).orElseThrow(() -> new SimError(400, param + ": Required"));
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new SimError(400, param + ": must be an RFC 3339 date-time");
        }
    }

    private static long integer(String param, String text, long min, long max) {
        try {
            long value = Long.parseLong(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new SimError(400, param + ": Not between " + min + " and " + max);
    }

    private static String hostLabel() {
        return String.format(Locale.ROOT, "%08x", RANDOM.nextInt());
    }

    private static String newPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789_-";
        while (true) {
            StringBuilder password = new StringBuilder(20);
            for (int n = 0; n < 20; n++) {
                password.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
            }
            if (strong(password.toString())) {
                return password.toString();
            }
        }
    }

    // ---- JSON -----------------------------------------------------------------------------------------------------

    private static String hostname(Instance i) {
        String slug =
                i.name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug + "-" + i.hostLabel + "." + i.id + ".c0." + i.region + ".aws.pg.clickhouse.cloud";
    }

    private static String connectionString(Instance i) {
        return "postgres://postgres:" + i.password + "@" + hostname(i) + ":5432/postgres?channel_binding=require";
    }

    private static ObjectNode listItemJson(Instance i) {
        ObjectNode node = Jsons.object()
                .put("id", i.id)
                .put("name", i.name)
                .put("provider", "aws")
                .put("region", i.region)
                .put("postgresVersion", i.postgresVersion)
                .put("size", i.size)
                .put("haType", i.haType);
        ArrayNode tags = node.putArray("tags");
        i.tags.forEach((key, value) -> tags.addObject().put("key", key).put("value", value));
        node.put("state", i.state);
        Jsons.putTime(node, "createdAt", i.createdAt);
        node.put("isPrimary", i.primary);
        return node;
    }

    private static ObjectNode instanceJson(Instance i) {
        ObjectNode node = listItemJson(i);
        double factor = SIZE_FACTORS.get(i.size.substring(i.size.indexOf('.') + 1));
        node.put("storageSize", Math.round(118 * factor));
        node.put("hostname", hostname(i)).put("username", "postgres");
        return node;
    }
}
