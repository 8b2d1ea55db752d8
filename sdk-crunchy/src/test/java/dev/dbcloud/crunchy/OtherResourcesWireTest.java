package dev.dbcloud.crunchy;

import static dev.dbcloud.crunchy.Fixtures.CLUSTER_ID;
import static dev.dbcloud.crunchy.Fixtures.NETWORK_ID;
import static dev.dbcloud.crunchy.Fixtures.REPLICA_ID;
import static dev.dbcloud.crunchy.Fixtures.TEAM_ID;
import static dev.dbcloud.crunchy.Fixtures.VERSION_ID;
import static dev.dbcloud.crunchy.Fixtures.body;
import static dev.dbcloud.crunchy.Fixtures.json;
import static dev.dbcloud.crunchy.Fixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.Page;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.SortOrder;
import dev.dbcloud.core.errors.ApiDecodingException;
import dev.dbcloud.core.errors.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class OtherResourcesWireTest extends MockApiTest {
    private static final String UPGRADE = "{\"cluster_id\":\"" + CLUSTER_ID + "\",\"team_id\":\"" + TEAM_ID
            + "\",\"operations\":[{\"flavor\":\"resize\",\"state\":\"scheduled\","
            + "\"starting_from\":\"2024-06-02T03:00:00Z\"}]}";
    private static final String TEAM = "{\"id\":\"" + TEAM_ID + "\",\"name\":\"Acme\",\"is_default\":true,"
            + "\"is_personal\":false,\"role\":\"admin\",\"default_role_flavor\":\"read\",\"support_tier\":\"premium\","
            + "\"enforce_mfa\":true,\"enforce_sso\":false,\"billing_email\":\"billing@example.com\","
            + "\"billing_email_verified\":true,\"technical_email\":null,\"technical_email_verified\":null,"
            + "\"invoice_note\":null,\"payment_method\":\"card\",\"billing_address\":null,"
            + "\"created_at\":\"2021-01-01T00:00:00Z\",\"updated_at\":\"2021-02-01T00:00:00Z\"}";
    private static final String NETWORK = "{\"id\":\"" + NETWORK_ID + "\",\"name\":\"Default Network\","
            + "\"cidr4\":\"10.0.0.0/20\",\"provider_id\":\"aws\",\"region_id\":\"us-west-2\",\"team_id\":\"" + TEAM_ID
            + "\"}";

    @Test
    void createReplicaPostsWithAnIdempotencyKey() throws Exception {
        server.enqueue(json(201, Fixtures.clusterJson(REPLICA_ID, "crunchy-production-replica")));
        Cluster replica = cb().clusters()
                .replicas()
                .create(
                        CLUSTER_ID,
                        CreateReplicaParams.builder()
                                .name("crunchy-production-replica")
                                .providerId("aws")
                                .planId("standard-64")
                                .regionId("us-east-1")
                                .build());
        assertThat(replica.id()).isEqualTo(REPLICA_ID);
        RecordedRequest request = take("POST", "/clusters/" + CLUSTER_ID + "/replicas");
        assertThat(body(request))
                .isEqualTo(tree("{\"name\":\"crunchy-production-replica\",\"provider_id\":\"aws\","
                        + "\"plan_id\":\"standard-64\",\"region_id\":\"us-east-1\"}"));
        assertThat(request.getHeaders().get("Idempotency-Key")).isNotBlank();
    }

    @Test
    void createReplicaRawShowsTheStatus() throws Exception {
        server.enqueue(json(201, Fixtures.clusterJson(REPLICA_ID, "r")));
        ApiResponse<Cluster> response = cb().clusters()
                .replicas()
                .withOptions(
                        RequestOptions.builder().idempotencyKey("replica-1").build())
                .withRawResponse()
                .create(
                        CLUSTER_ID,
                        CreateReplicaParams.builder()
                                .name("r")
                                .networkId(NETWORK_ID)
                                .build());
        assertThat(response.statusCode()).isEqualTo(201);
        RecordedRequest request = take("POST", "/clusters/" + CLUSTER_ID + "/replicas");
        assertThat(body(request)).isEqualTo(tree("{\"name\":\"r\",\"network_id\":\"" + NETWORK_ID + "\"}"));
        assertThat(request.getHeaders().get("Idempotency-Key")).isEqualTo("replica-1");
    }

    @Test
    void upgradeGetCreateUpdateCancel() throws Exception {
        server.enqueue(json(200, UPGRADE));
        server.enqueue(json(201, UPGRADE));
        server.enqueue(json(201, UPGRADE));
        server.enqueue(
                json(200, "{\"cluster_id\":\"" + CLUSTER_ID + "\",\"team_id\":\"" + TEAM_ID + "\",\"operations\":[]}"));
        ClusterUpgrades upgrades = cb().clusters().upgrades();

        ClusterUpgrade current = upgrades.get(CLUSTER_ID);
        ClusterUpgrade created = upgrades.create(
                CLUSTER_ID,
                CreateUpgradeParams.builder()
                        .planId("standard-128")
                        .storage(200)
                        .postgresVersionId(PostgresVersionRef.major(17))
                        .startingFrom(Instant.parse("2024-06-02T03:00:00Z"))
                        .build());
        ClusterUpgrade updated = upgrades.update(
                CLUSTER_ID,
                UpdateUpgradeParams.builder()
                        .useClusterMaintenanceWindow(true)
                        .postgresVersionId(PostgresVersionRef.id(VERSION_ID))
                        .build());
        Optional<ClusterUpgrade> cancelled = upgrades.cancel(CLUSTER_ID);

        assertThat(current.clusterId()).contains(CLUSTER_ID);
        assertThat(current.teamId()).contains(TEAM_ID);
        assertThat(current.isFinished()).isFalse();
        assertThat(current.operations()).singleElement().satisfies(op -> {
            assertThat(op.flavor()).isEqualTo(OperationFlavor.RESIZE);
            assertThat(op.state()).isEqualTo(OperationState.SCHEDULED);
            assertThat(op.startingFrom()).contains(Instant.parse("2024-06-02T03:00:00Z"));
        });
        assertThat(created).isEqualTo(current);
        assertThat(updated).isEqualTo(current);
        assertThat(cancelled).hasValueSatisfying(upgrade -> {
            assertThat(upgrade.clusterId()).contains(CLUSTER_ID);
            assertThat(upgrade.isFinished()).isTrue();
        });

        take("GET", "/clusters/" + CLUSTER_ID + "/upgrade");
        RecordedRequest create = take("POST", "/clusters/" + CLUSTER_ID + "/upgrade");
        assertThat(body(create))
                .isEqualTo(tree("{\"plan_id\":\"standard-128\",\"storage\":200,\"postgres_version_id\":17,"
                        + "\"starting_from\":\"2024-06-02T03:00:00Z\"}"));
        assertThat(create.getHeaders().get("Idempotency-Key")).isNotBlank();
        RecordedRequest update = take("PUT", "/clusters/" + CLUSTER_ID + "/upgrade");
        assertThat(body(update))
                .isEqualTo(tree(
                        "{\"use_cluster_maintenance_window\":true,\"postgres_version_id\":\"" + VERSION_ID + "\"}"));
        take("DELETE", "/clusters/" + CLUSTER_ID + "/upgrade");
    }

    @Test
    void cancelAnsweredWith204WithoutABodyIsASuccess() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .code(204)
                .setHeader("X-Request-Id", "cancel-request")
                .build());
        server.enqueue(new MockResponse.Builder().code(204).build());

        assertThat(cb().clusters().upgrades().cancel(CLUSTER_ID)).isEmpty();
        ApiResponse<Optional<ClusterUpgrade>> raw =
                cb().clusters().upgrades().withRawResponse().cancel(CLUSTER_ID);

        assertThat(raw.statusCode()).isEqualTo(204);
        assertThat(raw.value()).isEmpty();
        RecordedRequest first = take("DELETE", "/clusters/" + CLUSTER_ID + "/upgrade");
        assertThat(first.getHeaders().get("Idempotency-Key")).isNull();
        take("DELETE", "/clusters/" + CLUSTER_ID + "/upgrade");
    }

    @Test
    void cancelWithABodyThatIsNoUpgradeIsADecodingFailure() {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .setHeader("X-Request-Id", "cancel-request")
                .body("<html>gateway</html>")
                .build());
        assertThatThrownBy(() -> cb().clusters().upgrades().cancel(CLUSTER_ID))
                .isInstanceOfSatisfying(ApiDecodingException.class, e -> {
                    assertThat(e.statusCode()).isEqualTo(200);
                    assertThat(e.requestId()).contains("cancel-request");
                    assertThat(e.bodyExcerpt()).isEqualTo("<html>gateway</html>");
                    assertThat(e.getMessage())
                            .startsWith("DELETE /clusters/" + CLUSTER_ID + "/upgrade: the body is not valid JSON")
                            .contains("(status 200, request id cancel-request)");
                });
    }

    @Test
    void cancelErrorsAreMappedAsEverywhere() {
        server.enqueue(json(404, "{\"message\":\"no upgrade in progress\",\"request_id\":\"r-1\"}"));
        assertThatThrownBy(() -> cb().clusters().upgrades().cancel(CLUSTER_ID))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.errorMessage()).contains("no upgrade in progress");
                    assertThat(e.getMessage()).contains("DELETE /clusters/" + CLUSTER_ID + "/upgrade");
                });
    }

    @Test
    void anEmptyUpgradeStartsMaintenanceWithAnEmptyObject() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .code(201)
                .setHeader("Idempotency-Replay", "true")
                .body(UPGRADE)
                .build());
        ApiResponse<ClusterUpgrade> response = cb().clusters()
                .upgrades()
                .withRawResponse()
                .create(CLUSTER_ID, CreateUpgradeParams.builder().build());
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(CrunchyResponses.isIdempotencyReplay(response)).isTrue();
        assertThat(body(take("POST", "/clusters/" + CLUSTER_ID + "/upgrade"))).isEqualTo(tree("{}"));
    }

    @Test
    void backupsList() throws Exception {
        server.enqueue(json(
                200,
                "{\"backups\":[{\"name\":\"20240601-010203F\",\"type\":\"full\","
                        + "\"started_at\":\"2024-06-01T01:02:03Z\",\"finished_at\":\"2024-06-01T01:12:03Z\","
                        + "\"lsn_start\":\"0/2000028\",\"lsn_stop\":\"0/2000100\",\"size_bytes\":123456789,"
                        + "\"major_version\":16}]}"));
        List<ClusterBackup> backups = cb().clusters().backups().list(CLUSTER_ID);
        assertThat(backups).singleElement().satisfies(b -> {
            assertThat(b.name()).isEqualTo("20240601-010203F");
            assertThat(b.type()).contains("full");
            assertThat(b.startedAt()).contains(Instant.parse("2024-06-01T01:02:03Z"));
            assertThat(b.finishedAt()).contains(Instant.parse("2024-06-01T01:12:03Z"));
            assertThat(b.lsnStart()).contains("0/2000028");
            assertThat(b.lsnStop()).contains("0/2000100");
            assertThat(b.sizeBytes()).contains(123456789L);
            assertThat(b.majorVersion()).contains(16);
        });
        take("GET", "/clusters/" + CLUSTER_ID + "/backups");
    }

    @Test
    void rolesListAndGetWithSecretsRedacted() throws Exception {
        server.enqueue(json(
                200,
                "{\"roles\":[{\"name\":\"application\",\"flavor\":\"write\",\"cluster_id\":\"" + CLUSTER_ID
                        + "\",\"team_id\":\"" + TEAM_ID + "\",\"password\":null,\"uri\":null}]}"));
        server.enqueue(
                json(
                        200,
                        "{\"name\":\"application\",\"flavor\":\"write\",\"account_id\":null,"
                                + "\"account_email\":null,\"cluster_id\":\"" + CLUSTER_ID + "\",\"team_id\":\""
                                + TEAM_ID + "\","
                                + "\"password\":\"s3cr3t-pw\",\"uri\":\"postgres://application:s3cr3t-pw@p.example:5432/postgres\"}"));

        List<PostgresRole> roles = cb().clusters().roles().list(CLUSTER_ID);
        PostgresRole role = cb().clusters().roles().get(CLUSTER_ID, "application");

        assertThat(roles).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("application");
            assertThat(r.flavor()).contains(RoleFlavor.WRITE);
            assertThat(r.password()).isEmpty();
        });
        assertThat(role.password()).contains("s3cr3t-pw");
        assertThat(role.uri()).contains("postgres://application:s3cr3t-pw@p.example:5432/postgres");
        assertThat(role.clusterId()).contains(CLUSTER_ID);
        assertThat(role.toString()).doesNotContain("s3cr3t").contains("****").contains("application");
        take("GET", "/clusters/" + CLUSTER_ID + "/roles");
        take("GET", "/clusters/" + CLUSTER_ID + "/roles/application");
    }

    @Test
    void providersWithPlansAndRegions() throws Exception {
        String providers = "{\"providers\":[{\"id\":\"aws\",\"display_name\":\"AWS\","
                + "\"disk\":{\"rate\":0.1,\"rate_warehouse\":null},"
                + "\"plans\":[{\"id\":\"hobby-2\",\"display_name\":\"Hobby-2\",\"cpu\":1,\"vcpu\":1,\"memory\":2,"
                + "\"iops_baseline\":null,\"iops_maximum\":3000,\"maximum_performance_limited\":true,\"rate\":3500,"
                + "\"region_ids\":[\"us-west-2\"]},{\"id\":\"standard-8\",\"display_name\":\"Standard-8\",\"vcpu\":2,"
                + "\"memory\":8,\"region_ids\":null}],"
                + "\"regions\":[{\"id\":\"us-west-2\",\"display_name\":\"US West 2\",\"location\":\"Oregon\","
                + "\"multiplier\":1.0}]}]}";
        server.enqueue(json(200, providers));
        server.enqueue(json(200, providers));

        List<Provider> all = cb().providers().list();
        cb().providers().list(TEAM_ID);

        assertThat(all).singleElement().satisfies(p -> {
            assertThat(p.id()).contains("aws");
            assertThat(p.displayName()).isEqualTo("AWS");
            assertThat(p.disk().orElseThrow().rate()).isEqualTo(0.1);
            assertThat(p.disk().orElseThrow().rateWarehouse()).isEmpty();
            assertThat(p.plans()).extracting(Plan::id).containsExactly("hobby-2", "standard-8");
            Plan hobby = p.plans().get(0);
            assertThat(hobby.vcpu()).isEqualTo(1.0);
            assertThat(hobby.memory()).isEqualTo(2.0);
            assertThat(hobby.cpu()).contains(1.0);
            assertThat(hobby.iopsBaseline()).isEmpty();
            assertThat(hobby.iopsMaximum()).contains(3000.0);
            assertThat(hobby.maximumPerformanceLimited()).contains(true);
            assertThat(hobby.rate()).contains(3500.0);
            assertThat(hobby.regionIds()).containsExactly("us-west-2");
            assertThat(p.plans().get(1).regionIds()).isEmpty();
            assertThat(p.regions()).singleElement().satisfies(r -> {
                assertThat(r.id()).isEqualTo("us-west-2");
                assertThat(r.displayName()).isEqualTo("US West 2");
                assertThat(r.location()).contains("Oregon");
                assertThat(r.multiplier()).contains(1.0);
            });
        });
        take("GET", "/providers");
        take("GET", "/providers?team_id=" + TEAM_ID);
    }

    @Test
    void postgresVersions() throws Exception {
        String versions = "{\"postgres_versions\":[{\"id\":\"" + VERSION_ID + "\",\"display_name\":\"Postgres 17\","
                + "\"is_default\":true,\"major_version\":17}]}";
        server.enqueue(json(200, versions));
        server.enqueue(json(200, versions));
        List<PostgresVersion> list = cb().postgresVersions().list();
        cb().postgresVersions().list(TEAM_ID);
        assertThat(list)
                .containsExactly(PostgresVersion.builder()
                        .id(VERSION_ID)
                        .displayName("Postgres 17")
                        .isDefault(true)
                        .majorVersion(17)
                        .build());
        take("GET", "/postgres-versions");
        take("GET", "/postgres-versions?team_id=" + TEAM_ID);
    }

    @Test
    void postgresVersionByMajorOrId() throws Exception {
        String version = "{\"id\":\"" + VERSION_ID + "\",\"display_name\":\"Postgres 17\",\"is_default\":true,"
                + "\"major_version\":17}";
        server.enqueue(json(200, version));
        server.enqueue(json(200, version));
        PostgresVersion byMajor = cb().postgresVersions().get(PostgresVersionRef.major(17));
        PostgresVersion byId = cb().postgresVersions().get(PostgresVersionRef.id(VERSION_ID));
        assertThat(byMajor.id()).isEqualTo(VERSION_ID);
        assertThat(byMajor.majorVersion()).isEqualTo(17);
        assertThat(byId).isEqualTo(byMajor);
        take("GET", "/postgres-versions/17");
        take("GET", "/postgres-versions/" + VERSION_ID);
    }

    @Test
    void teamsListPagesAndGet() throws Exception {
        server.enqueue(json(200, Fixtures.page("teams", TEAM, true, TEAM_ID)));
        server.enqueue(json(200, Fixtures.page("teams", "", false, null)));
        server.enqueue(json(200, TEAM));
        server.enqueue(json(200, Fixtures.page("teams", TEAM, false, null)));

        Iterable<Team> all =
                cb().teams().listAll(ListTeamsParams.builder().orderField("id").build());
        assertThat(server.getRequestCount()).isZero();
        assertThat(all).extracting(Team::name).containsExactly("Acme");
        Team team = cb().teams().get(TEAM_ID);
        assertThat(cb().teams().list().items()).containsExactly(team);

        assertThat(team.id()).isEqualTo(TEAM_ID);
        assertThat(team.isDefault()).isTrue();
        assertThat(team.isPersonal()).contains(false);
        assertThat(team.role()).contains(TeamRole.ADMIN);
        assertThat(team.defaultRoleFlavor()).contains(RoleFlavor.READ);
        assertThat(team.supportTier()).contains(SupportTier.PREMIUM);
        assertThat(team.enforceMfa()).contains(true);
        assertThat(team.enforceSso()).contains(false);
        assertThat(team.billingEmail()).contains("billing@example.com");
        assertThat(team.billingEmailVerified()).contains(true);
        assertThat(team.technicalEmail()).isEmpty();
        assertThat(team.technicalEmailVerified()).isEmpty();
        assertThat(team.invoiceNote()).isEmpty();
        assertThat(team.paymentMethod()).contains("card");
        assertThat(team.createdAt()).isEqualTo(Instant.parse("2021-01-01T00:00:00Z"));
        assertThat(team.updatedAt()).isEqualTo(Instant.parse("2021-02-01T00:00:00Z"));

        take("GET", "/teams?order_field=id");
        take("GET", "/teams?order_field=id&cursor=" + TEAM_ID);
        take("GET", "/teams/" + TEAM_ID);
        take("GET", "/teams");
    }

    @Test
    void networksListAndGet() throws Exception {
        server.enqueue(json(200, Fixtures.page("networks", NETWORK, false, null)));
        server.enqueue(json(200, NETWORK));
        server.enqueue(json(200, Fixtures.page("networks", NETWORK, false, null)));
        server.enqueue(json(200, Fixtures.page("networks", NETWORK, false, null)));

        Page<Network> page = cb().networks()
                .list(ListNetworksParams.builder()
                        .teamId(TEAM_ID)
                        .limit(150)
                        .order(SortOrder.ASC)
                        .build());
        Network network = cb().networks().get(NETWORK_ID);
        assertThat(cb().networks().listAll(ListNetworksParams.builder().build()))
                .hasSize(1);
        assertThat(cb().networks().list().items()).containsExactly(network);

        assertThat(page.items()).containsExactly(network);
        assertThat(network.name()).isEqualTo("Default Network");
        assertThat(network.cidr4()).contains("10.0.0.0/20");
        assertThat(network.providerId()).isEqualTo("aws");
        assertThat(network.regionId()).isEqualTo("us-west-2");
        assertThat(network.teamId()).isEqualTo(TEAM_ID);
        take("GET", "/networks?limit=150&order=asc&team_id=" + TEAM_ID);
        take("GET", "/networks/" + NETWORK_ID);
        take("GET", "/networks");
        take("GET", "/networks");
    }

    @Test
    void rawClusterOperationsReturnTheResponse() throws Exception {
        Clusters.WithRawResponse raw = cb().clusters().withRawResponse();
        for (int i = 0; i < 8; i++) {
            server.enqueue(Fixtures.cluster(200));
        }
        server.enqueue(json(200, "{\"state\":\"ready\"}"));
        server.enqueue(json(200, "{\"message\":\"ok\"}"));
        server.enqueue(json(200, "{\"flavor\":\"ha_change\",\"state\":\"enabling_ha\"}"));
        server.enqueue(json(200, "{\"flavor\":\"ha_change\",\"state\":\"disabling_ha\"}"));

        assertThat(raw.get(CLUSTER_ID).statusCode()).isEqualTo(200);
        assertThat(raw.update(
                                CLUSTER_ID,
                                UpdateClusterParams.builder().name("n").build())
                        .value()
                        .id())
                .isEqualTo(CLUSTER_ID);
        assertThat(raw.delete(CLUSTER_ID).requestId()).isPresent();
        raw.fork(CLUSTER_ID, ForkClusterParams.builder().name("f").build());
        raw.restart(CLUSTER_ID);
        raw.suspend(CLUSTER_ID);
        raw.resume(CLUSTER_ID);
        raw.create(CreateClusterParams.builder()
                .name("c")
                .planId("hobby-2")
                .teamId(TEAM_ID)
                .build());
        assertThat(raw.status(CLUSTER_ID).value().isReady()).isTrue();
        assertThat(raw.startBackup(CLUSTER_ID).value().message()).isEqualTo("ok");
        assertThat(raw.enableHa(CLUSTER_ID).value().state()).isEqualTo(OperationState.ENABLING_HA);
        assertThat(raw.disableHa(CLUSTER_ID).value().state()).isEqualTo(OperationState.DISABLING_HA);

        take("GET", "/clusters/" + CLUSTER_ID);
        take("PATCH", "/clusters/" + CLUSTER_ID);
        take("DELETE", "/clusters/" + CLUSTER_ID);
        assertThat(body(take("POST", "/clusters/" + CLUSTER_ID + "/forks"))).isEqualTo(tree("{\"name\":\"f\"}"));
        take("PUT", "/clusters/" + CLUSTER_ID + "/actions/restart");
        take("PUT", "/clusters/" + CLUSTER_ID + "/actions/suspend");
        take("PUT", "/clusters/" + CLUSTER_ID + "/actions/resume");
        take("POST", "/clusters");
        take("GET", "/clusters/" + CLUSTER_ID + "/status");
        take("PUT", "/clusters/" + CLUSTER_ID + "/actions/start-backup");
        take("PUT", "/clusters/" + CLUSTER_ID + "/actions/enable-ha");
        take("PUT", "/clusters/" + CLUSTER_ID + "/actions/disable-ha");
    }
}
