package dev.dbcloud.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** One simulated ClickPipe: what it was created with, its state's timeline, its scaling and settings. */
final class ClickPipe {
    /** Source kinds of database pipes, with CDC and a database-only destination. */
    static final Set<String> DATABASES = Set.of("postgres", "mysql", "mongodb", "bigquery");

    /** Source kinds that scale (reference/clickhouse-cloud.md §6.3: Kafka, Kinesis, object storage only). */
    static final Set<String> SCALABLE = Set.of("kafka", "kinesis", "objectStorage");

    final String id = UUID.randomUUID().toString();
    final String serviceId;
    final String kind;
    final Timeline timeline;
    String name;
    String state = "Provisioning";
    ObjectNode source;
    ObjectNode destination;
    ArrayNode fieldMappings;
    final Map<String, JsonNode> settings = new LinkedHashMap<>();
    int replicas = 1;
    int concurrency;
    int cpuMillicores = 500;
    double memoryGb = 2;
    boolean quantities;
    Instant createdAt;
    Instant updatedAt;

    ClickPipe(String serviceId, String kind, SimClock clock) {
        this.serviceId = serviceId;
        this.kind = kind;
        this.timeline = new Timeline(clock);
    }

    /** Whether this is a database (CDC) pipe. */
    boolean database() {
        return DATABASES.contains(kind);
    }

    /** A database pipe's replication mode, {@code cdc} unless set. */
    String replicationMode() {
        return source.path("settings").path("replicationMode").asText("cdc");
    }

    /** The pipe as the API answers it: its source without credentials, its scaling and settings. */
    ObjectNode json() {
        ObjectNode node = Jsons.object()
                .put("id", id)
                .put("serviceId", serviceId)
                .put("name", name)
                .put("state", state);
        if (SCALABLE.contains(kind)) {
            ObjectNode scaling = node.putObject("scaling").put("replicas", replicas);
            if (kind.equals("objectStorage")) {
                scaling.put("concurrency", concurrency);
            }
            if (quantities) {
                scaling.put("replicaCpuMillicores", cpuMillicores + "m");
                scaling.put("replicaMemoryGb", quantity(memoryGb));
            } else {
                scaling.put("replicaCpuMillicores", cpuMillicores).put("replicaMemoryGb", memoryGb);
            }
        }
        node.putObject("source").set(kind, source.deepCopy());
        node.set("destination", destination.deepCopy());
        node.set("fieldMappings", fieldMappings.deepCopy());
        node.set("settings", ClickPipeSettings.json(settings));
        Jsons.putTime(node, "createdAt", createdAt);
        Jsons.putTime(node, "updatedAt", updatedAt);
        return node;
    }

    /** A memory size as Kubernetes writes it: {@code 1Gi}, {@code 512Mi}. */
    private static String quantity(double gb) {
        return gb == Math.rint(gb) ? (long) gb + "Gi" : Math.round(gb * 1024) + "Mi";
    }
}
