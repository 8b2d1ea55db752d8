package dev.dbcloud.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dbcloud.clickhouse.Backup;
import dev.dbcloud.clickhouse.BackupConfiguration;
import dev.dbcloud.clickhouse.BackupStatus;
import dev.dbcloud.clickhouse.ClickHouseCloudClient;
import dev.dbcloud.clickhouse.CloudProvider;
import dev.dbcloud.clickhouse.CloudRegion;
import dev.dbcloud.clickhouse.CreateServiceParams;
import dev.dbcloud.clickhouse.CreatedService;
import dev.dbcloud.clickhouse.EndpointChange;
import dev.dbcloud.clickhouse.EndpointProtocol;
import dev.dbcloud.clickhouse.IpAccessEntry;
import dev.dbcloud.clickhouse.IpAccessListChanges;
import dev.dbcloud.clickhouse.ListServicesParams;
import dev.dbcloud.clickhouse.PasswordHashes;
import dev.dbcloud.clickhouse.ResetPasswordParams;
import dev.dbcloud.clickhouse.ResetPasswordResult;
import dev.dbcloud.clickhouse.Service;
import dev.dbcloud.clickhouse.ServiceState;
import dev.dbcloud.clickhouse.Tag;
import dev.dbcloud.clickhouse.TagChanges;
import dev.dbcloud.clickhouse.UpdateBackupConfigurationParams;
import dev.dbcloud.clickhouse.UpdateReplicaScalingParams;
import dev.dbcloud.clickhouse.UpdateScalingParams;
import dev.dbcloud.clickhouse.UpdateServiceParams;
import dev.dbcloud.core.Credentials;
import dev.dbcloud.core.Patch;
import dev.dbcloud.core.Sleeper;
import dev.dbcloud.core.errors.BadRequestException;
import dev.dbcloud.core.errors.ConflictException;
import dev.dbcloud.core.errors.NotFoundException;
import dev.dbcloud.core.errors.UnauthorizedException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClickHouseCloudSimulatorTest {
    private static final Duration PATIENCE = Duration.ofHours(1);
    private static final String UUID = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";

    private LocalCloud cloud = LocalCloud.start(LocalCloud.Options.defaults().withSpeed(3_000));
    private final List<Duration> pauses = new CopyOnWriteArrayList<>();
    private ClickHouseCloudClient ch = client(cloud, cloud.clickHouseCloudKeySecret());

    @AfterEach
    void close() {
        ch.close();
        cloud.close();
    }

    private ClickHouseCloudClient client(LocalCloud cloud, String secret) {
        Sleeper accelerated = cloud.clock().sleeper();
        return ClickHouseCloudClient.builder()
                .baseUrl(cloud.clickHouseCloudUrl() + "/v1")
                .credentials(Credentials.basic(cloud.clickHouseCloudKeyId(), secret))
                .sleeper(pause -> {
                    pauses.add(pause);
                    accelerated.sleep(pause);
                })
                .jitter(() -> 1.0)
                .build();
    }

    /** A cloud where a simulated minute takes a real minute, so states stay put while a test looks at them. */
    private void slowCloud() {
        close();
        cloud = LocalCloud.start(LocalCloud.Options.defaults().withSpeed(1));
        ch = client(cloud, cloud.clickHouseCloudKeySecret());
    }

    private String url(String path) {
        return cloud.clickHouseCloudUrl() + "/v1/organizations/" + cloud.clickHouseOrganizationId() + path;
    }

    private String basic() {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((cloud.clickHouseCloudKeyId() + ":" + cloud.clickHouseCloudKeySecret())
                                .getBytes(StandardCharsets.UTF_8));
    }

    private Service seeded(String name) {
        return ch.services().list().stream()
                .filter(s -> s.name().equals(Optional.of(name)))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void answersInTheEnvelopeAndDiscoversTheOnlyOrganization() {
        HttpResponse<String> list =
                Raw.send("GET", cloud.clickHouseCloudUrl() + "/v1/organizations", null, "Authorization", basic());

        assertThat(list.statusCode()).isEqualTo(200);
        JsonNode body = Raw.json(list);
        assertThat(body.get("status").asInt()).isEqualTo(200);
        assertThat(body.get("requestId").asText()).matches(UUID);
        assertThat(body.get("result")).hasSize(1);
        assertThat(body.get("result").get(0).get("id").asText()).isEqualTo(cloud.clickHouseOrganizationId());
        assertThat(ch.organizationId()).isEqualTo(cloud.clickHouseOrganizationId());
        assertThat(ch.organizations().current().name()).contains("localcloud");

        HttpResponse<String> other = Raw.send(
                "GET",
                cloud.clickHouseCloudUrl() + "/v1/organizations/another-org/services",
                null,
                "Authorization",
                basic());
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(Raw.json(other).get("error").asText()).startsWith("NOT_FOUND: Organization another-org");
        assertThat(Raw.json(other).get("status").asInt()).isEqualTo(404);
        assertThat(Raw.json(other).get("requestId").asText()).matches(UUID);
    }

    @Test
    void acceptsOnlyTheKeyAsHttpBasic() {
        HttpResponse<String> missing = Raw.send("GET", url("/services"), null);
        HttpResponse<String> bearer =
                Raw.send("GET", url("/services"), null, "Authorization", "Bearer " + cloud.clickHouseCloudKeySecret());

        for (HttpResponse<String> response : List.of(missing, bearer)) {
            assertThat(response.statusCode()).isEqualTo(401);
            JsonNode body = Raw.json(response);
            assertThat(body.get("status").asInt()).isEqualTo(401);
            assertThat(body.get("error").asText()).startsWith("UNAUTHORIZED: ");
            assertThat(body.get("requestId").asText()).matches(UUID);
        }
        try (ClickHouseCloudClient stranger = client(cloud, "wrong-secret")) {
            assertThatThrownBy(() -> stranger.services().list())
                    .isInstanceOfSatisfying(UnauthorizedException.class, e -> assertThat(e.errorCode())
                            .contains("UNAUTHORIZED"));
        }
    }

    @Test
    void filtersServicesByTags() {
        assertThat(ch.services().list())
                .extracting(s -> s.name().orElseThrow())
                .containsExactly("analytics", "staging", "archive");
        assertThat(ch.services()
                        .list(ListServicesParams.builder()
                                .putTags("env", "prod")
                                .build()))
                .extracting(s -> s.name().orElseThrow())
                .containsExactly("analytics", "archive");
        assertThat(ch.services()
                        .list(ListServicesParams.builder()
                                .putTags("env", "prod")
                                .putTags("team", "data")
                                .build()))
                .extracting(s -> s.name().orElseThrow())
                .containsExactly("analytics");
        assertThat(ch.services()
                        .list(ListServicesParams.builder().addTagKeys("team").build()))
                .hasSize(3);
        HttpResponse<String> bad =
                Raw.send("GET", url("/services?filter=state:running"), null, "Authorization", basic());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Raw.json(bad).get("error").asText()).startsWith("BAD_REQUEST: filter:");
    }

    @Test
    void aNewServiceProvisionsThenRunsAndGetsAFirstBackup() throws InterruptedException {
        CreatedService created = ch.services()
                .create(CreateServiceParams.builder()
                        .name("fresh")
                        .provider(CloudProvider.GCP)
                        .region(CloudRegion.EUROPE_WEST4)
                        .numReplicas(2)
                        .addTags(Tag.builder().key("env").value("dev").build())
                        .build());

        Service service = created.service();
        assertThat(service.state()).isEqualTo(ServiceState.PROVISIONING);
        assertThat(service.id()).matches(UUID);
        assertThat(service.numReplicas()).contains(2);
        assertThat(service.endpoints())
                .extracting(e -> e.protocol().orElseThrow())
                .contains(EndpointProtocol.HTTPS);
        assertThat(service.isPrimary()).contains(true);
        assertThat(created.password()).hasValueSatisfying(p -> assertThat(p).hasSize(16));
        assertThat(cloud.clickHouseCloud().passwordHash(service.id()))
                .isEqualTo(PasswordHashes.sha256Base64(created.password().orElseThrow()));

        Service running = ch.services().waitUntilRunning(service.id(), PATIENCE);
        assertThat(running.tags())
                .containsExactly(Tag.builder().key("env").value("dev").build());
        assertThat(ch.backups().list(service.id())).hasSize(1);
        List<Backup> done = waitForBackups(service.id());
        assertThat(done.get(0).type())
                .hasValueSatisfying(t -> assertThat(t.value()).isEqualTo("full"));
        assertThat(done.get(0).finishedAt()).isPresent();
    }

    private List<Backup> waitForBackups(String serviceId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            List<Backup> backups = ch.backups().list(serviceId);
            if (backups.stream()
                            .allMatch(b ->
                                    b.status().filter(BackupStatus.DONE::equals).isPresent())
                    || System.nanoTime() > deadline) {
                return backups;
            }
            cloud.clock().sleeper().sleep(Duration.ofSeconds(5));
        }
    }

    @Test
    void refusesInvalidServices() {
        HttpResponse<String> noRegion =
                Raw.send("POST", url("/services"), "{\"name\":\"x\",\"provider\":\"aws\"}", "Authorization", basic());
        HttpResponse<String> badMemory = Raw.send(
                "POST",
                url("/services"),
                "{\"name\":\"x\",\"provider\":\"aws\",\"region\":\"us-east-1\",\"minReplicaMemoryGb\":10}",
                "Authorization",
                basic());
        HttpResponse<String> notJson = Raw.send("POST", url("/services"), "{", "Authorization", basic());

        assertThat(noRegion.statusCode()).isEqualTo(400);
        assertThat(Raw.json(noRegion).get("error").asText()).startsWith("BAD_REQUEST: region:");
        assertThat(Raw.json(badMemory).get("error").asText())
                .isEqualTo("BAD_REQUEST: minReplicaMemoryGb: must be a multiple of 4");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(ch.services().list()).hasSize(3);
    }

    @Test
    void stateCommandsMoveServicesThroughTheirStates() {
        Service staging = seeded("staging");
        Service archive = seeded("archive");
        Service analytics = seeded("analytics");

        assertThat(ch.services().awake(staging.id()).state()).isEqualTo(ServiceState.AWAKING);
        assertThat(ch.services().start(archive.id()).state()).isEqualTo(ServiceState.STARTING);
        assertThat(ch.services().stop(analytics.id()).state()).isEqualTo(ServiceState.STOPPING);

        assertThat(ch.services().waitUntilRunning(staging.id(), PATIENCE).state())
                .isEqualTo(ServiceState.RUNNING);
        assertThat(ch.services().waitUntilRunning(archive.id(), PATIENCE).state())
                .isEqualTo(ServiceState.RUNNING);
        assertThat(ch.services().waitUntilStopped(analytics.id(), PATIENCE).state())
                .isEqualTo(ServiceState.STOPPED);
        assertThat(ch.services().awake(staging.id()).state()).isEqualTo(ServiceState.RUNNING);
        assertThatThrownBy(() -> ch.services().awake(analytics.id()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.errorMessage())
                        .hasValueSatisfying(m -> assertThat(m).contains("Current state: 'stopped'")));
        HttpResponse<String> unknown = Raw.send(
                "PATCH",
                url("/services/" + archive.id() + "/state"),
                "{\"command\":\"pause\"}",
                "Authorization",
                basic());
        assertThat(Raw.json(unknown).get("error").asText())
                .isEqualTo("BAD_REQUEST: command: must be one of 'start', 'stop', 'awake'");
    }

    @Test
    void aRunningServiceCannotBeDeletedAndAJustStoppedOneConflictsOnce() {
        String id = seeded("analytics").id();

        HttpResponse<String> running = Raw.send("DELETE", url("/services/" + id), null, "Authorization", basic());
        assertThat(running.statusCode()).isEqualTo(409);
        JsonNode conflict = Raw.json(running);
        assertThat(conflict.get("status").asInt()).isEqualTo(409);
        assertThat(conflict.get("error").asText())
                .isEqualTo("CONFLICT: Only instance in one of the following states: 'provisioning','starting',"
                        + "'awaking','idle','stopped','degraded','failed' can be terminated. Current state: 'running'");
        assertThat(conflict.get("requestId").asText()).matches(UUID);

        ch.services().stop(id);
        ch.services().waitUntilStopped(id, PATIENCE);
        assertThatThrownBy(() -> ch.services().delete(id))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.errorMessage())
                        .hasValueSatisfying(m -> assertThat(m).endsWith("Current state: 'stopping'")));
        HttpResponse<String> deleted = Raw.send("DELETE", url("/services/" + id), null, "Authorization", basic());
        assertThat(deleted.statusCode()).isEqualTo(200);
        JsonNode envelope = Raw.json(deleted);
        assertThat(envelope.get("status").asInt()).isEqualTo(200);
        assertThat(envelope.get("requestId").asText()).matches(UUID);
        assertThat(envelope.has("result")).isFalse();
    }

    @Test
    void aDeletedServiceIsTerminatingThenGone() {
        slowCloud();
        String id = seeded("archive").id();

        ch.services().delete(id);

        assertThat(ch.services().get(id).state()).isEqualTo(ServiceState.TERMINATING);
        assertThatThrownBy(() -> ch.services().delete(id))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.errorMessage())
                        .hasValueSatisfying(m -> assertThat(m).endsWith("Current state: 'terminating'")));
        assertThat(ch.services().list())
                .extracting(s -> s.name().orElseThrow())
                .containsExactly("analytics", "staging", "archive");
        close();
        cloud = LocalCloud.start(LocalCloud.Options.defaults().withSpeed(3_000));
        ch = client(cloud, cloud.clickHouseCloudKeySecret());
        String again = seeded("archive").id();
        ch.services().deleteSafely(again);
        assertThatThrownBy(() -> ch.services().get(again))
                .isInstanceOfSatisfying(
                        NotFoundException.class, e -> assertThat(e.errorCode()).contains("NOT_FOUND"));
        assertThat(ch.services().list())
                .extracting(s -> s.name().orElseThrow())
                .containsExactly("analytics", "staging");
    }

    @Test
    void listsBackupsNewestFirstAndGetsOne() {
        String id = seeded("analytics").id();

        List<Backup> backups = ch.backups().list(id);

        assertThat(backups).hasSize(3);
        assertThat(backups).extracting(b -> b.startedAt().orElseThrow()).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(backups.get(2).type())
                .hasValueSatisfying(t -> assertThat(t.value()).isEqualTo("full"));
        assertThat(backups).allSatisfy(b -> {
            assertThat(b.status()).contains(BackupStatus.DONE);
            assertThat(b.serviceId()).contains(id);
            assertThat(b.finishedAt().orElseThrow()).isAfter(b.startedAt().orElseThrow());
        });
        Backup newest = ch.backups().get(id, backups.get(0).id());
        assertThat(newest).isEqualTo(backups.get(0));
        assertThatThrownBy(() -> ch.backups().get(id, "no-such-backup")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void backupConfigurationFieldsAreSetAndResetByNull() {
        String id = seeded("analytics").id();
        assertThat(ch.backups().configuration(id))
                .isEqualTo(BackupConfiguration.builder()
                        .backupPeriodInHours(24)
                        .backupRetentionPeriodInHours(24)
                        .build());

        BackupConfiguration set = ch.backups()
                .updateConfiguration(
                        id,
                        UpdateBackupConfigurationParams.builder()
                                .backupPeriodInHours(Patch.of(12))
                                .backupRetentionPeriodInHours(Patch.of(96))
                                .build());
        assertThat(set.backupPeriodInHours()).contains(12);
        assertThat(set.backupRetentionPeriodInHours()).contains(96);

        BackupConfiguration reset = ch.backups()
                .updateConfiguration(
                        id,
                        UpdateBackupConfigurationParams.builder()
                                .backupPeriodInHours(Patch.ofNull())
                                .backupStartTime(Patch.of("03:30"))
                                .build());
        assertThat(reset.backupPeriodInHours()).contains(24);
        assertThat(reset.backupRetentionPeriodInHours()).contains(96);
        assertThat(reset.backupStartTime()).contains("03:30");

        HttpResponse<String> nulls = Raw.send(
                "PATCH",
                url("/services/" + id + "/backupConfiguration"),
                "{\"backupRetentionPeriodInHours\":null,\"backupStartTime\":null}",
                "Authorization",
                basic());
        assertThat(Raw.json(nulls).get("result").toString())
                .isEqualTo("{\"backupPeriodInHours\":24,\"backupRetentionPeriodInHours\":24,\"backupStartTime\":null}");
        assertThatThrownBy(() -> ch.backups()
                        .updateConfiguration(
                                id,
                                UpdateBackupConfigurationParams.builder()
                                        .backupRetentionPeriodInHours(Patch.of(25))
                                        .build()))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("multiple of 24");
    }

    @Test
    void updatesBasicDetailsByDeltas() {
        String id = seeded("analytics").id();

        Service updated = ch.services()
                .update(
                        id,
                        UpdateServiceParams.builder()
                                .name("analytics-eu")
                                .tags(TagChanges.builder()
                                        .addRemove(Tag.builder().key("team").build())
                                        .addAdd(Tag.builder()
                                                .key("owner")
                                                .value("ops")
                                                .build())
                                        .build())
                                .ipAccessList(IpAccessListChanges.builder()
                                        .addRemove(IpAccessEntry.builder()
                                                .source("0.0.0.0/0")
                                                .build())
                                        .addAdd(IpAccessEntry.builder()
                                                .source("203.0.113.0/24")
                                                .description("office")
                                                .build())
                                        .build())
                                .addEndpoints(EndpointChange.builder()
                                        .protocol(EndpointProtocol.MYSQL)
                                        .enabled(true)
                                        .build())
                                .build());

        assertThat(updated.name()).contains("analytics-eu");
        assertThat(updated.tags())
                .containsExactly(
                        Tag.builder().key("env").value("prod").build(),
                        Tag.builder().key("owner").value("ops").build());
        assertThat(updated.ipAccessList())
                .extracting(e -> e.source().orElseThrow())
                .containsExactly("203.0.113.0/24");
        assertThat(updated.endpoints())
                .extracting(e -> e.protocol().orElseThrow())
                .contains(EndpointProtocol.MYSQL);
        assertThatThrownBy(() -> ch.services()
                        .update(
                                id,
                                UpdateServiceParams.builder()
                                        .name("x".repeat(51))
                                        .build()))
                .isInstanceOf(BadRequestException.class);
    }

    @Test
    @SuppressWarnings("deprecation") // updateScaling: the API deprecates PATCH …/scaling, still served
    void scalesReplicasAndMemory() {
        String id = seeded("staging").id();

        Service replicas = ch.services()
                .updateReplicaScaling(
                        id,
                        UpdateReplicaScalingParams.builder()
                                .numReplicas(5)
                                .maxReplicaMemoryGb(32)
                                .build());
        Service legacy = ch.services()
                .updateScaling(
                        id, UpdateScalingParams.builder().idleTimeoutMinutes(30).build());

        assertThat(replicas.numReplicas()).contains(5);
        assertThat(replicas.maxReplicaMemoryGb()).contains(32);
        assertThat(replicas.currentScaling())
                .hasValueSatisfying(c -> assertThat(c.effectiveMaxReplicas()).contains(5));
        assertThat(legacy.idleTimeoutMinutes()).contains(30);
        assertThatThrownBy(() -> ch.services()
                        .updateReplicaScaling(
                                id,
                                UpdateReplicaScalingParams.builder()
                                        .maxReplicaMemoryGb(30)
                                        .build()))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.errorMessage())
                        .contains("maxReplicaMemoryGb: must be a multiple of 4"));
    }

    @Test
    void acceptsPasswordHashesOrGeneratesAPassword() {
        String id = seeded("analytics").id();

        ResetPasswordResult hashed = ch.services().resetPassword(id, ResetPasswordParams.fromPassword("S3cret-pass!"));
        assertThat(hashed.password()).isEmpty();
        assertThat(cloud.clickHouseCloud().passwordHash(id)).isEqualTo(PasswordHashes.sha256Base64("S3cret-pass!"));
        assertThat(cloud.clickHouseCloud().doubleSha1Hash(id)).isEqualTo(PasswordHashes.doubleSha1Hex("S3cret-pass!"));

        ResetPasswordResult generated = ch.services().resetPassword(id, ResetPasswordParams.generated());
        assertThat(generated.password()).hasValueSatisfying(p -> assertThat(p).hasSize(16));
        assertThat(cloud.clickHouseCloud().passwordHash(id))
                .isEqualTo(PasswordHashes.sha256Base64(generated.password().orElseThrow()));

        HttpResponse<String> notAHash = Raw.send(
                "PATCH",
                url("/services/" + id + "/password"),
                "{\"newPasswordHash\":\"abc\"}",
                "Authorization",
                basic());
        assertThat(Raw.json(notAHash).get("error").asText()).isEqualTo("BAD_REQUEST: newPasswordHash: Not a sha256sum");
    }

    @Test
    void servesPrometheusText() {
        Service analytics = seeded("analytics");

        String full = ch.services().prometheusMetrics(analytics.id(), false);
        String filtered = ch.services().prometheusMetrics(analytics.id(), true);
        HttpResponse<String> organization = Raw.send("GET", url("/prometheus"), null, "Authorization", basic());

        assertThat(full)
                .contains("ClickHouse_ServiceInfo{clickhouse_org=\"" + cloud.clickHouseOrganizationId()
                        + "\",clickhouse_service=\"" + analytics.id()
                        + "\",clickhouse_service_name=\"analytics\",clickhouse_cluster_status=\"running\"")
                .contains("ClickHouseAsyncMetrics_TotalRowsOfMergeTreeTables");
        assertThat(filtered).contains("ClickHouseProfileEvents_Query").doesNotContain("TotalRowsOfMergeTreeTables");
        assertThat(organization.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(organization.body())
                .contains("clickhouse_service_name=\"archive\",clickhouse_cluster_status=\"stopped\"");
    }

    @Test
    void rateLimitsWithTheApisBodyAndResetHeaderWhichTheSdkWaitsFor() {
        String organization = ch.organizationId();
        cloud.faults().rateLimitNext(1);
        HttpResponse<String> limited = Raw.send("GET", url("/services"), null, "Authorization", basic());

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.body()).isEqualTo("{\"error\":\"TOO_MANY_REQUESTS\"}");
        assertThat(limited.headers().firstValue("X-RateLimit-Reset")).contains("1.5");
        assertThat(limited.headers().firstValue("Retry-After")).isEmpty();

        cloud.faults().rateLimitNext(2);
        assertThat(ch.services().list()).hasSize(3);
        assertThat(pauses).containsExactly(Duration.ofMillis(1500), Duration.ofMillis(1500));
        assertThat(organization).isEqualTo(cloud.clickHouseOrganizationId());
    }

    @Test
    void anotherProductRegistersOnTheSameHostKeyAndEnvelope() {
        SimClock clock = new SimClock(1);
        ClickHouseCloudSimulator.Product postgres =
                (router, api) -> router.on("GET", ClickHouseCloudSimulator.ORGANIZATION + "/postgres", request -> {
                    api.checkOrganization(request);
                    return ClickHouseCloudSimulator.ok(request, Jsons.array());
                });
        ClickHouseCloudSimulator simulator = new ClickHouseCloudSimulator(clock, "key", "secret", "org-1", postgres);
        try (ApiServer server = ApiServer.start(simulator, new Faults())) {
            String auth = "Basic " + Base64.getEncoder().encodeToString("key:secret".getBytes(StandardCharsets.UTF_8));

            HttpResponse<String> listed =
                    Raw.send("GET", server.baseUrl() + "/v1/organizations/org-1/postgres", null, "Authorization", auth);
            HttpResponse<String> anonymous =
                    Raw.send("GET", server.baseUrl() + "/v1/organizations/org-1/postgres", null);
            HttpResponse<String> elsewhere =
                    Raw.send("GET", server.baseUrl() + "/v1/organizations/org-2/postgres", null, "Authorization", auth);

            assertThat(listed.statusCode()).isEqualTo(200);
            assertThat(Raw.json(listed).get("result").isArray()).isTrue();
            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(elsewhere.statusCode()).isEqualTo(404);
            assertThat(simulator.organizationId()).isEqualTo("org-1");
            assertThat(simulator.clock()).isSameAs(clock);
        }
    }

    @Test
    void acceptsEmptyUpdatesAndWhatTheSpecDoesNotRefuse() {
        String service = "/services/" + seeded("analytics").id();
        for (String path : List.of("", "/scaling", "/replicaScaling", "/backupConfiguration")) {
            HttpResponse<String> empty = Raw.send("PATCH", url(service + path), "{}", "Authorization", basic());
            assertThat(empty.statusCode()).as(path + ": " + empty.body()).isEqualTo(200);
        }
        HttpResponse<String> deltas = Raw.send(
                "PATCH",
                url(service),
                "{\"ipAccessList\":{},\"tags\":{},\"privateEndpointIds\":{\"add\":[\"vpce-0123456789abcdef0\"]},"
                        + "\"transparentDataEncryptionKeyId\":\"key-2\"}",
                "Authorization",
                basic());
        assertThat(deltas.statusCode()).as(deltas.body()).isEqualTo(200);
        assertThat(Raw.json(deltas).at("/result/privateEndpointIds").toString())
                .isEqualTo("[\"vpce-0123456789abcdef0\"]");
        HttpResponse<String> startTime = Raw.send(
                "PATCH",
                url(service + "/backupConfiguration"),
                "{\"backupPeriodInHours\":12,\"backupStartTime\":\"04:00\"}",
                "Authorization",
                basic());
        assertThat(Raw.json(startTime).at("/result/backupPeriodInHours").asInt())
                .isEqualTo(24);
    }
}
