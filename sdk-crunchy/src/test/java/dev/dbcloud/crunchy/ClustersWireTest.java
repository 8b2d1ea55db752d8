package dev.dbcloud.crunchy;

import static dev.dbcloud.crunchy.Fixtures.CLUSTER_ID;
import static dev.dbcloud.crunchy.Fixtures.NETWORK_ID;
import static dev.dbcloud.crunchy.Fixtures.REPLICA_ID;
import static dev.dbcloud.crunchy.Fixtures.TEAM_ID;
import static dev.dbcloud.crunchy.Fixtures.VERSION_ID;
import static dev.dbcloud.crunchy.Fixtures.body;
import static dev.dbcloud.crunchy.Fixtures.cluster;
import static dev.dbcloud.crunchy.Fixtures.json;
import static dev.dbcloud.crunchy.Fixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dbcloud.core.Page;
import dev.dbcloud.core.SortOrder;
import java.time.Instant;
import java.util.Optional;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class ClustersWireTest extends MockApiTest {
    private Clusters clusters() {
        return cb().clusters();
    }

    private static void assertIsSeedCluster(Cluster c) {
        assertThat(c.id()).isEqualTo(CLUSTER_ID);
        assertThat(c.name()).isEqualTo("crunchy-production");
        assertThat(c.clusterId()).isEmpty();
        assertThat(c.cpu()).contains(16L);
        assertThat(c.createdAt()).isEqualTo(Instant.parse("2021-07-11T01:02:03Z"));
        assertThat(c.updatedAt()).isEqualTo(Instant.parse("2021-07-11T01:02:03Z"));
        assertThat(c.diskUsage())
                .contains(DiskUsage.builder()
                        .diskAvailableMb(95000)
                        .diskTotalSizeMb(100000)
                        .diskUsedMb(5000)
                        .build());
        assertThat(c.isHa()).isFalse();
        assertThat(c.isSuspended()).isFalse();
        assertThat(c.maintenanceWindowStart()).contains(21);
        assertThat(c.majorVersion()).isEqualTo(13);
        assertThat(c.memory()).isEqualTo(64.0);
        assertThat(c.networkId()).contains(NETWORK_ID);
        assertThat(c.planId()).isEqualTo("standard-64");
        assertThat(c.postgresVersionId()).contains(VERSION_ID);
        assertThat(c.providerId()).contains("aws");
        assertThat(c.regionId()).isEqualTo("us-west-2");
        assertThat(c.storage()).isEqualTo(100);
        assertThat(c.teamId()).isEqualTo(TEAM_ID);
        assertThat(c.replicas()).singleElement().satisfies(replica -> {
            assertThat(replica.id()).isEqualTo(REPLICA_ID);
            assertThat(replica.name()).isEqualTo("crunchy-production-replica");
            assertThat(replica.diskUsage()).isEmpty();
            assertThat(replica.maintenanceWindowStart()).isEmpty();
            assertThat(replica.replicas()).isEmpty();
        });
    }

    @Test
    void listSendsEveryParameterAndReadsThePage() throws Exception {
        server.enqueue(json(200, Fixtures.page("clusters", Fixtures.resource("cluster.json"), false, null)));

        Page<Cluster> page = clusters()
                .list(ListClustersParams.builder()
                        .teamId(TEAM_ID)
                        .limit(25)
                        .order(SortOrder.DESC)
                        .orderField("name")
                        .cursor("cursorabc")
                        .build());

        assertThat(page.items()).singleElement().satisfies(ClustersWireTest::assertIsSeedCluster);
        assertThat(page.hasMore()).isFalse();
        assertThat(page.nextCursor()).isEmpty();
        take("GET", "/clusters?cursor=cursorabc&limit=25&order=desc&order_field=name&team_id=" + TEAM_ID);
    }

    @Test
    void listWithoutParametersSendsNoQuery() throws Exception {
        server.enqueue(json(200, "{\"clusters\":[],\"has_more\":false,\"next_cursor\":null}"));
        assertThat(clusters().list().items()).isEmpty();
        take("GET", "/clusters");
    }

    @Test
    void autoPagerWalksSeveralPagesFetchingEachOnlyWhenReached() throws Exception {
        server.enqueue(json(
                200,
                Fixtures.page(
                        "clusters",
                        Fixtures.clusterJson("aaaaaaaaaaaaaaaaaaaaaaaaaa", "one") + ","
                                + Fixtures.clusterJson("baaaaaaaaaaaaaaaaaaaaaaaaa", "two"),
                        true,
                        "baaaaaaaaaaaaaaaaaaaaaaaaa")));
        server.enqueue(json(
                200,
                Fixtures.page(
                        "clusters",
                        Fixtures.clusterJson("caaaaaaaaaaaaaaaaaaaaaaaaa", "three"),
                        true,
                        "caaaaaaaaaaaaaaaaaaaaaaaaa")));
        server.enqueue(json(
                200,
                Fixtures.page("clusters", Fixtures.clusterJson("daaaaaaaaaaaaaaaaaaaaaaaaa", "four"), false, null)));

        Page<Cluster> first = clusters()
                .list(ListClustersParams.builder().teamId(TEAM_ID).limit(2).build());
        assertThat(server.getRequestCount()).isEqualTo(1);

        var names = first.autoPager().iterator();
        assertThat(names.next().name()).isEqualTo("one");
        assertThat(names.next().name()).isEqualTo("two");
        assertThat(server.getRequestCount())
                .as("second page not fetched before it is reached")
                .isEqualTo(1);
        assertThat(names.next().name()).isEqualTo("three");
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(names.next().name()).isEqualTo("four");
        assertThat(names.hasNext()).isFalse();
        assertThat(server.getRequestCount()).isEqualTo(3);

        take("GET", "/clusters?limit=2&team_id=" + TEAM_ID);
        take("GET", "/clusters?limit=2&team_id=" + TEAM_ID + "&cursor=baaaaaaaaaaaaaaaaaaaaaaaaa");
        take("GET", "/clusters?limit=2&team_id=" + TEAM_ID + "&cursor=caaaaaaaaaaaaaaaaaaaaaaaaa");
    }

    @Test
    void listAllIsLazyUntilIterationStarts() throws Exception {
        server.enqueue(json(
                200,
                Fixtures.page(
                        "clusters",
                        Fixtures.clusterJson("aaaaaaaaaaaaaaaaaaaaaaaaaa", "one"),
                        true,
                        "aaaaaaaaaaaaaaaaaaaaaaaaaa")));
        server.enqueue(json(
                200,
                Fixtures.page("clusters", Fixtures.clusterJson("baaaaaaaaaaaaaaaaaaaaaaaaa", "two"), false, null)));

        Iterable<Cluster> all = clusters().listAll(ListClustersParams.builder().build());
        assertThat(server.getRequestCount()).isZero();

        assertThat(all).extracting(Cluster::name).containsExactly("one", "two");
        assertThat(server.getRequestCount()).isEqualTo(2);
        take("GET", "/clusters");
        take("GET", "/clusters?cursor=aaaaaaaaaaaaaaaaaaaaaaaaaa");
    }

    @Test
    void createPostsTheBodyWithAnIdempotencyKeyAndReads201() throws Exception {
        server.enqueue(cluster(201));

        Cluster created = clusters()
                .create(CreateClusterParams.builder()
                        .name("crunchy-production")
                        .planId("hobby-2")
                        .postgresVersionId(PostgresVersionRef.major(13))
                        .providerId("aws")
                        .regionId("us-west-2")
                        .storage(100)
                        .teamId(TEAM_ID)
                        .build());

        assertIsSeedCluster(created);
        RecordedRequest request = take("POST", "/clusters");
        assertThat(body(request))
                .isEqualTo(tree("{\"name\":\"crunchy-production\",\"plan_id\":\"hobby-2\",\"postgres_version_id\":13,"
                        + "\"provider_id\":\"aws\",\"region_id\":\"us-west-2\",\"storage\":100,"
                        + "\"team_id\":\"eaevtjiudzeq7bsqbbpiscund4\"}"));
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(request.getHeaders().get("Idempotency-Key"))
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    }

    @Test
    void createWritesEveryOptionalField() throws Exception {
        server.enqueue(cluster(201));
        clusters()
                .create(CreateClusterParams.builder()
                        .name("n")
                        .planId("standard-8")
                        .teamId(TEAM_ID)
                        .isHa(true)
                        .postgresVersionId(PostgresVersionRef.id(VERSION_ID))
                        .networkId(NETWORK_ID)
                        .regionId("us-east-1")
                        .maintenanceWindowStart(0)
                        .environment("production")
                        .build());
        assertThat(body(take("POST", "/clusters")))
                .isEqualTo(tree("{\"name\":\"n\",\"plan_id\":\"standard-8\",\"team_id\":\"" + TEAM_ID + "\","
                        + "\"is_ha\":true,\"postgres_version_id\":\"" + VERSION_ID + "\",\"network_id\":\""
                        + NETWORK_ID + "\",\"region_id\":\"us-east-1\",\"maintenance_window_start\":0,"
                        + "\"environment\":\"production\"}"));
    }

    @Test
    void getReadsTheSeedCluster() throws Exception {
        server.enqueue(cluster(200));
        assertIsSeedCluster(clusters().get(CLUSTER_ID));
        RecordedRequest request = take("GET", "/clusters/" + CLUSTER_ID);
        assertThat(request.getHeaders().get("Idempotency-Key")).isNull();
    }

    @Test
    void updatePatchesOnlyTheGivenFields() throws Exception {
        server.enqueue(cluster(200));
        Cluster updated = clusters()
                .update(
                        CLUSTER_ID,
                        UpdateClusterParams.builder()
                                .maintenanceWindowStart(3)
                                .name("new-cluster-name")
                                .build());
        RecordedRequest request = take("PATCH", "/clusters/" + CLUSTER_ID);
        assertThat(body(request)).isEqualTo(tree("{\"maintenance_window_start\":3,\"name\":\"new-cluster-name\"}"));
        assertIsSeedCluster(updated);
        assertThat(request.getHeaders().get("Idempotency-Key")).isNotBlank();
    }

    @Test
    void updateCanUnsetTheMaintenanceWindow() throws Exception {
        server.enqueue(cluster(200));
        clusters()
                .update(
                        CLUSTER_ID,
                        UpdateClusterParams.builder()
                                .maintenanceWindowStart(UpdateClusterParams.UNSET_MAINTENANCE_WINDOW)
                                .isProtected(true)
                                .build());
        assertThat(body(take("PATCH", "/clusters/" + CLUSTER_ID)))
                .isEqualTo(tree("{\"maintenance_window_start\":-1,\"is_protected\":true}"));
    }

    @Test
    void deleteDeletesAndReturnsTheCluster() throws Exception {
        server.enqueue(cluster(200));
        assertIsSeedCluster(clusters().delete(CLUSTER_ID));
        take("DELETE", "/clusters/" + CLUSTER_ID);
    }

    @Test
    void statusReadsStateBackupAndOngoingUpgrade() throws Exception {
        server.enqueue(json(200, Fixtures.resource("status.json")));
        ClusterStatus status = clusters().status(CLUSTER_ID);
        take("GET", "/clusters/" + CLUSTER_ID + "/status");
        assertThat(status.state()).contains(ClusterState.READY);
        assertThat(status.isReady()).isTrue();
        assertThat(status.oldestBackupAt()).contains(Instant.parse("2021-07-11T01:02:03Z"));
        assertThat(status.diskUsage().orElseThrow().diskUsedMb()).isEqualTo(133);
        assertThat(status.ongoingUpgrade().orElseThrow().operations())
                .containsExactly(
                        ClusterOperation.builder()
                                .flavor(OperationFlavor.HA_CHANGE)
                                .state(OperationState.WAITING_FOR_HA_STANDBY)
                                .build(),
                        ClusterOperation.builder()
                                .flavor(OperationFlavor.RESIZE)
                                .state(OperationState.IN_PROGRESS)
                                .build());
    }

    @Test
    void statusKeepsAStateThisSdkDoesNotKnow() throws Exception {
        server.enqueue(json(200, "{\"state\":\"hibernating\",\"disk_usage\":null,\"ongoing_upgrade\":null}"));
        ClusterStatus status = clusters().status(CLUSTER_ID);
        assertThat(status.state().orElseThrow().value()).isEqualTo("hibernating");
        assertThat(status.state().orElseThrow().isKnown()).isFalse();
        assertThat(status.isReady()).isFalse();
        assertThat(status.ongoingUpgrade()).isEmpty();
        assertThat(status.oldestBackupAt()).isEmpty();
    }

    @Test
    void forkPostsTheSeedExample() throws Exception {
        server.enqueue(cluster(201));
        Cluster fork = clusters()
                .fork(
                        CLUSTER_ID,
                        ForkClusterParams.builder()
                                .name("crunchy-production-fork")
                                .planId("standard-64")
                                .providerId("aws")
                                .regionId("us-west-2")
                                .storage(100)
                                .targetTime(Instant.parse("2021-07-11T01:02:03Z"))
                                .build());
        RecordedRequest request = take("POST", "/clusters/" + CLUSTER_ID + "/forks");
        assertThat(body(request))
                .isEqualTo(tree("{\"name\":\"crunchy-production-fork\",\"plan_id\":\"standard-64\","
                        + "\"provider_id\":\"aws\",\"region_id\":\"us-west-2\",\"storage\":100,"
                        + "\"target_time\":\"2021-07-11T01:02:03Z\"}"));
        assertThat(request.getHeaders().get("Idempotency-Key")).isNotBlank();
        assertIsSeedCluster(fork);
    }

    @Test
    void forkAtTheCurrentInstantIsAccepted() throws Exception {
        server.enqueue(cluster(201));
        clusters()
                .fork(
                        CLUSTER_ID,
                        ForkClusterParams.builder()
                                .name("f")
                                .targetTime(time.instant())
                                .build());
        assertThat(body(take("POST", "/clusters/" + CLUSTER_ID + "/forks")))
                .isEqualTo(tree("{\"name\":\"f\",\"target_time\":\"2024-06-01T12:00:00Z\"}"));
    }

    @Test
    void restartDefaultsToTheServerWithoutABody() throws Exception {
        server.enqueue(cluster(200));
        assertIsSeedCluster(clusters().restart(CLUSTER_ID));
        RecordedRequest request = take("PUT", "/clusters/" + CLUSTER_ID + "/actions/restart");
        assertThat(request.getBody().size()).isZero();
        assertThat(request.getHeaders().get("Idempotency-Key")).isNull();
    }

    @Test
    void restartCanNameTheService() throws Exception {
        server.enqueue(cluster(200));
        server.enqueue(cluster(200));
        assertIsSeedCluster(clusters().restart(CLUSTER_ID, RestartService.POSTGRES));
        assertIsSeedCluster(clusters().restart(CLUSTER_ID, RestartService.SERVER));
        assertThat(body(take("PUT", "/clusters/" + CLUSTER_ID + "/actions/restart")))
                .isEqualTo(tree("{\"service\":\"postgres\"}"));
        assertThat(body(take("PUT", "/clusters/" + CLUSTER_ID + "/actions/restart")))
                .isEqualTo(tree("{\"service\":\"server\"}"));
    }

    @Test
    void startBackupReturnsTheMessage() throws Exception {
        server.enqueue(json(200, "{\"message\":\"Server will restart momentarily.\"}"));
        assertThat(clusters().startBackup(CLUSTER_ID).message()).isEqualTo("Server will restart momentarily.");
        take("PUT", "/clusters/" + CLUSTER_ID + "/actions/start-backup");
    }

    @Test
    void suspendAndResume() throws Exception {
        server.enqueue(cluster(200));
        server.enqueue(cluster(200));
        assertIsSeedCluster(clusters().suspend(CLUSTER_ID));
        assertIsSeedCluster(clusters().resume(CLUSTER_ID));
        take("PUT", "/clusters/" + CLUSTER_ID + "/actions/suspend");
        take("PUT", "/clusters/" + CLUSTER_ID + "/actions/resume");
    }

    @Test
    void enableAndDisableHaReturnTheOperation() throws Exception {
        server.enqueue(json(200, "{\"flavor\":\"ha_change\",\"state\":\"enabling_ha\"}"));
        server.enqueue(json(
                200,
                "{\"flavor\":\"ha_change\",\"state\":\"disabling_ha\",\"starting_from\":\"2024-06-02T00:00:00Z\"}"));
        ClusterOperation enabling = clusters().enableHa(CLUSTER_ID);
        ClusterOperation disabling = clusters().disableHa(CLUSTER_ID);
        assertThat(enabling.flavor()).isEqualTo(OperationFlavor.HA_CHANGE);
        assertThat(enabling.state()).isEqualTo(OperationState.ENABLING_HA);
        assertThat(enabling.startingFrom()).isEmpty();
        assertThat(disabling.state()).isEqualTo(OperationState.DISABLING_HA);
        assertThat(disabling.startingFrom()).isEqualTo(Optional.of(Instant.parse("2024-06-02T00:00:00Z")));
        take("PUT", "/clusters/" + CLUSTER_ID + "/actions/enable-ha");
        take("PUT", "/clusters/" + CLUSTER_ID + "/actions/disable-ha");
    }

    @Test
    void clusterWritesBackWhatItRead() {
        Cluster seed = Cluster.builder()
                .from(ClusterJson.read(Fixtures.resource("cluster.json")))
                .build();
        assertThat(ClusterJson.read(ClusterJson.write(seed))).isEqualTo(seed);
    }
}
