package dev.dbcloud.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClickPipesSimulatorTest {
    private static final String KAFKA = "{\"name\":\"clicks\",\"source\":{\"kafka\":{\"type\":\"kafka\",\"format\":"
            + "\"JSONEachRow\",\"brokers\":\"b-1.example.com:9092\",\"topics\":\"clicks\",\"authentication\":"
            + "\"SCRAM-SHA-512\",\"credentials\":{\"username\":\"pipe\",\"password\":\"s3cr3t-kafka\"}%s}},"
            + "\"destination\":{\"database\":\"default\",\"table\":\"clicks\",\"managedTable\":true,\"roles\":"
            + "[\"default_role\"],\"columns\":[{\"name\":\"id\",\"type\":\"String\"},{\"name\":\"at\",\"type\":"
            + "\"DateTime\"}]}}";
    private static final String POSTGRES = "{\"name\":\"users-cdc\",\"source\":{\"postgres\":{\"host\":"
            + "\"db.example.com\",\"port\":5432,\"database\":\"app\",\"credentials\":{\"username\":\"repl\","
            + "\"password\":\"s3cr3t-pg\"},\"settings\":{\"replicationMode\":\"%s\"},\"tableMappings\":"
            + "[{\"sourceSchemaName\":\"public\",\"sourceTable\":\"users\",\"targetTable\":\"public_users\"}]}},"
            + "\"destination\":{\"database\":\"default\"}}";
    private static final String S3 = "{\"name\":\"logs\",\"source\":{\"objectStorage\":{\"type\":\"s3\",\"format\":"
            + "\"JSONEachRow\",\"url\":\"https://bucket.s3.amazonaws.com/logs/*.json\",\"authentication\":"
            + "\"IAM_USER\",\"accessKey\":{\"accessKeyId\":\"AKIA0000\",\"secretKey\":\"s3cr3t-s3\"}%s}},"
            + "\"destination\":{\"database\":\"default\",\"table\":\"logs\",\"managedTable\":true,\"columns\":"
            + "[{\"name\":\"line\",\"type\":\"String\"}]}}";

    private LocalCloud cloud = LocalCloud.start(LocalCloud.Options.defaults().withSpeed(120));
    private ClickHouseHttp http = new ClickHouseHttp(cloud);
    private String analytics = "/services/" + http.serviceId("analytics");

    @AfterEach
    void close() {
        cloud.close();
    }

    private void speed(double speed) {
        cloud.close();
        cloud = LocalCloud.start(LocalCloud.Options.defaults().withSpeed(speed));
        http = new ClickHouseHttp(cloud);
        analytics = "/services/" + http.serviceId("analytics");
    }

    private JsonNode seeded(String name) {
        for (JsonNode pipe : http.get(analytics + "/clickpipes")) {
            if (pipe.get("name").asText().equals(name)) {
                return pipe;
            }
        }
        throw new AssertionError("no pipe " + name);
    }

    private String pipePath(JsonNode pipe) {
        return analytics + "/clickpipes/" + pipe.get("id").asText();
    }

    @Test
    void theRunningServiceHoldsSeededPipesOneAnsweringScalingAsQuantities() {
        JsonNode pipes = http.get(analytics + "/clickpipes");

        assertThat(pipes).hasSize(2);
        JsonNode kafka = seeded("events-from-kafka");
        assertThat(kafka.get("id").asText()).matches(ClickHouseHttp.UUID);
        assertThat(kafka.get("serviceId").asText()).isEqualTo(analytics.substring("/services/".length()));
        assertThat(kafka.get("state").asText()).isEqualTo("Running");
        assertThat(kafka.get("scaling").get("replicas").asInt()).isEqualTo(2);
        assertThat(kafka.get("scaling").get("replicaCpuMillicores").asText()).isEqualTo("500m");
        assertThat(kafka.get("scaling").get("replicaMemoryGb").asText()).isEqualTo("1Gi");
        assertThat(kafka.get("source").get("kafka").has("credentials")).isFalse();
        assertThat(kafka.get("fieldMappings")).hasSize(3);
        assertThat(kafka.get("settings").has("streaming_max_insert_wait_ms")).isTrue();
        JsonNode cdc = seeded("orders-cdc");
        assertThat(cdc.has("scaling")).isFalse();
        assertThat(cdc.get("destination").get("tableDefinition").isNull()).isTrue();
        assertThat(cdc.get("source").get("postgres").get("authentication").asText())
                .isEqualTo("basic");
        assertThat(http.get(pipePath(kafka)).get("name").asText()).isEqualTo("events-from-kafka");
    }

    @Test
    void aKafkaPipeProvisionsRunsStopsAndStartsAgainWithoutEchoingSecrets() {
        JsonNode created = http.ok("POST", analytics + "/clickpipes", KAFKA.formatted(""));

        assertThat(created.get("state").asText()).isEqualTo("Provisioning");
        assertThat(created.toString()).doesNotContain("s3cr3t");
        assertThat(created.get("source").get("kafka").get("consumerGroup").asText())
                .startsWith("clickpipes-");
        assertThat(created.get("destination").has("roles")).isFalse();
        assertThat(created.get("fieldMappings").get(1).get("destinationField").asText())
                .isEqualTo("at");
        assertThat(created.get("scaling").get("replicaCpuMillicores").isInt()).isTrue();
        assertThat(created.get("createdAt").asText())
                .isEqualTo(created.get("updatedAt").asText());
        String path = pipePath(created);
        States.passedThrough(http.watch(path, "state", "Running"), "Provisioning", "Running");

        assertThat(http.error(400, "PATCH", path + "/state", "{\"command\":\"start\"}"))
                .isEqualTo("BAD_REQUEST: Cannot start ClickPipe: ClickPipe is already running");
        assertThat(http.error(400, "PATCH", path + "/state", "{\"action\":\"stop\"}"))
                .isEqualTo("BAD_REQUEST: command: must be one of 'start', 'stop', 'resync'");
        assertThat(http.error(400, "PATCH", path + "/state", "{\"command\":\"pause\"}"))
                .startsWith("BAD_REQUEST: command:");
        assertThat(http.error(400, "PATCH", path + "/state", "{\"command\":\"resync\"}"))
                .contains("only for Postgres and MySQL");

        assertThat(http.ok("PATCH", path + "/state", "{\"command\":\"stop\"}")
                        .get("state")
                        .asText())
                .isEqualTo("Stopping");
        assertThat(http.ok("PATCH", path + "/state", "{\"command\":\"stop\"}")
                        .get("state")
                        .asText())
                .isIn("Stopping", "Stopped");
        assertThat(http.watch(path, "state", "Stopped")).endsWith("Stopped");
        assertThat(http.ok("PATCH", path + "/state", "{\"command\":\"start\"}")
                        .get("state")
                        .asText())
                .isEqualTo("Provisioning");
        assertThat(http.watch(path, "state", "Running")).endsWith("Running");

        assertThat(http.ok("DELETE", path, null)).isNull();
        assertThat(http.error(404, "GET", path, null)).startsWith("NOT_FOUND: ClickPipe ");
    }

    @Test
    void aPostgresCdcPipeSnapshotsBeforeRunningAndMustBePausedToEdit() {
        JsonNode created = http.ok("POST", analytics + "/clickpipes", POSTGRES.formatted("cdc"));
        String path = pipePath(created);

        assertThat(created.toString()).doesNotContain("s3cr3t");
        assertThat(created.get("source")
                        .get("postgres")
                        .get("settings")
                        .get("replicationMode")
                        .asText())
                .isEqualTo("cdc");
        States.passedThrough(http.watch(path, "state", "Running"), "Provisioning", "Setup", "Snapshot", "Running");

        String edit = "{\"name\":\"users-cdc-2\",\"source\":{\"postgres\":{\"settings\":{\"syncIntervalSeconds\":30},"
                + "\"tableMappingsToAdd\":[{\"sourceSchemaName\":\"public\",\"sourceTable\":\"orders\","
                + "\"targetTable\":\"public_orders\"}],\"tableMappingsToRemove\":[{\"sourceSchemaName\":\"public\","
                + "\"sourceTable\":\"users\"}],\"credentials\":{\"username\":\"repl\",\"password\":\"n3w-s3cr3t\"}}}}";
        assertThat(http.error(400, "PATCH", path, edit)).endsWith("ClickPipe must be paused to edit");
        assertThat(http.ok("PATCH", path + "/state", "{\"command\":\"stop\"}")
                        .get("state")
                        .asText())
                .isEqualTo("Pausing");
        assertThat(http.watch(path, "state", "Paused")).endsWith("Paused").doesNotContain("Running");
        JsonNode edited = http.ok("PATCH", path, edit);
        assertThat(edited.get("name").asText()).isEqualTo("users-cdc-2");
        JsonNode source = edited.get("source").get("postgres");
        assertThat(source.get("settings").get("syncIntervalSeconds").asInt()).isEqualTo(30);
        assertThat(source.get("tableMappings")).hasSize(1);
        assertThat(source.get("tableMappings").get(0).get("sourceTable").asText())
                .isEqualTo("orders");
        assertThat(edited.toString()).doesNotContain("s3cr3t");
        assertThat(http.error(
                        400, "PATCH", path, "{\"source\":{\"postgres\":{\"settings\":{\"publicationName\":\"p\"}}}}"))
                .contains("cannot be changed");
        assertThat(http.error(
                        400, "PATCH", path, "{\"source\":{\"postgres\":{\"settings\":{\"useCompression\":true}}}}"))
                .isEqualTo("BAD_REQUEST: postgres.settings.useCompression: cannot be changed");
        assertThat(http.error(400, "PATCH", path, "{\"source\":{\"postgres\":{\"uri\":\"mongodb://h\"}}}"))
                .isEqualTo("BAD_REQUEST: source.postgres.uri: cannot be changed");
        assertThat(http.error(400, "PATCH", path, "{\"source\":{\"kafka\":{\"iamRole\":\"r\"}}}"))
                .contains("source is postgres");
        assertThat(http.error(400, "PATCH", path, "{\"destination\":{\"columns\":[]}}"))
                .startsWith("BAD_REQUEST: destination:");

        http.ok("PATCH", path + "/state", "{\"command\":\"start\"}");
        States.passedThrough(http.watch(path, "state", "Running"), "Paused", "Snapshot", "Running");
        assertThat(http.ok("PATCH", path + "/state", "{\"command\":\"resync\"}")
                        .get("state")
                        .asText())
                .isEqualTo("Resync");
        States.passedThrough(http.watch(path, "state", "Running"), "Resync", "Snapshot", "Running");
    }

    @Test
    void replicationModesAndObjectStorageDecideWhereAPipeEnds() {
        speed(6_000);
        String cdcOnly = pipePath(http.ok("POST", analytics + "/clickpipes", POSTGRES.formatted("cdc_only")));
        String snapshot = pipePath(http.ok("POST", analytics + "/clickpipes", POSTGRES.formatted("snapshot")));
        JsonNode batch = http.ok("POST", analytics + "/clickpipes", S3.formatted(""));
        String continuous =
                pipePath(http.ok("POST", analytics + "/clickpipes", S3.formatted(",\"isContinuous\":true")));

        assertThat(batch.toString()).doesNotContain("s3cr3t");
        assertThat(batch.get("scaling").get("concurrency").asInt()).isZero();
        assertThat(http.watch(cdcOnly, "state", "Running")).doesNotContain("Snapshot");
        assertThat(http.watch(snapshot, "state", "Completed")).doesNotContain("Running");
        assertThat(batch.get("state").asText()).isEqualTo("Provisioning");
        assertThat(http.watch(pipePath(batch), "state", "Completed")).endsWith("Completed");
        assertThat(http.watch(continuous, "state", "Running")).doesNotContain("Completed");
        assertThat(http.error(400, "PATCH", pipePath(batch) + "/state", "{\"command\":\"start\"}"))
                .isEqualTo("BAD_REQUEST: ClickPipe can be started only from the Stopped or Failed state. Current state:"
                        + " Completed");
        assertThat(http.ok("PATCH", pipePath(batch) + "/state", "{\"command\":\"stop\"}")
                        .get("state")
                        .asText())
                .isEqualTo("Stopping");
    }

    @Test
    void everyCallOnAServiceThatIsNotRunningIsAFailedDependency() {
        String staging = "/services/" + http.serviceId("staging");
        String archive = "/services/" + http.serviceId("archive");

        assertThat(http.error(424, "GET", staging + "/clickpipes", null))
                .isEqualTo("FAILED_DEPENDENCY: ClickPipe creation is allowed only when the ClickHouse service is"
                        + " running. Current state: idle");
        assertThat(http.error(424, "POST", staging + "/clickpipes", KAFKA.formatted("")))
                .endsWith("Current state: idle");
        assertThat(http.error(424, "GET", staging + "/clickpipesReversePrivateEndpoints", null))
                .startsWith("FAILED_DEPENDENCY: ");
        assertThat(http.error(424, "GET", archive + "/clickpipesCdcScaling", null))
                .endsWith("Current state: stopped");
        assertThat(http.error(404, "GET", "/services/" + java.util.UUID.randomUUID() + "/clickpipes", null))
                .startsWith("NOT_FOUND: Service ");
        assertThat(http.error(404, "GET", analytics + "/clickpipes/" + java.util.UUID.randomUUID(), null))
                .startsWith("NOT_FOUND: ClickPipe ");

        http.ok("PATCH", staging + "/state", "{\"command\":\"awake\"}");
        http.watch(staging, "state", "running");
        assertThat(http.get(staging + "/clickpipes")).isEmpty();
        assertThat(http.error(404, "GET", staging + "/clickpipesCdcScaling", null))
                .contains("once a database ClickPipe was provisioned");
        assertThat(http.error(
                        404, "GET", "/services/" + http.serviceId("archive").replace('-', '0') + "/clickpipes", null))
                .startsWith("NOT_FOUND: ");
    }

    @Test
    void aSourceNamesExactlyOneVariantWithItsRequiredFields() {
        String pipes = analytics + "/clickpipes";
        String kafka = KAFKA.formatted("").replace("\"name\":\"clicks\",", "");
        assertThat(http.error(400, "POST", pipes, "{\"name\":\"x\",\"destination\":{\"database\":\"default\"}}"))
                .isEqualTo("BAD_REQUEST: source: Required");
        assertThat(http.error(400, "POST", pipes, "{\"name\":\"x\",\"source\":{},\"destination\":{}}"))
                .startsWith("BAD_REQUEST: source: exactly one of kafka, objectStorage");
        assertThat(http.error(400, "POST", pipes, "{\"name\":\"x\",\"source\":{\"postgres\":{}}}"))
                .isEqualTo("BAD_REQUEST: postgres.host: ''");
        assertThat(http.error(
                        400,
                        "POST",
                        pipes,
                        "{\"name\":\"x\"," + kafka.substring(1).replace("\"kafka\":{", "\"postgres\":{},\"kafka\":{")))
                .isEqualTo("BAD_REQUEST: postgres.host: ''");
        String twoSources = "{\"name\":\"x\","
                + kafka.substring(1).replace("\"kafka\":{", "\"kinesis\":{\"streamName\":\"s\"},\"kafka\":{");
        assertThat(http.error(400, "POST", pipes, twoSources)).endsWith("got 2 (kafka, kinesis)");
        assertThat(http.error(400, "POST", pipes, "{\"name\":\"x\",\"source\":{\"kafka\":[]}}"))
                .contains("must be an object");
        assertThat(http.error(
                        400,
                        "POST",
                        pipes,
                        POSTGRES.formatted("cdc")
                                .replace("\"port\":5432,", "\"port\":5432,\"authentication\":\"BASIC\",")))
                .contains("postgres.authentication: must be one of 'basic', 'IAM_ROLE'");
        assertThat(http.error(
                        400,
                        "POST",
                        pipes,
                        POSTGRES.formatted("cdc")
                                .replace("{\"database\":\"default\"}", "{\"database\":\"default\",\"table\":\"t\"}")))
                .isEqualTo("BAD_REQUEST: destination.table: must be omitted for database ClickPipes");
        assertThat(http.error(400, "POST", pipes, KAFKA.formatted("").replace("\"SCRAM-SHA-512\"", "\"IAM_ROLE\"")))
                .contains("kafka.authentication");
        assertThat(http.error(400, "POST", pipes, KAFKA.formatted("").replace("\"name\":\"clicks\"", "\"name\":\"\"")))
                .isEqualTo("BAD_REQUEST: name: must be 1 to 255 characters");
        assertThat(http.error(
                        400,
                        "POST",
                        pipes,
                        KAFKA.formatted("").replace("\"destination\"", "\"scaling\":{\"replicas\":0},\"destination\"")))
                .isEqualTo("BAD_REQUEST: replicas: Not between 1 and 40");
        assertThat(
                        http.error(
                                400,
                                "POST",
                                pipes,
                                KAFKA.formatted("")
                                        .replace(
                                                "\"destination\"",
                                                "\"fieldMappings\":[{\"sourceField\":\"id\",\"destinationField\":\"id\"}],\"destination\"")))
                .contains("destination column at is not mapped");
        assertThat(http.error(
                        400,
                        "POST",
                        pipes,
                        POSTGRES.formatted("cdc")
                                .replace(
                                        "\"replicationMode\":\"cdc\"",
                                        "\"replicationMode\":\"cdc\",\"pullBatchSize\":0")))
                .endsWith("Value must be >= 1");
        assertThat(http.error(
                        400,
                        "POST",
                        pipes,
                        POSTGRES.formatted("cdc")
                                .replace("\"destination\"", "\"scaling\":{\"replicas\":2},\"destination\"")))
                .contains("only Kafka, Kinesis and object storage");
        assertThat(http.error(400, "POST", pipes, "{\"name\":\"x\",\"source\":{\"kafka\":{}}}"))
                .isEqualTo("BAD_REQUEST: kafka.brokers: ''");
        assertThat(http.error(
                        400,
                        "POST",
                        pipes,
                        KAFKA.formatted("")
                                .replace(",\"credentials\":{\"username\":\"pipe\",\"password\":\"s3cr3t-kafka\"}", "")))
                .isEqualTo("BAD_REQUEST: kafka.credentials: Required for SCRAM-SHA-512 authentication");
        assertThat(http.error(
                        400,
                        "POST",
                        pipes,
                        KAFKA.formatted("").replace("\"destination\":{", "\"destination\":[],\"x\":{")))
                .isEqualTo("BAD_REQUEST: destination: Required");
        assertThat(http.error(
                        400,
                        "POST",
                        pipes,
                        KAFKA.formatted("").replace("\"destination\"", "\"fieldMappings\":{},\"destination\"")))
                .isEqualTo("BAD_REQUEST: fieldMappings: must be an array");
        assertThat(http.get(analytics + "/clickpipes")).hasSize(2);

        JsonNode tuned = http.ok(
                "POST",
                pipes,
                KAFKA.formatted(
                                ",\"schemaRegistry\":{\"url\":\"https://registry.example.com\",\"authentication\":\"PLAIN\","
                                        + "\"credentials\":{\"username\":\"r\",\"password\":\"s3cr3t-registry\"}}")
                        .replace(
                                "\"destination\"",
                                "\"scaling\":{\"replicas\":3},\"settings\":{\"streaming_max_insert_wait_ms\":1000},\"destination\""));
        assertThat(tuned.get("scaling").get("replicas").asInt()).isEqualTo(3);
        assertThat(tuned.get("settings").get("streaming_max_insert_wait_ms").asInt())
                .isEqualTo(1000);
        assertThat(tuned.get("source")
                        .get("kafka")
                        .get("schemaRegistry")
                        .get("url")
                        .asText())
                .startsWith("https://");
        assertThat(tuned.toString()).doesNotContain("s3cr3t");
    }

    @Test
    void theOtherSourcesAreCheckedToo() {
        String pipes = analytics + "/clickpipes";
        String destination = ",\"destination\":{\"database\":\"default\",\"table\":\"t\",\"managedTable\":false,"
                + "\"columns\":[{\"name\":\"a\",\"type\":\"String\"}]}}";
        String dbDestination = ",\"destination\":{\"database\":\"default\"}}";
        List<String> accepted = new ArrayList<>();
        for (String source : List.of(
                "{\"kinesis\":{\"format\":\"JSONEachRow\",\"streamName\":\"s\",\"region\":\"us-east-1\",\"iteratorType\":\"LATEST\",\"authentication\":\"IAM_ROLE\"}}"
                        + destination,
                "{\"pubsub\":{\"format\":\"Avro\",\"projectId\":\"p\",\"topic\":\"t\",\"authentication\":\"SERVICE_ACCOUNT\",\"seekType\":\"latest\",\"serviceAccountKey\":{\"serviceAccountFile\":\"s3cr3t\"}}}"
                        + destination,
                "{\"mysql\":{\"host\":\"h\",\"port\":3306,\"credentials\":{\"username\":\"u\",\"password\":\"s3cr3t\"},\"settings\":{\"replicationMode\":\"cdc\"},\"tableMappings\":[{\"sourceSchemaName\":\"app\",\"sourceTable\":\"t\",\"targetTable\":\"t\"}]}}"
                        + dbDestination,
                "{\"mongodb\":{\"uri\":\"mongodb+srv://c.example.com\",\"readPreference\":\"primary\",\"settings\":{\"replicationMode\":\"cdc\"},\"tableMappings\":[{\"sourceDatabaseName\":\"d\",\"sourceCollection\":\"c\",\"targetTable\":\"t\"}]}}"
                        + dbDestination,
                "{\"bigquery\":{\"snapshotStagingPath\":\"gs://b/p\",\"credentials\":{\"serviceAccountFile\":\"s3cr3t\"},\"tableMappings\":[{\"sourceDatasetName\":\"d\",\"sourceTable\":\"t\",\"targetTable\":\"t\"}]}}"
                        + dbDestination)) {
            JsonNode created = http.ok("POST", pipes, "{\"name\":\"p\",\"source\":" + source);
            assertThat(created.toString()).doesNotContain("s3cr3t");
            accepted.add(created.get("source").fieldNames().next());
        }
        assertThat(accepted).containsExactly("kinesis", "pubsub", "mysql", "mongodb", "bigquery");
        JsonNode bigquery = http.get(analytics + "/clickpipes").get(6);
        assertThat(bigquery.get("source").has("bigquery")).isTrue();
        http.ok("PATCH", pipePath(bigquery) + "/state", "{\"command\":\"stop\"}");
        http.watch(pipePath(bigquery), "state", "Paused");
        assertThat(http.error(
                        400,
                        "PATCH",
                        pipePath(bigquery),
                        "{\"source\":{\"bigquery\":{\"snapshotStagingPath\":\"gs://c\"}}}"))
                .contains("BigQuery ClickPipes cannot be updated");
        assertThat(http.error(
                        400,
                        "POST",
                        pipes,
                        "{\"name\":\"p\",\"source\":{\"mongodb\":{\"uri\":\"http://x\"}}" + dbDestination))
                .contains("mongodb.uri: must start with");
        assertThat(http.error(
                        400,
                        "POST",
                        pipes,
                        "{\"name\":\"p\",\"source\":{\"bigquery\":{\"snapshotStagingPath\":\"s3://x\"}}"
                                + dbDestination))
                .contains("gs://");
        assertThat(http.error(
                        400,
                        "POST",
                        pipes,
                        "{\"name\":\"p\",\"source\":{\"mysql\":{\"host\":\"h\",\"port\":0}}" + dbDestination))
                .contains("mysql.port: Not between 1 and 65535");
        assertThat(http.error(
                        400,
                        "POST",
                        pipes,
                        "{\"name\":\"p\",\"source\":{\"mysql\":{\"host\":\"h\",\"port\":3306,\"authentication\":\"IAM_ROLE\"}}"
                                + dbDestination))
                .contains("mysql.settings.replicationMode: Required");
        assertThat(http.error(
                        400,
                        "POST",
                        pipes,
                        "{\"name\":\"p\",\"source\":{\"postgres\":{\"host\":\"h\",\"port\":5432,\"database\":\"d\",\"authentication\":\"IAM_ROLE\",\"settings\":{\"replicationSlotName\":\"s\"},\"tableMappings\":[]}}"
                                + dbDestination))
                .contains("only valid for cdc_only");
        assertThat(http.error(
                        400,
                        "POST",
                        pipes,
                        "{\"name\":\"p\",\"source\":{\"postgres\":{\"host\":\"h\",\"port\":5432,\"database\":\"d\",\"authentication\":\"IAM_ROLE\"}}"
                                + dbDestination))
                .contains("postgres.tableMappings: Required");
        assertThat(http.error(400, "POST", pipes, S3.formatted(",\"compression\":\"rar\"")))
                .contains("objectStorage.compression");
        assertThat(http.error(
                        400,
                        "POST",
                        pipes,
                        S3.formatted("")
                                .replace("\"columns\":[{\"name\":\"line\",\"type\":\"String\"}]", "\"columns\":[]")))
                .isEqualTo("BAD_REQUEST: destination.columns: Required");
        assertThat(http.error(400, "POST", pipes, S3.formatted("").replace("\"managedTable\":true,", "")))
                .isEqualTo("BAD_REQUEST: destination.managedTable: Required");
        assertThat(http.error(400, "POST", pipes, KAFKA.formatted(",\"offset\":{\"strategy\":\"latest\"}")))
                .contains("kafka.offset.strategy");
    }

    @Test
    void streamingPipesScaleAndTakeSettingsInSnakeCase() {
        JsonNode kafka = seeded("events-from-kafka");
        JsonNode scaled = http.ok("PATCH", pipePath(kafka) + "/scaling", "{\"replicas\":4,\"replicaMemoryGb\":0.5}");
        assertThat(scaled.get("scaling").get("replicas").asInt()).isEqualTo(4);
        assertThat(scaled.get("scaling").get("replicaMemoryGb").asText()).isEqualTo("512Mi");
        assertThat(http.error(400, "PATCH", pipePath(kafka) + "/scaling", "{\"replicas\":41}"))
                .isEqualTo("BAD_REQUEST: replicas: Not between 1 and 40");
        assertThat(http.error(400, "PATCH", pipePath(kafka) + "/scaling", "{\"concurrency\":2}"))
                .contains("only object storage");
        assertThat(http.error(400, "PATCH", pipePath(kafka) + "/scaling", "{\"replicaMemoryGb\":9}"))
                .contains("Not between 0.5 and 8");
        assertThat(http.error(400, "PATCH", pipePath(seeded("orders-cdc")) + "/scaling", "{\"replicas\":2}"))
                .contains("only for Kafka, Kinesis and object storage");
        JsonNode s3 = http.ok("POST", analytics + "/clickpipes", S3.formatted(""));
        JsonNode s3Scaled =
                http.ok("PATCH", pipePath(s3) + "/scaling", "{\"concurrency\":8,\"replicaCpuMillicores\":1000}");
        assertThat(s3Scaled.get("scaling").get("concurrency").asInt()).isEqualTo(8);
        assertThat(s3Scaled.get("scaling").get("replicaCpuMillicores").asInt()).isEqualTo(1000);

        String settings = pipePath(kafka) + "/settings";
        JsonNode defaults = http.get(settings);
        assertThat(defaults).hasSize(12);
        assertThat(defaults.get("streaming_max_insert_wait_ms").isNull()).isTrue();
        JsonNode put = http.ok(
                "PUT",
                settings,
                "{\"streaming_max_insert_wait_ms\":5000,\"clickhouse_parallel_view_processing\":true}");
        assertThat(put.get("streaming_max_insert_wait_ms").asInt()).isEqualTo(5000);
        assertThat(http.ok("PUT", settings, "{\"clickhouse_max_threads\":8}")
                        .get("streaming_max_insert_wait_ms")
                        .isNull())
                .isTrue();
        assertThat(http.get(pipePath(kafka))
                        .get("settings")
                        .get("clickhouse_max_threads")
                        .asInt())
                .isEqualTo(8);
        assertThat(http.error(400, "PUT", settings, "{\"streaming_max_insert_wait_ms\":100}"))
                .isEqualTo("BAD_REQUEST: streaming_max_insert_wait_ms: Not between 500 and 60000");
        assertThat(http.error(400, "PUT", settings, "{\"streamingMaxInsertWaitMs\":5000}"))
                .contains("unknown setting");
        assertThat(http.error(400, "PUT", settings, "{\"object_storage_use_cluster_function\":1}"))
                .contains("boolean");
        assertThat(http.error(400, "PUT", settings, "[]")).contains("must be an object");

        JsonNode patched = http.ok(
                "PATCH",
                pipePath(kafka),
                "{\"name\":\"events\",\"source\":{\"kafka\":{\"authentication\":\"PLAIN\",\"credentials\":{\"username\":\"u\",\"password\":\"s3cr3t\"}}},"
                        + "\"destination\":{\"columns\":[{\"name\":\"id\",\"type\":\"String\"}]},\"fieldMappings\":"
                        + "[{\"sourceField\":\"key\",\"destinationField\":\"id\"}],\"settings\":{\"clickhouse_max_threads\":null}}");
        assertThat(patched.get("name").asText()).isEqualTo("events");
        assertThat(patched.toString()).doesNotContain("s3cr3t");
        assertThat(patched.get("destination").get("columns")).hasSize(1);
        assertThat(patched.get("fieldMappings").get(0).get("sourceField").asText())
                .isEqualTo("key");
        assertThat(patched.get("settings").get("clickhouse_max_threads").isNull())
                .isTrue();
        assertThat(http.error(400, "PATCH", pipePath(kafka), "{\"source\":{\"kafka\":{\"settings\":{}}}}"))
                .contains("cannot be changed");
    }

    @Test
    void kafkaCredentialsMustHoldWhatTheirAuthenticationNeeds() {
        String pipes = analytics + "/clickpipes";
        String scram = "\"authentication\":\"SCRAM-SHA-512\",\"credentials\":{\"username\":\"pipe\","
                + "\"password\":\"s3cr3t-kafka\"}";

        assertThat(http.error(
                        400,
                        "POST",
                        pipes,
                        KAFKA.formatted("")
                                .replace(
                                        scram,
                                        "\"authentication\":"
                                                + "\"SCRAM-SHA-512\",\"credentials\":{\"username\":\"pipe\"}")))
                .isEqualTo("BAD_REQUEST: kafka.credentials.password: Required for SCRAM-SHA-512 authentication");
        assertThat(
                        http.error(
                                400,
                                "POST",
                                pipes,
                                KAFKA.formatted("")
                                        .replace(
                                                scram,
                                                "\"authentication\":"
                                                        + "\"PLAIN\",\"credentials\":{\"accessKeyId\":\"AKIA\",\"secretKey\":\"s3cr3t\"}")))
                .isEqualTo("BAD_REQUEST: kafka.credentials.username: Required for PLAIN authentication")
                .doesNotContain("s3cr3t");
        assertThat(http.error(
                        400,
                        "POST",
                        pipes,
                        KAFKA.formatted("")
                                .replace(
                                        scram,
                                        "\"authentication\":"
                                                + "\"MUTUAL_TLS\",\"credentials\":{\"certificate\":\"-----BEGIN\"}")))
                .isEqualTo("BAD_REQUEST: kafka.credentials.privateKey: Required for MUTUAL_TLS authentication");
        String msk = KAFKA.formatted("").replace("\"type\":\"kafka\"", "\"type\":\"msk\"");
        assertThat(http.error(
                        400,
                        "POST",
                        pipes,
                        msk.replace(
                                scram,
                                "\"authentication\":\"IAM_USER\","
                                        + "\"credentials\":{\"username\":\"u\",\"password\":\"p\"}")))
                .isEqualTo("BAD_REQUEST: kafka.credentials.accessKeyId: Required for IAM_USER authentication");
        http.ok(
                "POST",
                pipes,
                msk.replace(
                        scram,
                        "\"authentication\":\"IAM_USER\",\"credentials\":"
                                + "{\"accessKeyId\":\"AKIA\",\"secretKey\":\"s3cr3t\"}"));
        http.ok(
                "POST",
                pipes,
                msk.replace(scram, "\"authentication\":\"IAM_ROLE\",\"iamRole\":\"arn:aws:iam::1:role/r\""));
        String hub = KAFKA.formatted("").replace("\"type\":\"kafka\"", "\"type\":\"azureeventhub\"");
        assertThat(http.error(
                        400,
                        "POST",
                        pipes,
                        hub.replace(
                                scram,
                                "\"authentication\":\"PLAIN\","
                                        + "\"credentials\":{\"username\":\"u\",\"password\":\"p\"}")))
                .isEqualTo("BAD_REQUEST: kafka.credentials.connectionString: Required for PLAIN authentication");
        http.ok(
                "POST",
                pipes,
                hub.replace(
                        scram,
                        "\"authentication\":\"PLAIN\",\"credentials\":"
                                + "{\"connectionString\":\"Endpoint=sb://h/;SharedAccessKey=s3cr3t\"}"));

        String kafka = pipePath(http.ok("POST", pipes, KAFKA.formatted("")));
        assertThat(http.error(400, "PATCH", kafka, "{\"source\":{\"kafka\":{\"credentials\":{\"username\":\"u\"}}}}"))
                .isEqualTo("BAD_REQUEST: kafka.credentials.password: Required for SCRAM-SHA-512 authentication");
        http.ok("PATCH", kafka, "{\"source\":{\"kafka\":{\"credentials\":{\"username\":\"u\",\"password\":\"n3w\"}}}}");
    }

    @Test
    void objectStorageAuthenticationNeedsItsSecret() {
        String pipes = analytics + "/clickpipes";
        String iamUser = "\"authentication\":\"IAM_USER\",\"accessKey\":{\"accessKeyId\":\"AKIA0000\","
                + "\"secretKey\":\"s3cr3t-s3\"}";

        assertThat(http.error(400, "POST", pipes, S3.formatted("").replace(iamUser, "\"authentication\":\"IAM_USER\"")))
                .isEqualTo("BAD_REQUEST: objectStorage.accessKey: Required for IAM_USER authentication");
        assertThat(http.error(
                        400,
                        "POST",
                        pipes,
                        S3.formatted("")
                                .replace(
                                        iamUser,
                                        "\"authentication\":"
                                                + "\"IAM_USER\",\"accessKey\":{\"accessKeyId\":\"AKIA0000\"}")))
                .isEqualTo("BAD_REQUEST: objectStorage.accessKey.secretKey: Required for IAM_USER authentication");
        String gcs = S3.formatted("").replace("\"type\":\"s3\"", "\"type\":\"gcs\"");
        assertThat(http.error(400, "POST", pipes, gcs.replace(iamUser, "\"authentication\":\"SERVICE_ACCOUNT\"")))
                .isEqualTo("BAD_REQUEST: objectStorage.serviceAccountKey: Required for SERVICE_ACCOUNT authentication");
        http.ok(
                "POST",
                pipes,
                gcs.replace(
                        iamUser,
                        "\"authentication\":\"SERVICE_ACCOUNT\",\"serviceAccountKey\":"
                                + "\"eyJ0eXBlIjoic2VydmljZV9hY2NvdW50In0=\""));
        String azure = S3.formatted("")
                .replace("\"type\":\"s3\"", "\"type\":\"azureblobstorage\",\"azureContainerName\":\"logs\"");
        assertThat(http.error(
                        400,
                        "POST",
                        pipes,
                        S3.formatted("").replace("\"type\":\"s3\"", "\"type\":\"azureblobstorage\"")))
                .isEqualTo("BAD_REQUEST: objectStorage.azureContainerName: ''");
        assertThat(http.error(400, "POST", pipes, azure.replace(iamUser, "\"authentication\":\"CONNECTION_STRING\"")))
                .isEqualTo(
                        "BAD_REQUEST: objectStorage.connectionString: Required for CONNECTION_STRING authentication");
        http.ok(
                "POST",
                pipes,
                azure.replace(
                        iamUser,
                        "\"authentication\":\"CONNECTION_STRING\",\"connectionString\":"
                                + "\"DefaultEndpointsProtocol=https;AccountKey=s3cr3t\",\"azureContainerName\":\"logs\""));
        http.ok("POST", pipes, S3.formatted("").replace("," + iamUser, ""));

        String s3 = pipePath(http.ok("POST", pipes, S3.formatted("")));
        assertThat(http.error(
                        400,
                        "PATCH",
                        s3,
                        "{\"source\":{\"objectStorage\":{\"authentication\":\"CONNECTION_STRING\"}}}"))
                .isEqualTo(
                        "BAD_REQUEST: objectStorage.connectionString: Required for CONNECTION_STRING authentication");
    }

    @Test
    void aPatchChangesOnlyTheSourceFieldsItsKindAllows() {
        String kafka = pipePath(http.ok("POST", analytics + "/clickpipes", KAFKA.formatted("")));
        String s3 = pipePath(http.ok("POST", analytics + "/clickpipes", S3.formatted("")));

        assertThat(http.error(400, "PATCH", kafka, "{\"source\":{\"kafka\":{\"brokers\":\"other:9092\"}}}"))
                .isEqualTo("BAD_REQUEST: source.kafka.brokers: cannot be changed");
        assertThat(http.error(400, "PATCH", kafka, "{\"source\":{\"kafka\":{\"topics\":\"other\"}}}"))
                .isEqualTo("BAD_REQUEST: source.kafka.topics: cannot be changed");
        assertThat(http.error(400, "PATCH", kafka, "{\"source\":{\"kafka\":{\"settings\":{}}}}"))
                .isEqualTo("BAD_REQUEST: source.kafka.settings: cannot be changed");
        assertThat(http.error(400, "PATCH", s3, "{\"source\":{\"objectStorage\":{\"url\":\"https://b/x\"}}}"))
                .isEqualTo("BAD_REQUEST: source.objectStorage.url: cannot be changed");
        assertThat(http.error(400, "PATCH", s3, "{\"source\":{\"objectStorage\":{\"format\":\"CSV\"}}}"))
                .isEqualTo("BAD_REQUEST: source.objectStorage.format: cannot be changed");
        assertThat(http.ok("PATCH", kafka, "{\"source\":{\"kafka\":{\"caCertificate\":\"-----BEGIN\"}}}")
                        .get("source")
                        .get("kafka")
                        .get("brokers")
                        .asText())
                .isEqualTo("b-1.example.com:9092");
        assertThat(http.ok("PATCH", s3, "{\"source\":{\"objectStorage\":{\"path\":\"logs/2026/\"}}}")
                        .get("source")
                        .get("objectStorage")
                        .get("path")
                        .asText())
                .isEqualTo("logs/2026/");
    }

    @Test
    void cdcScalingIsPerServiceAndShowsAfterItPropagated() {
        String path = analytics + "/clickpipesCdcScaling";
        JsonNode initial = http.get(path);
        assertThat(initial.get("replicaCpuMillicores").asInt()).isEqualTo(2000);
        assertThat(initial.get("replicaMemoryGb").asDouble()).isEqualTo(8.0);

        JsonNode requested = http.ok("PATCH", path, "{\"replicaCpuMillicores\":4000,\"replicaMemoryGb\":16}");
        assertThat(requested.get("replicaCpuMillicores").asInt()).isEqualTo(4000);
        assertThat(http.get(path).get("replicaCpuMillicores").asInt()).isEqualTo(2000);
        States.passedThrough(http.watch(path, "replicaCpuMillicores", "4000"), "2000", "4000");
        assertThat(http.get(path).get("replicaMemoryGb").asDouble()).isEqualTo(16.0);

        assertThat(http.error(400, "PATCH", path, "{\"replicaCpuMillicores\":4000,\"replicaMemoryGb\":8}"))
                .contains("4 times the number of cores");
        assertThat(http.error(400, "PATCH", path, "{\"replicaCpuMillicores\":500,\"replicaMemoryGb\":2}"))
                .contains("replicaCpuMillicores: Not between 1000 and 32000");
        assertThat(http.error(400, "PATCH", path, "{\"replicaCpuMillicores\":64000,\"replicaMemoryGb\":256}"))
                .contains("Not between");
        assertThat(http.error(400, "PATCH", path, "{\"replicaCpuMillicores\":33000,\"replicaMemoryGb\":132}"))
                .contains("Not between");
        assertThat(http.error(400, "PATCH", path, "{\"replicaCpuMillicores\":8000,\"replicaMemoryGb\":200}"))
                .contains("replicaMemoryGb: Not between 4 and 128");
        assertThat(http.error(400, "PATCH", path, "{}")).contains("are required");
    }

    @Test
    void reversePrivateEndpointsGoThroughTheirStatusesAndServePipes() {
        String endpoints = analytics + "/clickpipesReversePrivateEndpoints";
        JsonNode created = http.ok(
                "POST",
                endpoints,
                "{\"description\":\"kafka in my VPC\",\"type\":\"VPC_ENDPOINT_SERVICE\",\"vpcEndpointServiceName\":"
                        + "\"com.amazonaws.vpce.us-east-1.vpce-svc-0123\",\"customPrivateDnsMappings\":"
                        + "[{\"privateDnsName\":\"*.kafka.example.com\"}]}");
        String path = endpoints + "/" + created.get("id").asText();

        assertThat(created.get("status").asText()).isEqualTo("Provisioning");
        assertThat(created.get("endpointId").asText()).startsWith("vpce-");
        assertThat(created.get("serviceId").asText()).isEqualTo(analytics.substring("/services/".length()));
        assertThat(created.get("privateDnsNames").get(0).asText()).isEqualTo("*.kafka.example.com");
        assertThat(created.get("mskClusterArn").isNull()).isTrue();
        States.passedThrough(http.watch(path, "status", "Ready"), "Provisioning", "PendingAcceptance", "Ready");
        assertThat(http.get(endpoints)).hasSize(1);

        JsonNode msk = http.ok(
                "POST",
                endpoints,
                "{\"description\":\"msk\",\"type\":\"MSK_MULTI_VPC\",\"mskClusterArn\":\"arn:aws:kafka:c\","
                        + "\"mskAuthentication\":\"SASL_IAM\"}");
        States.passedThrough(
                http.watch(endpoints + "/" + msk.get("id").asText(), "status", "Ready"), "Provisioning", "Ready");
        assertThat(http.error(
                        400,
                        "PATCH",
                        endpoints + "/" + msk.get("id").asText(),
                        "{\"customPrivateDnsMappings\":[{\"privateDnsName\":\"a.b\"}]}"))
                .contains("not supported for MSK_MULTI_VPC");
        assertThat(http.error(
                        400,
                        "POST",
                        endpoints,
                        "{\"description\":\"d\",\"type\":\"MSK_MULTI_VPC\",\"mskClusterArn\":\"a\"}"))
                .contains("mskAuthentication");
        assertThat(
                        http.error(
                                400,
                                "POST",
                                endpoints,
                                "{\"description\":\"d\",\"type\":\"MSK_MULTI_VPC\",\"mskClusterArn\":\"a\",\"mskAuthentication\":\"SASL_IAM\",\"customPrivateDnsMappings\":[{\"privateDnsName\":\"x\"}]}"))
                .contains("not supported for MSK_MULTI_VPC");
        assertThat(http.error(
                        400,
                        "POST",
                        endpoints,
                        "{\"description\":\"d\",\"type\":\"VPC_RESOURCE\",\"vpcResourceConfigurationId\":\"rcfg-1\"}"))
                .isEqualTo("BAD_REQUEST: vpcResourceShareArn is required");
        assertThat(
                        http.error(
                                400,
                                "POST",
                                endpoints,
                                "{\"description\":\"d\",\"type\":\"GCP_PSC_SERVICE_ATTACHMENT\",\"gcpServiceAttachment\":\"x\"}"))
                .contains("serviceAttachments");
        assertThat(http.error(400, "POST", endpoints, "{\"description\":\"d\",\"type\":\"PRIVATE_LINK\"}"))
                .contains("type: must be one of");
        assertThat(http.error(
                        400,
                        "POST",
                        endpoints,
                        "{\"description\":\"" + "d".repeat(256) + "\",\"type\":\"VPC_RESOURCE\"}"))
                .contains("at most 255");
        assertThat(
                        http.error(
                                400,
                                "POST",
                                endpoints,
                                "{\"description\":\"d\",\"type\":\"VPC_ENDPOINT_SERVICE\",\"vpcEndpointServiceName\":\"n\",\"customPrivateDnsMappings\":[{\"privateDnsName\":\"*.kafka.example.com\"}]}"))
                .contains("already used");
        JsonNode psc = http.ok(
                "POST",
                endpoints,
                "{\"description\":\"d\",\"type\":\"GCP_PSC_SERVICE_ATTACHMENT\",\"gcpServiceAttachment\":\"projects/p/regions/r/serviceAttachments/n\"}");
        assertThat(psc.get("status").asText()).isEqualTo("Provisioning");
        JsonNode resource = http.ok(
                "POST",
                endpoints,
                "{\"description\":\"d\",\"type\":\"VPC_RESOURCE\",\"vpcResourceConfigurationId\":\"rcfg-1\",\"vpcResourceShareArn\":\"arn:aws:ram:s\"}");
        assertThat(resource.get("vpcResourceShareArn").asText()).isEqualTo("arn:aws:ram:s");

        JsonNode remapped = http.ok("PATCH", path, "{\"customPrivateDnsMappings\":[]}");
        assertThat(remapped.get("privateDnsNames")).isEmpty();
        assertThat(http.ok("PATCH", path, "{}").get("privateDnsNames")).isEmpty();

        String id = created.get("id").asText();
        // neither the spec nor the reference refuses a pipe naming an endpoint, or the deletion of one a pipe names
        JsonNode pipe = http.ok(
                "POST", analytics + "/clickpipes", KAFKA.formatted(",\"reversePrivateEndpointIds\":[\"" + id + "\"]"));
        http.ok("DELETE", pipePath(pipe), null);

        assertThat(http.ok("DELETE", path, null)).isNull();
        // the deletion takes a few hundred real milliseconds: a slow machine may see it done already
        HttpResponse<String> deleting = http.send("GET", path, null);
        if (deleting.statusCode() == 200) {
            assertThat(Raw.json(deleting).get("result").get("status").asText()).isEqualTo("Deleting");
        } else {
            assertThat(deleting.statusCode()).isEqualTo(404);
        }
        assertThat(http.send("DELETE", path, null).statusCode()).isIn(200, 404);
        http.awaitGone(path);
        assertThat(http.error(404, "GET", path, null)).startsWith("NOT_FOUND: Reverse private endpoint");
        assertThat(http.get(endpoints)).hasSize(3);
    }

    @Test
    void schemaDiscoverySamplesAKafkaOrKinesisSource() {
        String path = analytics + "/clickpipes/schemaDiscovery";
        JsonNode kafka = http.ok(
                "POST",
                path,
                "{\"source\":{\"kafka\":{\"type\":\"confluent\",\"format\":\"JSONEachRow\",\"brokers\":\"b:9092\","
                        + "\"topics\":\"events\",\"authentication\":\"PLAIN\",\"credentials\":{\"username\":\"u\",\"password\":\"p\"}}}}");
        assertThat(kafka.get("fields")).hasSize(3);
        assertThat(kafka.get("fields").get(2).get("optional").asBoolean()).isTrue();
        assertThat(kafka.get("meta").get("topic").asText()).isEqualTo("events");
        JsonNode kinesis = http.ok(
                "POST",
                path,
                "{\"source\":{\"kinesis\":{\"format\":\"JSONEachRow\",\"streamName\":\"s\",\"region\":\"us-east-1\","
                        + "\"iteratorType\":\"LATEST\",\"authentication\":\"IAM_ROLE\"}}}");
        assertThat(kinesis.get("meta").get("streamName").asText()).isEqualTo("s");
        assertThat(http.error(400, "POST", path, "{\"source\":{}}")).contains("exactly one of kafka, kinesis");
        assertThat(http.error(400, "POST", path, "{\"source\":{\"kinesis\":{\"format\":\"CSV\"}}}"))
                .contains("kinesis.format");
    }

    @Test
    void rateLimitsAndInjectedFaultsApplyToClickPipes() {
        String pipes = analytics + "/clickpipes";
        cloud.faults().rateLimitNext(1).failNext(1, 503);

        HttpResponse<String> limited = http.send("GET", pipes, null);
        HttpResponse<String> failed = http.send("POST", pipes, KAFKA.formatted(""));

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("X-RateLimit-Reset")).contains("1.5");
        assertThat(Raw.json(limited).toString()).isEqualTo("{\"error\":\"TOO_MANY_REQUESTS\"}");
        assertThat(failed.statusCode()).isEqualTo(503);
        assertThat(Raw.json(failed).get("error").asText()).startsWith("SERVICE_UNAVAILABLE: ");
        assertThat(http.get(pipes)).hasSize(2);
        assertThat(Raw.send("GET", http.url(pipes), null).statusCode()).isEqualTo(401);
    }
}
