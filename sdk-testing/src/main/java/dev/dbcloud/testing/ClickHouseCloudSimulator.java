package dev.dbcloud.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The ClickHouse Cloud API v1, simulated: the key's one organization, services with their lifecycle ({@code
 * provisioning → running}, {@code stopping → stopped}, {@code starting → running}, {@code awaking → running},
 * {@code terminating → gone}), basic-detail deltas, scaling, password hashes, backups (a new service's first one
 * shortly after it runs; newest first), backup configuration (JSON {@code null} resets a field) and Prometheus
 * text. Deleting a service that is not stopped (or otherwise deletable) is a 409, and so is the first delete
 * right after a service reached {@code stopped}, as the real backend is still settling then.
 *
 * <p>HTTP Basic authentication with one API key id and secret. Answers are envelopes {@code {"status": 200,
 * "requestId": …, "result": …}} ({@code result} left out when there is none); errors {@code {"status": 409,
 * "error": "CONFLICT: …", "requestId": …}}; a rate-limited request gets {@code {"error":"TOO_MANY_REQUESTS"}}
 * and {@code X-RateLimit-Reset}.
 *
 * <p>Other products of the same API (such as Managed Postgres under {@code /v1/organizations/{id}/postgres})
 * plug in as a {@link Product}: they are served on the same port with the same key, organization and envelopes.
 */
final class ClickHouseCloudSimulator implements SimulatedApi {
    static final Duration PROVISION_TIME = Duration.ofMinutes(2);
    static final Duration STOP_TIME = Duration.ofMinutes(1);
    static final Duration START_TIME = Duration.ofMinutes(1);
    static final Duration AWAKE_TIME = Duration.ofSeconds(30);
    static final Duration TERMINATE_TIME = Duration.ofSeconds(30);
    static final Duration BACKUP_TIME = Duration.ofMinutes(1);
    static final int DEFAULT_BACKUP_PERIOD_HOURS = 24;
    static final int DEFAULT_BACKUP_RETENTION_HOURS = 24;

    /** Seconds a rate-limited client is told to wait, fractional as the API sends them. */
    static final String RATE_LIMIT_RESET = "1.5";

    /** The organization path every product's routes start with. */
    static final String ORGANIZATION = "/v1/organizations/{organization_id}";

    /**
     * Another product of the ClickHouse Cloud API served with the services: same host, key, organization and
     * envelopes. It registers its routes under {@link ClickHouseCloudSimulator#ORGANIZATION} and answers with
     * {@link ClickHouseCloudSimulator#ok} / {@link ClickHouseCloudSimulator#done}, throwing {@link SimError} for
     * errors; {@link ClickHouseCloudSimulator#checkOrganization} refuses another organization.
     */
    interface Product {
        void register(Router router, ClickHouseCloudSimulator cloud);
    }

    private static final Map<String, List<String>> REGIONS = Map.of(
            "aws",
            List.of(
                    "ap-northeast-1",
                    "ap-northeast-2",
                    "ap-south-1",
                    "ap-southeast-1",
                    "ap-southeast-2",
                    "ca-central-1",
                    "eu-central-1",
                    "eu-west-1",
                    "eu-west-2",
                    "il-central-1",
                    "us-east-1",
                    "us-east-2",
                    "us-west-2"),
            "gcp",
            List.of("us-east1", "us-central1", "europe-west2", "europe-west4", "asia-southeast1", "asia-northeast1"),
            "azure",
            List.of("eastus", "eastus2", "westus3", "germanywestcentral", "centralus"));

    /** States from which a service can be deleted (the API's own list). */
    private static final List<String> DELETABLE =
            List.of("provisioning", "starting", "awaking", "idle", "stopped", "degraded", "failed");

    private static final Set<String> STOPPABLE = Set.of("running", "idle", "partially_running", "degraded");
    private static final Set<String> WAKING = Set.of("running", "starting", "awaking", "provisioning");
    private static final Set<String> RELEASE_CHANNELS = Set.of("slow", "default", "fast");
    private static final Pattern TAG = Pattern.compile("^[a-zA-Z0-9._-]+$");
    private static final Pattern IP_SOURCE =
            Pattern.compile("^(\\d{1,3}(\\.\\d{1,3}){3}(/\\d{1,2})?|[0-9a-fA-F:]*:[0-9a-fA-F:]*(/\\d{1,3})?)$");
    private static final Pattern START_TIME_OF_DAY = Pattern.compile("^([01]\\d|2[0-3]):[0-5]\\d$");
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Step(long deadline, String state, Consumer<SimService> effect) {}

    private static final class SimBackup {
        final String id = UUID.randomUUID().toString();
        final String type;
        final Instant startedAt;
        final long sizeInBytes;
        long due;
        Instant finishedAt;

        SimBackup(String type, Instant startedAt, long sizeInBytes) {
            this.type = type;
            this.startedAt = startedAt;
            this.sizeInBytes = sizeInBytes;
        }
    }

    private static final class SimService {
        final String id = UUID.randomUUID().toString();
        final String dataWarehouseId = UUID.randomUUID().toString();
        String name;
        String provider;
        String region;
        String state;
        Instant createdAt;
        String autoscalingMode = "vertical";
        int numReplicas = 3;
        int minReplicas = 1;
        int maxReplicas = 3;
        int minReplicaMemoryGb = 8;
        int maxReplicaMemoryGb = 120;
        boolean idleScaling = true;
        int idleTimeoutMinutes = 15;
        String releaseChannel = "default";
        boolean mysqlEnabled;
        boolean enableCoreDumps;
        final Map<String, String> ipAccessList = new LinkedHashMap<>();
        final Map<String, String> tags = new LinkedHashMap<>();
        final Set<String> privateEndpointIds = new LinkedHashSet<>();
        String passwordHash;
        String doubleSha1Hash;
        Integer backupPeriodInHours;
        Integer backupRetentionPeriodInHours;
        String backupStartTime;
        final List<SimBackup> backups = new ArrayList<>();
        final Deque<Step> steps = new ArrayDeque<>();
        boolean settling;
        boolean gone;
    }

    private final SimClock clock;
    private final String authorization;
    private final String organizationId;
    private final Instant organizationCreatedAt;
    private final Map<String, SimService> services = new LinkedHashMap<>();
    private final List<Product> products;

    ClickHouseCloudSimulator(
            SimClock clock, String keyId, String keySecret, String organizationId, Product... products) {
        this.clock = clock;
        this.authorization = keyId + ":" + keySecret;
        this.organizationId = organizationId;
        this.products = List.of(products);
        Instant now = clock.now();
        this.organizationCreatedAt = now.minus(Duration.ofDays(400));
        SimService analytics = seed("analytics", "aws", "us-east-1", "running", now.minus(Duration.ofDays(200)));
        analytics.tags.put("env", "prod");
        analytics.tags.put("team", "data");
        analytics.minReplicaMemoryGb = 16;
        analytics.maxReplicaMemoryGb = 64;
        for (int day = 3; day >= 1; day--) {
            Instant started = now.minus(Duration.ofDays(day));
            SimBackup backup = new SimBackup(day == 3 ? "full" : "incremental", started, 7_340_032_000L / day);
            backup.finishedAt = started.plus(Duration.ofMinutes(4));
            analytics.backups.add(backup);
        }
        SimService staging = seed("staging", "aws", "eu-west-1", "idle", now.minus(Duration.ofDays(90)));
        staging.tags.put("env", "staging");
        staging.tags.put("team", "data");
        staging.numReplicas = 2;
        SimBackup stagingBackup = new SimBackup("full", now.minus(Duration.ofHours(20)), 524_288_000L);
        stagingBackup.finishedAt = stagingBackup.startedAt.plus(Duration.ofMinutes(2));
        staging.backups.add(stagingBackup);
        SimService archive = seed("archive", "gcp", "europe-west4", "stopped", now.minus(Duration.ofDays(300)));
        archive.tags.put("env", "prod");
        archive.tags.put("team", "finance");
    }

    private SimService seed(String name, String provider, String region, String state, Instant createdAt) {
        SimService s = new SimService();
        s.name = name;
        s.provider = provider;
        s.region = region;
        s.state = state;
        s.createdAt = createdAt;
        s.ipAccessList.put("0.0.0.0/0", "Anywhere");
        s.passwordHash = sha256Base64(randomPassword());
        services.put(s.id, s);
        return s;
    }

    /** The organization the API key belongs to. */
    String organizationId() {
        return organizationId;
    }

    /** The accelerated clock, for products' own lifecycles. */
    SimClock clock() {
        return clock;
    }

    @Override
    public String name() {
        return "clickhouse-cloud";
    }

    @Override
    public void register(Router router) {
        String services = ORGANIZATION + "/services";
        String service = services + "/{service_id}";
        router.on("GET", "/v1/organizations", this::listOrganizations)
                .on("GET", ORGANIZATION, this::getOrganization)
                .on("GET", ORGANIZATION + "/prometheus", this::organizationPrometheus)
                .on("GET", services, this::listServices)
                .on("POST", services, this::create)
                .on("GET", service, this::get)
                .on("PATCH", service, this::update)
                .on("DELETE", service, this::delete)
                .on("PATCH", service + "/state", this::changeState)
                .on("PATCH", service + "/scaling", this::updateScaling)
                .on("PATCH", service + "/replicaScaling", this::updateReplicaScaling)
                .on("PATCH", service + "/password", this::resetPassword)
                .on("GET", service + "/backups", this::listBackups)
                .on("GET", service + "/backups/{backup_id}", this::getBackup)
                .on("GET", service + "/backupConfiguration", this::backupConfiguration)
                .on("PATCH", service + "/backupConfiguration", this::updateBackupConfiguration)
                .on("GET", service + "/prometheus", this::servicePrometheus);
        for (Product product : products) {
            product.register(router, this);
        }
    }

    @Override
    public boolean authorized(SimRequest request) {
        return request.header("Authorization")
                .filter(value -> value.regionMatches(true, 0, "Basic ", 0, 6))
                .map(value -> decodeBasic(value.substring(6).trim()))
                .filter(authorization::equals)
                .isPresent();
    }

    private static String decodeBasic(String encoded) {
        try {
            return new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    @Override
    public SimResponse error(int status, String message, String requestId) {
        ObjectNode body = Jsons.object();
        if (status == 429) {
            body.put("error", "TOO_MANY_REQUESTS");
            return SimResponse.json(status, body);
        }
        body.put("status", status);
        body.put("error", statusName(status) + ": " + message);
        body.put("requestId", requestId);
        return SimResponse.json(status, body);
    }

    private static String statusName(int status) {
        return switch (status) {
            case 400 -> "BAD_REQUEST";
            case 401 -> "UNAUTHORIZED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 409 -> "CONFLICT";
            case 424 -> "FAILED_DEPENDENCY";
            case 500 -> "INTERNAL_SERVER_ERROR";
            case 502 -> "BAD_GATEWAY";
            case 503 -> "SERVICE_UNAVAILABLE";
            case 504 -> "GATEWAY_TIMEOUT";
            default -> "ERROR";
        };
    }

    @Override
    public Map<String, String> rateLimitHeaders() {
        return Map.of("X-RateLimit-Reset", RATE_LIMIT_RESET);
    }

    @Override
    public Map<String, String> commonHeaders(String requestId) {
        return Map.of();
    }

    // ---- envelopes, for this API and its products ----------------------------------------------------------------

    /** A success envelope with a result. */
    static SimResponse ok(SimRequest request, JsonNode result) {
        ObjectNode body = Jsons.object().put("status", 200).put("requestId", request.requestId());
        body.set("result", result);
        return SimResponse.json(200, body);
    }

    /** A success envelope without result, as DELETEs answer. */
    static SimResponse done(SimRequest request) {
        return SimResponse.json(
                200, Jsons.object().put("requestId", request.requestId()).put("status", 200));
    }

    /** Refuses a path naming another organization than the key's. */
    void checkOrganization(SimRequest request) {
        if (!organizationId.equals(request.param("organization_id"))) {
            throw new SimError(404, "Organization " + request.param("organization_id") + " not found");
        }
    }

    // ---- organizations --------------------------------------------------------------------------------------------

    private SimResponse listOrganizations(SimRequest request) {
        ArrayNode list = Jsons.array();
        list.add(organizationJson());
        return ok(request, list);
    }

    private SimResponse getOrganization(SimRequest request) {
        checkOrganization(request);
        return ok(request, organizationJson());
    }

    private synchronized SimResponse organizationPrometheus(SimRequest request) {
        checkOrganization(request);
        StringBuilder text = new StringBuilder();
        serviceInfoHeader(text);
        for (SimService s : liveServices()) {
            serviceInfo(text, s);
        }
        return prometheus(text);
    }

    // ---- services -------------------------------------------------------------------------------------------------

    private synchronized SimResponse listServices(SimRequest request) {
        checkOrganization(request);
        List<String> filters = request.query().getOrDefault("filter", List.of());
        for (String filter : filters) {
            if (!filter.startsWith("tag:") || filter.length() == 4) {
                throw new SimError(400, "filter: only tag filters are supported (tag:Key=Value or tag:Key)");
            }
        }
        ArrayNode list = Jsons.array();
        for (SimService s : liveServices()) {
            if (filters.stream().allMatch(f -> matchesTag(s, f.substring(4)))) {
                list.add(serviceJson(s));
            }
        }
        return ok(request, list);
    }

    private static boolean matchesTag(SimService s, String filter) {
        int eq = filter.indexOf('=');
        if (eq < 0) {
            return s.tags.containsKey(filter);
        }
        String key = filter.substring(0, eq);
        return s.tags.containsKey(key) && filter.substring(eq + 1).equals(s.tags.get(key));
    }

    private synchronized SimResponse create(SimRequest request) {
        checkOrganization(request);
        JsonNode body = request.json();
        SimService s = new SimService();
        s.name = name(body.get("name"));
        s.provider = Jsons.optionalText(body, "provider");
        if (s.provider == null || !REGIONS.containsKey(s.provider)) {
            throw new SimError(400, "provider: must be one of 'aws', 'gcp', 'azure'");
        }
        s.region = Jsons.optionalText(body, "region");
        if (s.region == null || !REGIONS.get(s.provider).contains(s.region)) {
            throw new SimError(400, "region: '" + s.region + "' is not a " + s.provider + " region");
        }
        applyReplicaScaling(s, body);
        if (body.hasNonNull("releaseChannel")) {
            s.releaseChannel = releaseChannel(body.get("releaseChannel"));
        }
        if (body.hasNonNull("ipAccessList")) {
            for (JsonNode entry : array(body.get("ipAccessList"), "ipAccessList")) {
                s.ipAccessList.put(
                        ipSource(entry, "ipAccessList"),
                        entry.path("description").asText(""));
            }
        }
        if (body.hasNonNull("tags")) {
            for (JsonNode tag : array(body.get("tags"), "tags")) {
                s.tags.put(tagKey(tag), Jsons.optionalText(tag, "value"));
            }
        }
        if (body.hasNonNull("endpoints")) {
            applyEndpoints(s, body.get("endpoints"));
        }
        s.enableCoreDumps = body.path("enableCoreDumps").asBoolean(false);
        // backupId, tier, profile, byocId and the other create-only fields are accepted and not simulated: the
        // spec documents no refusal of them, not even of a backup id it does not know
        String password = randomPassword();
        s.passwordHash = sha256Base64(password);
        s.createdAt = clock.now();
        s.state = "provisioning";
        schedule(s, PROVISION_TIME, "running", this::startFirstBackup);
        services.put(s.id, s);
        ObjectNode result = Jsons.object();
        result.set("service", serviceJson(s));
        result.put("password", password);
        return ok(request, result);
    }

    private synchronized SimResponse get(SimRequest request) {
        return ok(request, serviceJson(service(request)));
    }

    private synchronized SimResponse update(SimRequest request) {
        SimService s = service(request);
        JsonNode body = request.json();
        if (body.has("name")) {
            s.name = name(body.get("name"));
        }
        if (body.hasNonNull("ipAccessList")) {
            JsonNode changes = body.get("ipAccessList");
            for (JsonNode entry : optionalArray(changes.get("remove"), "ipAccessList.remove")) {
                s.ipAccessList.remove(ipSource(entry, "ipAccessList.remove"));
            }
            for (JsonNode entry : optionalArray(changes.get("add"), "ipAccessList.add")) {
                s.ipAccessList.put(
                        ipSource(entry, "ipAccessList.add"),
                        entry.path("description").asText(""));
            }
        }
        if (body.hasNonNull("privateEndpointIds")) {
            JsonNode changes = body.get("privateEndpointIds");
            for (JsonNode id : optionalArray(changes.get("remove"), "privateEndpointIds.remove")) {
                s.privateEndpointIds.remove(id.asText());
            }
            for (JsonNode id : optionalArray(changes.get("add"), "privateEndpointIds.add")) {
                s.privateEndpointIds.add(id.asText());
            }
        }
        if (body.hasNonNull("releaseChannel")) {
            s.releaseChannel = releaseChannel(body.get("releaseChannel"));
        }
        if (body.hasNonNull("endpoints")) {
            applyEndpoints(s, body.get("endpoints"));
        }
        // transparentDataEncryptionKeyId (a key rotation) is accepted and not simulated
        if (body.hasNonNull("tags")) {
            JsonNode changes = body.get("tags");
            for (JsonNode tag : optionalArray(changes.get("remove"), "tags.remove")) {
                s.tags.remove(tagKey(tag));
            }
            for (JsonNode tag : optionalArray(changes.get("add"), "tags.add")) {
                s.tags.put(tagKey(tag), Jsons.optionalText(tag, "value"));
            }
        }
        if (body.hasNonNull("enableCoreDumps")) {
            s.enableCoreDumps = body.get("enableCoreDumps").asBoolean();
        }
        return ok(request, serviceJson(s));
    }

    private synchronized SimResponse delete(SimRequest request) {
        SimService s = service(request);
        if (!DELETABLE.contains(s.state) || s.settling) {
            String current = s.settling ? "stopping" : s.state;
            s.settling = false;
            throw new SimError(
                    409,
                    "Only instance in one of the following states: "
                            + String.join(
                                    ",",
                                    DELETABLE.stream().map(st -> "'" + st + "'").toList())
                            + " can be terminated. Current state: '" + current + "'");
        }
        s.steps.clear();
        s.state = "terminating";
        schedule(s, TERMINATE_TIME, "terminated", gone -> gone.gone = true);
        return done(request);
    }

    private synchronized SimResponse changeState(SimRequest request) {
        SimService s = service(request);
        String command = Jsons.optionalText(request.json(), "command");
        if (command == null) {
            throw new SimError(400, "command: must be one of 'start', 'stop', 'awake'");
        }
        switch (command) {
            case "stop" -> {
                if (STOPPABLE.contains(s.state)) {
                    s.steps.clear();
                    s.state = "stopping";
                    schedule(s, STOP_TIME, "stopped", stopped -> stopped.settling = true);
                } else if (!s.state.equals("stopping") && !s.state.equals("stopped")) {
                    throw stateConflict("stop", s);
                }
            }
            case "start" -> {
                if (s.state.equals("stopped")) {
                    s.settling = false;
                    s.state = "starting";
                    schedule(s, START_TIME, "running", started -> {});
                } else if (s.state.equals("idle")) {
                    awaken(s);
                } else if (!WAKING.contains(s.state)) {
                    throw stateConflict("start", s);
                }
            }
            case "awake" -> {
                if (s.state.equals("idle")) {
                    awaken(s);
                } else if (!WAKING.contains(s.state)) {
                    throw new SimError(
                            409,
                            "Only an idle service can be awoken; start a stopped service with the start command."
                                    + " Current state: '" + s.state + "'");
                }
            }
            default -> throw new SimError(400, "command: must be one of 'start', 'stop', 'awake'");
        }
        return ok(request, serviceJson(s));
    }

    private void awaken(SimService s) {
        s.state = "awaking";
        schedule(s, AWAKE_TIME, "running", awake -> {});
    }

    private static SimError stateConflict(String command, SimService s) {
        return new SimError(409, "Cannot " + command + " a service in state '" + s.state + "'");
    }

    private synchronized SimResponse updateScaling(SimRequest request) {
        SimService s = service(request);
        JsonNode body = request.json();
        Integer minTotal = integer(body, "minTotalMemoryGb", 24, 1068);
        Integer maxTotal = integer(body, "maxTotalMemoryGb", 24, 1068);
        for (Integer total : new Integer[] {minTotal, maxTotal}) {
            if (total != null && total % 12 != 0) {
                throw new SimError(400, "minTotalMemoryGb and maxTotalMemoryGb must be multiples of 12");
            }
        }
        int min = minTotal == null ? s.minReplicaMemoryGb : minTotal / 3;
        int max = maxTotal == null ? s.maxReplicaMemoryGb : maxTotal / 3;
        if (min > max) {
            throw new SimError(400, "minTotalMemoryGb must not be greater than maxTotalMemoryGb");
        }
        Integer replicas = integer(body, "numReplicas", 1, 20);
        Integer idleTimeout = integer(body, "idleTimeoutMinutes", 5, Integer.MAX_VALUE);
        s.minReplicaMemoryGb = min;
        s.maxReplicaMemoryGb = max;
        if (replicas != null) {
            s.numReplicas = replicas;
        }
        if (body.hasNonNull("idleScaling")) {
            s.idleScaling = body.get("idleScaling").asBoolean();
        }
        if (idleTimeout != null) {
            s.idleTimeoutMinutes = idleTimeout;
        }
        return ok(request, serviceJson(s));
    }

    private synchronized SimResponse updateReplicaScaling(SimRequest request) {
        SimService s = service(request);
        applyReplicaScaling(s, request.json());
        return ok(request, serviceJson(s));
    }

    /** The replica-scaling fields shared by create and {@code PATCH …/replicaScaling}; omitted ones are kept. */
    private static void applyReplicaScaling(SimService s, JsonNode body) {
        String mode = Jsons.optionalText(body, "autoscalingMode");
        if (mode != null && !mode.equals("vertical") && !mode.equals("horizontal")) {
            throw new SimError(400, "autoscalingMode: must be 'vertical' or 'horizontal'");
        }
        Integer min = memory(body, "minReplicaMemoryGb");
        Integer max = memory(body, "maxReplicaMemoryGb");
        Integer replicas = integer(body, "numReplicas", 1, 20);
        Integer minReplicas = integer(body, "minReplicas", 1, 20);
        Integer maxReplicas = integer(body, "maxReplicas", 1, 20);
        Integer idleTimeout = integer(body, "idleTimeoutMinutes", 5, Integer.MAX_VALUE);
        if (replicas != null && (minReplicas != null || maxReplicas != null)) {
            throw new SimError(400, "numReplicas must not be combined with minReplicas and maxReplicas");
        }
        if ((minReplicas == null) != (maxReplicas == null)) {
            throw new SimError(400, "minReplicas and maxReplicas must be set together");
        }
        if (minReplicas != null && minReplicas > maxReplicas) {
            throw new SimError(400, "minReplicas must not be greater than maxReplicas");
        }
        int newMin = min == null ? s.minReplicaMemoryGb : min;
        int newMax = max == null ? s.maxReplicaMemoryGb : max;
        if (newMin > newMax) {
            throw new SimError(400, "minReplicaMemoryGb must not be greater than maxReplicaMemoryGb");
        }
        if (mode != null) {
            s.autoscalingMode = mode;
        }
        s.minReplicaMemoryGb = newMin;
        s.maxReplicaMemoryGb = newMax;
        if (replicas != null) {
            s.numReplicas = replicas;
        }
        if (minReplicas != null) {
            s.minReplicas = minReplicas;
            s.maxReplicas = maxReplicas;
        }
        if (body.hasNonNull("idleScaling")) {
            s.idleScaling = body.get("idleScaling").asBoolean();
        }
        if (idleTimeout != null) {
            s.idleTimeoutMinutes = idleTimeout;
        }
    }

    private synchronized SimResponse resetPassword(SimRequest request) {
        SimService s = service(request);
        JsonNode body = request.json();
        String hash = Jsons.optionalText(body, "newPasswordHash");
        String doubleSha1 = Jsons.optionalText(body, "newDoubleSha1Hash");
        ObjectNode result = Jsons.object();
        if (hash == null) {
            String password = randomPassword();
            s.passwordHash = sha256Base64(password);
            s.doubleSha1Hash = null;
            result.put("password", password);
            return ok(request, result);
        }
        if (!isSha256Base64(hash)) {
            throw new SimError(400, "newPasswordHash: Not a sha256sum");
        }
        if (doubleSha1 != null && !doubleSha1.matches("^[0-9a-f]{40}$")) {
            throw new SimError(400, "newDoubleSha1Hash: Not a double sha1 hash");
        }
        s.passwordHash = hash;
        s.doubleSha1Hash = doubleSha1;
        return ok(request, result);
    }

    private static boolean isSha256Base64(String hash) {
        try {
            return Base64.getDecoder().decode(hash).length == 32;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The Base64 SHA-256 of the password the service now accepts, as the API stores it. */
    synchronized String passwordHash(String serviceId) {
        SimService s = services.get(serviceId);
        return s == null ? null : s.passwordHash;
    }

    /** The MySQL double-SHA-1 hash the service now accepts, if one was sent. */
    synchronized String doubleSha1Hash(String serviceId) {
        SimService s = services.get(serviceId);
        return s == null ? null : s.doubleSha1Hash;
    }

    // ---- backups --------------------------------------------------------------------------------------------------

    private synchronized SimResponse listBackups(SimRequest request) {
        SimService s = service(request);
        ArrayNode list = Jsons.array();
        for (int i = s.backups.size() - 1; i >= 0; i--) {
            list.add(backupJson(s, s.backups.get(i)));
        }
        return ok(request, list);
    }

    private synchronized SimResponse getBackup(SimRequest request) {
        SimService s = service(request);
        String id = request.param("backup_id");
        return s.backups.stream()
                .filter(b -> b.id.equals(id))
                .findFirst()
                .map(b -> ok(request, backupJson(s, b)))
                .orElseThrow(() -> new SimError(404, "Backup " + id + " not found for service " + s.id));
    }

    private synchronized SimResponse backupConfiguration(SimRequest request) {
        return ok(request, backupConfigurationJson(service(request)));
    }

    private synchronized SimResponse updateBackupConfiguration(SimRequest request) {
        SimService s = service(request);
        JsonNode body = request.json();
        Integer period = s.backupPeriodInHours;
        Integer retention = s.backupRetentionPeriodInHours;
        String startTime = s.backupStartTime;
        if (body.has("backupPeriodInHours")) {
            // the spec gives the period no bounds
            period = body.get("backupPeriodInHours").isNull()
                    ? null
                    : integer(body, "backupPeriodInHours", Integer.MIN_VALUE, Integer.MAX_VALUE);
        }
        if (body.has("backupRetentionPeriodInHours")) {
            retention = body.get("backupRetentionPeriodInHours").isNull()
                    ? null
                    : integer(body, "backupRetentionPeriodInHours", 24, 1080);
            if (retention != null && retention % 24 != 0) {
                throw new SimError(400, "backupRetentionPeriodInHours: must be a multiple of 24");
            }
        }
        if (body.has("backupStartTime")) {
            startTime = Jsons.optionalText(body, "backupStartTime");
            if (startTime != null && !START_TIME_OF_DAY.matcher(startTime).matches()) {
                throw new SimError(400, "backupStartTime: must be HH:MM (UTC)");
            }
        }
        if (startTime != null && period != null && period != DEFAULT_BACKUP_PERIOD_HOURS) {
            period = null; // the spec: with a start time "the backup period resets to every 24 hours"
        }
        s.backupPeriodInHours = period;
        s.backupRetentionPeriodInHours = retention;
        s.backupStartTime = startTime;
        return ok(request, backupConfigurationJson(s));
    }

    /** A new service's first backup, started as it begins to run. */
    private void startFirstBackup(SimService s) {
        SimBackup backup = new SimBackup("full", clock.now(), 48_234_496L);
        backup.due = clock.deadline(BACKUP_TIME);
        s.backups.add(backup);
    }

    // ---- prometheus -----------------------------------------------------------------------------------------------

    private synchronized SimResponse servicePrometheus(SimRequest request) {
        SimService s = service(request);
        boolean filtered = request.queryParam("filtered_metrics")
                .map(Boolean::parseBoolean)
                .orElse(false);
        StringBuilder text = new StringBuilder();
        serviceInfoHeader(text);
        serviceInfo(text, s);
        if (s.state.equals("running")) {
            String labels = labels(s) + ",hostname=\"c-" + shortId(s) + "-server-0\"";
            metric(
                    text,
                    "ClickHouseProfileEvents_Query",
                    "counter",
                    "Number of queries to be interpreted and" + " potentially executed.",
                    labels,
                    1_234);
            metric(text, "ClickHouseMetrics_TCPConnection", "gauge", "Number of connections to TCP server.", labels, 3);
            if (!filtered) {
                metric(
                        text,
                        "ClickHouseAsyncMetrics_TotalRowsOfMergeTreeTables",
                        "gauge",
                        "Total amount of rows" + " stored in all tables of MergeTree family.",
                        labels,
                        1_048_576);
            }
        }
        return prometheus(text);
    }

    private static void serviceInfoHeader(StringBuilder text) {
        text.append("# HELP ClickHouse_ServiceInfo Information about service, including cluster status and"
                        + " ClickHouse version\n")
                .append("# TYPE ClickHouse_ServiceInfo untyped\n");
    }

    private void serviceInfo(StringBuilder text, SimService s) {
        text.append("ClickHouse_ServiceInfo{")
                .append(labels(s))
                .append(",clickhouse_cluster_status=\"")
                .append(s.state)
                .append("\",clickhouse_version=\"25.8\",scrape=\"full\"} 1\n");
    }

    private String labels(SimService s) {
        return "clickhouse_org=\"" + organizationId + "\",clickhouse_service=\"" + s.id
                + "\",clickhouse_service_name=\"" + s.name + "\"";
    }

    private static void metric(StringBuilder text, String name, String type, String help, String labels, long v) {
        text.append("# HELP ").append(name).append(' ').append(help).append('\n');
        text.append("# TYPE ").append(name).append(' ').append(type).append('\n');
        text.append(name).append('{').append(labels).append("} ").append(v).append('\n');
    }

    private static SimResponse prometheus(StringBuilder text) {
        return SimResponse.text(200, "text/plain; charset=UTF-8", text.toString());
    }

    // ---- for products ---------------------------------------------------------------------------------------------

    /**
     * The state of the service a product's request names ({@code {service_id}} in its path), after its due state
     * changes: another organization or an unknown or deleted service is refused with the same 404 as on the
     * services' own routes.
     */
    synchronized String serviceState(SimRequest request) {
        return service(request).state;
    }

    /** The id of the (seeded) service with that name, for products' seed data. */
    synchronized String serviceIdNamed(String name) {
        return services.values().stream()
                .filter(s -> s.name.equals(name))
                .findFirst()
                .map(s -> s.id)
                .orElseThrow(() -> new IllegalArgumentException("no service named " + name));
    }

    // ---- state ----------------------------------------------------------------------------------------------------

    private SimService service(SimRequest request) {
        checkOrganization(request);
        String id = request.param("service_id");
        SimService s = services.get(id);
        if (s != null) {
            advance(s);
        }
        if (s == null || s.gone) {
            services.remove(id);
            throw new SimError(404, "Service " + id + " not found");
        }
        return s;
    }

    private List<SimService> liveServices() {
        services.values().forEach(this::advance);
        services.values().removeIf(s -> s.gone);
        return List.copyOf(services.values());
    }

    private void schedule(SimService s, Duration after, String state, Consumer<SimService> effect) {
        s.steps.add(new Step(clock.deadline(after), state, effect));
    }

    /** Applies every state change and finishes every backup whose time has come. */
    private void advance(SimService s) {
        while (!s.steps.isEmpty() && clock.passed(s.steps.peek().deadline())) {
            Step step = s.steps.poll();
            s.state = step.state();
            step.effect().accept(s);
        }
        for (SimBackup b : s.backups) {
            if (b.finishedAt == null && clock.passed(b.due)) {
                b.finishedAt = clock.now();
            }
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

    private static String releaseChannel(JsonNode value) {
        if (!RELEASE_CHANNELS.contains(value.asText())) {
            throw new SimError(400, "releaseChannel: must be one of 'slow', 'default', 'fast'");
        }
        return value.asText();
    }

    private static void applyEndpoints(SimService s, JsonNode endpoints) {
        for (JsonNode endpoint : array(endpoints, "endpoints")) {
            if (!"mysql".equals(endpoint.path("protocol").asText())) {
                throw new SimError(400, "endpoints: only the 'mysql' endpoint can be enabled or disabled");
            }
            s.mysqlEnabled = endpoint.path("enabled").asBoolean(false);
        }
    }

    private static String ipSource(JsonNode entry, String field) {
        String source = Jsons.optionalText(entry, "source");
        if (source == null || !IP_SOURCE.matcher(source).matches()) {
            throw new SimError(400, field + ".source: Not an IP address or CIDR: " + source);
        }
        return source;
    }

    private static String tagKey(JsonNode tag) {
        String key = Jsons.optionalText(tag, "key");
        String value = Jsons.optionalText(tag, "value");
        if (key == null || key.length() > 128 || !TAG.matcher(key).matches()) {
            throw new SimError(400, "tags.key: must be 1 to 128 letters, digits, '.', '_' or '-'");
        }
        if (value != null && (value.length() > 256 || !TAG.matcher(value).matches())) {
            throw new SimError(400, "tags.value: must be up to 256 letters, digits, '.', '_' or '-'");
        }
        return key;
    }

    private static Iterable<JsonNode> array(JsonNode node, String field) {
        if (!node.isArray()) {
            throw new SimError(400, field + ": must be an array");
        }
        return node;
    }

    private static Iterable<JsonNode> optionalArray(JsonNode node, String field) {
        return node == null || node.isNull() ? List.of() : array(node, field);
    }

    /**
     * An optional integer field from min to max (the spec's {@code minimum} and {@code maximum}); null when absent or
     * JSON null.
     */
    private static Integer integer(JsonNode body, String field, int min, int max) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || value.asLong() < min || value.asLong() > max) {
            throw new SimError(
                    400,
                    field + ": "
                            + (max == Integer.MAX_VALUE
                                    ? "Value must be >= " + min
                                    : "Not between " + min + " and " + max));
        }
        return value.asInt();
    }

    private static Integer memory(JsonNode body, String field) {
        Integer gb = integer(body, field, 8, 356);
        if (gb != null && gb % 4 != 0) {
            throw new SimError(400, field + ": must be a multiple of 4");
        }
        return gb;
    }

    private static String randomPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789~._";
        StringBuilder password = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            password.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return password.toString();
    }

    private static String sha256Base64(String password) {
        try {
            return Base64.getEncoder()
                    .encodeToString(
                            MessageDigest.getInstance("SHA-256").digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    // ---- JSON -----------------------------------------------------------------------------------------------------

    private ObjectNode organizationJson() {
        ObjectNode node = Jsons.object().put("id", organizationId);
        Jsons.putTime(node, "createdAt", organizationCreatedAt);
        node.put("name", "localcloud");
        node.putArray("privateEndpoints");
        node.putArray("byocConfig");
        node.put("enableCoreDumps", true);
        return node;
    }

    /** The service's host label, e.g. {@code 5538bd0a05} in {@code 5538bd0a05.us-east-1.aws.clickhouse.cloud}. */
    private static String shortId(SimService s) {
        return s.id.replace("-", "").substring(0, 10);
    }

    private ObjectNode serviceJson(SimService s) {
        String host = shortId(s) + "." + s.region + "." + s.provider + ".clickhouse.cloud";
        ObjectNode node = Jsons.object()
                .put("id", s.id)
                .put("name", s.name)
                .put("provider", s.provider)
                .put("region", s.region)
                .put("state", s.state)
                .put("clickhouseVersion", "25.8");
        ArrayNode endpoints = node.putArray("endpoints");
        endpoints.addObject().put("protocol", "nativesecure").put("host", host).put("port", 9440);
        endpoints.addObject().put("protocol", "https").put("host", host).put("port", 8443);
        if (s.mysqlEnabled) {
            endpoints
                    .addObject()
                    .put("protocol", "mysql")
                    .put("host", host)
                    .put("port", 3306)
                    .put("username", shortId(s) + "_default");
        }
        node.put("minTotalMemoryGb", s.minReplicaMemoryGb * 3)
                .put("maxTotalMemoryGb", s.maxReplicaMemoryGb * 3)
                .put("minReplicaMemoryGb", s.minReplicaMemoryGb)
                .put("maxReplicaMemoryGb", s.maxReplicaMemoryGb);
        boolean horizontal = s.autoscalingMode.equals("horizontal");
        if (horizontal) {
            node.put("minReplicas", s.minReplicas).put("maxReplicas", s.maxReplicas);
            node.put("replicaMemoryGb", s.maxReplicaMemoryGb);
        } else {
            node.put("numReplicas", s.numReplicas);
        }
        node.put("autoscalingMode", s.autoscalingMode)
                .put("idleScaling", s.idleScaling)
                .put("idleTimeoutMinutes", s.idleTimeoutMinutes);
        ArrayNode ipAccessList = node.putArray("ipAccessList");
        s.ipAccessList.forEach((source, description) ->
                ipAccessList.addObject().put("source", source).put("description", description));
        Jsons.putTime(node, "createdAt", s.createdAt);
        ArrayNode privateEndpointIds = node.putArray("privateEndpointIds");
        s.privateEndpointIds.forEach(privateEndpointIds::add);
        node.putArray("availablePrivateEndpointIds");
        node.put("dataWarehouseId", s.dataWarehouseId)
                .put("isPrimary", true)
                .put("isReadonly", false)
                .put("releaseChannel", s.releaseChannel)
                .put("hasTransparentDataEncryption", false);
        ArrayNode tags = node.putArray("tags");
        s.tags.forEach((key, value) -> {
            ObjectNode tag = tags.addObject().put("key", key);
            if (value != null) {
                tag.put("value", value);
            }
        });
        node.put("enableCoreDumps", s.enableCoreDumps);
        node.putObject("currentScaling")
                .put("effectiveAutoscalingMode", s.autoscalingMode)
                .put("effectiveMinReplicaMemoryGb", s.minReplicaMemoryGb)
                .put("effectiveMaxReplicaMemoryGb", s.maxReplicaMemoryGb)
                .put("effectiveMinReplicas", horizontal ? s.minReplicas : s.numReplicas)
                .put("effectiveMaxReplicas", horizontal ? s.maxReplicas : s.numReplicas)
                .put("effectiveIdleScaling", s.idleScaling)
                .put("effectiveIdleTimeoutMinutes", s.idleTimeoutMinutes);
        return node;
    }

    private ObjectNode backupJson(SimService s, SimBackup b) {
        boolean finished = b.finishedAt != null;
        ObjectNode node = Jsons.object()
                .put("id", b.id)
                .put("status", finished ? "done" : "in_progress")
                .put("serviceId", s.id);
        Jsons.putTime(node, "startedAt", b.startedAt);
        if (finished) {
            Jsons.putTime(node, "finishedAt", b.finishedAt);
        }
        long seconds = finished
                ? Math.max(1, Duration.between(b.startedAt, b.finishedAt).toSeconds())
                : Math.max(0, Duration.between(b.startedAt, clock.now()).toSeconds());
        node.put("sizeInBytes", finished ? b.sizeInBytes : b.sizeInBytes / 2)
                .put("durationInSeconds", seconds)
                .put("type", b.type);
        return node;
    }

    private static ObjectNode backupConfigurationJson(SimService s) {
        ObjectNode node = Jsons.object()
                .put(
                        "backupPeriodInHours",
                        s.backupPeriodInHours == null ? DEFAULT_BACKUP_PERIOD_HOURS : s.backupPeriodInHours)
                .put(
                        "backupRetentionPeriodInHours",
                        s.backupRetentionPeriodInHours == null
                                ? DEFAULT_BACKUP_RETENTION_HOURS
                                : s.backupRetentionPeriodInHours);
        if (s.backupStartTime == null) {
            node.putNull("backupStartTime");
        } else {
            node.put("backupStartTime", s.backupStartTime);
        }
        return node;
    }
}
