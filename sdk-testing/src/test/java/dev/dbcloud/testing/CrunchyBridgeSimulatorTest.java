package dev.dbcloud.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dbcloud.core.Credentials;
import dev.dbcloud.core.Page;
import dev.dbcloud.core.errors.ApiResponseException;
import dev.dbcloud.core.errors.BadRequestException;
import dev.dbcloud.core.errors.NotFoundException;
import dev.dbcloud.core.errors.UnauthorizedException;
import dev.dbcloud.crunchy.Cluster;
import dev.dbcloud.crunchy.ClusterState;
import dev.dbcloud.crunchy.ClusterStatus;
import dev.dbcloud.crunchy.CreateClusterParams;
import dev.dbcloud.crunchy.CrunchyBridgeClient;
import dev.dbcloud.crunchy.ForkClusterParams;
import dev.dbcloud.crunchy.ListClustersParams;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CrunchyBridgeSimulatorTest {
    private static final String EID = "^[a-z2-7]{25}[aeimquy4]$";

    private LocalCloud cloud = LocalCloud.start(LocalCloud.Options.defaults().withSpeed(2_000));
    private CrunchyBridgeClient cb = client(cloud);

    @AfterEach
    void close() {
        cb.close();
        cloud.close();
    }

    private static CrunchyBridgeClient client(LocalCloud cloud) {
        return CrunchyBridgeClient.builder()
                .baseUrl(cloud.crunchyBridgeUrl())
                .credentials(Credentials.bearer(cloud.crunchyBridgeApiKey()))
                .sleeper(cloud.clock().sleeper())
                .jitter(() -> 1.0)
                .build();
    }

    private CreateClusterParams params(String name) {
        return CreateClusterParams.builder()
                .name(name)
                .teamId(cloud.crunchyBridgeDefaultTeamId())
                .planId("hobby-2")
                .providerId("aws")
                .regionId("us-west-2")
                .build();
    }

    private String url(String path) {
        return cloud.crunchyBridgeUrl() + path;
    }

    private String bearer() {
        return "Bearer " + cloud.crunchyBridgeApiKey();
    }

    @Test
    void aNewClusterIsCreatingUntilItsProvisioningTimeHasPassed() {
        cb.close();
        cloud.close();
        cloud = LocalCloud.start(LocalCloud.Options.defaults().withSpeed(1));
        cb = client(cloud);

        Cluster created = cb.clusters().create(params("slow"));

        assertThat(created.id()).matches(EID);
        assertThat(created.state()).contains(ClusterState.CREATING);
        ClusterStatus status = cb.clusters().status(created.id());
        assertThat(status.state()).contains(ClusterState.CREATING);
        assertThat(status.oldestBackupAt()).isEmpty();
        assertThatThrownBy(() -> cb.clusters().startBackup(created.id()))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("must be ready");
        Cluster seeded = cb.clusters().list().items().get(0);
        assertThat(cb.clusters().suspend(seeded.id()).state()).contains(ClusterState.SUSPENDING);
        assertThatThrownBy(() -> cb.clusters().resume(seeded.id()))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("is not suspended (state: suspending)");
    }

    @Test
    void aClusterBecomesReadyWithAFirstBackupOverAcceleratedTime() {
        Cluster created = cb.clusters().create(params("fast"));

        Cluster ready = cb.clusters().waitUntilReady(created.id(), Duration.ofMinutes(10));

        assertThat(ready.state()).contains(ClusterState.READY);
        assertThat(cb.clusters().status(created.id()).oldestBackupAt()).isPresent();
        assertThat(cb.clusters().backups().list(created.id())).hasSize(1);
    }

    @Test
    void createAnswers201WithRequestIdAndRefusesADuplicateName() {
        String body =
                "{\"name\":\"raw\",\"team_id\":\"" + cloud.crunchyBridgeDefaultTeamId() + "\",\"plan_id\":\"hobby-2\"}";
        HttpResponse<String> first = Raw.send("POST", url("/clusters"), body, "Authorization", bearer());
        HttpResponse<String> again = Raw.send("POST", url("/clusters"), body, "Authorization", bearer());

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.headers().firstValue("X-Request-Id"))
                .hasValueSatisfying(id -> assertThat(id).hasSize(36));
        assertThat(Raw.json(first).get("state").asText()).isEqualTo("creating");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(Raw.json(again).get("message").asText()).contains("already exists");
    }

    @Test
    void listsPageByPageWithCursors() {
        Page<Cluster> first =
                cb.clusters().list(ListClustersParams.builder().limit(2).build());

        assertThat(first.items()).extracting(c -> c.name().orElseThrow()).containsExactly("analytics", "billing");
        assertThat(first.hasMore()).isTrue();
        assertThat(first.nextCursor()).contains(first.items().get(1).id());
        List<String> all = new ArrayList<>();
        first.autoPager().forEach(c -> all.add(c.name().orElseThrow()));
        assertThat(all).containsExactly("analytics", "billing", "catalog", "events", "inventory");

        JsonNode last = Raw.json(Raw.send(
                "GET",
                url("/clusters?limit=2&cursor="
                        + first.nextPage().orElseThrow().nextCursor().orElseThrow()),
                null,
                "Authorization",
                bearer()));
        assertThat(last.get("clusters")).hasSize(1);
        assertThat(last.get("has_more").asBoolean()).isFalse();
        assertThat(last.get("next_cursor").isNull()).isTrue();
        JsonNode desc = Raw.json(Raw.send("GET", url("/clusters?order=desc&limit=1"), null, "Authorization", bearer()));
        assertThat(desc.get("clusters").get(0).get("name").asText()).isEqualTo("inventory");
        assertThat(Raw.send("GET", url("/clusters?limit=500"), null, "Authorization", bearer())
                        .statusCode())
                .isEqualTo(400);
        assertThat(Raw.send("GET", url("/clusters?cursor=nope"), null, "Authorization", bearer())
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void aRepeatedDeleteIsGoneAndAnUnknownClusterIsNotFound() {
        Cluster cluster = cb.clusters().list().items().get(0);

        assertThat(cb.clusters().delete(cluster.id()).id()).isEqualTo(cluster.id());

        assertThatThrownBy(() -> cb.clusters().delete(cluster.id()))
                .isInstanceOfSatisfying(ApiResponseException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(410);
                    assertThat(e.errorMessage())
                            .hasValueSatisfying(m -> assertThat(m).contains("already been deleted"));
                    assertThat(e.requestId()).isPresent();
                });
        assertThatThrownBy(() -> cb.clusters().get(cluster.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aRepeatedKeyReplaysTheAnswerAndAKeyReusedForAnotherRequestConflicts() {
        String body = "{\"name\":\"once\",\"team_id\":\"" + cloud.crunchyBridgeDefaultTeamId()
                + "\",\"plan_id\":\"hobby-2\"}";
        String key = "5d3c8a52-6a0c-4a57-9b1e-3f7f8f0e2a11";

        HttpResponse<String> first =
                Raw.send("POST", url("/clusters"), body, "Authorization", bearer(), "Idempotency-Key", key);
        HttpResponse<String> replay =
                Raw.send("POST", url("/clusters"), body, "Authorization", bearer(), "Idempotency-Key", key);
        HttpResponse<String> other = Raw.send(
                "POST",
                url("/clusters"),
                body.replace("once", "twice"),
                "Authorization",
                bearer(),
                "Idempotency-Key",
                key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(first.headers().firstValue("Idempotency-Replay")).isEmpty();
        assertThat(replay.statusCode()).isEqualTo(201);
        assertThat(replay.headers().firstValue("Idempotency-Replay")).contains("true");
        assertThat(replay.headers().firstValue("Idempotency-Key")).contains(key);
        assertThat(Raw.json(replay).get("id")).isEqualTo(Raw.json(first).get("id"));
        assertThat(other.statusCode()).isEqualTo(409);
        assertThat(cb.clusters().listAll(ListClustersParams.builder().build()))
                .extracting(c -> c.name().orElseThrow())
                .containsOnlyOnce("once")
                .doesNotContain("twice");
    }

    @Test
    void wrongOrMissingCredentialsAre401WithTheVendorsErrorBody() {
        HttpResponse<String> missing = Raw.send("GET", url("/clusters"), null);
        HttpResponse<String> wrong = Raw.send("GET", url("/clusters"), null, "Authorization", "Bearer cbkey_wrong");

        for (HttpResponse<String> response : List.of(missing, wrong)) {
            assertThat(response.statusCode()).isEqualTo(401);
            JsonNode error = Raw.json(response);
            assertThat(error.has("code")).isTrue();
            assertThat(error.get("is_transient").asBoolean()).isFalse();
            assertThat(error.get("message").asText()).isNotBlank();
            assertThat(error.get("request_id").asText())
                    .isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
        }
        assertThat(Raw.send("GET", url("/providers"), null).statusCode()).isEqualTo(200);
        try (CrunchyBridgeClient stranger = CrunchyBridgeClient.builder()
                .baseUrl(cloud.crunchyBridgeUrl())
                .credentials(Credentials.bearer("cbkey_stranger"))
                .build()) {
            assertThatThrownBy(() -> stranger.clusters().list()).isInstanceOf(UnauthorizedException.class);
            assertThat(stranger.providers().list()).isNotEmpty();
        }
    }

    @Test
    void forksOnlyFromAPointBetweenTheOldestBackupAndNow() {
        Cluster source = cb.clusters().list().items().get(0);
        ClusterStatus status = cb.clusters().status(source.id());
        ForkClusterParams tooEarly = ForkClusterParams.builder()
                .name("too-early")
                .targetTime(status.oldestBackupAt().orElseThrow().minusSeconds(60))
                .build();

        assertThatThrownBy(() -> cb.clusters().fork(source.id(), tooEarly))
                .isInstanceOf(BadRequestException.class)
                .hasMessageContaining("target_time must be between the oldest backup");

        Cluster fork = cb.clusters()
                .fork(
                        source.id(),
                        ForkClusterParams.builder()
                                .name("fork")
                                .targetTime(
                                        status.oldestBackupAt().orElseThrow().plusSeconds(60))
                                .build());
        assertThat(fork.state()).contains(ClusterState.CREATING);
        assertThat(cb.clusters()
                        .waitUntilReady(fork.id(), Duration.ofMinutes(10))
                        .state())
                .contains(ClusterState.READY);
    }

    @Test
    void suspendAndResumeMoveThroughTheirStates() {
        Cluster cluster = cb.clusters().list().items().get(0);

        assertThat(cb.clusters().suspend(cluster.id()).state()).contains(ClusterState.SUSPENDING);
        sleepSimulated(CrunchyClusters.SUSPEND_TIME.plusSeconds(5));
        Cluster suspended = cb.clusters().get(cluster.id());
        assertThat(suspended.state()).contains(ClusterState.SUSPENDED);
        assertThat(suspended.isSuspended()).contains(true);

        assertThat(cb.clusters().resume(cluster.id()).state()).contains(ClusterState.RESUMING);
        sleepSimulated(CrunchyClusters.RESUME_TIME.plusSeconds(5));
        Cluster resumed = cb.clusters().get(cluster.id());
        assertThat(resumed.state()).contains(ClusterState.READY);
        assertThat(resumed.isSuspended()).contains(false);
    }

    private void sleepSimulated(Duration simulated) {
        try {
            cloud.clock().sleeper().sleep(simulated);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
