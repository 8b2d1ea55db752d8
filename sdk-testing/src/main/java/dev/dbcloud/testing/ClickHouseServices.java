package dev.dbcloud.testing;

import static dev.dbcloud.testing.ClickHouseCloudSimulator.AWAKE_TIME;
import static dev.dbcloud.testing.ClickHouseCloudSimulator.PROVISION_TIME;
import static dev.dbcloud.testing.ClickHouseCloudSimulator.START_TIME;
import static dev.dbcloud.testing.ClickHouseCloudSimulator.STOP_TIME;
import static dev.dbcloud.testing.ClickHouseCloudSimulator.TERMINATE_TIME;
import static dev.dbcloud.testing.ClickHouseCloudSimulator.done;
import static dev.dbcloud.testing.ClickHouseCloudSimulator.ok;
import static dev.dbcloud.testing.ClickHouseCloudSimulator.randomPassword;
import static dev.dbcloud.testing.ClickHouseCloudSimulator.sha256Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The services of the simulated ClickHouse Cloud API: list (with tag filters), create, get, PATCH by deltas,
 * DELETE, state commands, scaling, replica scaling and password resets, under {@code
 * /v1/organizations/{id}/services}. Every refusal names its source: the spec's constraints
 * ({@code clickhouse-cloud-openapi.json}) or {@code reference/clickhouse-cloud.md}.
 */
final class ClickHouseServices {
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

    /** States from which a service can be deleted (reference/clickhouse-cloud.md §9.3, the API's own list). */
    private static final List<String> DELETABLE =
            List.of("provisioning", "starting", "awaking", "idle", "stopped", "degraded", "failed");

    private static final Set<String> STOPPABLE = Set.of("running", "idle", "partially_running", "degraded");
    private static final Set<String> WAKING = Set.of("running", "starting", "awaking", "provisioning");
    private static final Set<String> RELEASE_CHANNELS = Set.of("slow", "default", "fast");
    private static final Pattern IP_SOURCE =
            Pattern.compile("^(\\d{1,3}(\\.\\d{1,3}){3}(/\\d{1,2})?|[0-9a-fA-F:]*:[0-9a-fA-F:]*(/\\d{1,3})?)$");
    private final ClickHouseCloudSimulator cloud;
    private final SimClock clock;

    ClickHouseServices(ClickHouseCloudSimulator cloud) {
        this.cloud = cloud;
        this.clock = cloud.clock();
    }

    void register(Router router) {
        String services = ClickHouseCloudSimulator.ORGANIZATION + "/services";
        String service = services + "/{service_id}";
        router.on("GET", services, cloud.locked(this::listServices))
                .on("POST", services, cloud.locked(this::create))
                .on("GET", service, cloud.locked(this::get))
                .on("PATCH", service, cloud.locked(this::update))
                .on("DELETE", service, cloud.locked(this::delete))
                .on("PATCH", service + "/state", cloud.locked(this::changeState))
                .on("PATCH", service + "/scaling", cloud.locked(this::updateScaling))
                .on("PATCH", service + "/replicaScaling", cloud.locked(this::updateReplicaScaling))
                .on("PATCH", service + "/password", cloud.locked(this::resetPassword));
    }

    private SimResponse listServices(SimRequest request) {
        cloud.checkOrganization(request);
        List<String> filters = request.query().getOrDefault("filter", List.of());
        for (String filter : filters) {
            // reference/clickhouse-cloud.md §6.2: only tag filters
            if (!filter.startsWith("tag:") || filter.length() == 4) {
                throw new SimError(400, "filter: only tag filters are supported (tag:Key=Value or tag:Key)");
            }
        }
        ArrayNode list = Jsons.array();
        for (CloudService s : cloud.liveServices()) {
            if (filters.stream().allMatch(f -> matchesTag(s, f.substring(4)))) {
                list.add(s.json());
            }
        }
        return ok(request, list);
    }

    private static boolean matchesTag(CloudService s, String filter) {
        int eq = filter.indexOf('=');
        if (eq < 0) {
            return s.tags.containsKey(filter);
        }
        String key = filter.substring(0, eq);
        return s.tags.containsKey(key) && filter.substring(eq + 1).equals(s.tags.get(key));
    }

    private SimResponse create(SimRequest request) {
        cloud.checkOrganization(request);
        JsonNode body = request.json();
        CloudService s = new CloudService();
        s.name = CloudFields.name(body.get("name"));
        // reference/clickhouse-cloud.md §9.6: a create requires name, provider and region; the spec's enums, and
        // §7's regions of each provider
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
        s.schedule(clock, PROVISION_TIME, "running", running -> running.startFirstBackup(clock));
        cloud.add(s);
        ObjectNode result = Jsons.object();
        result.set("service", s.json());
        result.put("password", password);
        return ok(request, result);
    }

    private SimResponse get(SimRequest request) {
        return ok(request, cloud.service(request).json());
    }

    private SimResponse update(SimRequest request) {
        CloudService s = cloud.service(request);
        JsonNode body = request.json();
        if (body.has("name")) {
            s.name = CloudFields.name(body.get("name"));
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
        return ok(request, s.json());
    }

    private SimResponse delete(SimRequest request) {
        CloudService s = cloud.service(request);
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
        s.schedule(clock, TERMINATE_TIME, "terminated", gone -> gone.gone = true);
        return done(request);
    }

    private SimResponse changeState(SimRequest request) {
        CloudService s = cloud.service(request);
        // the spec's ServiceStatePatchRequest.command enum; a command the service's state cannot take is a conflict
        // (409), as a delete is (reference/clickhouse-cloud.md §9.3); awake is a no-op on a running or waking
        // service (§9.1)
        String command = Jsons.optionalText(request.json(), "command");
        if (command == null) {
            throw new SimError(400, "command: must be one of 'start', 'stop', 'awake'");
        }
        switch (command) {
            case "stop" -> {
                if (STOPPABLE.contains(s.state)) {
                    s.steps.clear();
                    s.state = "stopping";
                    s.schedule(clock, STOP_TIME, "stopped", stopped -> stopped.settling = true);
                } else if (!s.state.equals("stopping") && !s.state.equals("stopped")) {
                    throw stateConflict("stop", s);
                }
            }
            case "start" -> {
                if (s.state.equals("stopped")) {
                    s.settling = false;
                    s.state = "starting";
                    s.schedule(clock, START_TIME, "running", started -> {});
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
        return ok(request, s.json());
    }

    private void awaken(CloudService s) {
        s.state = "awaking";
        s.schedule(clock, AWAKE_TIME, "running", awake -> {});
    }

    private static SimError stateConflict(String command, CloudService s) {
        return new SimError(409, "Cannot " + command + " a service in state '" + s.state + "'");
    }

    private SimResponse updateScaling(SimRequest request) {
        CloudService s = cloud.service(request);
        JsonNode body = request.json();
        Integer minTotal = integer(body, "minTotalMemoryGb", 24, 1068);
        Integer maxTotal = integer(body, "maxTotalMemoryGb", 24, 1068);
        // the spec: "Must be a multiple of 12", the band's minimum not above its maximum
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
        Integer idleTimeout = integer(body, "idleTimeoutMinutes", 5, Jsons.NO_MAXIMUM);
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
        return ok(request, s.json());
    }

    private SimResponse updateReplicaScaling(SimRequest request) {
        CloudService s = cloud.service(request);
        applyReplicaScaling(s, request.json());
        return ok(request, s.json());
    }

    /** The replica-scaling fields shared by create and {@code PATCH …/replicaScaling}; omitted ones are kept. */
    private static void applyReplicaScaling(CloudService s, JsonNode body) {
        // the spec's ServiceReplicaScalingPatchRequest: the autoscalingMode enum, numReplicas "mutually exclusive with
        // minReplicas/maxReplicas", which "must be provided together", each band's minimum not above its maximum
        String mode = Jsons.optionalText(body, "autoscalingMode");
        if (mode != null && !mode.equals("vertical") && !mode.equals("horizontal")) {
            throw new SimError(400, "autoscalingMode: must be 'vertical' or 'horizontal'");
        }
        Integer min = memory(body, "minReplicaMemoryGb");
        Integer max = memory(body, "maxReplicaMemoryGb");
        Integer replicas = integer(body, "numReplicas", 1, 20);
        Integer minReplicas = integer(body, "minReplicas", 1, 20);
        Integer maxReplicas = integer(body, "maxReplicas", 1, 20);
        Integer idleTimeout = integer(body, "idleTimeoutMinutes", 5, Jsons.NO_MAXIMUM);
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

    private SimResponse resetPassword(SimRequest request) {
        CloudService s = cloud.service(request);
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
        // reference/clickhouse-cloud.md §7: Base64 of the 32-byte SHA-256; lower-case hex of the double SHA-1 (§4
        // shows the API's "Not a sha256sum")
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

    // ---- request fields -------------------------------------------------------------------------------------------

    /** The spec's releaseChannel enum. */
    private static String releaseChannel(JsonNode value) {
        if (!RELEASE_CHANNELS.contains(value.asText())) {
            throw new SimError(400, "releaseChannel: must be one of 'slow', 'default', 'fast'");
        }
        return value.asText();
    }

    /** The spec's ServiceEndpointChange: protocol enum {@code ["mysql"]}. */
    private static void applyEndpoints(CloudService s, JsonNode endpoints) {
        for (JsonNode endpoint : array(endpoints, "endpoints")) {
            if (!"mysql".equals(endpoint.path("protocol").asText())) {
                throw new SimError(400, "endpoints: only the 'mysql' endpoint can be enabled or disabled");
            }
            s.mysqlEnabled = endpoint.path("enabled").asBoolean(false);
        }
    }

    /** The spec's IpAccessListEntry.source: "IP or CIDR". */
    private static String ipSource(JsonNode entry, String field) {
        String source = Jsons.optionalText(entry, "source");
        if (source == null || !IP_SOURCE.matcher(source).matches()) {
            throw new SimError(400, field + ".source: Not an IP address or CIDR: " + source);
        }
        return source;
    }

    /** A tag of a create or a delta: the key, after checking the key and the optional value. */
    private static String tagKey(JsonNode tag) {
        String key = CloudFields.tagKey(tag);
        CloudFields.tagValue(tag, false);
        return key;
    }

    /** The spec's array type. */
    private static Iterable<JsonNode> array(JsonNode node, String field) {
        if (!node.isArray()) {
            throw new SimError(400, field + ": must be an array");
        }
        return node;
    }

    private static Iterable<JsonNode> optionalArray(JsonNode node, String field) {
        return node == null || node.isNull() ? List.of() : array(node, field);
    }

    /** {@link Jsons#bounded} as an int. */
    private static Integer integer(JsonNode body, String field, long min, long max) {
        Long value = Jsons.bounded(body, field, min, max);
        return value == null ? null : value.intValue();
    }

    /** A replica's memory: the spec's minimum 8, maximum 356 and multipleOf 4. */
    private static Integer memory(JsonNode body, String field) {
        Integer gb = integer(body, field, 8, 356);
        if (gb != null && gb % 4 != 0) {
            throw new SimError(400, field + ": must be a multiple of 4");
        }
        return gb;
    }
}
