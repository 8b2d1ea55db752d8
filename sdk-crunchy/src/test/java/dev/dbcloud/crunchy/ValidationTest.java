package dev.dbcloud.crunchy;

import static dev.dbcloud.crunchy.Fixtures.CLUSTER_ID;
import static dev.dbcloud.crunchy.Fixtures.NETWORK_ID;
import static dev.dbcloud.crunchy.Fixtures.TEAM_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.core.SortOrder;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValidationTest extends MockApiTest {
    @AfterEach
    void checkNothingWasSent() {
        assertThat(server.getRequestCount()).as("nothing sent").isZero();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "abc",
                "RVF73A77OZFSVCTTRYEBFRNLEM",
                "rvf73a77ozfsvcttryebfrnle1",
                "rvf73a77ozfsvcttryebfrnleb",
                "rvf73a77ozfsvcttryebfrnlemm",
                "rvf73a77ozfsvcttryebfrnl/m",
                "..",
                "rvf73a77ozfsvcttryebfrn8em"
            })
    void clusterIdsMustBeCrunchyIds(String id) {
        assertThatThrownBy(() -> cb().clusters().get(id))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("clusterId \"" + id + "\" is not a Crunchy Bridge ID (26 characters a-z and 2-7, the"
                        + " last one of a, e, i, m, q, u, y, 4)");
    }

    @Test
    void everyClusterOperationChecksTheId() {
        Clusters clusters = cb().clusters();
        String bad = "not-an-id";
        assertThatThrownBy(() -> clusters.update(
                        bad, UpdateClusterParams.builder().name("x").build()))
                .hasMessageStartingWith("clusterId \"not-an-id\"");
        assertThatThrownBy(() -> clusters.delete(bad)).hasMessageStartingWith("clusterId");
        assertThatThrownBy(() -> clusters.status(bad)).hasMessageStartingWith("clusterId");
        assertThatThrownBy(() -> clusters.restart(bad)).hasMessageStartingWith("clusterId");
        assertThatThrownBy(() -> clusters.startBackup(bad)).hasMessageStartingWith("clusterId");
        assertThatThrownBy(() -> clusters.suspend(bad)).hasMessageStartingWith("clusterId");
        assertThatThrownBy(() -> clusters.resume(bad)).hasMessageStartingWith("clusterId");
        assertThatThrownBy(() -> clusters.enableHa(bad)).hasMessageStartingWith("clusterId");
        assertThatThrownBy(() -> clusters.disableHa(bad)).hasMessageStartingWith("clusterId");
        assertThatThrownBy(() ->
                        clusters.fork(bad, ForkClusterParams.builder().name("f").build()))
                .hasMessageStartingWith("clusterId");
        assertThatThrownBy(() -> clusters.waitUntilReady(bad, Duration.ofMinutes(1)))
                .hasMessageStartingWith("clusterId");
        assertThatThrownBy(() -> clusters.replicas()
                        .create(bad, CreateReplicaParams.builder().name("r").build()))
                .hasMessageStartingWith("clusterId");
        assertThatThrownBy(() -> clusters.upgrades().get(bad)).hasMessageStartingWith("clusterId");
        assertThatThrownBy(() -> clusters.upgrades().waitUntilFinished(bad, Duration.ofMinutes(1)))
                .hasMessageStartingWith("clusterId");
        assertThatThrownBy(() -> clusters.backups().list(bad)).hasMessageStartingWith("clusterId");
        assertThatThrownBy(() -> clusters.roles().list(bad)).hasMessageStartingWith("clusterId");
        assertThatThrownBy(() -> clusters.roles().get(bad, "application")).hasMessageStartingWith("clusterId");
    }

    @Test
    void otherIdsNameTheirArgument() {
        assertThatThrownBy(() -> cb().teams().get("Team-1")).hasMessageStartingWith("teamId \"Team-1\" is not");
        assertThatThrownBy(() -> cb().networks().get("net")).hasMessageStartingWith("networkId \"net\" is not");
        assertThatThrownBy(() -> cb().providers().list("x")).hasMessageStartingWith("teamId \"x\"");
        assertThatThrownBy(() -> cb().postgresVersions().list("x")).hasMessageStartingWith("teamId \"x\"");
        assertThatThrownBy(() -> ListClustersParams.builder().teamId("x").build())
                .hasMessageStartingWith("teamId \"x\"");
        assertThatThrownBy(() -> ListNetworksParams.builder().teamId("x").build())
                .hasMessageStartingWith("teamId \"x\"");
        assertThatThrownBy(() -> CreateClusterParams.builder()
                        .name("n")
                        .planId("p")
                        .teamId("x")
                        .build())
                .hasMessageStartingWith("teamId \"x\"");
        assertThatThrownBy(() -> PostgresVersionRef.id("17")).hasMessageStartingWith("postgresVersionId \"17\"");
        assertThatThrownBy(() -> cb().clusters().roles().get(CLUSTER_ID, " ")).hasMessageContaining("roleName");
        assertThatNullPointerException()
                .isThrownBy(() -> cb().clusters().get(null))
                .withMessage("clusterId == null");
    }

    @Test
    @SuppressWarnings("deprecation")
    void networkSecurityIdsNameTheirArgument() {
        String rule = NetworkSecurityWireTest.RULE_ID;
        Networks networks = cb().networks();
        assertThatThrownBy(() ->
                        networks.update("net", UpdateNetworkParams.builder().build()))
                .hasMessageStartingWith("networkId \"net\" is not");
        NetworkFirewallRules rules = networks.firewallRules();
        String net = Fixtures.NETWORK_ID;
        assertThatThrownBy(() -> rules.list("net")).hasMessageStartingWith("networkId \"net\" is not");
        assertThatThrownBy(() -> rules.create(
                        "net",
                        CreateFirewallRuleParams.builder().rule("0.0.0.0/0").build()))
                .hasMessageStartingWith("networkId \"net\" is not");
        assertThatThrownBy(() -> rules.get("net", rule)).hasMessageStartingWith("networkId \"net\" is not");
        assertThatThrownBy(() -> rules.get(net, "r1")).hasMessageStartingWith("ruleId \"r1\" is not");
        assertThatThrownBy(() -> rules.update(
                        net, "r1", UpdateFirewallRuleParams.builder().build()))
                .hasMessageStartingWith("ruleId \"r1\" is not");
        assertThatThrownBy(() -> rules.delete("net", rule)).hasMessageStartingWith("networkId \"net\" is not");
        assertThatThrownBy(() -> rules.delete(net, "r1")).hasMessageStartingWith("ruleId \"r1\" is not");
        assertThatThrownBy(() -> networks.peerings().list("net")).hasMessageStartingWith("networkId \"net\"");
        assertThatThrownBy(() -> networks.peerings().get(Fixtures.NETWORK_ID, "p1"))
                .hasMessageStartingWith("peeringId \"p1\" is not");
        assertThatThrownBy(() -> networks.peerings().delete(Fixtures.NETWORK_ID, "p1"))
                .hasMessageStartingWith("peeringId \"p1\" is not");
        ClusterPrivateLinks links = cb().clusters().privateLinks();
        assertThatThrownBy(() -> links.create("c1")).hasMessageStartingWith("clusterId \"c1\" is not");
        assertThatThrownBy(() -> links.listConnections("c1")).hasMessageStartingWith("clusterId \"c1\" is not");
        assertThatThrownBy(() -> links.approveConnection(CLUSTER_ID, "x1"))
                .hasMessageStartingWith("connectionId \"x1\" is not");
        assertThatThrownBy(() -> links.rejectConnection(CLUSTER_ID, "x1"))
                .hasMessageStartingWith("connectionId \"x1\" is not");
        ClusterFirewall firewall = cb().clusters().firewall();
        assertThatThrownBy(() -> firewall.list("c1")).hasMessageStartingWith("clusterId \"c1\" is not");
        assertThatThrownBy(() -> firewall.delete(CLUSTER_ID, "r1")).hasMessageStartingWith("ruleId \"r1\" is not");
        assertThatThrownBy(() -> firewall.update(
                        CLUSTER_ID,
                        "r1",
                        ClusterFirewallRuleParams.builder().rule("0.0.0.0/0").build()))
                .hasMessageStartingWith("ruleId \"r1\" is not");
    }

    @Test
    void aFirewallRuleKindMustBeOneTheApiKnows() {
        assertThatThrownBy(() -> CreateFirewallRuleParams.builder()
                        .rule("0.0.0.0/0")
                        .kind(FirewallRuleKind.of("both"))
                        .build())
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("kind must be ingress or egress but was \"both\"");
        assertThatThrownBy(() -> CreateFirewallRuleParams.builder().build())
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rule");
        assertThatThrownBy(() -> CreatePeeringParams.builder().build())
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("peerIdentifier");
    }

    @Test
    @SuppressWarnings("deprecation")
    void networkSecurityNullsAreRefusedByName() {
        assertThatNullPointerException()
                .isThrownBy(() -> cb().networks().update(Fixtures.NETWORK_ID, null))
                .withMessage("params == null");
        NetworkFirewallRules rules = cb().networks().firewallRules();
        assertThatNullPointerException().isThrownBy(() -> rules.list(null)).withMessage("networkId == null");
        assertThatNullPointerException()
                .isThrownBy(() -> rules.create(Fixtures.NETWORK_ID, null))
                .withMessage("params == null");
        assertThatNullPointerException()
                .isThrownBy(() -> rules.update(Fixtures.NETWORK_ID, NetworkSecurityWireTest.RULE_ID, null))
                .withMessage("params == null");
        assertThatNullPointerException()
                .isThrownBy(() -> rules.get(Fixtures.NETWORK_ID, null))
                .withMessage("ruleId == null");
        assertThatNullPointerException()
                .isThrownBy(() -> cb().networks().peerings().create(Fixtures.NETWORK_ID, null))
                .withMessage("params == null");
        assertThatNullPointerException()
                .isThrownBy(() -> cb().clusters().privateLinks().approveConnection(CLUSTER_ID, null))
                .withMessage("connectionId == null");
        assertThatNullPointerException()
                .isThrownBy(() -> cb().clusters().firewall().create(CLUSTER_ID, null))
                .withMessage("params == null");
        assertThatNullPointerException()
                .isThrownBy(() -> cb().clusters().firewall().update(CLUSTER_ID, NetworkSecurityWireTest.RULE_ID, null))
                .withMessage("params == null");
    }

    @Test
    void anIdLongerThanSixtyFourCharactersIsShortenedAndControlCharactersHidden() {
        String id = "a".repeat(70) + "\n";
        assertThatThrownBy(() -> cb().clusters().get(id))
                .hasMessageStartingWith("clusterId \"" + "a".repeat(64) + "…\"");
        assertThatThrownBy(() -> cb().clusters().get("abc\r\n")).hasMessageStartingWith("clusterId \"abc??\"");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 101, 1000})
    void clusterListLimitIsOneToOneHundred(int limit) {
        assertThatThrownBy(() -> ListClustersParams.builder().limit(limit).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("limit must be between 1 and 100 but was " + limit);
    }

    @Test
    void listLimitsAtTheEdgesAreAccepted() {
        assertThat(ListClustersParams.builder().limit(1).build().limit()).contains(1);
        assertThat(ListClustersParams.builder().limit(100).build().limit()).contains(100);
        assertThat(ListTeamsParams.builder().limit(200).build().limit()).contains(200);
        assertThatThrownBy(() -> ListTeamsParams.builder().limit(201).build())
                .hasMessage("limit must be between 1 and 200 but was 201");
        assertThatThrownBy(() -> ListNetworksParams.builder().limit(0).build())
                .hasMessage("limit must be between 1 and 200 but was 0");
        assertThatThrownBy(() -> ListClustersParams.builder().cursor(" ").build())
                .hasMessage("cursor must not be blank");
        assertThatThrownBy(() -> ListClustersParams.builder().orderField("").build())
                .hasMessage("orderField must not be blank");
        assertThatThrownBy(() -> ListTeamsParams.builder()
                        .order(SortOrder.of("sideways"))
                        .build())
                .hasMessage("order must be asc or desc but was \"sideways\"");
    }

    @ParameterizedTest
    @ValueSource(ints = {-2, 24, 100})
    void maintenanceWindowIsAnHourOrMinusOne(int hour) {
        assertThatThrownBy(() -> UpdateClusterParams.builder()
                        .maintenanceWindowStart(hour)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maintenanceWindowStart must be an hour from 0 to 23, or -1 to unset it, but was " + hour);
    }

    @Test
    void maintenanceWindowEdgesAreAccepted() {
        assertThat(UpdateClusterParams.builder()
                        .maintenanceWindowStart(-1)
                        .build()
                        .maintenanceWindowStart())
                .contains(-1);
        assertThat(UpdateClusterParams.builder()
                        .maintenanceWindowStart(23)
                        .build()
                        .maintenanceWindowStart())
                .contains(23);
        assertThatThrownBy(() -> UpdateClusterParams.builder().name(" ").build())
                .hasMessage("name must not be blank");
    }

    @Test
    void createRefusesContradictions() {
        CreateClusterParams.Builder base =
                CreateClusterParams.builder().name("n").planId("hobby-2").teamId(TEAM_ID);
        assertThatThrownBy(() -> CreateClusterParams.builder()
                        .from(base.build())
                        .networkId(NETWORK_ID)
                        .networkCidr4("10.0.0.0/20")
                        .build())
                .hasMessage("networkId and networkCidr4 must not both be set");
        assertThatThrownBy(() -> CreateClusterParams.builder()
                        .from(base.build())
                        .networkId(NETWORK_ID)
                        .providerId("aws")
                        .build())
                .hasMessage("providerId must not be set with networkId: the network decides it");
        assertThatThrownBy(() -> CreateClusterParams.builder()
                        .from(base.build())
                        .firewallMode("deny_all")
                        .networkCidr4("10.0.0.0/20")
                        .build())
                .hasMessage("firewallMode must not be set with networkCidr4");
        assertThatThrownBy(() -> CreateClusterParams.builder()
                        .from(base.build())
                        .maintenanceWindowStart(-1)
                        .build())
                .hasMessage("maintenanceWindowStart must be an hour from 0 to 23 but was -1");
        assertThatThrownBy(() -> CreateClusterParams.builder()
                        .from(base.build())
                        .storage(0)
                        .build())
                .hasMessage("storage must be a positive number of GB but was 0");
        assertThatThrownBy(() -> CreateClusterParams.builder()
                        .from(base.build())
                        .networkId("bad")
                        .build())
                .hasMessageStartingWith("networkId \"bad\"");
        assertThatThrownBy(() -> CreateClusterParams.builder()
                        .from(base.build())
                        .planId("")
                        .build())
                .hasMessage("planId must not be blank");
        assertThatThrownBy(() -> CreateClusterParams.builder().name("n").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("planId")
                .hasMessageContaining("teamId");
        assertThatThrownBy(() -> PostgresVersionRef.major(0)).hasMessage("majorVersion must be positive but was 0");
    }

    @Test
    void forkRefusesATargetTimeInTheFutureByTheClientsClock() {
        ForkClusterParams params = ForkClusterParams.builder()
                .name("f")
                .targetTime(time.instant().plusSeconds(1))
                .build();
        assertThatThrownBy(() -> cb().clusters().fork(CLUSTER_ID, params))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("targetTime 2024-06-01T12:00:01Z is in the future (now is 2024-06-01T12:00:00Z); omit it"
                        + " to fork now");
    }

    @Test
    void forkAndReplicaRefuseContradictions() {
        assertThatThrownBy(() -> ForkClusterParams.builder()
                        .name("f")
                        .targetTime(Instant.EPOCH)
                        .targetLsn("0/3000000")
                        .build())
                .hasMessage("targetTime and targetLsn must not both be set");
        assertThatThrownBy(
                        () -> ForkClusterParams.builder().name("f").storage(0).build())
                .hasMessage("storage must be a positive number of GB but was 0");
        assertThatThrownBy(() ->
                        ForkClusterParams.builder().name("f").networkId("x").build())
                .hasMessageStartingWith("networkId \"x\"");
        assertThatThrownBy(() -> CreateReplicaParams.builder()
                        .name("r")
                        .providerId("gcp")
                        .build())
                .hasMessage("providerId needs planId and regionId too");
        assertThatThrownBy(() -> CreateReplicaParams.builder()
                        .name("r")
                        .networkId(NETWORK_ID)
                        .providerId("gcp")
                        .planId("p")
                        .regionId("r")
                        .build())
                .hasMessage("providerId must not be set with networkId: the network decides it");
        assertThatThrownBy(() ->
                        CreateReplicaParams.builder().name("r").networkId("x").build())
                .hasMessageStartingWith("networkId \"x\"");
        assertThatThrownBy(() -> CreateReplicaParams.builder().name("").build()).hasMessage("name must not be blank");
    }

    @Test
    void upgradeParamsRefuseContradictions() {
        assertThatThrownBy(() -> UpdateUpgradeParams.builder()
                        .startingFrom(Instant.EPOCH)
                        .useClusterMaintenanceWindow(true)
                        .build())
                .hasMessage("startingFrom and useClusterMaintenanceWindow must not both be set");
        assertThatThrownBy(() -> UpdateUpgradeParams.builder().storage(-5).build())
                .hasMessage("storage must be a positive number of GB but was -5");
        assertThatThrownBy(() -> CreateUpgradeParams.builder().storage(0).build())
                .hasMessage("storage must be a positive number of GB but was 0");
    }

    @Test
    void restartRefusesAServiceTheApiDoesNotKnow() {
        assertThatThrownBy(() -> cb().clusters().restart(CLUSTER_ID, RestartService.of("pgbouncer")))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage("service must be postgres or server but was \"pgbouncer\"");
    }

    @Test
    void nullArgumentsAreRefusedByName() {
        Clusters clusters = cb().clusters();
        assertThatNullPointerException()
                .isThrownBy(() -> clusters.list((ListClustersParams) null))
                .withMessage("params == null");
        assertThatNullPointerException()
                .isThrownBy(() -> clusters.withOptions(null))
                .withMessage("options == null");
        assertThatNullPointerException()
                .isThrownBy(() -> clusters.listAll(null))
                .withMessage("params == null");
        assertThatNullPointerException().isThrownBy(() -> clusters.create(null)).withMessage("params == null");
        assertThatNullPointerException()
                .isThrownBy(() -> clusters.update(CLUSTER_ID, null))
                .withMessage("params == null");
        assertThatNullPointerException()
                .isThrownBy(() -> clusters.withRawResponse().withOptions(null))
                .withMessage("options == null");
        assertThatNullPointerException()
                .isThrownBy(() -> clusters.restart(CLUSTER_ID, (RestartService) null))
                .withMessage("service == null");
        assertThatNullPointerException()
                .isThrownBy(() -> clusters.waitUntilReady(CLUSTER_ID, null))
                .withMessage("timeout == null");
        assertThatNullPointerException()
                .isThrownBy(() -> clusters.upgrades().create(CLUSTER_ID, null))
                .withMessage("params == null");
        assertThatNullPointerException()
                .isThrownBy(() -> clusters.roles().get(CLUSTER_ID, null))
                .withMessage("roleName == null");
    }
}
