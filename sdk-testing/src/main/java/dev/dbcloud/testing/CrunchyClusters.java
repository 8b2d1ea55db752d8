package dev.dbcloud.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dbcloud.testing.CrunchyCatalog.Plan;
import dev.dbcloud.testing.CrunchyCatalog.Provider;
import dev.dbcloud.testing.CrunchyCatalog.Team;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The clusters of the simulated Crunchy Bridge and their lifecycle: {@code creating → ready}, forks {@code
 * creating → restoring → ready}, {@code suspending → suspended}, {@code resuming → ready}, {@code restarting →
 * ready}; backups, cursor paging and 410 on a repeated delete. Each cluster gets a network of its own.
 */
final class CrunchyClusters implements CrunchyBridgeSimulator.Part {
    static final Duration CREATE_TIME = Duration.ofMinutes(2);
    static final Duration FORK_PROVISION_TIME = Duration.ofSeconds(30);
    static final Duration FORK_RESTORE_TIME = Duration.ofMinutes(1);
    static final Duration SUSPEND_TIME = Duration.ofSeconds(30);
    static final Duration RESUME_TIME = Duration.ofSeconds(30);
    static final Duration BACKUP_TIME = Duration.ofSeconds(45);
    static final Duration RESTART_TIME = Duration.ofSeconds(20);

    private static final DateTimeFormatter BACKUP_NAME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss'F'").withZone(ZoneOffset.UTC);

    record Backup(String name, Instant startedAt, Instant finishedAt, String lsnStart, String lsnStop) {}

    /** A state the cluster reaches at a deadline, and what changes with it. */
    record Step(long deadline, String state, Consumer<SimCluster> effect) {}

    /** One cluster's state; read and changed under the simulator's lock. */
    static final class SimCluster {
        String id;
        String name;
        String teamId;
        Plan plan;
        String providerId;
        String regionId;
        String networkId;
        boolean ha;
        boolean suspended;
        boolean isProtected;
        Integer maintenanceWindowStart;
        String environment;
        int majorVersion;
        int storage;
        String state;
        Instant createdAt;
        Instant updatedAt;
        final List<Backup> backups = new ArrayList<>();
        final Deque<Step> steps = new ArrayDeque<>();
        long backupDue;
        Instant backupStartedAt;
    }

    private final SimClock clock;
    private final CrunchyCatalog catalog;
    private final CrunchyNetworks networks;
    private final Map<String, SimCluster> clusters = new LinkedHashMap<>();
    private final Set<String> deleted = new HashSet<>();
    private long lsn = 0x3000028L;

    CrunchyClusters(SimClock clock, CrunchyCatalog catalog, CrunchyNetworks networks, int seededClusters) {
        this.clock = clock;
        this.catalog = catalog;
        this.networks = networks;
        Instant now = clock.now();
        String[] names = {"analytics", "billing", "catalog", "events", "inventory", "ledger", "search", "users"};
        for (int i = 0; i < seededClusters; i++) {
            String name = names[i % names.length] + (i < names.length ? "" : "-" + (i / names.length + 1));
            SimCluster c = newCluster(
                    name,
                    catalog.defaultTeamId(),
                    CrunchyCatalog.PROVIDERS.get(0),
                    CrunchyCatalog.PROVIDERS.get(0).plans().get(1));
            c.regionId = "us-east-1";
            c.createdAt = now.minus(Duration.ofDays(30L + i));
            c.updatedAt = c.createdAt;
            c.state = "ready";
            addBackup(
                    c,
                    now.minus(Duration.ofDays(7)),
                    now.minus(Duration.ofDays(7)).plusSeconds(300));
            clusters.put(c.id, c);
        }
    }

    @Override
    public void register(CrunchyBridgeSimulator.Routes routes) {
        routes.on("GET", "/clusters", this::listClusters)
                .idempotent("POST", "/clusters", this::create)
                .on("GET", "/clusters/{cluster_id}", this::get)
                .idempotent("PATCH", "/clusters/{cluster_id}", this::update)
                .on("DELETE", "/clusters/{cluster_id}", this::destroy)
                .on("GET", "/clusters/{cluster_id}/status", this::status)
                .idempotent("POST", "/clusters/{cluster_id}/forks", this::fork)
                .on("GET", "/clusters/{cluster_id}/backups", this::backups)
                .on("PUT", "/clusters/{cluster_id}/actions/start-backup", this::startBackup)
                .on("PUT", "/clusters/{cluster_id}/actions/suspend", this::suspend)
                .on("PUT", "/clusters/{cluster_id}/actions/resume", this::resume);
    }

    private SimResponse listClusters(SimRequest request) {
        Optional<String> teamId = request.queryParam("team_id");
        teamId.ifPresent(catalog::team);
        List<ObjectNode> items = new ArrayList<>();
        for (SimCluster c : clusters.values()) {
            if (teamId.isEmpty() || teamId.get().equals(c.teamId)) {
                advance(c);
                items.add(clusterJson(c));
            }
        }
        return Jsons.page(request, "clusters", items, List.of("id", "name"));
    }

    private SimResponse create(SimRequest request) {
        JsonNode body = request.json();
        String name = Jsons.requireText(body, "name");
        String planId = Jsons.requireText(body, "plan_id");
        Team team = catalog.team(Jsons.requireText(body, "team_id"));
        Provider provider = CrunchyCatalog.provider(
                Optional.ofNullable(Jsons.optionalText(body, "provider_id")).orElse("aws"));
        Plan plan = CrunchyCatalog.plan(provider, planId);
        requireUniqueName(team.id(), name);
        SimCluster c = newCluster(name, team.id(), provider, plan);
        c.regionId = CrunchyCatalog.region(provider, Jsons.optionalText(body, "region_id"));
        c.ha = body.path("is_ha").asBoolean(false);
        c.storage = body.path("storage").asInt(c.storage);
        c.majorVersion = body.path("postgres_version_id").isInt()
                ? body.get("postgres_version_id").asInt()
                : 17;
        c.environment = Jsons.optionalText(body, "environment");
        c.state = "creating";
        schedule(c, List.of(CREATE_TIME), List.of("ready"), List.of(this::firstBackup));
        clusters.put(c.id, c);
        return SimResponse.json(201, clusterJson(c));
    }

    private SimResponse update(SimRequest request) {
        SimCluster c = cluster(request.param("cluster_id"));
        JsonNode body = request.json();
        if (body.hasNonNull("name") && !body.get("name").asText().equals(c.name)) {
            requireUniqueName(c.teamId, body.get("name").asText());
            c.name = body.get("name").asText();
        }
        if (body.has("maintenance_window_start")) {
            int hour = body.get("maintenance_window_start").asInt(-1);
            if (hour < -1 || hour > 23) {
                throw new SimError(400, "maintenance_window_start must be from 0 to 23, or -1 to unset");
            }
            c.maintenanceWindowStart = hour == -1 ? null : hour;
        }
        if (body.has("is_protected")) {
            c.isProtected = body.get("is_protected").asBoolean();
        }
        if (body.has("environment")) {
            c.environment = Jsons.optionalText(body, "environment");
        }
        c.updatedAt = clock.now();
        return SimResponse.json(200, clusterJson(c));
    }

    private SimResponse destroy(SimRequest request) {
        String id = request.param("cluster_id");
        if (deleted.contains(id)) {
            throw new SimError(410, "cluster " + id + " has already been deleted");
        }
        SimCluster c = cluster(id);
        if (c.isProtected) {
            throw new SimError(400, "cluster " + id + " is protected; unset is_protected before deleting it");
        }
        clusters.remove(id);
        deleted.add(id);
        c.state = "destroying";
        c.updatedAt = clock.now();
        return SimResponse.json(200, clusterJson(c));
    }

    private SimResponse status(SimRequest request) {
        SimCluster c = cluster(request.param("cluster_id"));
        ObjectNode body = Jsons.object();
        body.put("state", c.state);
        body.set("disk_usage", diskUsage(c));
        Backup oldest = c.backups.isEmpty() ? null : c.backups.get(0);
        Jsons.putTime(body, "oldest_backup_at", oldest == null ? null : oldest.finishedAt());
        if (oldest == null) {
            body.putNull("oldest_backup_lsn");
        } else {
            body.put("oldest_backup_lsn", oldest.lsnStop());
        }
        body.putNull("ongoing_upgrade");
        return SimResponse.json(200, body);
    }

    private SimResponse fork(SimRequest request) {
        SimCluster source = cluster(request.param("cluster_id"));
        JsonNode body = request.json();
        String name = Jsons.requireText(body, "name");
        if (!"ready".equals(source.state)) {
            throw new SimError(400, "cluster " + source.id + " must be ready to fork (state: " + source.state + ")");
        }
        if (source.backups.isEmpty()) {
            throw new SimError(400, "cluster " + source.id + " has no backup to fork from yet");
        }
        String targetTime = Jsons.optionalText(body, "target_time");
        if (targetTime != null) {
            Instant target;
            try {
                target = OffsetDateTime.parse(targetTime).toInstant();
            } catch (DateTimeParseException e) {
                throw new SimError(400, "target_time must be an RFC 3339 timestamp");
            }
            Instant oldest = source.backups.get(0).finishedAt();
            if (target.isBefore(oldest) || target.isAfter(clock.now().plusSeconds(1))) {
                throw new SimError(
                        400, "target_time must be between the oldest backup (" + oldest + ") and now, was " + target);
            }
        }
        requireUniqueName(source.teamId, name);
        Provider provider = CrunchyCatalog.provider(
                Optional.ofNullable(Jsons.optionalText(body, "provider_id")).orElse(source.providerId));
        Plan plan = CrunchyCatalog.plan(
                provider,
                Optional.ofNullable(Jsons.optionalText(body, "plan_id")).orElse(source.plan.id()));
        SimCluster fork = newCluster(name, source.teamId, provider, plan);
        fork.regionId = Optional.ofNullable(Jsons.optionalText(body, "region_id"))
                .map(r -> CrunchyCatalog.region(provider, r))
                .orElse(source.regionId);
        fork.storage = body.path("storage").asInt(source.storage);
        fork.majorVersion = source.majorVersion;
        fork.ha = body.path("is_ha").asBoolean(false);
        fork.state = "creating";
        schedule(
                fork,
                List.of(FORK_PROVISION_TIME, FORK_RESTORE_TIME),
                List.of("restoring", "ready"),
                List.of(c -> {}, this::firstBackup));
        clusters.put(fork.id, fork);
        return SimResponse.json(201, clusterJson(fork));
    }

    private SimResponse backups(SimRequest request) {
        SimCluster c = cluster(request.param("cluster_id"));
        ObjectNode body = Jsons.object();
        ArrayNode backups = body.putArray("backups");
        for (Backup b : c.backups) {
            ObjectNode node = backups.addObject().put("name", b.name()).put("type", "full");
            Jsons.putTime(node, "started_at", b.startedAt());
            Jsons.putTime(node, "finished_at", b.finishedAt());
            node.put("lsn_start", b.lsnStart())
                    .put("lsn_stop", b.lsnStop())
                    .put("size_bytes", 48_234_496L + 1_048_576L * c.backups.indexOf(b))
                    .put("major_version", c.majorVersion);
        }
        return SimResponse.json(200, body);
    }

    private SimResponse startBackup(SimRequest request) {
        SimCluster c = cluster(request.param("cluster_id"));
        if (!"ready".equals(c.state)) {
            throw new SimError(400, "cluster " + c.id + " must be ready to back up (state: " + c.state + ")");
        }
        ObjectNode body = Jsons.object();
        if (c.backupDue != 0) {
            body.put("message", "a backup is already in progress");
        } else {
            c.backupDue = clock.deadline(BACKUP_TIME);
            c.backupStartedAt = clock.now();
            body.put("message", "backup started");
        }
        return SimResponse.json(200, body);
    }

    private SimResponse suspend(SimRequest request) {
        SimCluster c = cluster(request.param("cluster_id"));
        if (!"ready".equals(c.state)) {
            throw new SimError(400, "cluster " + c.id + " must be ready to suspend (state: " + c.state + ")");
        }
        if (!c.providerId.equals("aws") && !c.providerId.equals("azure")) {
            throw new SimError(400, "suspending is only supported on AWS and Azure");
        }
        c.state = "suspending";
        schedule(c, List.of(SUSPEND_TIME), List.of("suspended"), List.of(s -> s.suspended = true));
        return SimResponse.json(200, clusterJson(c));
    }

    private SimResponse resume(SimRequest request) {
        SimCluster c = cluster(request.param("cluster_id"));
        if (!"suspended".equals(c.state)) {
            throw new SimError(400, "cluster " + c.id + " is not suspended (state: " + c.state + ")");
        }
        c.state = "resuming";
        schedule(c, List.of(RESUME_TIME), List.of("ready"), List.of(s -> s.suspended = false));
        return SimResponse.json(200, clusterJson(c));
    }

    /** Restarts Postgres to apply settings: {@code restarting} for {@link #RESTART_TIME}, then {@code ready}. */
    void restart(SimCluster c) {
        c.state = "restarting";
        schedule(c, List.of(RESTART_TIME), List.of("ready"), List.of(s -> {}));
    }

    private SimCluster newCluster(String name, String teamId, Provider provider, Plan plan) {
        SimCluster c = new SimCluster();
        c.id = Eids.next();
        c.name = name;
        c.teamId = teamId;
        c.plan = plan;
        c.providerId = provider.id();
        c.regionId = provider.regions().get(0);
        c.networkId = networks.create(teamId, provider.id(), c.regionId, name);
        c.storage = 100;
        c.majorVersion = 17;
        c.createdAt = clock.now();
        c.updatedAt = c.createdAt;
        return c;
    }

    /** Queues states the cluster reaches one after the other, each after its simulated duration. */
    private void schedule(SimCluster c, List<Duration> after, List<String> states, List<Consumer<SimCluster>> effects) {
        Duration total = Duration.ZERO;
        for (int i = 0; i < after.size(); i++) {
            total = total.plus(after.get(i));
            c.steps.add(new Step(clock.deadline(total), states.get(i), effects.get(i)));
        }
    }

    /** Applies every state change whose time has come. */
    private void advance(SimCluster c) {
        while (!c.steps.isEmpty() && clock.passed(c.steps.peek().deadline())) {
            Step step = c.steps.poll();
            c.state = step.state();
            step.effect().accept(c);
            c.updatedAt = clock.now();
        }
        if (c.backupDue != 0 && clock.passed(c.backupDue)) {
            addBackup(c, c.backupStartedAt, clock.now());
            c.backupDue = 0;
        }
    }

    /** A new cluster's base backup, taken as it becomes ready, which makes it forkable. */
    private void firstBackup(SimCluster c) {
        Instant now = clock.now();
        addBackup(c, now, now);
    }

    private void addBackup(SimCluster c, Instant started, Instant finished) {
        String start = String.format("%X/%X", lsn >> 32, lsn & 0xffffffffL);
        lsn += 0x2000000L;
        String stop = String.format("%X/%X", lsn >> 32, lsn & 0xffffffffL);
        c.backups.add(new Backup(BACKUP_NAME.format(started), started, finished, start, stop));
    }

    private SimResponse get(SimRequest request) {
        return SimResponse.json(200, clusterJson(cluster(request.param("cluster_id"))));
    }

    SimCluster cluster(String id) {
        SimCluster c = clusters.get(id);
        if (c == null) {
            throw new SimError(404, "cluster " + id + " not found");
        }
        advance(c);
        return c;
    }

    private void requireUniqueName(String teamId, String name) {
        for (SimCluster c : clusters.values()) {
            if (c.teamId.equals(teamId) && c.name.equals(name)) {
                throw new SimError(409, "a cluster named " + name + " already exists in this team");
            }
        }
    }

    private ObjectNode clusterJson(SimCluster c) {
        ObjectNode node = Jsons.object()
                .put("id", c.id)
                .put("name", c.name)
                .put("team_id", c.teamId)
                .put("plan_id", c.plan.id())
                .put("provider_id", c.providerId)
                .put("region_id", c.regionId)
                .put("network_id", c.networkId)
                .put("host", "p." + c.id + ".db.postgresbridge.com")
                .put("is_ha", c.ha)
                .put("is_protected", c.isProtected)
                .put("is_suspended", c.suspended)
                .put("major_version", c.majorVersion)
                .put("postgres_version_id", CrunchyCatalog.versionId(c.majorVersion))
                .put("storage", c.storage)
                .put("memory", c.plan.memory())
                .put("vcpu", c.plan.vcpu())
                .put("cpu", (long) c.plan.vcpu());
        node.putNull("parent_id");
        node.putNull("cluster_id");
        node.putArray("replicas");
        if (c.maintenanceWindowStart == null) {
            node.putNull("maintenance_window_start");
        } else {
            node.put("maintenance_window_start", c.maintenanceWindowStart);
        }
        node.put("state", c.state);
        node.set("disk_usage", diskUsage(c));
        if (c.environment != null) {
            node.put("environment", c.environment);
        }
        node.putArray("ongoing_operations");
        Jsons.putTime(node, "created_at", c.createdAt);
        Jsons.putTime(node, "updated_at", c.updatedAt);
        return node;
    }

    private static ObjectNode diskUsage(SimCluster c) {
        long total = c.storage * 1024L;
        long used = Math.min(total, 120L + 37L * c.backups.size());
        return Jsons.object()
                .put("disk_available_mb", total - used)
                .put("disk_total_size_mb", total)
                .put("disk_used_mb", used);
    }
}
