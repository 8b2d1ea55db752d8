package dev.dbcloud.testing;

import static dev.dbcloud.testing.ClickHouseCloudSimulator.done;
import static dev.dbcloud.testing.ClickHouseCloudSimulator.ok;
import static dev.dbcloud.testing.ClickPipe.SCALABLE;
import static dev.dbcloud.testing.ClickPipeSources.PATCHABLE;
import static dev.dbcloud.testing.ClickPipeSources.SECRETS;
import static dev.dbcloud.testing.ClickPipeSources.SOURCES;
import static dev.dbcloud.testing.ClickPipeSources.checkSecrets;
import static dev.dbcloud.testing.ClickPipeSources.databaseDestination;
import static dev.dbcloud.testing.ClickPipeSources.destination;
import static dev.dbcloud.testing.ClickPipeSources.fieldMappings;
import static dev.dbcloud.testing.ClickPipeSources.identityMappings;
import static dev.dbcloud.testing.ClickPipeSources.pipeName;
import static dev.dbcloud.testing.ClickPipeSources.sourceKind;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * ClickPipes of the ClickHouse Cloud API v1, simulated as a {@link ClickHouseCloudSimulator.Product} under {@code
 * /v1/organizations/{id}/services/{id}/}: pipes ({@code clickpipes}, with {@code settings}, {@code scaling}, {@code
 * state} and {@code schemaDiscovery}), the service's CDC scaling ({@code clickpipesCdcScaling}) and reverse private
 * endpoints ({@code clickpipesReversePrivateEndpoints}).
 *
 * <p>Lifecycles over accelerated time: streaming and object storage pipes go {@code Provisioning → Running} (a
 * one-shot object storage pipe then {@code Completed}); database pipes {@code Provisioning → Setup → Snapshot →
 * Running} ({@code cdc_only} skips the snapshot; {@code snapshot} mode and BigQuery end {@code Completed}). {@code
 * stop} gives {@code Stopping → Stopped} (database pipes {@code Pausing → Paused}); {@code start} is allowed from
 * {@code Stopped}, {@code Failed} or {@code Paused}; {@code resync} (Postgres and MySQL) gives {@code Resync →
 * Snapshot → Running}. Reverse private endpoints go {@code Provisioning → Ready} ({@code PendingAcceptance} in
 * between for endpoint services and Private Service Connect) and {@code Deleting → gone}.
 *
 * <p>Quirks of the real API kept here: every call on a service that is not running is a 424 {@code
 * FAILED_DEPENDENCY: ClickPipe creation is allowed only when the ClickHouse service is running. Current state:
 * idle}; the state body is {@code {"command": …}} ({@code action} is refused); a source names exactly one variant
 * and an empty variant fails on its first required field ({@code postgres.host: ''}); a running database pipe
 * must be paused to be edited; {@code start} on a running pipe is a 400; states are PascalCase, settings
 * snake_case; response sources never echo credentials; CDC scaling exists only once a database pipe was
 * provisioned, and a change to it shows on GET only after it propagated. The seeded Kafka pipe on {@code
 * analytics} answers its scaling as Kubernetes quantities ({@code "500m"}, {@code "1Gi"}), as the real API
 * sometimes does.
 *
 * <p>Every refusal comes from the spec's {@code required} lists and field descriptions, the vendor's documentation
 * or {@code reference/clickhouse-cloud.md}, never more ({@link ClickPipeSources}, {@link ClickPipeSettings}). The
 * creates the vendor documents for each source kind are accepted as printed. Each pipe is a {@link ClickPipe}; the
 * reverse private endpoints are served by {@link ReversePrivateEndpoints}, under this simulator's lock.
 */
final class ClickPipesSimulator implements ClickHouseCloudSimulator.Product {
    static final Duration PROVISION_TIME = Duration.ofMinutes(1);
    static final Duration SETUP_TIME = Duration.ofSeconds(30);
    static final Duration SNAPSHOT_TIME = Duration.ofMinutes(2);
    static final Duration BATCH_TIME = Duration.ofMinutes(30);
    static final Duration STOP_TIME = Duration.ofSeconds(30);
    static final Duration START_TIME = Duration.ofSeconds(30);
    static final Duration CDC_SCALING_PROPAGATION = Duration.ofMinutes(2);
    static final Duration ENDPOINT_TIME = Duration.ofMinutes(2);
    static final Duration ENDPOINT_DELETE_TIME = Duration.ofSeconds(30);

    private static final class CdcScaling {
        int cpuMillicores = 2_000;
        double memoryGb = 8;
        int pendingCpu;
        double pendingMemory;
        long due;
        boolean changing;
    }

    private ClickHouseCloudSimulator cloud;
    private SimClock clock;
    private ReversePrivateEndpoints endpoints;
    private final Map<String, ClickPipe> pipes = new LinkedHashMap<>();
    private final Map<String, CdcScaling> cdcScaling = new LinkedHashMap<>();

    @Override
    public void register(Router router, ClickHouseCloudSimulator cloud) {
        this.cloud = cloud;
        this.clock = cloud.clock();
        this.endpoints = new ReversePrivateEndpoints(this, clock);
        seed(cloud.serviceIdNamed("analytics"));
        String service = ClickHouseCloudSimulator.ORGANIZATION + "/services/{service_id}";
        String pipes = service + "/clickpipes";
        String pipe = pipes + "/{pipe_id}";
        router.on("GET", pipes, this::listPipes)
                .on("POST", pipes, this::createPipe)
                .on("POST", pipes + "/schemaDiscovery", this::discoverSchema)
                .on("GET", pipe, this::getPipe)
                .on("PATCH", pipe, this::updatePipe)
                .on("DELETE", pipe, this::deletePipe)
                .on("GET", pipe + "/settings", this::getSettings)
                .on("PUT", pipe + "/settings", this::putSettings)
                .on("PATCH", pipe + "/scaling", this::updateScaling)
                .on("PATCH", pipe + "/state", this::changeState)
                .on("GET", service + "/clickpipesCdcScaling", this::getCdcScaling)
                .on("PATCH", service + "/clickpipesCdcScaling", this::updateCdcScaling);
        endpoints.register(router, service);
    }

    /** A running Kafka pipe answering its scaling as Kubernetes quantities, and a running Postgres CDC pipe. */
    private void seed(String serviceId) {
        Instant created = clock.now().minus(Duration.ofDays(30));
        ClickPipe kafka = new ClickPipe(serviceId, "kafka", clock);
        kafka.name = "events-from-kafka";
        kafka.state = "Running";
        kafka.source = (ObjectNode) Jsons.read("{\"type\":\"confluent\",\"format\":\"JSONEachRow\",\"brokers\":"
                + "\"pkc-4r087.us-east-1.aws.confluent.cloud:9092\",\"topics\":\"events\",\"consumerGroup\":"
                + "\"clickpipes-events\",\"authentication\":\"PLAIN\",\"offset\":{\"strategy\":\"from_latest\"},"
                + "\"reversePrivateEndpointIds\":[]}");
        kafka.destination = (ObjectNode) Jsons.read("{\"database\":\"default\",\"table\":\"events\","
                + "\"managedTable\":true,\"tableDefinition\":{\"engine\":{\"type\":\"MergeTree\"},\"sortingKey\":"
                + "[\"timestamp\"]},\"columns\":[{\"name\":\"id\",\"type\":\"String\"},{\"name\":\"timestamp\","
                + "\"type\":\"DateTime64(3)\"},{\"name\":\"payload\",\"type\":\"String\"}]}");
        kafka.fieldMappings = identityMappings(kafka.destination);
        kafka.replicas = 2;
        kafka.memoryGb = 1;
        kafka.quantities = true;
        kafka.createdAt = created;
        kafka.updatedAt = created;
        pipes.put(kafka.id, kafka);

        ClickPipe postgres = new ClickPipe(serviceId, "postgres", clock);
        postgres.name = "orders-cdc";
        postgres.state = "Running";
        postgres.source = (ObjectNode) Jsons.read("{\"type\":\"postgres\",\"host\":\"orders.db.example.com\","
                + "\"port\":5432,\"database\":\"orders\",\"authentication\":\"basic\",\"settings\":"
                + "{\"replicationMode\":\"cdc\",\"syncIntervalSeconds\":60,\"pullBatchSize\":100000},"
                + "\"tableMappings\":[{\"sourceSchemaName\":\"public\",\"sourceTable\":\"orders\","
                + "\"targetTable\":\"public_orders\"}]}");
        postgres.destination = databaseDestination("default");
        postgres.fieldMappings = Jsons.array();
        postgres.createdAt = created;
        postgres.updatedAt = created;
        pipes.put(postgres.id, postgres);
        cdcScaling.put(serviceId, new CdcScaling());
    }

    // ---- pipes ----------------------------------------------------------------------------------------------------

    private synchronized SimResponse listPipes(SimRequest request) {
        String serviceId = runningService(request);
        ArrayNode list = Jsons.array();
        for (ClickPipe p : pipes.values()) {
            if (p.serviceId.equals(serviceId)) {
                advance(p);
                list.add(p.json());
            }
        }
        return ok(request, list);
    }

    private synchronized SimResponse getPipe(SimRequest request) {
        return ok(request, pipe(request).json());
    }

    private synchronized SimResponse createPipe(SimRequest request) {
        String serviceId = runningService(request);
        JsonNode body = request.json();
        String name = pipeName(body.get("name"));
        String kind = sourceKind(body.get("source"));
        ClickPipe p = new ClickPipe(serviceId, kind, clock);
        p.name = name;
        p.source = ClickPipeSources.validateSource(
                kind, (ObjectNode) body.get("source").get(kind));
        p.destination = destination(p, body.get("destination"));
        p.fieldMappings = fieldMappings(p, body.get("fieldMappings"));
        if (body.hasNonNull("scaling")) {
            if (!SCALABLE.contains(kind)) {
                throw new SimError(400, "scaling: only Kafka, Kinesis and object storage ClickPipes can be scaled");
            }
            applyScaling(p, body.get("scaling"));
        }
        if (body.hasNonNull("settings")) {
            ClickPipeSettings.apply(p.settings, body.get("settings"));
        }
        p.createdAt = clock.now();
        p.updatedAt = p.createdAt;
        provision(p);
        pipes.put(p.id, p);
        return ok(request, p.json());
    }

    private void provision(ClickPipe p) {
        if (!p.database()) {
            p.timeline.then(PROVISION_TIME, "Running");
            if (p.kind.equals("objectStorage") && !p.source.path("isContinuous").asBoolean(false)) {
                p.timeline.then(BATCH_TIME, "Completed");
            }
            return;
        }
        p.timeline.then(PROVISION_TIME, "Setup", () -> cdcScaling.putIfAbsent(p.serviceId, new CdcScaling()));
        String mode = p.kind.equals("bigquery") ? "snapshot" : p.replicationMode();
        if (mode.equals("cdc_only")) {
            p.timeline.then(SETUP_TIME, "Running");
        } else {
            p.timeline
                    .then(SETUP_TIME, "Snapshot")
                    .then(SNAPSHOT_TIME, mode.equals("snapshot") ? "Completed" : "Running");
        }
    }

    private synchronized SimResponse updatePipe(SimRequest request) {
        ClickPipe p = pipe(request);
        JsonNode body = request.json();
        if (p.database() && !Set.of("Paused", "Stopped", "Failed").contains(p.state)) {
            throw new SimError(
                    400, "Cannot update ClickPipe in state " + p.state + ": ClickPipe must be paused to edit");
        }
        if (body.has("name")) {
            p.name = pipeName(body.get("name"));
        }
        if (body.hasNonNull("source")) {
            patchSource(p, body.get("source"));
        }
        if (body.hasNonNull("destination")) {
            JsonNode columns = body.get("destination").get("columns");
            if (p.database() || columns == null || !columns.isArray()) {
                throw new SimError(
                        400, "destination: only destination.columns of a streaming ClickPipe can be changed");
            }
            p.destination.set("columns", columns);
        }
        if (body.hasNonNull("fieldMappings")) {
            p.fieldMappings = fieldMappings(p, body.get("fieldMappings"));
        }
        if (body.hasNonNull("settings")) {
            ClickPipeSettings.apply(p.settings, body.get("settings"));
        }
        p.updatedAt = clock.now();
        return ok(request, p.json());
    }

    private void patchSource(ClickPipe p, JsonNode source) {
        for (String kind : SOURCES) {
            if (source.has(kind) && !kind.equals(p.kind)) {
                throw new SimError(400, "source." + kind + ": the ClickPipe's source is " + p.kind);
            }
        }
        JsonNode patch = source.get(p.kind);
        if (patch == null || !patch.isObject()) {
            return;
        }
        if (p.kind.equals("bigquery")) {
            throw new SimError(400, "source.bigquery: BigQuery ClickPipes cannot be updated");
        }
        for (Map.Entry<String, JsonNode> field : patch.properties()) {
            if (!PATCHABLE.get(p.kind).contains(field.getKey())) {
                throw new SimError(400, "source." + p.kind + "." + field.getKey() + ": cannot be changed");
            }
        }
        if (patch.has("authentication") || SECRETS.stream().anyMatch(patch::has)) {
            ObjectNode merged = p.source.deepCopy();
            merged.setAll((ObjectNode) patch);
            checkSecrets(p.kind, merged);
        }
        for (Map.Entry<String, JsonNode> field : patch.properties()) {
            switch (field.getKey()) {
                case "tableMappingsToAdd" -> field.getValue().forEach(tableMappings(p)::add);
                case "tableMappingsToRemove" -> field.getValue().forEach(remove -> removeMapping(p, remove));
                case "settings" -> {
                    for (Map.Entry<String, JsonNode> s : field.getValue().properties()) {
                        boolean mysqlOnly = s.getKey().equals("useCompression") && !p.kind.equals("mysql");
                        if (mysqlOnly
                                || !Set.of("syncIntervalSeconds", "pullBatchSize", "useCompression")
                                        .contains(s.getKey())) {
                            throw new SimError(400, p.kind + ".settings." + s.getKey() + ": cannot be changed");
                        }
                        if (s.getValue().isNumber() && s.getValue().asLong() < 1) {
                            throw new SimError(400, p.kind + ".settings." + s.getKey() + ": Value must be >= 1");
                        }
                        ((ObjectNode) p.source.get("settings")).set(s.getKey(), s.getValue());
                    }
                }
                default -> {
                    if (!SECRETS.contains(field.getKey())) {
                        p.source.set(field.getKey(), field.getValue());
                    }
                }
            }
        }
    }

    private static ArrayNode tableMappings(ClickPipe p) {
        return (ArrayNode) p.source.get("tableMappings");
    }

    private static void removeMapping(ClickPipe p, JsonNode remove) {
        ArrayNode mappings = tableMappings(p);
        for (int i = mappings.size() - 1; i >= 0; i--) {
            JsonNode m = mappings.get(i);
            if (m.path("sourceSchemaName")
                            .asText()
                            .equals(remove.path("sourceSchemaName").asText())
                    && m.path("sourceTable")
                            .asText()
                            .equals(remove.path("sourceTable").asText())) {
                mappings.remove(i);
            }
        }
    }

    private synchronized SimResponse deletePipe(SimRequest request) {
        ClickPipe p = pipe(request);
        pipes.remove(p.id);
        return done(request);
    }

    private synchronized SimResponse changeState(SimRequest request) {
        ClickPipe p = pipe(request);
        String command = Jsons.optionalText(request.json(), "command");
        if (command == null || !Set.of("start", "stop", "resync").contains(command)) {
            throw new SimError(400, "command: must be one of 'start', 'stop', 'resync'");
        }
        switch (command) {
            case "stop" -> {
                if (!Set.of("Stopping", "Stopped", "Pausing", "Paused").contains(p.state)) {
                    p.state = p.database() ? "Pausing" : "Stopping";
                    p.timeline.clear().then(STOP_TIME, p.database() ? "Paused" : "Stopped");
                }
            }
            case "start" -> {
                if (p.state.equals("Running")) {
                    throw new SimError(400, "Cannot start ClickPipe: ClickPipe is already running");
                }
                if (!Set.of("Stopped", "Failed", "Paused").contains(p.state)) {
                    throw new SimError(
                            400,
                            "ClickPipe can be started only from the Stopped or Failed state. Current state: "
                                    + p.state);
                }
                if (p.database()) {
                    p.timeline.clear().then(START_TIME.dividedBy(2), "Snapshot").then(START_TIME, "Running");
                } else {
                    p.state = "Provisioning";
                    p.timeline.clear().then(START_TIME, "Running");
                }
            }
            default -> {
                if (!p.kind.equals("postgres") && !p.kind.equals("mysql")) {
                    throw new SimError(400, "resync is supported only for Postgres and MySQL ClickPipes");
                }
                p.state = "Resync";
                p.timeline.clear().then(SETUP_TIME, "Snapshot").then(SNAPSHOT_TIME, "Running");
            }
        }
        p.updatedAt = clock.now();
        return ok(request, p.json());
    }

    private synchronized SimResponse updateScaling(SimRequest request) {
        ClickPipe p = pipe(request);
        if (!SCALABLE.contains(p.kind)) {
            throw new SimError(400, "Scaling is supported only for Kafka, Kinesis and object storage ClickPipes");
        }
        applyScaling(p, request.json());
        p.updatedAt = clock.now();
        return ok(request, p.json());
    }

    private static void applyScaling(ClickPipe p, JsonNode body) {
        Long replicas = Jsons.bounded(body, "replicas", 1, 40);
        Long concurrency = Jsons.bounded(body, "concurrency", 0, 34);
        Long cpu = Jsons.bounded(body, "replicaCpuMillicores", 125, 2_000);
        JsonNode memory = body.get("replicaMemoryGb");
        if (memory != null
                && !memory.isNull()
                && (!memory.isNumber() || memory.asDouble() < 0.5 || memory.asDouble() > 8)) {
            throw new SimError(400, "replicaMemoryGb: Not between 0.5 and 8");
        }
        if (concurrency != null && !p.kind.equals("objectStorage")) {
            throw new SimError(400, "concurrency: only object storage ClickPipes have a concurrency");
        }
        if (replicas != null) {
            p.replicas = replicas.intValue();
        }
        if (concurrency != null) {
            p.concurrency = concurrency.intValue();
        }
        if (cpu != null) {
            p.cpuMillicores = cpu.intValue();
        }
        if (memory != null && !memory.isNull()) {
            p.memoryGb = memory.asDouble();
        }
    }

    // ---- settings -------------------------------------------------------------------------------------------------

    private synchronized SimResponse getSettings(SimRequest request) {
        return ok(request, ClickPipeSettings.json(pipe(request).settings));
    }

    private synchronized SimResponse putSettings(SimRequest request) {
        ClickPipe p = pipe(request);
        JsonNode body = request.json();
        ClickPipeSettings.validate(body);
        p.settings.clear();
        ClickPipeSettings.apply(p.settings, body);
        p.updatedAt = clock.now();
        return ok(request, ClickPipeSettings.json(p.settings));
    }

    // ---- schema discovery -----------------------------------------------------------------------------------------

    private synchronized SimResponse discoverSchema(SimRequest request) {
        runningService(request);
        JsonNode source = request.json().get("source");
        if (source == null || !source.isObject() || source.has("kafka") == source.has("kinesis")) {
            throw new SimError(400, "source: exactly one of kafka, kinesis must be set");
        }
        String kind = source.has("kafka") ? "kafka" : "kinesis";
        ObjectNode variant = ClickPipeSources.validateSource(kind, (ObjectNode) source.get(kind));
        ObjectNode result = Jsons.object();
        ArrayNode fields = result.putArray("fields");
        fields.addObject().put("name", "id").put("type", "String").put("optional", false);
        fields.addObject().put("name", "timestamp").put("type", "DateTime64(3)").put("optional", false);
        fields.addObject().put("name", "payload").put("type", "String").put("optional", true);
        ObjectNode meta =
                result.putObject("meta").put("format", variant.path("format").asText());
        meta.put(
                kind.equals("kafka") ? "topic" : "streamName",
                variant.path(kind.equals("kafka") ? "topics" : "streamName").asText());
        meta.put("sampledMessages", "10");
        return ok(request, result);
    }

    // ---- CDC scaling ----------------------------------------------------------------------------------------------

    private synchronized SimResponse getCdcScaling(SimRequest request) {
        return ok(request, cdcScalingJson(cdcScaling(request), false));
    }

    private synchronized SimResponse updateCdcScaling(SimRequest request) {
        CdcScaling scaling = cdcScaling(request);
        JsonNode body = request.json();
        Long cpu = Jsons.bounded(body, "replicaCpuMillicores", 1_000, 32_000);
        JsonNode memory = body.get("replicaMemoryGb");
        if (cpu == null || memory == null || !memory.isNumber()) {
            throw new SimError(400, "replicaCpuMillicores and replicaMemoryGb are required");
        }
        if (memory.asDouble() < 4 || memory.asDouble() > 128) {
            throw new SimError(400, "replicaMemoryGb: Not between 4 and 128");
        }
        if (memory.asDouble() != cpu / 1000.0 * 4) {
            throw new SimError(
                    400, "replicaMemoryGb must be 4 times the number of cores (replicaCpuMillicores / 1000)");
        }
        scaling.pendingCpu = cpu.intValue();
        scaling.pendingMemory = memory.asDouble();
        scaling.due = clock.deadline(CDC_SCALING_PROPAGATION);
        scaling.changing = true;
        return ok(request, cdcScalingJson(scaling, true));
    }

    private CdcScaling cdcScaling(SimRequest request) {
        String serviceId = runningService(request);
        pipes.values().stream().filter(p -> p.serviceId.equals(serviceId)).forEach(this::advance);
        CdcScaling scaling = cdcScaling.get(serviceId);
        if (scaling == null) {
            throw new SimError(
                    404,
                    "ClickPipes CDC scaling not found for service " + serviceId
                            + ": it exists once a database ClickPipe was provisioned");
        }
        if (scaling.changing && clock.passed(scaling.due)) {
            scaling.cpuMillicores = scaling.pendingCpu;
            scaling.memoryGb = scaling.pendingMemory;
            scaling.changing = false;
        }
        return scaling;
    }

    private static ObjectNode cdcScalingJson(CdcScaling scaling, boolean requested) {
        return Jsons.object()
                .put("replicaCpuMillicores", requested ? scaling.pendingCpu : scaling.cpuMillicores)
                .put("replicaMemoryGb", requested ? scaling.pendingMemory : scaling.memoryGb);
    }

    // ---- lookups --------------------------------------------------------------------------------------------------

    /** The service's id, once the service exists and runs: ClickPipes answer 424 on an idle or stopped one. */
    String runningService(SimRequest request) {
        String state = cloud.serviceState(request);
        if (!state.equals("running")) {
            throw new SimError(
                    424,
                    "ClickPipe creation is allowed only when the ClickHouse service is running. Current state: "
                            + state);
        }
        return request.param("service_id");
    }

    private ClickPipe pipe(SimRequest request) {
        String serviceId = runningService(request);
        String id = request.param("pipe_id");
        ClickPipe p = pipes.get(id);
        if (p == null || !p.serviceId.equals(serviceId)) {
            throw new SimError(404, "ClickPipe " + id + " not found");
        }
        advance(p);
        return p;
    }

    private void advance(ClickPipe p) {
        p.timeline.advance(state -> {
            p.state = state;
            p.updatedAt = clock.now();
        });
    }
}
