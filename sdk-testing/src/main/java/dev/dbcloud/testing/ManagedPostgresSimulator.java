package dev.dbcloud.testing;

import static dev.dbcloud.testing.ClickHouseCloudSimulator.done;
import static dev.dbcloud.testing.ClickHouseCloudSimulator.ok;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    private ClickHouseCloudSimulator cloud;
    private SimClock clock;
    private Instant started;
    private final Map<String, PostgresInstance> instances = new LinkedHashMap<>();

    @Override
    public void register(Router router, ClickHouseCloudSimulator cloud) {
        this.cloud = cloud;
        this.clock = cloud.clock();
        this.started = clock.now();
        seed();
        String all = ClickHouseCloudSimulator.ORGANIZATION + "/postgres";
        String one = all + "/{postgres_id}";
        new PostgresObservability(this).register(router, all, one);
        new PostgresConfig(this).register(router, one);
        router.on("GET", all, this::list)
                .on("POST", all, this::create)
                .on("GET", one, this::get)
                .on("PATCH", one, this::update)
                .on("DELETE", one, this::delete)
                .on("PATCH", one + "/state", this::changeState)
                .on("PATCH", one + "/password", this::resetPassword)
                .on("POST", one + "/readReplica", this::createReadReplica)
                .on("POST", one + "/restoredService", this::restore);
    }

    /** {@code orders-db}, a running primary with backups and tags, and {@code orders-db-replica}, its replica. */
    private void seed() {
        PostgresInstance primary = new PostgresInstance(clock);
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
        PostgresInstance replica = new PostgresInstance(clock);
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
        for (PostgresInstance i : live()) {
            list.add(i.listItemJson());
        }
        return ok(request, list);
    }

    private synchronized SimResponse get(SimRequest request) {
        return ok(request, instance(request).json());
    }

    private synchronized SimResponse create(SimRequest request) {
        cloud.checkOrganization(request);
        JsonNode body = request.json();
        Jsons.onlyKeys(body, null, CREATE_KEYS);
        PostgresInstance i = new PostgresInstance(clock);
        i.name = CloudFields.name(body.get("name"));
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
        PostgresConfig.initial(i, body);
        i.createdAt = clock.now();
        i.timeline.then(CREATE_TIME, "running", () -> scheduleFirstBackup(i));
        instances.put(i.id, i);
        ObjectNode result = i.json();
        result.remove("createdAt"); // create answers can lack it
        result.put("password", i.password).put("connectionString", i.connectionString());
        return ok(request, result);
    }

    private synchronized SimResponse update(SimRequest request) {
        PostgresInstance i = instance(request);
        if (!i.primary) {
            throw new SimError(400, "Read replicas cannot be updated: name, size, haType and tags follow the primary");
        }
        JsonNode body = request.json();
        Jsons.onlyKeys(body, null, PATCH_KEYS);
        requireRunning(i, "update");
        String name = body.has("name") ? CloudFields.name(body.get("name")) : i.name;
        String size = body.has("size") ? size(body.get("size")) : null;
        String haType = body.has("haType") ? Jsons.oneOf(body, "haType", HA_TYPES) : null;
        Map<String, String> tags = body.has("tags") ? tags(body.get("tags")) : Map.of();
        if (!name.equals(i.name)) {
            i.name = name;
            i.hostLabel = PostgresInstance.hostLabel();
        }
        i.tags.clear(); // the real API replaces the tags with what was sent: none when the field is absent
        i.tags.putAll(tags);
        if (size != null || haType != null) {
            i.resize.clear().then(RESIZE_TIME, "applied", () -> {
                i.size = size == null ? i.size : size;
                i.haType = haType == null ? i.haType : haType;
            });
        }
        return ok(request, i.json());
    }

    private synchronized SimResponse delete(SimRequest request) {
        PostgresInstance i = instance(request);
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
        PostgresInstance i = instance(request);
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
        return ok(request, i.json());
    }

    private synchronized SimResponse resetPassword(SimRequest request) {
        PostgresInstance i = instance(request);
        String password = Jsons.optionalText(request.json(), "password");
        ObjectNode result = Jsons.object();
        if (password == null) {
            password = PostgresInstance.newPassword();
            result.put("password", password);
        } else if (!PostgresInstance.strong(password)) {
            throw new SimError(
                    400,
                    "password: must be 12 to 1024 characters with at least one lowercase letter, one uppercase"
                            + " letter and one digit");
        }
        i.password = password;
        return ok(request, result);
    }

    private synchronized SimResponse createReadReplica(SimRequest request) {
        PostgresInstance primary = instance(request);
        Jsons.onlyKeys(request.json(), null, READ_REPLICA_KEYS);
        if (!primary.primary) {
            throw new SimError(400, "Read replicas can be created only from a primary service");
        }
        if (!hasBackup(primary)) {
            throw new SimError(400, NO_BACKUPS);
        }
        requireRunning(primary, "create a read replica of");
        JsonNode body = request.json();
        PostgresInstance replica = copy(primary, body);
        replica.haType = "none";
        replica.primary = false;
        replica.primaryId = primary.id;
        replica.timeline.then(REPLICA_TIME, "running");
        instances.put(replica.id, replica);
        return ok(request, replica.json());
    }

    private synchronized SimResponse restore(SimRequest request) {
        PostgresInstance source = instance(request);
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
        PostgresInstance restored = copy(source, body);
        restored.haType = source.haType;
        restored.state = "restoring_backup";
        restored.timeline
                .then(RESTORE_STEP_TIME, "replaying_wal")
                .then(RESTORE_STEP_TIME, "finalizing_restore")
                .then(RESTORE_STEP_TIME, "running", () -> scheduleFirstBackup(restored));
        instances.put(restored.id, restored);
        return ok(request, restored.json());
    }

    /** A new instance like {@code source}: named and tagged by the request, its config overlaid by the request's. */
    private PostgresInstance copy(PostgresInstance source, JsonNode body) {
        PostgresInstance i = new PostgresInstance(clock);
        i.name = CloudFields.name(body.get("name"));
        i.region = source.region;
        i.postgresVersion = source.postgresVersion;
        i.size = source.size;
        i.password = source.password;
        if (body.has("tags")) {
            i.tags.putAll(tags(body.get("tags")));
        }
        i.pgConfig.putAll(source.pgConfig);
        i.pgBouncerConfig.putAll(source.pgBouncerConfig);
        PostgresConfig.initial(i, body);
        i.createdAt = clock.now();
        return i;
    }

    /** When the simulator started, for the times of generated slow query executions. */
    Instant started() {
        return started;
    }

    /** The ClickHouse Cloud API this product is served with. */
    ClickHouseCloudSimulator cloud() {
        return cloud;
    }

    // ---- state ----------------------------------------------------------------------------------------------------

    PostgresInstance instance(SimRequest request) {
        cloud.checkOrganization(request);
        String id = request.param("postgres_id");
        PostgresInstance i = instances.get(id);
        if (i != null) {
            advance(i);
        }
        if (i == null || i.gone) {
            instances.remove(id);
            throw new SimError(404, "Postgres service " + id + " not found");
        }
        return i;
    }

    List<PostgresInstance> live() {
        instances.values().forEach(this::advance);
        instances.values().removeIf(i -> i.gone);
        return List.copyOf(instances.values());
    }

    private void advance(PostgresInstance i) {
        i.timeline.advance(state -> i.state = state);
        i.resize.advance(applied -> {});
    }

    private void scheduleFirstBackup(PostgresInstance i) {
        if (!i.backupScheduled) {
            i.backupScheduled = true;
            i.firstBackupDue = clock.deadline(FIRST_BACKUP_TIME);
        }
    }

    private boolean hasBackup(PostgresInstance i) {
        return i.backupScheduled && clock.passed(i.firstBackupDue);
    }

    private static void requireRunning(PostgresInstance i, String action) {
        if (!i.state.equals("running")) {
            throw new SimError(409, "Cannot " + action + " Postgres service " + i.id + " in state '" + i.state + "'");
        }
    }

    // ---- request fields -------------------------------------------------------------------------------------------

    private static String size(JsonNode value) {
        if (value == null || !PostgresInstance.knownSize(value.asText())) {
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
            String key = CloudFields.tagKey(tag);
            if (key.startsWith("chc_")) {
                throw new SimError(400, "tags.key: keys starting with 'chc_' are reserved");
            }
            String value = CloudFields.tagValue(tag, true);
            result.put(key, value);
        }
        return result;
    }
}
