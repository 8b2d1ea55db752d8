package dev.dbcloud.testing;

import static dev.dbcloud.testing.ClickHouseCloudSimulator.done;
import static dev.dbcloud.testing.ClickHouseCloudSimulator.ok;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

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

    private static final List<String> SOURCES =
            List.of("kafka", "objectStorage", "kinesis", "pubsub", "postgres", "mysql", "bigquery", "mongodb");
    private static final Set<String> DATABASES = Set.of("postgres", "mysql", "mongodb", "bigquery");
    private static final Set<String> SCALABLE = Set.of("kafka", "kinesis", "objectStorage");
    private static final Set<String> SECRETS =
            Set.of("credentials", "accessKey", "serviceAccountKey", "connectionString", "password");
    // what a PATCH may change per source kind: the properties of the spec's ClickPipePatch…Source schemas
    private static final Map<String, Set<String>> PATCHABLE = Map.of(
            "kafka", Set.of("authentication", "iamRole", "caCertificate", "reversePrivateEndpointIds", "credentials"),
            "kinesis", Set.of("authentication", "iamRole", "accessKey"),
            "objectStorage",
                    Set.of(
                            "skipInitialLoad",
                            "startAfter",
                            "authentication",
                            "iamRole",
                            "connectionString",
                            "path",
                            "azureContainerName",
                            "accessKey",
                            "serviceAccountKey"),
            "pubsub", Set.of("authentication", "ackDeadline", "serviceAccountKey"),
            "postgres",
                    Set.of(
                            "credentials",
                            "host",
                            "port",
                            "database",
                            "tlsHost",
                            "caCertificate",
                            "disableTls",
                            "skipCertVerification",
                            "settings",
                            "tableMappingsToAdd",
                            "tableMappingsToRemove"),
            "mysql",
                    Set.of(
                            "credentials",
                            "host",
                            "port",
                            "authentication",
                            "iamRole",
                            "tlsHost",
                            "caCertificate",
                            "disableTls",
                            "skipCertVerification",
                            "serverId",
                            "settings",
                            "tableMappingsToAdd",
                            "tableMappingsToRemove"),
            "mongodb",
                    Set.of(
                            "credentials",
                            "uri",
                            "readPreference",
                            "tlsHost",
                            "disableTls",
                            "skipCertVerification",
                            "caCertificate",
                            "settings",
                            "tableMappingsToAdd",
                            "tableMappingsToRemove"));
    private static final Map<String, List<String>> KAFKA_AUTH = Map.of(
            "kafka", List.of("PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512", "MUTUAL_TLS"),
            "msk", List.of("SCRAM-SHA-512", "IAM_ROLE", "IAM_USER", "MUTUAL_TLS"),
            "gcmk", List.of("PLAIN", "MUTUAL_TLS"),
            "confluent", List.of("PLAIN", "MUTUAL_TLS"),
            "warpstream", List.of("PLAIN"),
            "azureeventhub", List.of("PLAIN"),
            "redpanda", List.of("SCRAM-SHA-256", "SCRAM-SHA-512", "MUTUAL_TLS"),
            "dokafka", List.of("SCRAM-SHA-256", "MUTUAL_TLS"));
    private static final List<String> OBJECT_STORAGE_TYPES =
            List.of("s3", "gcs", "dospaces", "azureblobstorage", "cloudflarer2", "ovhobjectstorage");
    private static final List<String> OBJECT_STORAGE_FORMATS = List.of(
            "JSONEachRow",
            "JSONAsObject",
            "CSV",
            "CSVWithNames",
            "TabSeparated",
            "TabSeparatedWithNames",
            "Parquet",
            "Avro");
    private static final List<String> ENDPOINT_TYPES =
            List.of("VPC_ENDPOINT_SERVICE", "VPC_RESOURCE", "MSK_MULTI_VPC", "GCP_PSC_SERVICE_ATTACHMENT");
    private static final Pattern PSC_ATTACHMENT =
            Pattern.compile("^projects/[^/]+/regions/[^/]+/serviceAttachments/[^/]+$");

    /** Each setting: its minimum and maximum, or null bounds for a boolean. */
    private static final Map<String, long[]> SETTINGS = settings();

    private static Map<String, long[]> settings() {
        Map<String, long[]> settings = new LinkedHashMap<>();
        settings.put("streaming_max_insert_wait_ms", new long[] {500, 60_000});
        settings.put("object_storage_concurrency", new long[] {1, 35});
        settings.put("object_storage_polling_interval_ms", new long[] {100, 3_600_000});
        settings.put("object_storage_max_insert_bytes", new long[] {10_485_760L, 53_687_091_200L});
        settings.put("object_storage_max_file_count", new long[] {1, 10_000});
        settings.put("clickhouse_max_threads", new long[] {0, 64});
        settings.put("clickhouse_max_insert_threads", new long[] {0, 16});
        settings.put("clickhouse_min_insert_block_size_bytes", new long[] {0, 10_737_418_240L});
        settings.put("clickhouse_max_download_threads", new long[] {0, 32});
        settings.put("clickhouse_parallel_distributed_insert_select", new long[] {0, 2});
        settings.put("object_storage_use_cluster_function", null);
        settings.put("clickhouse_parallel_view_processing", null);
        return settings;
    }

    private static final class Pipe {
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

        Pipe(String serviceId, String kind, SimClock clock) {
            this.serviceId = serviceId;
            this.kind = kind;
            this.timeline = new Timeline(clock);
        }

        boolean database() {
            return DATABASES.contains(kind);
        }

        String replicationMode() {
            return source.path("settings").path("replicationMode").asText("cdc");
        }
    }

    private static final class CdcScaling {
        int cpuMillicores = 2_000;
        double memoryGb = 8;
        int pendingCpu;
        double pendingMemory;
        long due;
        boolean changing;
    }

    private static final class Endpoint {
        final String id = UUID.randomUUID().toString();
        final String serviceId;
        final ObjectNode request;
        final String endpointId;
        final Timeline timeline;
        String status = "Provisioning";
        ArrayNode dnsMappings;
        boolean gone;

        Endpoint(String serviceId, ObjectNode request, SimClock clock) {
            this.serviceId = serviceId;
            this.request = request;
            this.endpointId =
                    "vpce-" + UUID.randomUUID().toString().replace("-", "").substring(0, 17);
            this.timeline = new Timeline(clock);
        }
    }

    private ClickHouseCloudSimulator cloud;
    private SimClock clock;
    private final Map<String, Pipe> pipes = new LinkedHashMap<>();
    private final Map<String, Endpoint> endpoints = new LinkedHashMap<>();
    private final Map<String, CdcScaling> cdcScaling = new LinkedHashMap<>();

    @Override
    public void register(Router router, ClickHouseCloudSimulator cloud) {
        this.cloud = cloud;
        this.clock = cloud.clock();
        seed(cloud.serviceIdNamed("analytics"));
        String service = ClickHouseCloudSimulator.ORGANIZATION + "/services/{service_id}";
        String pipes = service + "/clickpipes";
        String pipe = pipes + "/{pipe_id}";
        String endpoints = service + "/clickpipesReversePrivateEndpoints";
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
                .on("PATCH", service + "/clickpipesCdcScaling", this::updateCdcScaling)
                .on("GET", endpoints, this::listEndpoints)
                .on("POST", endpoints, this::createEndpoint)
                .on("GET", endpoints + "/{endpoint_id}", this::getEndpoint)
                .on("PATCH", endpoints + "/{endpoint_id}", this::updateEndpoint)
                .on("DELETE", endpoints + "/{endpoint_id}", this::deleteEndpoint);
    }

    /** A running Kafka pipe answering its scaling as Kubernetes quantities, and a running Postgres CDC pipe. */
    private void seed(String serviceId) {
        Instant created = clock.now().minus(Duration.ofDays(30));
        Pipe kafka = new Pipe(serviceId, "kafka", clock);
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

        Pipe postgres = new Pipe(serviceId, "postgres", clock);
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
        for (Pipe p : pipes.values()) {
            if (p.serviceId.equals(serviceId)) {
                advance(p);
                list.add(pipeJson(p));
            }
        }
        return ok(request, list);
    }

    private synchronized SimResponse getPipe(SimRequest request) {
        return ok(request, pipeJson(pipe(request)));
    }

    private synchronized SimResponse createPipe(SimRequest request) {
        String serviceId = runningService(request);
        JsonNode body = request.json();
        String name = pipeName(body.get("name"));
        String kind = sourceKind(body.get("source"));
        Pipe p = new Pipe(serviceId, kind, clock);
        p.name = name;
        p.source =
                validateSource(serviceId, kind, (ObjectNode) body.get("source").get(kind));
        p.destination = destination(p, body.get("destination"));
        p.fieldMappings = fieldMappings(p, body.get("fieldMappings"));
        if (body.hasNonNull("scaling")) {
            if (!SCALABLE.contains(kind)) {
                throw new SimError(400, "scaling: only Kafka, Kinesis and object storage ClickPipes can be scaled");
            }
            applyScaling(p, body.get("scaling"));
        }
        if (body.hasNonNull("settings")) {
            applySettings(p, body.get("settings"));
        }
        p.createdAt = clock.now();
        p.updatedAt = p.createdAt;
        provision(p);
        pipes.put(p.id, p);
        return ok(request, pipeJson(p));
    }

    private void provision(Pipe p) {
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
        Pipe p = pipe(request);
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
            applySettings(p, body.get("settings"));
        }
        p.updatedAt = clock.now();
        return ok(request, pipeJson(p));
    }

    private void patchSource(Pipe p, JsonNode source) {
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

    private static ArrayNode tableMappings(Pipe p) {
        return (ArrayNode) p.source.get("tableMappings");
    }

    private static void removeMapping(Pipe p, JsonNode remove) {
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
        Pipe p = pipe(request);
        pipes.remove(p.id);
        return done(request);
    }

    private synchronized SimResponse changeState(SimRequest request) {
        Pipe p = pipe(request);
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
        return ok(request, pipeJson(p));
    }

    private synchronized SimResponse updateScaling(SimRequest request) {
        Pipe p = pipe(request);
        if (!SCALABLE.contains(p.kind)) {
            throw new SimError(400, "Scaling is supported only for Kafka, Kinesis and object storage ClickPipes");
        }
        applyScaling(p, request.json());
        p.updatedAt = clock.now();
        return ok(request, pipeJson(p));
    }

    private static void applyScaling(Pipe p, JsonNode body) {
        Long replicas = bounded(body, "replicas", 1, 40);
        Long concurrency = bounded(body, "concurrency", 0, 34);
        Long cpu = bounded(body, "replicaCpuMillicores", 125, 2_000);
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
        return ok(request, settingsJson(pipe(request)));
    }

    private synchronized SimResponse putSettings(SimRequest request) {
        Pipe p = pipe(request);
        JsonNode body = request.json();
        validateSettings(body);
        p.settings.clear();
        applySettings(p, body);
        p.updatedAt = clock.now();
        return ok(request, settingsJson(p));
    }

    private static void applySettings(Pipe p, JsonNode body) {
        validateSettings(body);
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            if (field.getValue().isNull()) {
                p.settings.remove(field.getKey());
            } else {
                p.settings.put(field.getKey(), field.getValue());
            }
        }
    }

    private static void validateSettings(JsonNode body) {
        if (!body.isObject()) {
            throw new SimError(400, "settings: must be an object");
        }
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (!SETTINGS.containsKey(key)) {
                throw new SimError(400, "settings." + key + ": unknown setting");
            }
            long[] bounds = SETTINGS.get(key);
            if (value.isNull()) {
                continue;
            }
            if (bounds == null && !value.isBoolean()) {
                throw new SimError(400, key + ": must be a boolean");
            }
            if (bounds != null
                    && (!value.isIntegralNumber() || value.asLong() < bounds[0] || value.asLong() > bounds[1])) {
                throw new SimError(400, key + ": Not between " + bounds[0] + " and " + bounds[1]);
            }
        }
    }

    // ---- schema discovery -----------------------------------------------------------------------------------------

    private synchronized SimResponse discoverSchema(SimRequest request) {
        String serviceId = runningService(request);
        JsonNode source = request.json().get("source");
        if (source == null || !source.isObject() || source.has("kafka") == source.has("kinesis")) {
            throw new SimError(400, "source: exactly one of kafka, kinesis must be set");
        }
        String kind = source.has("kafka") ? "kafka" : "kinesis";
        ObjectNode variant = validateSource(serviceId, kind, (ObjectNode) source.get(kind));
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
        Long cpu = bounded(body, "replicaCpuMillicores", 1_000, 32_000);
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

    // ---- reverse private endpoints --------------------------------------------------------------------------------

    private synchronized SimResponse listEndpoints(SimRequest request) {
        String serviceId = runningService(request);
        ArrayNode list = Jsons.array();
        for (Endpoint e : liveEndpoints(serviceId)) {
            list.add(endpointJson(e));
        }
        return ok(request, list);
    }

    private synchronized SimResponse getEndpoint(SimRequest request) {
        return ok(request, endpointJson(endpoint(request)));
    }

    private synchronized SimResponse createEndpoint(SimRequest request) {
        String serviceId = runningService(request);
        JsonNode body = request.json();
        String description = Jsons.requireText(body, "description");
        if (description.length() > 255) {
            throw new SimError(400, "description: Must be at most 255 characters");
        }
        String type = Jsons.oneOf(body, "type", ENDPOINT_TYPES);
        switch (type) {
            case "VPC_ENDPOINT_SERVICE" -> Jsons.requireText(body, "vpcEndpointServiceName");
            case "VPC_RESOURCE" -> {
                Jsons.requireText(body, "vpcResourceConfigurationId");
                Jsons.requireText(body, "vpcResourceShareArn");
            }
            case "MSK_MULTI_VPC" -> {
                Jsons.requireText(body, "mskClusterArn");
                Jsons.oneOf(body, "mskAuthentication", List.of("SASL_IAM", "SASL_SCRAM"));
                if (body.has("customPrivateDnsMappings")
                        && !body.get("customPrivateDnsMappings").isEmpty()) {
                    throw new SimError(400, "customPrivateDnsMappings: not supported for MSK_MULTI_VPC");
                }
            }
            default -> {
                String attachment = Jsons.requireText(body, "gcpServiceAttachment");
                if (!PSC_ATTACHMENT.matcher(attachment).matches()) {
                    throw new SimError(
                            400,
                            "gcpServiceAttachment: must be projects/{project}/regions/{region}/serviceAttachments/{name}");
                }
            }
        }
        ObjectNode copy = Jsons.object();
        for (String field : List.of(
                "description",
                "type",
                "vpcEndpointServiceName",
                "vpcResourceConfigurationId",
                "vpcResourceShareArn",
                "mskClusterArn",
                "mskAuthentication",
                "gcpServiceAttachment")) {
            if (body.hasNonNull(field)) {
                copy.set(field, body.get(field));
            } else {
                copy.putNull(field);
            }
        }
        Endpoint e = new Endpoint(serviceId, copy, clock);
        e.dnsMappings = dnsMappings(serviceId, body.get("customPrivateDnsMappings"), null);
        if (type.equals("VPC_ENDPOINT_SERVICE") || type.equals("GCP_PSC_SERVICE_ATTACHMENT")) {
            e.timeline.then(ENDPOINT_TIME.dividedBy(2), "PendingAcceptance").then(ENDPOINT_TIME.dividedBy(2), "Ready");
        } else {
            e.timeline.then(ENDPOINT_TIME, "Ready");
        }
        endpoints.put(e.id, e);
        return ok(request, endpointJson(e));
    }

    private synchronized SimResponse updateEndpoint(SimRequest request) {
        Endpoint e = endpoint(request);
        JsonNode mappings = request.json().get("customPrivateDnsMappings");
        if (mappings == null || !mappings.isArray()) {
            throw new SimError(400, "customPrivateDnsMappings: Required");
        }
        if (e.request.path("type").asText().equals("MSK_MULTI_VPC") && !mappings.isEmpty()) {
            throw new SimError(400, "customPrivateDnsMappings: not supported for MSK_MULTI_VPC");
        }
        e.dnsMappings = dnsMappings(e.serviceId, mappings, e);
        return ok(request, endpointJson(e));
    }

    private synchronized SimResponse deleteEndpoint(SimRequest request) {
        Endpoint e = endpoint(request);
        for (Pipe p : pipes.values()) {
            for (JsonNode id : p.source.path("reversePrivateEndpointIds")) {
                if (id.asText().equals(e.id)) {
                    throw new SimError(400, "Reverse private endpoint " + e.id + " is used by ClickPipe " + p.id);
                }
            }
        }
        if (!e.status.equals("Deleting")) {
            e.status = "Deleting";
            e.timeline.clear().then(ENDPOINT_DELETE_TIME, "Deleted", () -> e.gone = true);
        }
        return done(request);
    }

    private ArrayNode dnsMappings(String serviceId, JsonNode mappings, Endpoint self) {
        ArrayNode copy = Jsons.array();
        if (mappings == null || mappings.isNull()) {
            return copy;
        }
        for (JsonNode mapping : mappings) {
            String name = Jsons.requireText(mapping, "privateDnsName");
            for (Endpoint other : liveEndpoints(serviceId)) {
                for (JsonNode used : other.dnsMappings) {
                    if (other != self && used.path("privateDnsName").asText().equals(name)) {
                        throw new SimError(400, "privateDnsName " + name + " is already used in this service");
                    }
                }
            }
            copy.addObject().put("privateDnsName", name);
        }
        return copy;
    }

    private List<Endpoint> liveEndpoints(String serviceId) {
        List<Endpoint> live = new ArrayList<>();
        for (Endpoint e : List.copyOf(endpoints.values())) {
            e.timeline.advance(status -> e.status = status);
            if (e.gone) {
                endpoints.remove(e.id);
            } else if (e.serviceId.equals(serviceId)) {
                live.add(e);
            }
        }
        return live;
    }

    private Endpoint endpoint(SimRequest request) {
        String serviceId = runningService(request);
        String id = request.param("endpoint_id");
        return liveEndpoints(serviceId).stream()
                .filter(e -> e.id.equals(id))
                .findFirst()
                .orElseThrow(() -> new SimError(404, "Reverse private endpoint " + id + " not found"));
    }

    private static ObjectNode endpointJson(Endpoint e) {
        ObjectNode node = e.request.deepCopy();
        node.set("customPrivateDnsMappings", e.dnsMappings.deepCopy());
        node.put("id", e.id).put("serviceId", e.serviceId).put("endpointId", e.endpointId);
        node.putArray("dnsNames").add(e.endpointId + ".vpce-svc.clickpipes.clickhouse.cloud");
        ArrayNode privateDns = node.putArray("privateDnsNames");
        e.dnsMappings.forEach(m -> privateDns.add(m.path("privateDnsName").asText()));
        node.put("status", e.status);
        return node;
    }

    // ---- lookups --------------------------------------------------------------------------------------------------

    /** The service's id, once the service exists and runs: ClickPipes answer 424 on an idle or stopped one. */
    private String runningService(SimRequest request) {
        String state = cloud.serviceState(request);
        if (!state.equals("running")) {
            throw new SimError(
                    424,
                    "ClickPipe creation is allowed only when the ClickHouse service is running. Current state: "
                            + state);
        }
        return request.param("service_id");
    }

    private Pipe pipe(SimRequest request) {
        String serviceId = runningService(request);
        String id = request.param("pipe_id");
        Pipe p = pipes.get(id);
        if (p == null || !p.serviceId.equals(serviceId)) {
            throw new SimError(404, "ClickPipe " + id + " not found");
        }
        advance(p);
        return p;
    }

    private void advance(Pipe p) {
        p.timeline.advance(state -> {
            p.state = state;
            p.updatedAt = clock.now();
        });
    }

    // ---- request validation ---------------------------------------------------------------------------------------

    private static String pipeName(JsonNode name) {
        if (name == null
                || !name.isTextual()
                || name.asText().isBlank()
                || name.asText().length() > 255) {
            throw new SimError(400, "name: must be 1 to 255 characters");
        }
        return name.asText();
    }

    /** The one source variant named: an empty variant fails on its first required field before any count. */
    private static String sourceKind(JsonNode source) {
        if (source == null || !source.isObject()) {
            throw new SimError(400, "source: Required");
        }
        List<String> named = new ArrayList<>();
        for (String kind : SOURCES) {
            JsonNode variant = source.get(kind);
            if (variant == null || variant.isNull()) {
                continue;
            }
            if (!variant.isObject()) {
                throw new SimError(400, "source." + kind + ": must be an object");
            }
            if (variant.isEmpty()) {
                throw new SimError(400, kind + "." + firstRequired(kind) + ": ''");
            }
            named.add(kind);
        }
        if (named.size() != 1) {
            throw new SimError(
                    400,
                    "source: exactly one of " + String.join(", ", SOURCES) + " must be set, got " + named.size()
                            + (named.isEmpty() ? "" : " (" + String.join(", ", named) + ")"));
        }
        return named.get(0);
    }

    private static String firstRequired(String kind) {
        return switch (kind) {
            case "kafka" -> "brokers";
            case "objectStorage" -> "url";
            case "kinesis" -> "streamName";
            case "pubsub" -> "projectId";
            case "mongodb" -> "uri";
            case "bigquery" -> "snapshotStagingPath";
            default -> "host";
        };
    }

    /**
     * Checks that a Kafka, object storage or Kinesis source carries the secrets its authentication needs, with the
     * fields the reference names: Kafka {@code credentials} {@code {username, password}} for PLAIN and SCRAM,
     * {@code {accessKeyId, secretKey}} for IAM_USER, {@code {certificate, privateKey}} for MUTUAL_TLS and {@code
     * {connectionString}} for Azure Event Hubs; object storage {@code accessKey {accessKeyId, secretKey}} for
     * IAM_USER, {@code serviceAccountKey} for SERVICE_ACCOUNT and {@code connectionString} for CONNECTION_STRING;
     * Kinesis {@code accessKey} for IAM_USER. Messages never echo a secret.
     */
    private static void checkSecrets(String kind, JsonNode v) {
        String auth = Jsons.optionalText(v, "authentication");
        if (auth == null || auth.equals("IAM_ROLE")) {
            return;
        }
        switch (kind) {
            case "kafka" -> {
                JsonNode credentials = v.get("credentials");
                if (credentials == null || !credentials.isObject()) {
                    throw new SimError(400, "kafka.credentials: Required for " + auth + " authentication");
                }
                List<String> fields = "azureeventhub".equals(Jsons.optionalText(v, "type"))
                        ? List.of("connectionString")
                        : switch (auth) {
                            case "IAM_USER" -> List.of("accessKeyId", "secretKey");
                            case "MUTUAL_TLS" -> List.of("certificate", "privateKey");
                            default -> List.of("username", "password");
                        };
                for (String field : fields) {
                    secret(credentials, "kafka.credentials", field, auth);
                }
            }
            case "objectStorage", "kinesis" -> {
                switch (auth) {
                    case "IAM_USER" -> {
                        JsonNode accessKey = v.get("accessKey");
                        if (accessKey == null || !accessKey.isObject()) {
                            throw new SimError(400, kind + ".accessKey: Required for IAM_USER authentication");
                        }
                        secret(accessKey, kind + ".accessKey", "accessKeyId", auth);
                        secret(accessKey, kind + ".accessKey", "secretKey", auth);
                    }
                    case "SERVICE_ACCOUNT" -> secret(v, kind, "serviceAccountKey", auth);
                    case "CONNECTION_STRING" -> secret(v, kind, "connectionString", auth);
                    default -> {}
                }
            }
            default -> {}
        }
    }

    private static void secret(JsonNode node, String prefix, String field, String auth) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new SimError(400, prefix + "." + field + ": Required for " + auth + " authentication");
        }
    }

    /** Checks a create-time source variant and returns what responses show of it: no credentials. */
    private ObjectNode validateSource(String serviceId, String kind, ObjectNode v) {
        switch (kind) {
            case "kafka" -> {
                String type = Jsons.oneOf(v, kind, "type", List.copyOf(KAFKA_AUTH.keySet()));
                Jsons.oneOf(v, kind, "format", List.of("JSONEachRow", "Avro", "AvroConfluent", "Protobuf"));
                required(v, kind, "brokers");
                required(v, kind, "topics");
                Jsons.oneOf(v, kind, "authentication", KAFKA_AUTH.get(type));
                checkSecrets(kind, v);
                if (v.hasNonNull("offset")) {
                    Jsons.oneOf(
                            v.get("offset"),
                            "kafka.offset",
                            "strategy",
                            List.of("from_beginning", "from_latest", "from_timestamp"));
                }
                for (JsonNode id : v.path("reversePrivateEndpointIds")) {
                    if (liveEndpoints(serviceId).stream().noneMatch(e -> e.id.equals(id.asText()))) {
                        throw new SimError(400, "kafka.reversePrivateEndpointIds: unknown endpoint " + id.asText());
                    }
                }
            }
            case "objectStorage" -> {
                Jsons.oneOf(v, kind, "type", OBJECT_STORAGE_TYPES);
                Jsons.oneOf(v, kind, "format", OBJECT_STORAGE_FORMATS);
                required(v, kind, "url");
                if (v.hasNonNull("compression")) {
                    Jsons.oneOf(
                            v,
                            kind,
                            "compression",
                            List.of("none", "gzip", "gz", "brotli", "br", "xz", "LZMA", "zstd", "auto"));
                }
                if (v.hasNonNull("authentication")) {
                    Jsons.oneOf(
                            v,
                            kind,
                            "authentication",
                            List.of("IAM_ROLE", "IAM_USER", "CONNECTION_STRING", "SERVICE_ACCOUNT"));
                }
                checkSecrets(kind, v);
            }
            case "kinesis" -> {
                Jsons.oneOf(v, kind, "format", List.of("JSONEachRow", "Avro", "AvroConfluent"));
                required(v, kind, "streamName");
                required(v, kind, "region");
                Jsons.oneOf(v, kind, "iteratorType", List.of("TRIM_HORIZON", "LATEST", "AT_TIMESTAMP"));
                Jsons.oneOf(v, kind, "authentication", List.of("IAM_ROLE", "IAM_USER"));
                checkSecrets(kind, v);
            }
            case "pubsub" -> {
                Jsons.oneOf(v, kind, "format", List.of("JSONEachRow", "Avro", "Protobuf"));
                required(v, kind, "projectId");
                required(v, kind, "topic");
                Jsons.oneOf(v, kind, "authentication", List.of("SERVICE_ACCOUNT"));
                Jsons.oneOf(v, kind, "seekType", List.of("latest", "earliest", "timestamp"));
            }
            case "mongodb" -> {
                String uri = required(v, kind, "uri");
                if (!uri.startsWith("mongodb://") && !uri.startsWith("mongodb+srv://")) {
                    throw new SimError(400, "mongodb.uri: must start with mongodb:// or mongodb+srv://");
                }
                Jsons.oneOf(
                        v,
                        kind,
                        "readPreference",
                        List.of("primary", "primaryPreferred", "secondary", "secondaryPreferred", "nearest"));
                databaseSettings(v, kind, true);
            }
            case "bigquery" -> {
                if (!required(v, kind, "snapshotStagingPath").startsWith("gs://")) {
                    throw new SimError(400, "bigquery.snapshotStagingPath: must start with gs://");
                }
                required(v.path("credentials"), "bigquery.credentials", "serviceAccountFile");
                databaseSettings(v, kind, false);
            }
            default -> { // postgres, mysql
                required(v, kind, "host");
                JsonNode port = v.get("port");
                if (port == null || !port.isIntegralNumber() || port.asInt() < 1 || port.asInt() > 65_535) {
                    throw new SimError(400, kind + ".port: Not between 1 and 65535");
                }
                if (kind.equals("postgres")) {
                    required(v, kind, "database");
                }
                String auth = v.hasNonNull("authentication")
                        ? Jsons.oneOf(v, kind, "authentication", List.of("basic", "IAM_ROLE"))
                        : "basic";
                if (auth.equals("basic")) {
                    required(v.path("credentials"), kind + ".credentials", "username");
                    required(v.path("credentials"), kind + ".credentials", "password");
                }
                v.put("authentication", auth);
                databaseSettings(v, kind, kind.equals("mysql"));
            }
        }
        ObjectNode shown = v.deepCopy();
        shown.remove(SECRETS);
        if (shown.path("schemaRegistry").isObject()) {
            ((ObjectNode) shown.get("schemaRegistry")).remove("credentials");
        }
        if (kind.equals("kafka") && !shown.hasNonNull("consumerGroup")) {
            shown.put("consumerGroup", "clickpipes-" + UUID.randomUUID());
        }
        return shown;
    }

    private static void databaseSettings(ObjectNode v, String kind, boolean modeRequired) {
        JsonNode settings = v.get("settings");
        if (settings == null || !settings.isObject()) {
            if (modeRequired) {
                throw new SimError(400, kind + ".settings.replicationMode: Required");
            }
            settings = v.putObject("settings");
        }
        ObjectNode s = (ObjectNode) settings;
        if (modeRequired || s.has("replicationMode")) {
            Jsons.oneOf(
                    s,
                    kind + ".settings",
                    "replicationMode",
                    kind.equals("bigquery") ? List.of("snapshot") : List.of("cdc", "snapshot", "cdc_only"));
        } else {
            s.put("replicationMode", kind.equals("bigquery") ? "snapshot" : "cdc");
        }
        for (Map.Entry<String, JsonNode> field : s.properties()) {
            if (field.getValue().isNumber() && field.getValue().asLong() < 1) {
                throw new SimError(400, kind + ".settings." + field.getKey() + ": Value must be >= 1");
            }
        }
        if (s.has("replicationSlotName") && !s.path("replicationMode").asText().equals("cdc_only")) {
            throw new SimError(400, kind + ".settings.replicationSlotName: only valid for cdc_only replication");
        }
        JsonNode mappings = v.get("tableMappings");
        if (mappings == null || !mappings.isArray() || mappings.isEmpty()) {
            throw new SimError(400, kind + ".tableMappings: at least one table mapping is required");
        }
    }

    private static ObjectNode destination(Pipe p, JsonNode destination) {
        if (destination == null || !destination.isObject()) {
            throw new SimError(400, "destination: Required");
        }
        String database = Jsons.requireText(destination, "database");
        if (p.database()) {
            for (String field : List.of("table", "managedTable", "tableDefinition")) {
                if (destination.has(field)) {
                    throw new SimError(400, "destination." + field + ": must be omitted for database ClickPipes");
                }
            }
            return databaseDestination(database);
        }
        Jsons.requireText(destination, "table");
        if (!destination.path("managedTable").isBoolean()) {
            throw new SimError(400, "destination.managedTable: Required");
        }
        JsonNode columns = destination.get("columns");
        if (columns == null || !columns.isArray() || columns.isEmpty()) {
            throw new SimError(400, "destination.columns: Required");
        }
        ObjectNode copy = destination.deepCopy();
        copy.remove("roles");
        return copy;
    }

    private static ObjectNode databaseDestination(String database) {
        ObjectNode node = Jsons.object().put("database", database);
        node.putNull("tableDefinition");
        return node;
    }

    private static ArrayNode fieldMappings(Pipe p, JsonNode mappings) {
        if (mappings == null || mappings.isNull() || (mappings.isArray() && mappings.isEmpty())) {
            return p.database() ? Jsons.array() : identityMappings(p.destination);
        }
        if (!mappings.isArray()) {
            throw new SimError(400, "fieldMappings: must be an array");
        }
        for (JsonNode column : p.destination.path("columns")) {
            String name = column.path("name").asText();
            boolean mapped = false;
            for (JsonNode m : mappings) {
                mapped |= m.path("destinationField").asText().equals(name);
            }
            if (!mapped) {
                throw new SimError(400, "fieldMappings: destination column " + name + " is not mapped");
            }
        }
        return (ArrayNode) mappings.deepCopy();
    }

    private static ArrayNode identityMappings(ObjectNode destination) {
        ArrayNode mappings = Jsons.array();
        for (JsonNode column : destination.path("columns")) {
            String name = column.path("name").asText();
            mappings.addObject().put("sourceField", name).put("destinationField", name);
        }
        return mappings;
    }

    private static String required(JsonNode node, String prefix, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw new SimError(
                    400, prefix + "." + field + ": '" + (value == null || value.isNull() ? "" : value.asText()) + "'");
        }
        return value.asText();
    }

    private static Long bounded(JsonNode body, String field, long min, long max) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || value.asLong() < min || value.asLong() > max) {
            throw new SimError(400, field + ": Not between " + min + " and " + max);
        }
        return value.asLong();
    }

    // ---- JSON -----------------------------------------------------------------------------------------------------

    private ObjectNode pipeJson(Pipe p) {
        ObjectNode node = Jsons.object()
                .put("id", p.id)
                .put("serviceId", p.serviceId)
                .put("name", p.name)
                .put("state", p.state);
        if (SCALABLE.contains(p.kind)) {
            ObjectNode scaling = node.putObject("scaling").put("replicas", p.replicas);
            if (p.kind.equals("objectStorage")) {
                scaling.put("concurrency", p.concurrency);
            }
            if (p.quantities) {
                scaling.put("replicaCpuMillicores", p.cpuMillicores + "m");
                scaling.put("replicaMemoryGb", quantity(p.memoryGb));
            } else {
                scaling.put("replicaCpuMillicores", p.cpuMillicores).put("replicaMemoryGb", p.memoryGb);
            }
        }
        node.putObject("source").set(p.kind, p.source.deepCopy());
        node.set("destination", p.destination.deepCopy());
        node.set("fieldMappings", p.fieldMappings.deepCopy());
        node.set("settings", settingsJson(p));
        Jsons.putTime(node, "createdAt", p.createdAt);
        Jsons.putTime(node, "updatedAt", p.updatedAt);
        return node;
    }

    /** A memory size as Kubernetes writes it: {@code 1Gi}, {@code 512Mi}. */
    private static String quantity(double gb) {
        return gb == Math.rint(gb) ? (long) gb + "Gi" : Math.round(gb * 1024) + "Mi";
    }

    private static ObjectNode settingsJson(Pipe p) {
        ObjectNode node = Jsons.object();
        for (String key : SETTINGS.keySet()) {
            JsonNode value = p.settings.get(key);
            if (value == null) {
                node.putNull(key);
            } else {
                node.set(key, value);
            }
        }
        return node;
    }
}
