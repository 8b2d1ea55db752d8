package dev.dbcloud.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * One ClickHouse Cloud service of the simulator: its settings, its backups, the state changes due at a simulated
 * time, and its JSON as the API answers it. Not thread-safe: the simulator's lock guards it.
 */
final class CloudService {
    /** A state change due at a deadline of the simulated clock, with what it does to the service. */
    record Step(long deadline, String state, Consumer<CloudService> effect) {}

    /** One backup of the service. */
    static final class Backup {
        final String id = UUID.randomUUID().toString();
        final String type;
        final Instant startedAt;
        final long sizeInBytes;
        long due;
        Instant finishedAt;

        Backup(String type, Instant startedAt, long sizeInBytes) {
            this.type = type;
            this.startedAt = startedAt;
            this.sizeInBytes = sizeInBytes;
        }
    }

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
    final List<Backup> backups = new ArrayList<>();
    /** The ClickHouse settings set explicitly, by name, each value as text. */
    final Map<String, String> clickhouseSettings = new LinkedHashMap<>();
    /** The scaling schedule's entries as stored, or null when there is none. */
    ArrayNode scalingScheduleEntries;
    /** The upgrade window's {@code {weekday, startHourUtc}}, or null when none is configured. */
    ObjectNode upgradeWindow;
    /** The custom backup bucket without its secrets, or null when there is none. */
    ObjectNode backupBucket;

    final Deque<Step> steps = new ArrayDeque<>();
    boolean settling;
    boolean gone;

    /** Schedules a state change for {@code after} from now on the simulated clock, behind those already due. */
    void schedule(SimClock clock, Duration after, String state, Consumer<CloudService> effect) {
        steps.add(new Step(clock.deadline(after), state, effect));
    }

    /** Applies every state change and finishes every backup whose time has come. */
    void advance(SimClock clock) {
        while (!steps.isEmpty() && clock.passed(steps.peek().deadline())) {
            Step step = steps.poll();
            state = step.state();
            step.effect().accept(this);
        }
        for (Backup b : backups) {
            if (b.finishedAt == null && clock.passed(b.due)) {
                b.finishedAt = clock.now();
            }
        }
    }

    /** Starts the first backup of a new service, as it begins to run. */
    void startFirstBackup(SimClock clock) {
        Backup backup = new Backup("full", clock.now(), 48_234_496L);
        backup.due = clock.deadline(ClickHouseCloudSimulator.BACKUP_TIME);
        backups.add(backup);
    }

    /** The service's host label, e.g. {@code 5538bd0a05} in {@code 5538bd0a05.us-east-1.aws.clickhouse.cloud}. */
    String shortId() {
        return id.replace("-", "").substring(0, 10);
    }

    /** The service as the API answers it. */
    ObjectNode json() {
        String host = shortId() + "." + region + "." + provider + ".clickhouse.cloud";
        ObjectNode node = Jsons.object()
                .put("id", id)
                .put("name", name)
                .put("provider", provider)
                .put("region", region)
                .put("state", state)
                .put("clickhouseVersion", "25.8");
        ArrayNode endpoints = node.putArray("endpoints");
        endpoints.addObject().put("protocol", "nativesecure").put("host", host).put("port", 9440);
        endpoints.addObject().put("protocol", "https").put("host", host).put("port", 8443);
        if (mysqlEnabled) {
            endpoints
                    .addObject()
                    .put("protocol", "mysql")
                    .put("host", host)
                    .put("port", 3306)
                    .put("username", shortId() + "_default");
        }
        node.put("minTotalMemoryGb", minReplicaMemoryGb * 3)
                .put("maxTotalMemoryGb", maxReplicaMemoryGb * 3)
                .put("minReplicaMemoryGb", minReplicaMemoryGb)
                .put("maxReplicaMemoryGb", maxReplicaMemoryGb);
        boolean horizontal = autoscalingMode.equals("horizontal");
        if (horizontal) {
            node.put("minReplicas", minReplicas).put("maxReplicas", maxReplicas);
            node.put("replicaMemoryGb", maxReplicaMemoryGb);
        } else {
            node.put("numReplicas", numReplicas);
        }
        node.put("autoscalingMode", autoscalingMode)
                .put("idleScaling", idleScaling)
                .put("idleTimeoutMinutes", idleTimeoutMinutes);
        ArrayNode ipAccessList = node.putArray("ipAccessList");
        this.ipAccessList.forEach((source, description) ->
                ipAccessList.addObject().put("source", source).put("description", description));
        Jsons.putTime(node, "createdAt", createdAt);
        ArrayNode privateEndpointIds = node.putArray("privateEndpointIds");
        this.privateEndpointIds.forEach(privateEndpointIds::add);
        node.putArray("availablePrivateEndpointIds");
        node.put("dataWarehouseId", dataWarehouseId)
                .put("isPrimary", true)
                .put("isReadonly", false)
                .put("releaseChannel", releaseChannel)
                .put("hasTransparentDataEncryption", false);
        ArrayNode tags = node.putArray("tags");
        this.tags.forEach((key, value) -> {
            ObjectNode tag = tags.addObject().put("key", key);
            if (value != null) {
                tag.put("value", value);
            }
        });
        node.put("enableCoreDumps", enableCoreDumps);
        node.putObject("currentScaling")
                .put("effectiveAutoscalingMode", autoscalingMode)
                .put("effectiveMinReplicaMemoryGb", minReplicaMemoryGb)
                .put("effectiveMaxReplicaMemoryGb", maxReplicaMemoryGb)
                .put("effectiveMinReplicas", horizontal ? minReplicas : numReplicas)
                .put("effectiveMaxReplicas", horizontal ? maxReplicas : numReplicas)
                .put("effectiveIdleScaling", idleScaling)
                .put("effectiveIdleTimeoutMinutes", idleTimeoutMinutes);
        return node;
    }
}
