package dev.dbcloud.crunchy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dbcloud.core.SortOrder;
import dev.dbcloud.core.internal.Json;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ModelsTest {
    private static <T> T read(String json, Class<T> type) throws IOException {
        return Json.reader(Json.type(type)).readValue(json);
    }

    @Test
    void openEnumsKeepUnknownValuesAndWriteThemBack() throws IOException {
        ClusterOperation op = read("{\"flavor\":\"teleport\",\"state\":\"beaming\"}", ClusterOperation.class);
        assertThat(op.flavor().orElseThrow().isKnown()).isFalse();
        assertThat(op.state().value()).isEqualTo("beaming");
        assertThat(Fixtures.tree(Json.write(op)))
                .isEqualTo(Fixtures.tree("{\"flavor\":\"teleport\",\"state\":\"beaming\"}"));
        assertThat(OperationFlavor.of("resize")).isSameAs(OperationFlavor.RESIZE);
    }

    @Test
    void everyEnumListsItsKnownValues() {
        assertThat(ClusterState.knownValues()).contains(ClusterState.CREATION_FAILED, ClusterState.FAILED);
        assertThat(ClusterState.of("creating")).isSameAs(ClusterState.CREATING);
        assertThat(OperationFlavor.knownValues()).contains(OperationFlavor.MAJOR_VERSION_UPGRADE);
        assertThat(OperationState.knownValues()).contains(OperationState.FAILING_OVER);
        assertThat(OperationState.of("scheduled")).isSameAs(OperationState.SCHEDULED);
        assertThat(RestartService.knownValues()).containsExactly(RestartService.POSTGRES, RestartService.SERVER);
        assertThat(RestartService.of("postgres")).isSameAs(RestartService.POSTGRES);
        assertThat(SortOrder.knownValues()).containsExactly(SortOrder.ASC, SortOrder.DESC);
        assertThat(SortOrder.of("desc")).isSameAs(SortOrder.DESC);
        assertThat(RoleFlavor.knownValues()).containsExactly(RoleFlavor.NOLOGIN, RoleFlavor.READ, RoleFlavor.WRITE);
        assertThat(RoleFlavor.of("read")).isSameAs(RoleFlavor.READ);
        assertThat(TeamRole.knownValues()).containsExactly(TeamRole.ADMIN, TeamRole.MANAGER, TeamRole.MEMBER);
        assertThat(TeamRole.of("member")).isSameAs(TeamRole.MEMBER);
        assertThat(SupportTier.knownValues())
                .containsExactly(SupportTier.STANDARD, SupportTier.BUSINESS, SupportTier.PREMIUM);
        assertThat(SupportTier.of("gold").isKnown()).isFalse();
        assertThat(FirewallRuleKind.knownValues()).containsExactly(FirewallRuleKind.EGRESS, FirewallRuleKind.INGRESS);
        assertThat(FirewallRuleKind.of("ingress")).isSameAs(FirewallRuleKind.INGRESS);
        assertThat(PeeringStatus.knownValues())
                .containsExactly(
                        PeeringStatus.ACTIVE, PeeringStatus.CREATING, PeeringStatus.DELETING, PeeringStatus.FAILED);
        assertThat(PeeringStatus.of("active")).isSameAs(PeeringStatus.ACTIVE);
        assertThat(PrivateLinkStatus.knownValues())
                .containsExactly(PrivateLinkStatus.AVAILABLE, PrivateLinkStatus.CREATING, PrivateLinkStatus.DESTROYING);
        assertThat(PrivateLinkStatus.of("creating")).isSameAs(PrivateLinkStatus.CREATING);
        assertThat(PrivateLinkConnectionStatus.knownValues())
                .containsExactly(
                        PrivateLinkConnectionStatus.APPROVED,
                        PrivateLinkConnectionStatus.PENDING,
                        PrivateLinkConnectionStatus.REJECTED,
                        PrivateLinkConnectionStatus.REMOVED);
        assertThat(PrivateLinkConnectionStatus.of("removed")).isSameAs(PrivateLinkConnectionStatus.REMOVED);
        assertThat(PrivateLinkConnectionStatus.of("expired").isKnown()).isFalse();
    }

    @Test
    void networkSecurityModelsKeepUnknownStatesAndWriteThemBack() throws IOException {
        String link = "{\"id\":\"qtrpik2jyrcebnk2qzhagw6w2a\",\"status\":\"updating\"}";
        ClusterPrivateLink read = read(link, ClusterPrivateLink.class);
        assertThat(read.status().orElseThrow().isKnown()).isFalse();
        assertThat(Fixtures.tree(Json.write(read))).isEqualTo(Fixtures.tree(link));
        FirewallRule rule = read("{\"id\":\"rwhpndhwrfdetco3wypdyuw4vm\",\"kind\":\"both\"}", FirewallRule.class);
        assertThat(rule.kind().orElseThrow().value()).isEqualTo("both");
    }

    @Test
    void theClusterOfTheSpecReadsItsNewerFields() throws IOException {
        Cluster cluster = read(
                "{\"id\":\"rvf73a77ozfsvcttryebfrnlem\",\"name\":\"n\",\"team_id\":\"eaevtjiudzeq7bsqbbpiscund4\","
                        + "\"plan_id\":\"hobby-2\",\"provider_id\":null,\"region_id\":\"us-west-2\",\"zone\":\"b\","
                        + "\"host\":\"p.abc.db.postgresbridge.com\",\"is_ha\":true,\"is_protected\":true,"
                        + "\"is_suspended\":false,\"major_version\":17,\"storage\":10,\"memory\":0.5,\"vcpu\":0.25,"
                        + "\"parent_id\":\"drsve2t4f5e5znkmef6hmchy2e\",\"state\":\"suspended\","
                        + "\"environment\":\"production\",\"expires_at\":\"2030-01-01T00:00:00Z\","
                        + "\"keychain_id\":null,\"ongoing_operations\":[{\"flavor\":\"rekey\",\"state\":\"in_progress\"}],"
                        + "\"next_periodic_maintenance_at\":\"2024-07-01T00:00:00Z\","
                        + "\"periodic_maintenance_frequency\":30,\"tailscale_active\":false,"
                        + "\"variable_backups\":{\"daily\":7,\"weekly\":4,\"monthly\":12,\"yearly\":null},"
                        + "\"cluster_group\":{\"id\":\"ygcnn2ijsvb7bbqepz4xktxeuy\",\"kind\":\"citus\",\"name\":\"g\","
                        + "\"network_id\":\"p56biajnfvgjhftvqs7lqymspe\",\"provider_id\":\"aws\","
                        + "\"region_id\":\"us-west-2\",\"team_id\":\"eaevtjiudzeq7bsqbbpiscund4\",\"clusters\":null},\"some_new_field\":1,"
                        + "\"created_at\":\"2024-01-01T00:00:00Z\",\"updated_at\":\"2024-01-01T00:00:00Z\"}",
                Cluster.class);
        assertThat(cluster.providerId()).isEmpty();
        assertThat(cluster.zone()).contains("b");
        assertThat(cluster.host()).contains("p.abc.db.postgresbridge.com");
        assertThat(cluster.isProtected()).contains(true);
        assertThat(cluster.memory()).contains(0.5);
        assertThat(cluster.vcpu()).contains(0.25);
        assertThat(cluster.cpu()).isEmpty();
        assertThat(cluster.parentId()).contains("drsve2t4f5e5znkmef6hmchy2e");
        assertThat(cluster.state()).contains(ClusterState.SUSPENDED);
        assertThat(cluster.environment()).contains("production");
        assertThat(cluster.expiresAt()).contains(Instant.parse("2030-01-01T00:00:00Z"));
        assertThat(cluster.keychainId()).isEmpty();
        assertThat(cluster.ongoingOperations()).singleElement().satisfies(op -> assertThat(op.flavor())
                .contains(OperationFlavor.REKEY));
        assertThat(cluster.nextPeriodicMaintenanceAt()).contains(Instant.parse("2024-07-01T00:00:00Z"));
        assertThat(cluster.periodicMaintenanceFrequency()).contains(30);
        assertThat(cluster.tailscaleActive()).contains(false);
        assertThat(cluster.variableBackups().orElseThrow())
                .isEqualTo(
                        VariableBackups.builder().daily(7).weekly(4).monthly(12).build());
        assertThat(cluster.replicas()).isEmpty();
        assertThat(cluster.clusterGroup()).hasValueSatisfying(group -> {
            assertThat(group.id()).isEqualTo("ygcnn2ijsvb7bbqepz4xktxeuy");
            assertThat(group.kind()).contains(ClusterGroupKind.CITUS);
            assertThat(group.name()).contains("g");
            assertThat(group.networkId()).contains("p56biajnfvgjhftvqs7lqymspe");
            assertThat(group.providerId()).contains("aws");
            assertThat(group.regionId()).contains("us-west-2");
            assertThat(group.teamId()).contains("eaevtjiudzeq7bsqbbpiscund4");
            assertThat(group.clusters()).isEmpty();
        });
        assertThat(ClusterGroupKind.knownValues()).containsExactly(ClusterGroupKind.CITUS, ClusterGroupKind.POSTGRES);
        assertThat(ClusterGroupKind.of("citus")).isSameAs(ClusterGroupKind.CITUS);
    }

    @Test
    void postgresVersionRefsCompareByValue() {
        assertThat(PostgresVersionRef.major(17)).isEqualTo(PostgresVersionRef.major(17));
        assertThat(PostgresVersionRef.major(17)).hasSameHashCodeAs(PostgresVersionRef.major(17));
        assertThat(PostgresVersionRef.major(17)).isNotEqualTo(PostgresVersionRef.major(16));
        assertThat(PostgresVersionRef.major(17).toString()).isEqualTo("17");
        assertThat(PostgresVersionRef.id(Fixtures.VERSION_ID)).isEqualTo(PostgresVersionRef.id(Fixtures.VERSION_ID));
        assertThat(PostgresVersionRef.id(Fixtures.VERSION_ID)).isNotEqualTo(PostgresVersionRef.major(17));
    }

    @Test
    void postgresVersionRefsHaveTypedAccessors() {
        PostgresVersionRef byMajor = PostgresVersionRef.major(17);
        assertThat(byMajor.majorVersion()).contains(17);
        assertThat(byMajor.id()).isEmpty();
        assertThat(byMajor).hasToString("17");

        PostgresVersionRef byId = PostgresVersionRef.id(Fixtures.VERSION_ID);
        assertThat(byId.id()).contains(Fixtures.VERSION_ID);
        assertThat(byId.majorVersion()).isEmpty();
        assertThat(byId).hasToString(Fixtures.VERSION_ID);
    }

    @Test
    void postgresVersionRefsAreWrittenAsANumberOrAString() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        assertThat(mapper.writeValueAsString(PostgresVersionRef.major(17))).isEqualTo("17");
        assertThat(mapper.writeValueAsString(PostgresVersionRef.id(Fixtures.VERSION_ID)))
                .isEqualTo("\"" + Fixtures.VERSION_ID + "\"");
        assertThat(Json.write(CreateUpgradeParams.builder()
                        .postgresVersionId(PostgresVersionRef.major(16))
                        .build()))
                .isEqualTo("{\"postgres_version_id\":16}");
        assertThat(Json.write(CreateUpgradeParams.builder()
                        .postgresVersionId(PostgresVersionRef.id(Fixtures.VERSION_ID))
                        .build()))
                .isEqualTo("{\"postgres_version_id\":\"" + Fixtures.VERSION_ID + "\"}");
    }

    @Test
    void anUpgradeWithoutOperationsIsFinished() throws IOException {
        assertThat(read("{\"operations\":null}", ClusterUpgrade.class).isFinished())
                .isTrue();
        assertThat(Json.write(ClusterUpgrade.builder().build())).doesNotContain("finished");
        assertThat(Json.write(ClusterStatus.builder().state(ClusterState.READY).build()))
                .doesNotContain("ready\":t");
    }

    private static final String PLAN = "{\"id\":\"hobby-2\",\"display_name\":\"Hobby-2\",\"vcpu\":1,\"memory\":2";

    @Test
    void planRegionsMissingOrNullDecodeAsEveryRegion() throws IOException {
        Plan missing = read(PLAN + "}", Plan.class);
        Plan nulled = read(PLAN + ",\"region_ids\":null}", Plan.class);
        Plan listed = read(PLAN + ",\"region_ids\":[\"us-west-2\",\"eu-west-1\"]}", Plan.class);

        assertThat(missing.regionIds()).isEmpty();
        assertThat(nulled.regionIds()).isEmpty();
        assertThat(nulled).isEqualTo(missing);
        assertThat(listed.regionIds()).containsExactly("us-west-2", "eu-west-1");

        assertThat(missing.isOfferedIn("ap-south-1")).isTrue();
        assertThat(nulled.isOfferedIn("ap-south-1")).isTrue();
        assertThat(listed.isOfferedIn("eu-west-1")).isTrue();
        assertThat(listed.isOfferedIn("ap-south-1")).isFalse();
        assertThat(Fixtures.tree(Json.write(listed)).get("region_ids"))
                .isEqualTo(Fixtures.tree("[\"us-west-2\",\"eu-west-1\"]"));
    }

    @Test
    void nullListsDecodeAsEmpty() throws IOException {
        Provider provider =
                read("{\"id\":\"aws\",\"display_name\":\"AWS\",\"plans\":null,\"regions\":null}", Provider.class);
        assertThat(provider.plans()).isEmpty();
        assertThat(provider.regions()).isEmpty();
        ClusterUpgrade upgrade = read("{\"operations\":null}", ClusterUpgrade.class);
        assertThat(upgrade.isFinished()).isTrue();
    }
}
