package dev.dbcloud.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Tinybird's Organizations API for dedicated clusters, simulated: clusters, the configuration catalogue, weights
 * guarded by {@code old_weights} (a stale write is a 409), replicas added ({@code adding → running}) and removed,
 * and {@code operation_in_progress} for a while after each write, during which other writes are refused with 409.
 * Authentication by {@code Authorization: Bearer} or the {@code token} query parameter; {@code /v0/regions} is
 * open. Errors are {@code {"error": "…"}}.
 */
final class TinybirdSimulator implements SimulatedApi {
    static final Duration WEIGHTS_TIME = Duration.ofSeconds(30);
    static final Duration ADD_REPLICA_TIME = Duration.ofSeconds(90);
    static final Duration REMOVE_REPLICA_TIME = Duration.ofMinutes(1);

    private static final Set<String> ROLES = Set.of("writer", "reader", "copyjob");

    private record Size(String name, int cpu, int memoryGb) {}

    private static final Map<String, List<Size>> SIZES = Map.of(
            "aws",
            List.of(
                    new Size("4-32", 4, 32),
                    new Size("8-32", 8, 32),
                    new Size("16-64", 16, 64),
                    new Size("32-128", 32, 128),
                    new Size("48-192", 48, 192),
                    new Size("64-256", 64, 256),
                    new Size("96-384", 96, 384),
                    new Size("128-512", 128, 512)),
            "gcp",
            List.of(
                    new Size("4-16", 4, 16),
                    new Size("4-32", 4, 32),
                    new Size("8-32", 8, 32),
                    new Size("16-64", 16, 64),
                    new Size("32-128", 32, 128),
                    new Size("80-320", 80, 320)));

    private static final Map<String, List<String>> CLOUD_REGIONS = Map.of(
            "aws", List.of("us-east-1", "us-west-2", "eu-central-1", "eu-west-1", "ap-east-1"),
            "gcp", List.of("europe-west3", "us-east4", "europe-west2", "northamerica-northeast2"));

    private static final class Replica {
        final String name;
        final Size size;
        String state;

        Replica(String name, Size size, String state) {
            this.name = name;
            this.size = size;
            this.state = state;
        }
    }

    private static final class Cluster {
        final String id;
        final String name;
        final String provider;
        final String region;
        final Map<String, Map<String, Integer>> weights = new LinkedHashMap<>();
        final Map<String, Replica> replicas = new LinkedHashMap<>();
        long busyUntil;

        Cluster(String id, String name, String provider, String region) {
            this.id = id;
            this.name = name;
            this.provider = provider;
            this.region = region;
        }
    }

    private final SimClock clock;
    private final String token;
    private final String organizationId;
    private final Map<String, Cluster> clusters = new LinkedHashMap<>();

    TinybirdSimulator(SimClock clock, String token, String organizationId) {
        this.clock = clock;
        this.token = token;
        this.organizationId = organizationId;
        seed("dedicated-aws-eu-west-1-01", "analytics-eu", "aws", "eu-west-1", 1);
        seed("dedicated-aws-us-east-1-01", "analytics-us", "aws", "us-east-1", 2);
        seed("dedicated-gcp-europe-west3-01", "events-eu", "gcp", "europe-west3", 1);
    }

    private void seed(String id, String name, String provider, String region, int replicas) {
        Cluster c = new Cluster(id, name, provider, region);
        Size size = SIZES.get(provider).get(2);
        for (int i = 1; i <= replicas; i++) {
            String replica = "replica-" + i;
            c.replicas.put(replica, new Replica(replica, size, "running"));
            int weight = i == 1 ? 100 : 0;
            c.weights.computeIfAbsent("writer", r -> new LinkedHashMap<>()).put(replica, weight);
            c.weights.computeIfAbsent("reader", r -> new LinkedHashMap<>()).put(replica, 100 / replicas);
        }
        clusters.put(id, c);
    }

    @Override
    public String name() {
        return "tinybird";
    }

    @Override
    public void register(Router router) {
        String org = "/v0/organizations/{organization_id}";
        router.open("GET", "/v0/regions", r -> regions())
                .on("GET", org + "/clusters", this::list)
                .on("GET", org + "/clusters-configuration", this::configuration)
                .on("PUT", org + "/clusters/{cluster_id}/weights", this::updateWeights)
                .on("POST", org + "/clusters/{cluster_id}/replicas", this::addReplica)
                .on("POST", org + "/clusters/{cluster_id}/replicas/{replica_name}", this::addReplica)
                .on("DELETE", org + "/clusters/{cluster_id}/replicas/{replica_name}", this::removeReplica);
    }

    @Override
    public boolean authorized(SimRequest request) {
        return request.header("Authorization")
                        .filter(("Bearer " + token)::equals)
                        .isPresent()
                || request.queryParam("token").filter(token::equals).isPresent();
    }

    @Override
    public SimResponse error(int status, String message, String requestId) {
        ObjectNode body = Jsons.object();
        body.put("error", message);
        return SimResponse.json(status, body);
    }

    @Override
    public Map<String, String> rateLimitHeaders() {
        return Map.of(
                "Retry-After", "1", "X-RateLimit-Limit", "100", "X-RateLimit-Remaining", "0", "X-RateLimit-Reset", "1");
    }

    @Override
    public Map<String, String> commonHeaders(String requestId) {
        return Map.of();
    }

    // ---- routes -------------------------------------------------------------------------------------------------

    private static SimResponse regions() {
        ObjectNode body = Jsons.object();
        ArrayNode regions = body.putArray("regions");
        regions.addObject()
                .put("name", "EU (GCP)")
                .put("api_host", "https://api.tinybird.co")
                .put("provider", "gcp");
        regions.addObject()
                .put("name", "US East (GCP)")
                .put("api_host", "https://api.us-east.tinybird.co")
                .put("provider", "gcp");
        regions.addObject()
                .put("name", "EU West 1 (AWS)")
                .put("api_host", "https://api.eu-west-1.aws.tinybird.co")
                .put("provider", "aws");
        regions.addObject()
                .put("name", "US East (AWS)")
                .put("api_host", "https://api.us-east.aws.tinybird.co")
                .put("provider", "aws");
        return SimResponse.json(200, body);
    }

    private synchronized SimResponse list(SimRequest request) {
        checkOrganization(request);
        ObjectNode body = Jsons.object();
        ArrayNode list = body.putArray("clusters");
        for (Cluster c : clusters.values()) {
            advance(c);
            list.add(clusterJson(c));
        }
        return SimResponse.json(200, body);
    }

    private SimResponse configuration(SimRequest request) {
        checkOrganization(request);
        ObjectNode body = Jsons.object();
        ObjectNode regions = body.putObject("cloud_regions");
        ObjectNode sizes = body.putObject("available_sizes");
        for (String provider : List.of("aws", "gcp")) {
            ArrayNode names = regions.putArray(provider);
            CLOUD_REGIONS.get(provider).forEach(names::add);
            ArrayNode list = sizes.putArray(provider);
            for (Size size : SIZES.get(provider)) {
                list.addObject().put("name", size.name()).put("cpu", size.cpu()).put("memory_gb", size.memoryGb());
            }
        }
        ArrayNode roles = body.putArray("available_roles");
        List.of("writer", "reader", "copyjob").forEach(roles::add);
        return SimResponse.json(200, body);
    }

    private synchronized SimResponse updateWeights(SimRequest request) {
        Cluster c = writableCluster(request);
        JsonNode body = request.json();
        checkOldWeights(c, weights(body.get("old_weights"), "old_weights"));
        replaceWeights(c, newWeights(c, body.get("new_weights"), "new_weights"));
        c.busyUntil = clock.deadline(WEIGHTS_TIME);
        ObjectNode answer = Jsons.object().put("cluster_id", c.id);
        answer.set("updated_weights", weightsJson(c.weights));
        answer.put("operation", "weight_update_requested");
        return SimResponse.json(200, answer);
    }

    private synchronized SimResponse addReplica(SimRequest request) {
        Cluster c = writableCluster(request);
        JsonNode body = request.json();
        // reference/tinybird.md §4: replica_size names one of the provider's sizes of clusters-configuration
        String sizeName = body.path("replica_size").asText("");
        Size size = SIZES.get(c.provider).stream()
                .filter(s -> s.name().equals(sizeName))
                .findFirst()
                .orElseThrow(() -> new SimError(
                        400,
                        "replica_size '" + sizeName + "' is not available on " + c.provider + "; see"
                                + " clusters-configuration"));
        // reference/tinybird.md §4: old_weights is required on add too; it travels in existing_replicas
        JsonNode existing = body.path("existing_replicas");
        checkOldWeights(c, weights(existing.get("old_weights"), "existing_replicas.old_weights"));
        Map<String, Map<String, Integer>> newWeights =
                newWeights(c, existing.get("new_weights"), "existing_replicas.new_weights");
        JsonNode newReplica = body.path("new_replica");
        String name = request.param("replica_name") != null ? request.param("replica_name") : nextReplicaName(c);
        if (c.replicas.containsKey(name)) {
            // reference/tinybird.md §3: 409 is a conflict with the current state of the target
            throw new SimError(409, "replica " + name + " already exists");
        }
        for (Map.Entry<String, JsonNode> role : newReplica.properties()) {
            checkRole(role.getKey(), "new_replica");
            newWeights
                    .computeIfAbsent(role.getKey(), r -> new LinkedHashMap<>())
                    .put(name, weight(role.getValue(), "new_replica." + role.getKey()));
        }
        c.replicas.put(name, new Replica(name, size, "adding"));
        replaceWeights(c, newWeights);
        c.busyUntil = clock.deadline(ADD_REPLICA_TIME);
        ObjectNode answer = Jsons.object().put("cluster_id", c.id);
        answer.set("new_replica", replicaJson(c.replicas.get(name)));
        answer.put("operation", "replica_add_requested");
        return SimResponse.json(200, answer);
    }

    private synchronized SimResponse removeReplica(SimRequest request) {
        Cluster c = writableCluster(request);
        String name = request.param("replica_name");
        Replica replica = c.replicas.get(name);
        if (replica == null) {
            throw new SimError(404, "Replica " + name + " not found in cluster " + c.id);
        }
        JsonNode body = request.json();
        checkOldWeights(c, weights(body.get("old_weights"), "old_weights"));
        Map<String, Map<String, Integer>> newWeights = newWeights(c, body.get("new_weights"), "new_weights");
        if (body.hasNonNull("new_weights")) {
            notMentioned(newWeights, name);
        } else {
            newWeights.values().forEach(replicas -> replicas.remove(name));
        }
        replica.state = "removing";
        replaceWeights(c, newWeights);
        c.busyUntil = clock.deadline(REMOVE_REPLICA_TIME);
        ObjectNode answer = Jsons.object().put("cluster_id", c.id).put("removed_replica", name);
        answer.set("updated_weights", weightsJson(c.weights));
        answer.put("operation", "replica_delete_requested");
        return SimResponse.json(200, answer);
    }

    // ---- state --------------------------------------------------------------------------------------------------

    private void checkOrganization(SimRequest request) {
        if (!organizationId.equals(request.param("organization_id"))) {
            throw new SimError(404, "Organization " + request.param("organization_id") + " not found");
        }
    }

    private Cluster writableCluster(SimRequest request) {
        checkOrganization(request);
        Cluster c = clusters.get(request.param("cluster_id"));
        if (c == null) {
            throw new SimError(404, "Cluster " + request.param("cluster_id") + " not found");
        }
        advance(c);
        if (c.busyUntil != 0) {
            // reference/tinybird.md §4: while one operation runs no other is accepted (409: §3, a state conflict)
            throw new SimError(
                    409,
                    "An operation is already in progress on cluster " + c.id + "; try again when"
                            + " operation_in_progress is false");
        }
        return c;
    }

    /** Finishes the running operation once its time has passed. */
    private void advance(Cluster c) {
        if (c.busyUntil == 0 || !clock.passed(c.busyUntil)) {
            return;
        }
        c.busyUntil = 0;
        c.replicas.values().removeIf(r -> r.state.equals("removing"));
        c.replicas.values().forEach(r -> r.state = "running");
    }

    /** reference/tinybird.md §4: old_weights must equal the cluster's current weights, a concurrency guard. */
    private static void checkOldWeights(Cluster c, Map<String, Map<String, Integer>> oldWeights) {
        if (!normalized(oldWeights).equals(normalized(c.weights))) {
            throw new SimError(
                    409,
                    "old_weights do not match the cluster's current weights " + weightsJson(c.weights)
                            + "; read them again and retry");
        }
    }

    /** The new weights sent, or the cluster's current ones when none are: the docs require only old_weights. */
    private static Map<String, Map<String, Integer>> newWeights(Cluster c, JsonNode node, String field) {
        if (node != null && !node.isNull()) {
            return weights(node, field);
        }
        Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
        c.weights.forEach((role, replicas) -> copy.put(role, new LinkedHashMap<>(replicas)));
        return copy;
    }

    /** reference/tinybird.md §4: a removal's new_weights must not mention the removed replica. */
    private static void notMentioned(Map<String, Map<String, Integer>> weights, String removed) {
        for (Map<String, Integer> replicas : weights.values()) {
            if (replicas.containsKey(removed)) {
                throw new SimError(400, "new_weights must not include the removed replica " + removed);
            }
        }
    }

    private static void replaceWeights(Cluster c, Map<String, Map<String, Integer>> weights) {
        Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
        weights.forEach((role, replicas) -> copy.put(role, new LinkedHashMap<>(replicas)));
        c.weights.clear();
        c.weights.putAll(copy);
    }

    private static String nextReplicaName(Cluster c) {
        int next = 1;
        for (String name : c.replicas.keySet()) {
            if (name.startsWith("replica-")) {
                try {
                    next = Math.max(next, Integer.parseInt(name.substring("replica-".length())) + 1);
                } catch (NumberFormatException e) {
                    // a replica named otherwise does not take part in the numbering
                }
            }
        }
        return "replica-" + next;
    }

    /**
     * Reads a weights object; role and weight rules are the API's documented ones (reference/tinybird.md §4: roles
     * writer, reader and copyjob, weights 0..65535).
     */
    private static Map<String, Map<String, Integer>> weights(JsonNode node, String field) {
        if (node == null || !node.isObject()) {
            throw new SimError(400, field + " is required and must be an object of role -> replica -> weight");
        }
        Map<String, Map<String, Integer>> weights = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> role : node.properties()) {
            checkRole(role.getKey(), field);
            if (!role.getValue().isObject()) {
                throw new SimError(400, field + "." + role.getKey() + " must be an object of replica -> weight");
            }
            Map<String, Integer> replicas = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> replica : role.getValue().properties()) {
                replicas.put(
                        replica.getKey(),
                        weight(replica.getValue(), field + "." + role.getKey() + "." + replica.getKey()));
            }
            weights.put(role.getKey(), replicas);
        }
        return weights;
    }

    private static void checkRole(String role, String field) {
        if (!ROLES.contains(role)) {
            throw new SimError(400, field + ": unknown role " + role + "; roles are writer, reader, copyjob");
        }
    }

    private static int weight(JsonNode value, String field) {
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.asInt() < 0 || value.asInt() > 65535) {
            throw new SimError(400, field + " must be an integer from 0 to 65535");
        }
        return value.asInt();
    }

    /** Weights compared without order and without empty roles. */
    private static Map<String, Map<String, Integer>> normalized(Map<String, Map<String, Integer>> weights) {
        Map<String, Map<String, Integer>> normalized = new TreeMap<>();
        weights.forEach((role, replicas) -> {
            if (!replicas.isEmpty()) {
                normalized.put(role, new TreeMap<>(replicas));
            }
        });
        return normalized;
    }

    // ---- JSON ---------------------------------------------------------------------------------------------------

    private ObjectNode clusterJson(Cluster c) {
        boolean busy = c.busyUntil != 0;
        ObjectNode node = Jsons.object()
                .put("cluster_id", c.id)
                .put("cluster_name", c.name)
                .put("cloud_provider", c.provider)
                .put("cloud_region", c.region)
                .put("operation_in_progress", busy)
                .put("can_rebalance", !busy)
                .put("can_scale", !busy);
        node.set("cluster_weights", weightsJson(c.weights));
        ObjectNode replicas = node.putObject("replicas");
        c.replicas.values().forEach(r -> replicas.set(r.name, replicaJson(r)));
        node.putNull("error");
        node.put("ongoing_maintenance", false);
        node.put("clickhouse_version", "24.8");
        ArrayNode versions = node.putArray("available_clickhouse_versions");
        versions.add("24.8").add("24.12");
        node.putNull("rolling_update_config");
        return node;
    }

    private static ObjectNode replicaJson(Replica r) {
        return Jsons.object()
                .put("name", r.name)
                .put("cpu", r.size.cpu())
                .put("memory_gb", r.size.memoryGb())
                .put("state", r.state);
    }

    private static ObjectNode weightsJson(Map<String, Map<String, Integer>> weights) {
        ObjectNode node = Jsons.object();
        weights.forEach((role, replicas) -> {
            ObjectNode roleNode = node.putObject(role);
            replicas.forEach(roleNode::put);
        });
        return node;
    }
}
