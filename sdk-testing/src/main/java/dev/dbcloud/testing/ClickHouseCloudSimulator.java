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
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
 * <p>This class holds the organization, the key, the envelopes and the services' registry; the routes live in
 * {@link ClickHouseServices}, {@link ClickHouseBackups}, {@link ClickHouseServiceConfiguration}, {@link
 * ClickHouseClickStack} and {@link ClickHousePrometheus}, each service in a {@link
 * CloudService}, all under this simulator's lock.
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

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SimClock clock;
    private final String authorization;
    private final String organizationId;
    private final Instant organizationCreatedAt;
    private final Map<String, CloudService> services = new LinkedHashMap<>();
    private final List<Product> products;

    ClickHouseCloudSimulator(
            SimClock clock, String keyId, String keySecret, String organizationId, Product... products) {
        this.clock = clock;
        this.authorization = keyId + ":" + keySecret;
        this.organizationId = organizationId;
        this.products = List.of(products);
        Instant now = clock.now();
        this.organizationCreatedAt = now.minus(Duration.ofDays(400));
        CloudService analytics = seed("analytics", "aws", "us-east-1", "running", now.minus(Duration.ofDays(200)));
        analytics.tags.put("env", "prod");
        analytics.tags.put("team", "data");
        analytics.minReplicaMemoryGb = 16;
        analytics.maxReplicaMemoryGb = 64;
        for (int day = 3; day >= 1; day--) {
            Instant started = now.minus(Duration.ofDays(day));
            CloudService.Backup backup =
                    new CloudService.Backup(day == 3 ? "full" : "incremental", started, 7_340_032_000L / day);
            backup.finishedAt = started.plus(Duration.ofMinutes(4));
            analytics.backups.add(backup);
        }
        CloudService staging = seed("staging", "aws", "eu-west-1", "idle", now.minus(Duration.ofDays(90)));
        staging.tags.put("env", "staging");
        staging.tags.put("team", "data");
        staging.numReplicas = 2;
        CloudService.Backup stagingBackup =
                new CloudService.Backup("full", now.minus(Duration.ofHours(20)), 524_288_000L);
        stagingBackup.finishedAt = stagingBackup.startedAt.plus(Duration.ofMinutes(2));
        staging.backups.add(stagingBackup);
        CloudService archive = seed("archive", "gcp", "europe-west4", "stopped", now.minus(Duration.ofDays(300)));
        archive.tags.put("env", "prod");
        archive.tags.put("team", "finance");
    }

    private CloudService seed(String name, String provider, String region, String state, Instant createdAt) {
        CloudService s = new CloudService();
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
        router.on("GET", "/v1/organizations", this::listOrganizations).on("GET", ORGANIZATION, this::getOrganization);
        new ClickHouseServices(this).register(router);
        new ClickHouseBackups(this).register(router);
        new ClickHouseServiceConfiguration(this).register(router);
        new ClickHousePrometheus(this).register(router);
        new ClickHouseClickStack(this).register(router);
        for (Product product : products) {
            product.register(router, this);
        }
    }

    /**
     * A handler run under this simulator's lock, the one that guards the services: for the routes of services,
     * backups and Prometheus text, which share them.
     */
    Router.Handler locked(Router.Handler handler) {
        return Router.locked(this, handler);
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

    /** The Base64 SHA-256 of the password the service now accepts, as the API stores it. */
    synchronized String passwordHash(String serviceId) {
        CloudService s = services.get(serviceId);
        return s == null ? null : s.passwordHash;
    }

    /** The MySQL double-SHA-1 hash the service now accepts, if one was sent. */
    synchronized String doubleSha1Hash(String serviceId) {
        CloudService s = services.get(serviceId);
        return s == null ? null : s.doubleSha1Hash;
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

    // ---- state, for the routes of services, backups and Prometheus text (under the lock) -------------------------

    /**
     * The service a request names ({@code {service_id}}), after its due state changes; another organization or an
     * unknown or deleted service is a 404.
     */
    CloudService service(SimRequest request) {
        checkOrganization(request);
        String id = request.param("service_id");
        CloudService s = services.get(id);
        if (s != null) {
            s.advance(clock);
        }
        if (s == null || s.gone) {
            services.remove(id);
            throw new SimError(404, "Service " + id + " not found");
        }
        return s;
    }

    /** Every service that exists, after its due state changes. */
    List<CloudService> liveServices() {
        services.values().forEach(s -> s.advance(clock));
        services.values().removeIf(s -> s.gone);
        return List.copyOf(services.values());
    }

    /** Adds a new service. */
    void add(CloudService s) {
        services.put(s.id, s);
    }

    // ---- passwords ------------------------------------------------------------------------------------------------

    /** A password such as the API generates. */
    static String randomPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789~._";
        StringBuilder password = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            password.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return password.toString();
    }

    /** The Base64 SHA-256 of a password, as the API stores it. */
    static String sha256Base64(String password) {
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
}
