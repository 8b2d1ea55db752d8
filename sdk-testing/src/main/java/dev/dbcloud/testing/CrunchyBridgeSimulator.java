package dev.dbcloud.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The Crunchy Bridge platform API, simulated: teams, providers, clusters with their lifecycle ({@code creating →
 * ready}, forks {@code creating → restoring → ready}, {@code suspending → suspended}, {@code resuming → ready}),
 * backups, cursor paging, idempotency keys and 410 on a repeated delete. Bare snake_case JSON; errors {@code
 * {"code", "is_transient", "message", "request_id"}}; {@code X-Request-Id} on every answer.
 */
final class CrunchyBridgeSimulator implements SimulatedApi {
    static final Duration CREATE_TIME = Duration.ofMinutes(2);
    static final Duration FORK_PROVISION_TIME = Duration.ofSeconds(30);
    static final Duration FORK_RESTORE_TIME = Duration.ofMinutes(1);
    static final Duration SUSPEND_TIME = Duration.ofSeconds(30);
    static final Duration RESUME_TIME = Duration.ofSeconds(30);
    static final Duration BACKUP_TIME = Duration.ofSeconds(45);
    static final Duration IDEMPOTENCY_LIFETIME = Duration.ofHours(1);

    private static final DateTimeFormatter BACKUP_NAME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss'F'").withZone(ZoneOffset.UTC);

    private record Plan(String id, String displayName, double vcpu, double memory) {}

    private record Provider(String id, String displayName, List<Plan> plans, List<String> regions) {}

    private static final List<Provider> PROVIDERS = List.of(
            new Provider(
                    "aws",
                    "AWS",
                    List.of(
                            new Plan("hobby-2", "Hobby-2", 1, 2),
                            new Plan("standard-8", "Standard-8", 2, 8),
                            new Plan("standard-16", "Standard-16", 4, 16)),
                    List.of("us-east-1", "us-west-2", "eu-west-1")),
            new Provider(
                    "gcp",
                    "GCP",
                    List.of(new Plan("hobby-2", "Hobby-2", 1, 2), new Plan("standard-8", "Standard-8", 2, 8)),
                    List.of("us-central1", "europe-west3")),
            new Provider(
                    "azure",
                    "Azure",
                    List.of(new Plan("hobby-2", "Hobby-2", 1, 2), new Plan("standard-8", "Standard-8", 2, 8)),
                    List.of("eastus", "westeurope")));

    private record Team(String id, String name, boolean isDefault, Instant createdAt) {}

    private record Backup(String name, Instant startedAt, Instant finishedAt, String lsnStart, String lsnStop) {}

    /** A state the cluster reaches at a deadline, and what changes with it. */
    private record Step(long deadline, String state, Consumer<SimCluster> effect) {}

    private static final class SimCluster {
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

    private record Recorded(String method, String path, JsonNode body, SimResponse response, long expires) {}

    private final SimClock clock;
    private final String apiKey;
    private final List<Team> teams = new ArrayList<>();
    private final Map<String, SimCluster> clusters = new LinkedHashMap<>();
    private final Set<String> deleted = new HashSet<>();
    private final Map<String, Recorded> idempotency = new HashMap<>();
    private long lsn = 0x3000028L;

    CrunchyBridgeSimulator(SimClock clock, String apiKey, int seededClusters) {
        this.clock = clock;
        this.apiKey = apiKey;
        Instant now = clock.now();
        teams.add(new Team(Eids.next(), "Personal", true, now.minus(Duration.ofDays(400))));
        teams.add(new Team(Eids.next(), "Data Platform", false, now.minus(Duration.ofDays(200))));
        String[] names = {"analytics", "billing", "catalog", "events", "inventory", "ledger", "search", "users"};
        for (int i = 0; i < seededClusters; i++) {
            String name = names[i % names.length] + (i < names.length ? "" : "-" + (i / names.length + 1));
            SimCluster c = newCluster(
                    name,
                    teams.get(0).id,
                    PROVIDERS.get(0),
                    PROVIDERS.get(0).plans().get(1));
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

    /** The default team's id, where seeded clusters live. */
    String defaultTeamId() {
        return teams.get(0).id;
    }

    @Override
    public String name() {
        return "crunchy-bridge";
    }

    @Override
    public void register(Router router) {
        router.open("GET", "/providers", this::providers)
                .open("GET", "/postgres-versions", this::postgresVersions)
                .on("GET", "/teams", this::listTeams)
                .on("GET", "/teams/{team_id}", this::getTeam)
                .on("GET", "/clusters", this::listClusters)
                .on("POST", "/clusters", idempotent(this::create))
                .on("GET", "/clusters/{cluster_id}", this::get)
                .on("PATCH", "/clusters/{cluster_id}", idempotent(this::update))
                .on("DELETE", "/clusters/{cluster_id}", this::destroy)
                .on("GET", "/clusters/{cluster_id}/status", this::status)
                .on("POST", "/clusters/{cluster_id}/forks", idempotent(this::fork))
                .on("GET", "/clusters/{cluster_id}/backups", this::backups)
                .on("PUT", "/clusters/{cluster_id}/actions/start-backup", this::startBackup)
                .on("PUT", "/clusters/{cluster_id}/actions/suspend", this::suspend)
                .on("PUT", "/clusters/{cluster_id}/actions/resume", this::resume);
    }

    @Override
    public boolean authorized(SimRequest request) {
        return request.header("Authorization")
                .filter(("Bearer " + apiKey)::equals)
                .isPresent();
    }

    @Override
    public SimResponse error(int status, String message, String requestId) {
        ObjectNode body = Jsons.object();
        body.putNull("code");
        body.put("is_transient", status == 429 || status >= 500);
        body.put("message", message);
        body.put("request_id", requestId);
        return SimResponse.json(status, body);
    }

    @Override
    public Map<String, String> rateLimitHeaders() {
        return Map.of("Retry-After", "1");
    }

    @Override
    public Map<String, String> commonHeaders(String requestId) {
        return Map.of("X-Request-Id", requestId);
    }

    // ---- routes -------------------------------------------------------------------------------------------------

    private SimResponse providers(SimRequest request) {
        ArrayNode providers = Jsons.array();
        for (Provider p : PROVIDERS) {
            ObjectNode provider = providers.addObject();
            provider.put("id", p.id()).put("display_name", p.displayName());
            provider.putObject("disk").put("rate", 0.1);
            ArrayNode plans = provider.putArray("plans");
            for (Plan plan : p.plans()) {
                ObjectNode node = plans.addObject()
                        .put("id", plan.id())
                        .put("display_name", plan.displayName())
                        .put("vcpu", plan.vcpu())
                        .put("cpu", plan.vcpu())
                        .put("memory", plan.memory())
                        .put("rate", plan.memory() * 2.5);
                ArrayNode regionIds = node.putArray("region_ids");
                p.regions().forEach(regionIds::add);
            }
            ArrayNode regions = provider.putArray("regions");
            for (String region : p.regions()) {
                regions.addObject()
                        .put("id", region)
                        .put("display_name", region)
                        .put("location", region)
                        .put("multiplier", 1.0);
            }
        }
        ObjectNode body = Jsons.object();
        body.set("providers", providers);
        return json(200, body);
    }

    private SimResponse postgresVersions(SimRequest request) {
        ObjectNode body = Jsons.object();
        ArrayNode versions = body.putArray("postgres_versions");
        for (int major = 15; major <= 17; major++) {
            versions.addObject()
                    .put("id", versionId(major))
                    .put("display_name", "Postgres " + major)
                    .put("is_default", major == 17)
                    .put("major_version", major);
        }
        return json(200, body);
    }

    private synchronized SimResponse listTeams(SimRequest request) {
        List<ObjectNode> items = new ArrayList<>();
        for (Team team : teams) {
            items.add(teamJson(team));
        }
        return page(request, "teams", items, List.of("id", "name"));
    }

    private synchronized SimResponse getTeam(SimRequest request) {
        return json(200, teamJson(team(request.param("team_id"))));
    }

    private synchronized SimResponse listClusters(SimRequest request) {
        Optional<String> teamId = request.queryParam("team_id");
        teamId.ifPresent(this::team);
        List<ObjectNode> items = new ArrayList<>();
        for (SimCluster c : clusters.values()) {
            if (teamId.isEmpty() || teamId.get().equals(c.teamId)) {
                advance(c);
                items.add(clusterJson(c));
            }
        }
        return page(request, "clusters", items, List.of("id", "name"));
    }

    private synchronized SimResponse create(SimRequest request) {
        JsonNode body = request.json();
        String name = Jsons.requireText(body, "name");
        String planId = Jsons.requireText(body, "plan_id");
        Team team = team(Jsons.requireText(body, "team_id"));
        Provider provider = provider(
                Optional.ofNullable(Jsons.optionalText(body, "provider_id")).orElse("aws"));
        Plan plan = plan(provider, planId);
        requireUniqueName(team.id(), name);
        SimCluster c = newCluster(name, team.id(), provider, plan);
        c.regionId = region(provider, Jsons.optionalText(body, "region_id"));
        c.ha = body.path("is_ha").asBoolean(false);
        c.storage = body.path("storage").asInt(c.storage);
        c.majorVersion = body.path("postgres_version_id").isInt()
                ? body.get("postgres_version_id").asInt()
                : 17;
        c.environment = Jsons.optionalText(body, "environment");
        c.state = "creating";
        schedule(c, List.of(CREATE_TIME), List.of("ready"), List.of(this::firstBackup));
        clusters.put(c.id, c);
        return json(201, clusterJson(c));
    }

    private synchronized SimResponse update(SimRequest request) {
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
        return json(200, clusterJson(c));
    }

    private synchronized SimResponse destroy(SimRequest request) {
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
        return json(200, clusterJson(c));
    }

    private synchronized SimResponse status(SimRequest request) {
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
        return json(200, body);
    }

    private synchronized SimResponse fork(SimRequest request) {
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
        Provider provider = provider(
                Optional.ofNullable(Jsons.optionalText(body, "provider_id")).orElse(source.providerId));
        Plan plan = plan(
                provider,
                Optional.ofNullable(Jsons.optionalText(body, "plan_id")).orElse(source.plan.id()));
        SimCluster fork = newCluster(name, source.teamId, provider, plan);
        fork.regionId = Optional.ofNullable(Jsons.optionalText(body, "region_id"))
                .map(r -> region(provider, r))
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
        return json(201, clusterJson(fork));
    }

    private synchronized SimResponse backups(SimRequest request) {
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
        return json(200, body);
    }

    private synchronized SimResponse startBackup(SimRequest request) {
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
        return json(200, body);
    }

    private synchronized SimResponse suspend(SimRequest request) {
        SimCluster c = cluster(request.param("cluster_id"));
        if (!"ready".equals(c.state)) {
            throw new SimError(400, "cluster " + c.id + " must be ready to suspend (state: " + c.state + ")");
        }
        if (!c.providerId.equals("aws") && !c.providerId.equals("azure")) {
            throw new SimError(400, "suspending is only supported on AWS and Azure");
        }
        c.state = "suspending";
        schedule(c, List.of(SUSPEND_TIME), List.of("suspended"), List.of(s -> s.suspended = true));
        return json(200, clusterJson(c));
    }

    private synchronized SimResponse resume(SimRequest request) {
        SimCluster c = cluster(request.param("cluster_id"));
        if (!"suspended".equals(c.state)) {
            throw new SimError(400, "cluster " + c.id + " is not suspended (state: " + c.state + ")");
        }
        c.state = "resuming";
        schedule(c, List.of(RESUME_TIME), List.of("ready"), List.of(s -> s.suspended = false));
        return json(200, clusterJson(c));
    }

    // ---- idempotency --------------------------------------------------------------------------------------------

    /**
     * Records answers by {@code Idempotency-Key}: the same key with the same request replays the answer with
     * {@code Idempotency-Replay: true}; with a different request it is a 409. 429, 500 and 503 are not recorded.
     */
    private Router.Handler idempotent(Router.Handler handler) {
        return request -> {
            Optional<String> key = request.header("Idempotency-Key");
            if (key.isEmpty()) {
                return handler.handle(request);
            }
            JsonNode body = request.json();
            synchronized (this) {
                idempotency.values().removeIf(r -> clock.passed(r.expires()));
                Recorded recorded = idempotency.get(key.get());
                if (recorded != null) {
                    if (!recorded.method().equals(request.method())
                            || !recorded.path().equals(request.path())
                            || !recorded.body().equals(body)) {
                        throw new SimError(
                                409, "Idempotency-Key " + key.get() + " was already used with a different request");
                    }
                    return recorded.response()
                            .withHeader("Idempotency-Replay", "true")
                            .withHeader("Idempotency-Key", key.get());
                }
                SimResponse response;
                try {
                    response = handler.handle(request);
                } catch (SimError e) {
                    response = error(e.status(), e.getMessage(), request.requestId());
                }
                int status = response.status();
                if (status != 429 && status != 500 && status != 503) {
                    idempotency.put(
                            key.get(),
                            new Recorded(
                                    request.method(),
                                    request.path(),
                                    body,
                                    response,
                                    clock.deadline(IDEMPOTENCY_LIFETIME)));
                }
                return response.withHeader("Idempotency-Key", key.get());
            }
        };
    }

    // ---- state --------------------------------------------------------------------------------------------------

    private SimCluster newCluster(String name, String teamId, Provider provider, Plan plan) {
        SimCluster c = new SimCluster();
        c.id = Eids.next();
        c.name = name;
        c.teamId = teamId;
        c.plan = plan;
        c.providerId = provider.id();
        c.regionId = provider.regions().get(0);
        c.networkId = Eids.next();
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

    private synchronized SimResponse get(SimRequest request) {
        return json(200, clusterJson(cluster(request.param("cluster_id"))));
    }

    private synchronized SimCluster cluster(String id) {
        SimCluster c = clusters.get(id);
        if (c == null) {
            throw new SimError(404, "cluster " + id + " not found");
        }
        advance(c);
        return c;
    }

    private Team team(String id) {
        return teams.stream()
                .filter(t -> t.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new SimError(404, "team " + id + " not found"));
    }

    private static Provider provider(String id) {
        return PROVIDERS.stream()
                .filter(p -> p.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new SimError(400, "provider_id must be one of aws, gcp, azure but was " + id));
    }

    private static Plan plan(Provider provider, String id) {
        return provider.plans().stream()
                .filter(p -> p.id().equals(id))
                .findFirst()
                .orElseThrow(
                        () -> new SimError(400, "plan_id " + id + " is not available on provider " + provider.id()));
    }

    private static String region(Provider provider, String id) {
        if (id == null) {
            return provider.regions().get(0);
        }
        if (!provider.regions().contains(id)) {
            throw new SimError(400, "region_id " + id + " is not available on provider " + provider.id());
        }
        return id;
    }

    private void requireUniqueName(String teamId, String name) {
        for (SimCluster c : clusters.values()) {
            if (c.teamId.equals(teamId) && c.name.equals(name)) {
                throw new SimError(409, "a cluster named " + name + " already exists in this team");
            }
        }
    }

    // ---- JSON ---------------------------------------------------------------------------------------------------

    /**
     * A cursor page: {@code cursor} is the id of the last item of the previous page, {@code limit} 1 to 200
     * (default 100), {@code order} asc or desc, {@code order_field} one of {@code fields} (default the last).
     */
    private static SimResponse page(SimRequest request, String key, List<ObjectNode> items, List<String> fields) {
        String orderField = request.queryParam("order_field").orElse(fields.get(fields.size() - 1));
        if (!fields.contains(orderField)) {
            throw new SimError(400, "order_field must be one of " + fields + " but was " + orderField);
        }
        String order = request.queryParam("order").orElse("asc");
        if (!order.equals("asc") && !order.equals("desc")) {
            throw new SimError(400, "order must be asc or desc but was " + order);
        }
        int limit;
        try {
            limit = Integer.parseInt(request.queryParam("limit").orElse("100"));
        } catch (NumberFormatException e) {
            throw new SimError(400, "limit must be an integer");
        }
        if (limit < 1 || limit > 200) {
            throw new SimError(400, "limit must be from 1 to 200 but was " + limit);
        }
        Function<ObjectNode, String> sortKey = item -> item.path(orderField).asText() + "\u0000" + item.path("id");
        Comparator<ObjectNode> comparator = Comparator.comparing(sortKey);
        List<ObjectNode> sorted = new ArrayList<>(items);
        sorted.sort(order.equals("asc") ? comparator : comparator.reversed());
        int start = 0;
        Optional<String> cursor = request.queryParam("cursor");
        if (cursor.isPresent()) {
            start = -1;
            for (int i = 0; i < sorted.size(); i++) {
                if (sorted.get(i).path("id").asText().equals(cursor.get())) {
                    start = i + 1;
                }
            }
            if (start < 0) {
                throw new SimError(400, "cursor " + cursor.get() + " is not valid for this list");
            }
        }
        int end = Math.min(sorted.size(), start + limit);
        ObjectNode body = Jsons.object();
        ArrayNode page = body.putArray(key);
        sorted.subList(start, end).forEach(page::add);
        boolean hasMore = end < sorted.size();
        body.put("has_more", hasMore);
        if (hasMore) {
            body.put("next_cursor", sorted.get(end - 1).path("id").asText());
        } else {
            body.putNull("next_cursor");
        }
        return json(200, body);
    }

    private static ObjectNode teamJson(Team team) {
        ObjectNode node = Jsons.object()
                .put("id", team.id())
                .put("name", team.name())
                .put("is_default", team.isDefault())
                .put("is_personal", team.isDefault())
                .put("role", "admin")
                .put("default_role_flavor", "read")
                .put("support_tier", "standard")
                .put("enforce_mfa", false)
                .put("enforce_sso", false);
        Jsons.putTime(node, "created_at", team.createdAt());
        Jsons.putTime(node, "updated_at", team.createdAt());
        return node;
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
                .put("postgres_version_id", versionId(c.majorVersion))
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

    /** A stable EID-shaped id per Postgres major version. */
    private static String versionId(int major) {
        return "pgversion" + "abcdefghijklmnop".charAt(major % 16) + "aaaaaaaaaaaaaaaa";
    }

    private static SimResponse json(int status, JsonNode body) {
        return SimResponse.json(status, body);
    }
}
