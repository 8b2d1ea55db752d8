package dev.dbcloud.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ManagedPostgresSimulatorTest {
    private static final String CREATE = "{\"name\":\"my postgres\",\"provider\":\"aws\",\"region\":\"us-west-2\","
            + "\"postgresVersion\":\"18\",\"size\":\"r8gd.large\",\"tags\":[{\"key\":\"env\",\"value\":\"dev\"}]}";

    private LocalCloud cloud = LocalCloud.start(LocalCloud.Options.defaults().withSpeed(120));
    private ClickHouseHttp http = new ClickHouseHttp(cloud);

    @AfterEach
    void close() {
        cloud.close();
    }

    private void speed(double speed) {
        cloud.close();
        cloud = LocalCloud.start(LocalCloud.Options.defaults().withSpeed(speed));
        http = new ClickHouseHttp(cloud);
    }

    private String seeded(String name) {
        for (JsonNode instance : http.get("/postgres")) {
            if (instance.get("name").asText().equals(name)) {
                return "/postgres/" + instance.get("id").asText();
            }
        }
        throw new AssertionError("no instance " + name);
    }

    private static String window(Duration length) {
        Instant to = Instant.now();
        return "from_date=" + encode(to.minus(length).toString()) + "&to_date=" + encode(to.toString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void listsTheSeededInstancesWithoutCredentials() {
        JsonNode list = http.get("/postgres");

        assertThat(list).hasSize(2);
        JsonNode primary = list.get(0);
        assertThat(primary.get("name").asText()).isEqualTo("orders-db");
        assertThat(primary.get("id").asText()).matches(ClickHouseHttp.UUID);
        assertThat(primary.get("state").asText()).isEqualTo("running");
        assertThat(primary.get("isPrimary").asBoolean()).isTrue();
        assertThat(primary.get("postgresVersion").isTextual()).isTrue();
        assertThat(primary.get("tags").toString())
                .isEqualTo("[{\"key\":\"env\",\"value\":\"prod\"},{\"key\":\"team\",\"value\":\"payments\"}]");
        assertThat(primary.has("storageSize")).isFalse();
        assertThat(primary.has("hostname")).isFalse();
        assertThat(list.get(1).get("isPrimary").asBoolean()).isFalse();
        JsonNode got = http.get(seeded("orders-db"));
        assertThat(got.get("storageSize").asInt()).isEqualTo(118);
        assertThat(got.get("hostname").asText())
                .startsWith("orders-db-")
                .endsWith(".us-west-2.aws.pg.clickhouse.cloud");
        assertThat(got.get("username").asText()).isEqualTo("postgres");
        assertThat(got.has("password")).isFalse();
        assertThat(got.has("connectionString")).isFalse();
        assertThat(http.error(404, "GET", "/postgres/" + java.util.UUID.randomUUID(), null))
                .startsWith("NOT_FOUND: Postgres service ");
        HttpResponse<String> otherOrg = Raw.send(
                "GET",
                cloud.clickHouseCloudUrl() + "/v1/organizations/other/postgres",
                null,
                "Authorization",
                http.basic());
        assertThat(otherOrg.statusCode()).isEqualTo(404);
    }

    @Test
    void aNewInstanceIsCreatedWithItsCredentialsOnceThenRuns() {
        JsonNode created = http.ok("POST", "/postgres", CREATE);
        String path = "/postgres/" + created.get("id").asText();

        assertThat(created.get("state").asText()).isEqualTo("creating");
        assertThat(created.has("createdAt")).isFalse();
        assertThat(created.get("postgresVersion").asText()).isEqualTo("18");
        assertThat(created.get("haType").asText()).isEqualTo("none");
        String password = created.get("password").asText();
        assertThat(password).hasSize(20);
        assertThat(created.get("connectionString").asText())
                .isEqualTo("postgres://postgres:" + password + "@"
                        + created.get("hostname").asText() + ":5432/postgres?channel_binding=require");
        assertThat(created.get("hostname").asText()).startsWith("my-postgres-");
        JsonNode got = http.get(path);
        assertThat(got.has("password")).isFalse();
        assertThat(got.get("createdAt").asText()).isNotEmpty();
        States.passedThrough(http.watch(path, "state", "running"), "creating", "running");

        assertThat(http.error(400, "POST", "/postgres", CREATE.replace("\"aws\"", "\"gcp\"")))
                .isEqualTo("BAD_REQUEST: provider: must be one of 'aws'");
        assertThat(http.error(400, "POST", "/postgres", CREATE.replace("r8gd.large", "t3.micro")))
                .contains("is not a supported VM size");
        assertThat(http.error(400, "POST", "/postgres", CREATE.replace("\"18\"", "18")))
                .isEqualTo("BAD_REQUEST: postgresVersion: must be one of '18', '17'");
        assertThat(http.error(400, "POST", "/postgres", CREATE.replace("my postgres", "x".repeat(51))))
                .isEqualTo("BAD_REQUEST: name: Must be at most 50 characters");
        assertThat(http.error(400, "POST", "/postgres", CREATE.replace("\"name\":\"my postgres\",", "")))
                .isEqualTo("BAD_REQUEST: name: Required");
        assertThat(http.error(400, "POST", "/postgres", CREATE.replace("}]}", "}],\"pgConfig\":{}}")))
                .startsWith("BAD_REQUEST: pgConfig: must be an object with at least 1 property");
        assertThat(http.error(400, "POST", "/postgres", CREATE.replace("}]}", "}],\"haType\":\"multi\"}")))
                .contains("haType: must be one of 'none', 'async', 'sync'");
        JsonNode configured = http.ok(
                "POST",
                "/postgres",
                CREATE.replace(
                        "}]}",
                        "}],\"haType\":\"sync\",\"pgConfig\":{\"max_connections\":150},\"pgBouncerConfig\":{\"pool_mode\":\"session\"}}"));
        assertThat(http.get("/postgres/" + configured.get("id").asText() + "/config")
                        .toString())
                .isEqualTo(
                        "{\"pgConfig\":{\"max_connections\":\"150\"},\"pgBouncerConfig\":{\"pool_mode\":\"session\"}}");
    }

    @Test
    void requestsWithKeysTheirSchemaDoesNotHaveAreRefused() {
        String path = seeded("orders-db");
        int before = http.get("/postgres").size();

        assertThat(http.error(400, "POST", "/postgres", CREATE.replace("}]}", "}],\"password\":\"Correct-Horse-9\"}")))
                .isEqualTo("BAD_REQUEST: Unrecognized key: 'password'");
        assertThat(http.error(400, "POST", "/postgres", CREATE.replace("\"size\"", "\"storageSize\":118,\"size\"")))
                .isEqualTo("BAD_REQUEST: Unrecognized key: 'storageSize'");
        assertThat(http.get("/postgres")).hasSize(before);
        assertThat(http.error(400, "PATCH", path, "{\"postgresVersion\":\"17\"}"))
                .isEqualTo("BAD_REQUEST: Unrecognized key: 'postgresVersion'");
        assertThat(http.error(400, "PATCH", path, "{\"name\":\"orders\",\"pgConfig\":{\"work_mem\":\"8MB\"}}"))
                .isEqualTo("BAD_REQUEST: Unrecognized key: 'pgConfig'");
        assertThat(http.get(path).get("name").asText()).isEqualTo("orders-db");
        assertThat(http.error(400, "POST", path + "/readReplica", "{\"name\":\"r\",\"size\":\"r8gd.large\"}"))
                .isEqualTo("BAD_REQUEST: Unrecognized key: 'size'");
        assertThat(http.error(
                        400,
                        "POST",
                        path + "/restoredService",
                        "{\"name\":\"r\",\"restoreTarget\":\"" + Instant.now().minus(Duration.ofHours(1))
                                + "\",\"haType\":\"sync\"}"))
                .isEqualTo("BAD_REQUEST: Unrecognized key: 'haType'");
        assertThat(http.ok("PATCH", path, "{\"name\":\"orders-db\",\"haType\":\"sync\",\"tags\":[]}")
                        .get("name")
                        .asText())
                .isEqualTo("orders-db");
    }

    @Test
    void aPatchWithoutTagsClearsThemAndANewSizeShowsAMinuteLater() {
        String path = seeded("orders-db");

        JsonNode renamed = http.ok("PATCH", path, "{\"name\":\"orders\",\"size\":\"r8gd.xlarge\"}");
        assertThat(renamed.get("name").asText()).isEqualTo("orders");
        assertThat(renamed.get("hostname").asText()).startsWith("orders-");
        assertThat(renamed.get("tags")).isEmpty();
        assertThat(renamed.get("size").asText()).isEqualTo("r8gd.large");
        assertThat(renamed.get("state").asText()).isEqualTo("running");
        States.passedThrough(http.watch(path, "size", "r8gd.xlarge"), "r8gd.large", "r8gd.xlarge");
        assertThat(http.get(path).get("storageSize").asInt()).isEqualTo(236);

        JsonNode tagged = http.ok(
                "PATCH",
                path,
                "{\"haType\":\"sync\",\"tags\":[{\"key\":\"env\",\"value\":\"prod\"},{\"key\":\"tier\",\"value\":\"gold\"}]}");
        assertThat(tagged.get("tags")).hasSize(2);
        assertThat(http.watch(path, "haType", "sync")).endsWith("sync");
        assertThat(http.ok("PATCH", path, "{\"tags\":[]}").get("tags")).isEmpty();

        assertThat(http.error(400, "PATCH", path, "{\"tags\":[{\"key\":\"env\"}]}"))
                .startsWith("BAD_REQUEST: tags.value");
        assertThat(http.error(400, "PATCH", path, "{\"tags\":[{\"key\":\"chc_internal\",\"value\":\"x\"}]}"))
                .contains("reserved");
        assertThat(http.error(400, "PATCH", path, "{\"tags\":[{\"key\":\"a b\",\"value\":\"x\"}]}"))
                .contains("tags.key");
        assertThat(http.error(400, "PATCH", path, "{\"tags\":{}}")).contains("at most 50 tags");
        assertThat(http.error(400, "PATCH", seeded("orders-db-replica"), "{\"name\":\"r\"}"))
                .startsWith("BAD_REQUEST: Read replicas cannot be updated");
    }

    @Test
    void aReadReplicaIsRefusedUntilThePrimaryHasItsFirstBackup() throws InterruptedException {
        speed(300);
        JsonNode created = http.ok("POST", "/postgres", CREATE);
        String path = "/postgres/" + created.get("id").asText();
        String replicaBody = "{\"name\":\"my replica\",\"tags\":[{\"key\":\"role\",\"value\":\"reader\"}]}";

        assertThat(http.error(400, "POST", path + "/readReplica", replicaBody))
                .isEqualTo("BAD_REQUEST: Parent server is not ready for read replicas. There are no backups, yet.");
        http.watch(path, "state", "running");
        // refused (until the first backup, one real second later) or accepted; every refusal names the reason
        JsonNode replica = awaitReplica(path, replicaBody);

        assertThat(replica.get("isPrimary").asBoolean()).isFalse();
        assertThat(replica.get("state").asText()).isEqualTo("creating");
        assertThat(replica.get("postgresVersion").asText()).isEqualTo("18");
        assertThat(replica.has("password")).isFalse();
        assertThat(replica.get("tags").get(0).get("key").asText()).isEqualTo("role");
        String replicaPath = "/postgres/" + replica.get("id").asText();
        States.passedThrough(http.watch(replicaPath, "state", "running"), "creating", "running");
        assertThat(http.error(400, "POST", replicaPath + "/readReplica", replicaBody))
                .contains("only from a primary");
        assertThat(http.error(409, "DELETE", path, null))
                .startsWith("CONFLICT: Postgres service ")
                .contains("read replicas");

        JsonNode promoted = http.ok("PATCH", replicaPath + "/state", "{\"command\":\"promote\"}");
        assertThat(promoted.get("isPrimary").asBoolean()).isTrue();
        assertThat(promoted.get("state").asText()).isEqualTo("restarting");
        States.passedThrough(http.watch(replicaPath, "state", "running"), "restarting", "running");
        assertThat(http.ok("DELETE", path, null)).isNull();
        // the deletion takes 100 real milliseconds at this speed: a slow machine may see it done already
        HttpResponse<String> deleting = http.send("GET", path, null);
        if (deleting.statusCode() == 200) {
            assertThat(Raw.json(deleting).get("result").get("state").asText()).isEqualTo("deleting");
        } else {
            assertThat(deleting.statusCode()).isEqualTo(404);
        }
        assertThat(http.send("DELETE", path, null).statusCode()).isIn(200, 404);
        http.awaitGone(path);
        assertThat(http.get("/postgres")).hasSize(3);
    }

    private JsonNode awaitReplica(String path, String body) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            HttpResponse<String> response = http.send("POST", path + "/readReplica", body);
            if (response.statusCode() == 200) {
                return Raw.json(response).get("result");
            }
            assertThat(Raw.json(response).get("error").asText()).endsWith("There are no backups, yet.");
            assertThat(System.nanoTime() - deadline).isNegative();
            cloud.clock().sleeper().sleep(Duration.ofSeconds(20));
        }
    }

    @Test
    void stateCommandsRestartPromoteAndSwitchOver() {
        // a restart takes RESTART_TIME / 20 = 3 real seconds: long enough to see 'restarting' on a busy machine
        speed(20);
        String primary = seeded("orders-db");
        String replica = seeded("orders-db-replica");

        assertThat(http.ok("PATCH", primary + "/state", "{\"command\":\"restart\"}")
                        .get("state")
                        .asText())
                .isEqualTo("restarting");
        assertThat(http.error(409, "PATCH", primary + "/state", "{\"command\":\"restart\"}"))
                .isEqualTo("CONFLICT: Cannot restart Postgres service " + primary.substring(10)
                        + " in state 'restarting'");
        States.passedThrough(http.watch(primary, "state", "running"), "restarting", "running");
        assertThat(http.ok("PATCH", primary + "/state", "{\"command\":\"switchover\"}")
                        .get("state")
                        .asText())
                .isEqualTo("restarting");
        assertThat(http.error(409, "PATCH", primary, "{\"name\":\"x\"}")).contains("in state 'restarting'");
        assertThat(http.error(400, "PATCH", primary + "/state", "{\"command\":\"stop\"}"))
                .isEqualTo("BAD_REQUEST: command: must be one of 'restart', 'promote', 'switchover'");
        assertThat(http.error(400, "PATCH", primary + "/state", "{\"command\":\"promote\"}"))
                .contains("Only a read replica can be promoted");
        assertThat(http.error(400, "PATCH", replica + "/state", "{\"command\":\"switchover\"}"))
                .contains("Switchover needs a primary with a standby");
    }

    @Test
    void passwordsAreGeneratedOnceOrCheckedAgainstTheRules() {
        String path = seeded("orders-db");

        JsonNode generated = http.ok("PATCH", path + "/password", "{}");
        assertThat(generated.get("password").asText())
                .hasSize(20)
                .matches(".*[a-z].*")
                .matches(".*[A-Z].*");
        assertThat(http.ok("PATCH", path + "/password", null).get("password").asText())
                .isNotEqualTo(generated.get("password").asText());
        assertThat(http.ok("PATCH", path + "/password", "{\"password\":\"Correct-Horse-9\"}"))
                .isEmpty();
        for (String weak : List.of("Short1a", "alllowercase123", "ALLUPPERCASE123", "NoDigitsAtAllHere")) {
            assertThat(http.error(400, "PATCH", path + "/password", "{\"password\":\"" + weak + "\"}"))
                    .startsWith("BAD_REQUEST: password: must be 12 to 1024 characters");
        }
    }

    @Test
    void configNeedsBothSectionsAndAnswersValuesAsStrings() {
        String path = seeded("orders-db") + "/config";

        assertThat(http.get(path).toString())
                .isEqualTo("{\"pgConfig\":{\"max_connections\":\"200\",\"work_mem\":\"8MB\"},\"pgBouncerConfig\":"
                        + "{\"pool_mode\":\"transaction\"}}");
        assertThat(http.error(400, "PATCH", path, "{\"pgConfig\":{\"max_connections\":300}}"))
                .isEqualTo("BAD_REQUEST: pgBouncerConfig: Expected object, received 'undefined'");
        assertThat(http.error(400, "POST", path, "{\"pgBouncerConfig\":{}}"))
                .isEqualTo("BAD_REQUEST: pgConfig: Expected object, received 'undefined'");

        JsonNode patched = http.ok(
                "PATCH",
                path,
                "{\"pgConfig\":{\"max_connections\":300,\"random_page_cost\":1.1,\"statement_timeout\":\"60s\","
                        + "\"wal_compression\":\"zstd\"},\"pgBouncerConfig\":{}}");
        assertThat(patched.get("pgConfig").get("max_connections").asText()).isEqualTo("300");
        assertThat(patched.get("pgConfig").get("max_connections").isTextual()).isTrue();
        assertThat(patched.get("pgConfig").get("random_page_cost").isTextual()).isTrue();
        assertThat(patched.get("pgConfig").get("work_mem").asText()).isEqualTo("8MB");
        assertThat(patched.get("pgBouncerConfig").get("pool_mode").asText()).isEqualTo("transaction");
        assertThat(patched.get("message").asText())
                .startsWith("The changes in the following parameters require a database restart to take effect:"
                        + " max_connections.");

        JsonNode replaced = http.ok(
                "POST",
                path,
                "{\"pgConfig\":{\"work_mem\":\"16MB\"},\"pgBouncerConfig\":{\"default_pool_size\":\"16\"}}");
        assertThat(replaced.toString())
                .isEqualTo("{\"pgConfig\":{\"work_mem\":\"16MB\"},\"pgBouncerConfig\":{\"default_pool_size\":\"16\"},"
                        + "\"message\":\"The changes in the following parameters require a database restart to take"
                        + " effect: max_connections. Restart the service with the restart command.\"}");
        assertThat(http.ok("PATCH", path, "{\"pgConfig\":{\"work_mem\":null},\"pgBouncerConfig\":{}}")
                        .has("message"))
                .isFalse();
        assertThat(http.get(path).get("pgConfig")).isEmpty();

        assertThat(http.error(400, "PATCH", path, "{\"pgConfig\":{},\"pgBouncerConfig\":{\"default_pool_size\":16}}"))
                .isEqualTo("BAD_REQUEST: pgBouncerConfig.default_pool_size: Expected string, received number");
        assertThat(http.error(400, "PATCH", path, "{\"pgConfig\":{\"shared_buffers\":\"1GB\"},\"pgBouncerConfig\":{}}"))
                .isEqualTo("BAD_REQUEST: pgConfig: Unrecognized key: 'shared_buffers'");
        assertThat(http.error(
                        400, "PATCH", path, "{\"pgConfig\":{\"wal_compression\":\"gzip\"},\"pgBouncerConfig\":{}}"))
                .contains("pgConfig.wal_compression: invalid value");
        assertThat(http.error(
                        400, "PATCH", path, "{\"pgConfig\":{\"max_connections\":\"many\"},\"pgBouncerConfig\":{}}"))
                .contains("pgConfig.max_connections");
        assertThat(http.error(400, "PATCH", path, "{\"pgConfig\":{\"max_connections\":0},\"pgBouncerConfig\":{}}"))
                .contains("must be >= 1");
        assertThat(http.error(400, "PATCH", path, "{\"pgConfig\":[],\"pgBouncerConfig\":{}}"))
                .isEqualTo("BAD_REQUEST: pgConfig: Expected object");
        StringBuilder many = new StringBuilder("{\"pgConfig\":{},\"pgBouncerConfig\":{");
        for (int n = 0; n < 65; n++) {
            many.append(n == 0 ? "" : ",").append("\"k").append(n).append("\":\"v\"");
        }
        assertThat(http.error(400, "PATCH", path, many + "}}")).contains("at most 64");
        assertThat(http.get(seeded("orders-db-replica") + "/config")
                        .get("pgConfig")
                        .get("max_connections")
                        .asText())
                .isEqualTo("200");
    }

    @Test
    void aPointInTimeRestoreMakesANewInstanceThatReplaysItsWal() {
        String source = seeded("orders-db");
        String target = "{\"name\":\"orders-restored\",\"restoreTarget\":\"%s\"}";

        JsonNode restored = http.ok(
                "POST",
                source + "/restoredService",
                target.formatted(Instant.now().minus(Duration.ofHours(2))));
        String path = "/postgres/" + restored.get("id").asText();

        assertThat(restored.get("state").asText()).isEqualTo("restoring_backup");
        assertThat(restored.get("haType").asText()).isEqualTo("async");
        assertThat(restored.get("isPrimary").asBoolean()).isTrue();
        States.passedThrough(
                http.watch(path, "state", "running"),
                "restoring_backup",
                "replaying_wal",
                "finalizing_restore",
                "running");
        assertThat(http.error(
                        400,
                        "POST",
                        source + "/restoredService",
                        target.formatted(Instant.now().plus(Duration.ofHours(1)))))
                .contains("must not be in the future");
        assertThat(http.error(
                        400,
                        "POST",
                        source + "/restoredService",
                        target.formatted(Instant.now().minus(Duration.ofDays(8)))))
                .contains("earliest restore point");
        assertThat(http.error(400, "POST", source + "/restoredService", target.formatted("yesterday")))
                .contains("RFC 3339");
        JsonNode young = http.ok("POST", "/postgres", CREATE);
        assertThat(http.error(
                        400,
                        "POST",
                        "/postgres/" + young.get("id").asText() + "/restoredService",
                        target.formatted(Instant.now())))
                .endsWith("There are no backups, yet.");
    }

    @Test
    void servesCaCertificatesMetricsAndPrometheusText() {
        String path = seeded("orders-db");

        HttpResponse<String> pem = http.send("GET", path + "/caCertificates", null);
        assertThat(pem.statusCode()).isEqualTo(200);
        assertThat(pem.headers().firstValue("Content-Type")).contains("application/x-pem-file");
        assertThat(pem.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"postgres-ca-certificate.pem\"");
        assertThat(pem.body()).startsWith("-----BEGIN CERTIFICATE-----\n").endsWith("-----END CERTIFICATE-----\n");

        JsonNode metrics = http.get(path + "/metrics?" + window(Duration.ofHours(1)) + "&bucket_size_seconds=300");
        assertThat(metrics.get("metrics")).hasSize(3);
        JsonNode cpu = metrics.get("metrics").get(0);
        assertThat(cpu.get("key").asText()).isEqualTo("cpu_utilization");
        assertThat(cpu.get("unit").asText()).isEqualTo("percent");
        assertThat(cpu.get("series").get(0).get("label").asText()).isEqualTo("primary");
        assertThat(cpu.get("series").get(0).get("dataPoints")).hasSize(12);
        assertThat(cpu.get("series")
                                .get(0)
                                .get("dataPoints")
                                .get(1)
                                .get("timestamp")
                                .asLong()
                        - cpu.get("series")
                                .get(0)
                                .get("dataPoints")
                                .get(0)
                                .get("timestamp")
                                .asLong())
                .isEqualTo(300);
        assertThat(http.get(path + "/metrics?" + window(Duration.ofDays(7)))
                        .get("metrics")
                        .get(0)
                        .get("series")
                        .get(0)
                        .get("dataPoints")
                        .size())
                .isBetween(240, 250);
        assertThat(http.error(
                        400, "GET", path + "/metrics?" + window(Duration.ofDays(1)) + "&bucket_size_seconds=60", null))
                .contains("at most 250");
        assertThat(http.error(400, "GET", path + "/metrics?to_date=2026-01-01T00:00:00Z", null))
                .isEqualTo("BAD_REQUEST: from_date: Required");
        assertThat(http.error(400, "GET", path + "/metrics?from_date=now&to_date=later", null))
                .contains("RFC 3339");
        assertThat(http.error(
                        400,
                        "GET",
                        path + "/metrics?from_date=2026-01-02T00:00:00Z&to_date=2026-01-01T00:00:00Z",
                        null))
                .contains("must be after");
        assertThat(http.error(
                        400, "GET", path + "/metrics?" + window(Duration.ofHours(1)) + "&bucket_size_seconds=0", null))
                .contains("bucket_size_seconds: Not between 1");

        HttpResponse<String> one = http.send("GET", path + "/prometheus", null);
        assertThat(one.headers().firstValue("Content-Type")).contains("text/plain; charset=UTF-8");
        assertThat(one.body())
                .contains("# TYPE pg_up gauge")
                .contains("postgres_service_name=\"orders-db\"")
                .contains("postgres_org=\"" + cloud.clickHouseOrganizationId() + "\"")
                .doesNotContain("orders-db-replica");
        String all = http.send("GET", "/postgres/prometheus", null).body();
        assertThat(all).contains("orders-db-replica").contains("server_role=\"replica\"");
        http.ok("POST", "/postgres", CREATE);
        assertThat(http.send("GET", "/postgres/prometheus", null).body()).contains("state=\"creating\"");
    }

    @Test
    void slowQueryPatternsPageSortFilterAndOpen() {
        String path = seeded("orders-db") + "/slowQueryPatterns";
        String query = path + "?" + window(Duration.ofHours(6));

        JsonNode first = http.get(query);
        assertThat(first).hasSize(20);
        assertThat(first.get(0).get("totalDurationUs").asLong())
                .isGreaterThanOrEqualTo(first.get(1).get("totalDurationUs").asLong());
        assertThat(http.get(query + "&offset=20")).hasSize(4);
        assertThat(http.get(query + "&limit=500")).hasSize(24);
        List<Long> calls = new ArrayList<>();
        http.get(query + "&sort_by=call_count&sort_order=asc&limit=5")
                .forEach(p -> calls.add(p.get("callCount").asLong()));
        assertThat(calls).isSorted().hasSize(5);
        JsonNode selects = http.get(query + "&db_operation=SELECT&limit=100");
        assertThat(selects)
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.get("dbOperation").asText()).isEqualTo("SELECT"));
        assertThat(http.get(query + "&app=nobody")).isEmpty();
        assertThat(first.toString()).contains("\"queryId\":\"-");

        JsonNode pattern = first.get(0);
        String detail = path + "/" + encode(pattern.get("queryId").asText()) + "?db_name="
                + encode(pattern.get("dbName").asText()) + "&db_user="
                + encode(pattern.get("dbUser").asText())
                + "&db_operation=" + encode(pattern.get("dbOperation").asText());
        JsonNode opened = http.get(detail);
        assertThat(opened.get("aggregate")).isEqualTo(pattern);
        assertThat(opened.get("recentExecutions")).hasSize(3);
        JsonNode execution = opened.get("recentExecutions").get(0);
        assertThat(execution.get("queryId").asText())
                .isEqualTo(pattern.get("queryId").asText());
        assertThat(execution.get("serverRole").asText()).isEqualTo("primary");
        assertThat(execution.get("pid").isTextual()).isTrue();
        assertThat(http.get(detail + "&timestamp="
                                + encode(execution.get("timestamp").asText()))
                        .get("recentExecutions"))
                .hasSize(1);
        assertThat(http.error(400, "GET", path + "/" + pattern.get("queryId").asText() + "?db_name=postgres", null))
                .isEqualTo("BAD_REQUEST: db_user: Required");
        assertThat(http.error(404, "GET", detail.replace("?db_name", "1?db_name"), null))
                .startsWith("NOT_FOUND: Slow query pattern");

        assertThat(http.error(400, "GET", query + "&limit=501", null))
                .isEqualTo("BAD_REQUEST: limit: Not between 1 and 500");
        assertThat(http.error(400, "GET", query + "&offset=-1", null)).startsWith("BAD_REQUEST: offset:");
        assertThat(http.error(400, "GET", query + "&limit=ten", null)).startsWith("BAD_REQUEST: limit:");
        assertThat(http.error(400, "GET", query + "&sort_by=duration", null))
                .startsWith("BAD_REQUEST: sort_by: must be one of total_duration");
        assertThat(http.error(400, "GET", query + "&sort_order=up", null)).startsWith("BAD_REQUEST: sort_order");
        assertThat(http.error(400, "GET", path, null)).isEqualTo("BAD_REQUEST: from_date: Required");
        assertThat(http.error(400, "GET", path + "?from_date=2026-01-02T00:00:00Z&to_date=2026-01-01T00:00:00Z", null))
                .contains("must be after");
    }

    @Test
    void rateLimitsAndInjectedFaultsApplyToPostgres() {
        cloud.faults().rateLimitNext(1).failNext(1, 502);

        HttpResponse<String> limited = http.send("GET", "/postgres", null);
        HttpResponse<String> failed = http.send("POST", "/postgres", CREATE);

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("X-RateLimit-Reset")).contains("1.5");
        assertThat(Raw.json(limited).toString()).isEqualTo("{\"error\":\"TOO_MANY_REQUESTS\"}");
        assertThat(failed.statusCode()).isEqualTo(502);
        assertThat(Raw.json(failed).get("error").asText()).startsWith("BAD_GATEWAY: ");
        assertThat(http.get("/postgres")).hasSize(2);
        assertThat(Raw.send("GET", http.url("/postgres"), null).statusCode()).isEqualTo(401);
    }
}
