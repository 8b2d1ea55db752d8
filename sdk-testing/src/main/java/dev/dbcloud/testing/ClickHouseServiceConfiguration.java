package dev.dbcloud.testing;

import static dev.dbcloud.testing.ClickHouseCloudSimulator.done;
import static dev.dbcloud.testing.ClickHouseCloudSimulator.ok;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A simulated service's configuration under {@code …/services/{serviceId}}: its ClickHouse settings ({@code
 * clickhouseSettings}, with a small schema), its autoscaling schedule ({@code scalingSchedule}), its upgrade window
 * ({@code upgradeWindow}) and its custom backup bucket ({@code backupBucket}). Refusals follow the spec
 * ({@code clickhouse-cloud-openapi.json}): its required fields, ranges and the secrets a bucket update must carry;
 * reads of what was never set answer 404, as the spec documents for the schedule and the window.
 */
final class ClickHouseServiceConfiguration {
    private static final Set<Integer> UPGRADE_START_HOURS = Set.of(0, 6, 12, 18);
    private static final List<String> BUCKET_PROVIDERS = List.of("AWS", "GCP", "AZURE");
    /** Per provider, the fields a bucket answer shows; the secrets are never returned. */
    private static final Map<String, List<String>> BUCKET_FIELDS = Map.of(
            "AWS", List.of("bucketPath", "iamRoleArn", "iamRoleSessionName"),
            "GCP", List.of("bucketPath", "accessKeyId"),
            "AZURE", List.of("containerName"));
    /** Per provider, the secret the spec says an update always needs. */
    private static final Map<String, String> BUCKET_SECRETS =
            Map.of("GCP", "secretAccessKey", "AZURE", "connectionString");

    private final ClickHouseCloudSimulator cloud;

    ClickHouseServiceConfiguration(ClickHouseCloudSimulator cloud) {
        this.cloud = cloud;
    }

    void register(Router router) {
        String service = ClickHouseCloudSimulator.ORGANIZATION + "/services/{service_id}";
        String settings = service + "/clickhouseSettings";
        router.on("GET", settings, cloud.locked(this::listSettings))
                .on("PATCH", settings, cloud.locked(this::updateSettings))
                .on("GET", settings + "/schema", cloud.locked(this::settingsSchema))
                .on("GET", settings + "/{setting_name}", cloud.locked(this::getSetting))
                .on("DELETE", settings + "/{setting_name}", cloud.locked(this::deleteSetting))
                .on("GET", service + "/scalingSchedule", cloud.locked(this::getSchedule))
                .on("POST", service + "/scalingSchedule", cloud.locked(this::upsertSchedule))
                .on("DELETE", service + "/scalingSchedule", cloud.locked(this::deleteSchedule))
                .on("GET", service + "/upgradeWindow", cloud.locked(this::getWindow))
                .on("PUT", service + "/upgradeWindow", cloud.locked(this::putWindow))
                .on("DELETE", service + "/upgradeWindow", cloud.locked(this::deleteWindow))
                .on("GET", service + "/backupBucket", cloud.locked(this::getBucket))
                .on("POST", service + "/backupBucket", cloud.locked(this::createBucket))
                .on("PATCH", service + "/backupBucket", cloud.locked(this::updateBucket))
                .on("DELETE", service + "/backupBucket", cloud.locked(this::deleteBucket));
    }

    // ---- ClickHouse settings ----------------------------------------------------------------------------------------

    private SimResponse listSettings(SimRequest request) {
        CloudService s = cloud.service(request);
        ArrayNode list = Jsons.array();
        s.clickhouseSettings.forEach((name, value) -> list.add(setting(name, value)));
        return ok(request, Jsons.object().set("settings", list));
    }

    private SimResponse updateSettings(SimRequest request) {
        CloudService s = cloud.service(request);
        JsonNode settings = request.json().get("settings");
        // the spec: ServiceClickhouseSettingsPatchRequest.settings, required, a string holding a JSON object
        if (settings == null || !settings.isTextual()) {
            throw new SimError(400, "settings: Expected string");
        }
        JsonNode values;
        try {
            values = Jsons.read(settings.asText());
        } catch (RuntimeException e) {
            throw new SimError(400, "settings: must be a JSON object");
        }
        if (!values.isObject()) {
            throw new SimError(400, "settings: must be a JSON object");
        }
        ObjectNode applied = Jsons.object();
        ArrayNode warnings = Jsons.array();
        for (Map.Entry<String, JsonNode> e : values.properties()) {
            String value = e.getValue().isValueNode()
                    ? e.getValue().asText()
                    : e.getValue().toString();
            s.clickhouseSettings.put(e.getKey(), value);
            applied.put(e.getKey(), value);
            if (e.getKey().equals("compatibility")) {
                warnings.add(Jsons.object()
                        .put("name", "compatibility")
                        .put(
                                "message",
                                "Changing the compatibility version without comprehensive testing can cause query"
                                        + " failures or instability."));
            }
        }
        ObjectNode result = Jsons.object().put("settings", Jsons.write(applied));
        result.set("warnings", warnings);
        return ok(request, result);
    }

    private SimResponse settingsSchema(SimRequest request) {
        cloud.service(request);
        ArrayNode list = Jsons.array();
        list.add(Jsons.object()
                .put("name", "compatibility")
                .put("type", "string")
                .put("description", "ClickHouse version compatibility setting.")
                .put("warning", "Changing this setting without comprehensive testing can cause instability.")
                .put("example", "24.8"));
        list.add(Jsons.object()
                .put("name", "keep_alive_timeout")
                .put("type", "integer")
                .put("description", "Seconds an idle HTTP connection is kept open.")
                .put("example", "10"));
        return ok(request, Jsons.object().set("settings", list));
    }

    private SimResponse getSetting(SimRequest request) {
        CloudService s = cloud.service(request);
        String name = request.param("setting_name");
        String value = s.clickhouseSettings.get(name);
        if (value == null) {
            throw new SimError(404, "Setting " + name + " is not configured for service " + s.id);
        }
        return ok(request, setting(name, value));
    }

    private SimResponse deleteSetting(SimRequest request) {
        // the spec: deleting a setting that was never configured is a no-op (200 OK)
        cloud.service(request).clickhouseSettings.remove(request.param("setting_name"));
        return done(request);
    }

    private static ObjectNode setting(String name, String value) {
        return Jsons.object().put("name", name).put("value", value);
    }

    // ---- scaling schedule ---------------------------------------------------------------------------------------

    private SimResponse getSchedule(SimRequest request) {
        CloudService s = cloud.service(request);
        if (s.scalingScheduleEntries == null) {
            throw new SimError(404, "No scaling schedule configured for service " + s.id);
        }
        return ok(request, schedule(s, false));
    }

    private SimResponse upsertSchedule(SimRequest request) {
        CloudService s = cloud.service(request);
        JsonNode entries = request.json().get("entries");
        if (entries == null || !entries.isArray()) {
            throw new SimError(400, "entries is required");
        }
        ArrayNode stored = Jsons.array();
        for (int i = 0; i < entries.size(); i++) {
            stored.add(entry(entries.get(i), "entries." + i));
        }
        // the spec: an empty entries array clears the schedule; the answer's baseConfig is then empty
        s.scalingScheduleEntries = stored.isEmpty() ? null : stored;
        return ok(request, schedule(s, stored.isEmpty()));
    }

    private SimResponse deleteSchedule(SimRequest request) {
        CloudService s = cloud.service(request);
        if (s.scalingScheduleEntries == null) {
            throw new SimError(404, "No scaling schedule configured for service " + s.id);
        }
        s.scalingScheduleEntries = null;
        return done(request);
    }

    /** One entry checked against ScalingScheduleEntryRequest and stored as ScalingScheduleEntry. */
    private static ObjectNode entry(JsonNode request, String at) {
        ObjectNode entry = Jsons.object().put("id", UUID.randomUUID().toString());
        entry.put("name", Jsons.requireText(request, "name"));
        JsonNode weekdays = request.get("weekdays");
        if (weekdays == null || !weekdays.isArray() || weekdays.isEmpty()) {
            throw new SimError(400, at + ".weekdays: Array must contain at least 1 element(s)");
        }
        for (JsonNode day : weekdays) {
            if (!day.isIntegralNumber() || day.asInt() < 0 || day.asInt() > 6) {
                throw new SimError(400, at + ".weekdays: Not between 0 and 6");
            }
        }
        entry.set("weekdays", weekdays);
        Long start = Jsons.bounded(request, "startHourUtc", 0, 23);
        Long end = Jsons.bounded(request, "endHourUtc", 1, 24);
        if (start == null || end == null) {
            throw new SimError(400, at + ": startHourUtc and endHourUtc are required");
        }
        if (start.equals(end)) {
            throw new SimError(400, at + ".endHourUtc: must differ from startHourUtc");
        }
        entry.put("startHourUtc", start).put("endHourUtc", end);
        entry.put("autoscalingMode", request.path("autoscalingMode").asText("vertical"));
        for (String field : List.of("minReplicaMemoryGb", "maxReplicaMemoryGb", "idleTimeoutMinutes")) {
            if (request.hasNonNull(field)) {
                entry.set(field, request.get(field));
            }
        }
        if (request.hasNonNull("numReplicas")) {
            // the spec: a vertical entry reports its fixed count as an equal min and max
            entry.set("minReplicas", request.get("numReplicas"));
            entry.set("maxReplicas", request.get("numReplicas"));
        } else if (request.hasNonNull("minReplicas") && request.hasNonNull("maxReplicas")) {
            entry.set("minReplicas", request.get("minReplicas"));
            entry.set("maxReplicas", request.get("maxReplicas"));
        }
        if (request.hasNonNull("idleScaling")) {
            entry.set("idleScaling", request.get("idleScaling"));
        }
        return entry.put("isActiveNow", false);
    }

    private static ObjectNode schedule(CloudService s, boolean cleared) {
        ObjectNode schedule = Jsons.object();
        schedule.set("entries", s.scalingScheduleEntries == null ? Jsons.array() : s.scalingScheduleEntries);
        ObjectNode base = Jsons.object();
        if (!cleared) {
            base.put("autoscalingMode", s.autoscalingMode)
                    .put("minReplicaMemoryGb", s.minReplicaMemoryGb)
                    .put("maxReplicaMemoryGb", s.maxReplicaMemoryGb)
                    .put("minReplicas", s.minReplicas)
                    .put("maxReplicas", s.maxReplicas)
                    .put("idleScaling", s.idleScaling)
                    .put("idleTimeoutMinutes", s.idleTimeoutMinutes);
        }
        schedule.set("baseConfig", base);
        return schedule;
    }

    // ---- upgrade window ---------------------------------------------------------------------------------------

    private SimResponse getWindow(SimRequest request) {
        CloudService s = cloud.service(request);
        if (s.upgradeWindow == null) {
            throw new SimError(404, "No upgrade window configured for service " + s.id);
        }
        return ok(request, s.upgradeWindow.deepCopy().put("duration", 6));
    }

    private SimResponse putWindow(SimRequest request) {
        CloudService s = cloud.service(request);
        JsonNode body = request.json();
        // the spec: weekday 0–6 and startHourUtc one of 0, 6, 12, 18, both required
        Long weekday = Jsons.bounded(body, "weekday", 0, 6);
        JsonNode hour = body.get("startHourUtc");
        if (weekday == null) {
            throw new SimError(400, "weekday is required");
        }
        if (hour == null || !hour.isIntegralNumber() || !UPGRADE_START_HOURS.contains(hour.asInt())) {
            throw new SimError(400, "startHourUtc: must be one of 0, 6, 12, 18");
        }
        s.upgradeWindow = Jsons.object().put("weekday", weekday).put("startHourUtc", hour.asInt());
        return ok(request, s.upgradeWindow.deepCopy().put("duration", 6));
    }

    private SimResponse deleteWindow(SimRequest request) {
        CloudService s = cloud.service(request);
        if (s.upgradeWindow == null) {
            throw new SimError(404, "No upgrade window configured for service " + s.id);
        }
        s.upgradeWindow = null;
        return done(request);
    }

    // ---- backup bucket ----------------------------------------------------------------------------------------

    private SimResponse getBucket(SimRequest request) {
        return ok(request, bucket(cloud.service(request)));
    }

    private SimResponse createBucket(SimRequest request) {
        CloudService s = cloud.service(request);
        JsonNode body = request.json();
        String provider = Jsons.oneOf(body, "bucketProvider", BUCKET_PROVIDERS);
        ObjectNode stored =
                Jsons.object().put("id", UUID.randomUUID().toString()).put("bucketProvider", provider);
        copyFields(body, stored, provider);
        s.backupBucket = stored;
        return ok(request, stored.deepCopy());
    }

    private SimResponse updateBucket(SimRequest request) {
        CloudService s = cloud.service(request);
        ObjectNode stored = bucket(s);
        JsonNode body = request.json();
        String provider = Jsons.oneOf(body, "bucketProvider", BUCKET_PROVIDERS);
        // the spec: "The secrets of the specified bucket provider are always required"
        String secret = BUCKET_SECRETS.get(provider);
        if (secret != null && !body.hasNonNull(secret)) {
            throw new SimError(400, secret + " is required");
        }
        if (!provider.equals(stored.path("bucketProvider").asText())) {
            stored = Jsons.object().put("id", stored.path("id").asText()).put("bucketProvider", provider);
        }
        copyFields(body, stored, provider);
        s.backupBucket = stored;
        return ok(request, stored.deepCopy());
    }

    private SimResponse deleteBucket(SimRequest request) {
        CloudService s = cloud.service(request);
        bucket(s);
        s.backupBucket = null;
        return done(request);
    }

    private static ObjectNode bucket(CloudService s) {
        if (s.backupBucket == null) {
            throw new SimError(404, "No backup bucket configured for service " + s.id);
        }
        return s.backupBucket;
    }

    /** Copies the provider's public fields; JSON null removes one (AWS's session name may be null on update). */
    private static void copyFields(JsonNode body, ObjectNode stored, String provider) {
        for (String field : BUCKET_FIELDS.get(provider)) {
            if (body.has(field) && body.get(field).isNull()) {
                stored.remove(field);
            } else if (body.hasNonNull(field)) {
                stored.put(field, body.get(field).asText());
            }
        }
    }
}
