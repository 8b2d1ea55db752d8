package dev.dbcloud.crunchy;

import static dev.dbcloud.crunchy.Fixtures.CLUSTER_ID;
import static dev.dbcloud.crunchy.Fixtures.TEAM_ID;
import static dev.dbcloud.crunchy.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.core.testing.EndpointRecorder;
import dev.dbcloud.crunchy.internal.AccountEndpoints;
import dev.dbcloud.crunchy.internal.ActivityEndpoints;
import dev.dbcloud.crunchy.internal.CatalogEndpoints;
import dev.dbcloud.crunchy.internal.ClusterEndpoints;
import dev.dbcloud.crunchy.internal.ClusterNetworkEndpoints;
import dev.dbcloud.crunchy.internal.ClusterOpsEndpoints;
import dev.dbcloud.crunchy.internal.NetworkEndpoints;
import dev.dbcloud.crunchy.internal.TeamEndpoints;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

/**
 * Every method of every raw view sends exactly one request, answered successfully; the list of calls below is
 * checked against the raw views' methods, so a new one cannot be left out.
 */
@SuppressWarnings("deprecation") // ClusterFirewall: the deprecated routes must be tested too
class RawViewsTest extends MockApiTest {
    private static final Set<Class<?>> RAW_VIEWS = Set.of(
            Clusters.WithRawResponse.class,
            ClusterUpgrades.WithRawResponse.class,
            ClusterReplicas.WithRawResponse.class,
            ClusterBackups.WithRawResponse.class,
            ClusterRoles.WithRawResponse.class,
            ClusterConfigurationParameters.WithRawResponse.class,
            ConfigurationParameters.WithRawResponse.class,
            Teams.WithRawResponse.class,
            TeamMembers.WithRawResponse.class,
            CurrentAccount.WithRawResponse.class,
            AccessTokens.WithRawResponse.class,
            ClusterLoggers.WithRawResponse.class,
            Events.WithRawResponse.class,
            Changelogs.WithRawResponse.class,
            MetricViews.WithRawResponse.class,
            Queries.WithRawResponse.class,
            Networks.WithRawResponse.class,
            NetworkFirewallRules.WithRawResponse.class,
            NetworkPeerings.WithRawResponse.class,
            ClusterPrivateLinks.WithRawResponse.class,
            ClusterFirewall.WithRawResponse.class,
            Providers.WithRawResponse.class,
            PostgresVersions.WithRawResponse.class);

    private record Call(MockResponse answer, Function<CrunchyBridgeClient, ApiResponse<?>> send) {}

    private static Call call(MockResponse answer, Function<CrunchyBridgeClient, ApiResponse<?>> send) {
        return new Call(answer, send);
    }

    private static Map<String, Call> calls() {
        MockResponse cluster = Fixtures.cluster(200);
        MockResponse upgrade = json(200, "{\"operations\":[]}");
        MockResponse operation = json(200, "{\"flavor\":\"ha_change\",\"state\":\"enabling_ha\"}");
        String common = "\"id\":\"" + TEAM_ID + "\",\"name\":\"n\",\"is_default\":true,\"major_version\":17,"
                + "\"display_name\":\"17\",\"provider_id\":\"aws\",\"region_id\":\"r\",\"team_id\":\"" + TEAM_ID
                + "\",\"created_at\":\"2024-01-01T00:00:00Z\",\"updated_at\":\"2024-01-01T00:00:00Z\"";
        MockResponse named = json(200, "{" + common + "}");
        MockResponse clusters =
                json(200, Fixtures.page("clusters", Fixtures.clusterJson(CLUSTER_ID, "a"), false, null));
        Map<String, Call> calls = new LinkedHashMap<>();
        calls.put(
                "Clusters.list()",
                call(clusters, cb -> cb.clusters().withRawResponse().list()));
        calls.put("Clusters.list(ListClustersParams)", call(clusters, cb -> cb.clusters()
                .withRawResponse()
                .list(ListClustersParams.builder().teamId(TEAM_ID).build())));
        calls.put("Clusters.create(CreateClusterParams)", call(cluster, cb -> cb.clusters()
                .withRawResponse()
                .create(CreateClusterParams.builder()
                        .name("c")
                        .planId("hobby-2")
                        .teamId(TEAM_ID)
                        .build())));
        calls.put(
                "Clusters.get(String)",
                call(cluster, cb -> cb.clusters().withRawResponse().get(CLUSTER_ID)));
        calls.put("Clusters.update(String,UpdateClusterParams)", call(cluster, cb -> cb.clusters()
                .withRawResponse()
                .update(CLUSTER_ID, UpdateClusterParams.builder().name("n").build())));
        calls.put(
                "Clusters.delete(String)",
                call(cluster, cb -> cb.clusters().withRawResponse().delete(CLUSTER_ID)));
        calls.put("Clusters.status(String)", call(json(200, "{\"state\":\"ready\"}"), cb -> cb.clusters()
                .withRawResponse()
                .status(CLUSTER_ID)));
        calls.put("Clusters.fork(String,ForkClusterParams)", call(cluster, cb -> cb.clusters()
                .withRawResponse()
                .fork(CLUSTER_ID, ForkClusterParams.builder().name("f").build())));
        calls.put(
                "Clusters.restart(String)",
                call(cluster, cb -> cb.clusters().withRawResponse().restart(CLUSTER_ID)));
        calls.put(
                "Clusters.restart(String,RestartService)",
                call(cluster, cb -> cb.clusters().withRawResponse().restart(CLUSTER_ID, RestartService.POSTGRES)));
        calls.put("Clusters.startBackup(String)", call(json(200, "{\"message\":\"ok\"}"), cb -> cb.clusters()
                .withRawResponse()
                .startBackup(CLUSTER_ID)));
        calls.put(
                "Clusters.suspend(String)",
                call(cluster, cb -> cb.clusters().withRawResponse().suspend(CLUSTER_ID)));
        calls.put(
                "Clusters.resume(String)",
                call(cluster, cb -> cb.clusters().withRawResponse().resume(CLUSTER_ID)));
        calls.put(
                "Clusters.enableHa(String)",
                call(operation, cb -> cb.clusters().withRawResponse().enableHa(CLUSTER_ID)));
        calls.put(
                "Clusters.disableHa(String)",
                call(operation, cb -> cb.clusters().withRawResponse().disableHa(CLUSTER_ID)));
        calls.put(
                "ClusterUpgrades.get(String)",
                call(upgrade, cb -> cb.clusters().upgrades().withRawResponse().get(CLUSTER_ID)));
        calls.put("ClusterUpgrades.create(String,CreateUpgradeParams)", call(upgrade, cb -> cb.clusters()
                .upgrades()
                .withRawResponse()
                .create(CLUSTER_ID, CreateUpgradeParams.builder().build())));
        calls.put("ClusterUpgrades.update(String,UpdateUpgradeParams)", call(upgrade, cb -> cb.clusters()
                .upgrades()
                .withRawResponse()
                .update(CLUSTER_ID, UpdateUpgradeParams.builder().build())));
        calls.put(
                "ClusterUpgrades.cancel(String)",
                call(
                        new MockResponse.Builder().code(204).build(),
                        cb -> cb.clusters().upgrades().withRawResponse().cancel(CLUSTER_ID)));
        calls.put("ClusterReplicas.create(String,CreateReplicaParams)", call(cluster, cb -> cb.clusters()
                .replicas()
                .withRawResponse()
                .create(CLUSTER_ID, CreateReplicaParams.builder().name("r").build())));
        calls.put("ClusterBackups.list(String)", call(json(200, "{\"backups\":[]}"), cb -> cb.clusters()
                .backups()
                .withRawResponse()
                .list(CLUSTER_ID)));
        calls.put("ClusterRoles.list(String)", call(json(200, "{\"roles\":[]}"), cb -> cb.clusters()
                .roles()
                .withRawResponse()
                .list(CLUSTER_ID)));
        calls.put("ClusterRoles.get(String,String)", call(json(200, "{\"name\":\"application\"}"), cb -> cb.clusters()
                .roles()
                .withRawResponse()
                .get(CLUSTER_ID, "application")));
        calls.put("ClusterRoles.create(String)", call(json(201, "{\"name\":\"u_x\"}"), cb -> cb.clusters()
                .roles()
                .withRawResponse()
                .create(CLUSTER_ID)));
        calls.put(
                "ClusterRoles.update(String,String,UpdateRoleParams)",
                call(json(201, "{\"name\":\"u_x\"}"), cb -> cb.clusters()
                        .roles()
                        .withRawResponse()
                        .update(
                                CLUSTER_ID,
                                "u_x",
                                UpdateRoleParams.builder().rotatePassword(true).build())));
        calls.put("ClusterRoles.delete(String,String)", call(json(200, "{\"name\":\"u_x\"}"), cb -> cb.clusters()
                .roles()
                .withRawResponse()
                .delete(CLUSTER_ID, "u_x")));
        MockResponse parameters = json(200, "{\"parameters\":[{\"name\":\"postgres:work_mem\"}]}");
        calls.put("ClusterConfigurationParameters.list(String)", call(parameters, cb -> cb.clusters()
                .configurationParameters()
                .withRawResponse()
                .list(CLUSTER_ID)));
        calls.put(
                "ClusterConfigurationParameters.get(String,String)",
                call(json(200, "{\"name\":\"postgres:work_mem\"}"), cb -> cb.clusters()
                        .configurationParameters()
                        .withRawResponse()
                        .get(CLUSTER_ID, "postgres:work_mem")));
        calls.put(
                "ClusterConfigurationParameters.update(String,UpdateConfigurationParametersParams)",
                call(parameters, cb -> cb.clusters()
                        .configurationParameters()
                        .withRawResponse()
                        .update(
                                CLUSTER_ID,
                                UpdateConfigurationParametersParams.builder()
                                        .addParameters(ConfigurationParameterValue.reset("postgres:work_mem"))
                                        .build())));
        calls.put("ConfigurationParameters.list()", call(parameters, cb -> cb.configurationParameters()
                .withRawResponse()
                .list()));
        calls.put("Teams.list()", call(json(200, Fixtures.page("teams", "", false, null)), cb -> cb.teams()
                .withRawResponse()
                .list()));
        calls.put(
                "Teams.list(ListTeamsParams)", call(json(200, Fixtures.page("teams", "", false, null)), cb -> cb.teams()
                        .withRawResponse()
                        .list(ListTeamsParams.builder().limit(5).build())));
        calls.put(
                "Teams.get(String)",
                call(named, cb -> cb.teams().withRawResponse().get(TEAM_ID)));
        teams(calls, named);
        clusterOps(calls, cluster);
        activity(calls);
        MockResponse account = json(200, AccountWireTest.ACCOUNT);
        MockResponse token = json(200, AccountWireTest.TOKEN);
        calls.put(
                "CurrentAccount.get()",
                call(account, cb -> cb.account().withRawResponse().get()));
        calls.put(
                "CurrentAccount.delete()",
                call(account, cb -> cb.account().withRawResponse().delete()));
        calls.put("AccessTokens.create(CreateAccessTokenParams)", call(token, cb -> cb.accessTokens()
                .withRawResponse()
                .create(CreateAccessTokenParams.builder()
                        .clientSecret("cbkey_x")
                        .build())));
        calls.put(
                "AccessTokens.delete(String)",
                call(token, cb -> cb.accessTokens().withRawResponse().delete(AccountWireTest.TOKEN_ID)));
        calls.put("Networks.list()", call(json(200, Fixtures.page("networks", "", false, null)), cb -> cb.networks()
                .withRawResponse()
                .list()));
        calls.put(
                "Networks.list(ListNetworksParams)",
                call(json(200, Fixtures.page("networks", "", false, null)), cb -> cb.networks()
                        .withRawResponse()
                        .list(ListNetworksParams.builder().teamId(TEAM_ID).build())));
        calls.put(
                "Networks.get(String)",
                call(named, cb -> cb.networks().withRawResponse().get(Fixtures.NETWORK_ID)));
        networkSecurity(calls);
        calls.put("Providers.list()", call(json(200, "{\"providers\":[]}"), cb -> cb.providers()
                .withRawResponse()
                .list()));
        calls.put("Providers.list(String)", call(json(200, "{\"providers\":[]}"), cb -> cb.providers()
                .withRawResponse()
                .list(TEAM_ID)));
        calls.put("PostgresVersions.list()", call(json(200, "{\"postgres_versions\":[]}"), cb -> cb.postgresVersions()
                .withRawResponse()
                .list()));
        calls.put(
                "PostgresVersions.list(String)",
                call(
                        json(200, "{\"postgres_versions\":[]}"),
                        cb -> cb.postgresVersions().withRawResponse().list(TEAM_ID)));
        calls.put(
                "PostgresVersions.get(PostgresVersionRef)",
                call(named, cb -> cb.postgresVersions().withRawResponse().get(PostgresVersionRef.major(17))));
        return calls;
    }

    private static void clusterOps(Map<String, Call> calls, MockResponse cluster) {
        MockResponse logger = json(200, ClusterOpsWireTest.LOGGER);
        MockResponse message = json(200, "{\"message\":\"ok\"}");
        String loggerId = ClusterOpsWireTest.LOGGER_ID;
        ClusterLoggerParams params =
                ClusterLoggerParams.builder().host("h").port(514).template("t").build();
        calls.put("ClusterLoggers.list(String)", call(json(200, "{\"loggers\":[]}"), cb -> cb.clusters()
                .loggers()
                .withRawResponse()
                .list(CLUSTER_ID)));
        calls.put(
                "ClusterLoggers.create(String,ClusterLoggerParams)",
                call(logger, cb -> cb.clusters().loggers().withRawResponse().create(CLUSTER_ID, params)));
        calls.put(
                "ClusterLoggers.get(String,String)",
                call(logger, cb -> cb.clusters().loggers().withRawResponse().get(CLUSTER_ID, loggerId)));
        calls.put(
                "ClusterLoggers.update(String,String,ClusterLoggerParams)",
                call(logger, cb -> cb.clusters().loggers().withRawResponse().update(CLUSTER_ID, loggerId, params)));
        calls.put(
                "ClusterLoggers.delete(String,String)",
                call(logger, cb -> cb.clusters().loggers().withRawResponse().delete(CLUSTER_ID, loggerId)));
        calls.put(
                "Clusters.detach(String)",
                call(cluster, cb -> cb.clusters().withRawResponse().detach(CLUSTER_ID)));
        calls.put(
                "Clusters.ping(String)",
                call(message, cb -> cb.clusters().withRawResponse().ping(CLUSTER_ID)));
        calls.put("Clusters.tailscaleConnect(String,TailscaleConnectParams)", call(message, cb -> cb.clusters()
                .withRawResponse()
                .tailscaleConnect(
                        CLUSTER_ID,
                        TailscaleConnectParams.builder().authKey("k").build())));
        calls.put(
                "Clusters.tailscaleDisconnect(String)",
                call(message, cb -> cb.clusters().withRawResponse().tailscaleDisconnect(CLUSTER_ID)));
        calls.put(
                "ClusterBackups.createToken(String)",
                call(
                        json(201, ClusterOpsWireTest.AWS_TOKEN),
                        cb -> cb.clusters().backups().withRawResponse().createToken(CLUSTER_ID)));
    }

    private static void activity(Map<String, Call> calls) {
        MockResponse events = json(200, ActivityWireTest.EVENT_LIST);
        MockResponse changelogs = json(200, Fixtures.page("changelogs", ActivityWireTest.CHANGELOG, false, null));
        calls.put(
                "Events.list()",
                call(events, cb -> cb.events().withRawResponse().list()));
        calls.put("Events.list(ListEventsParams)", call(events, cb -> cb.events()
                .withRawResponse()
                .list(ListEventsParams.builder().teamId(TEAM_ID).build())));
        calls.put("Events.get(String)", call(json(200, ActivityWireTest.EVENT), cb -> cb.events()
                .withRawResponse()
                .get(ActivityWireTest.EVENT_ID)));
        calls.put(
                "Changelogs.list()",
                call(changelogs, cb -> cb.changelogs().withRawResponse().list()));
        calls.put("Changelogs.list(ListChangelogsParams)", call(changelogs, cb -> cb.changelogs()
                .withRawResponse()
                .list(ListChangelogsParams.builder().limit(5).build())));
        calls.put("Changelogs.get(String)", call(json(200, ActivityWireTest.CHANGELOG), cb -> cb.changelogs()
                .withRawResponse()
                .get("postgres-18")));
        calls.put(
                "MetricViews.get(String,MetricViewParams)",
                call(json(200, ActivityWireTest.METRIC_VIEW), cb -> cb.metricViews()
                        .withRawResponse()
                        .get(
                                "cpu",
                                MetricViewParams.builder().clusterId(CLUSTER_ID).build())));
        calls.put("Queries.create(CreateQueryParams)", call(json(201, QueriesWireTest.QUERY), cb -> cb.queries()
                .withRawResponse()
                .create(CreateQueryParams.builder()
                        .clusterId(CLUSTER_ID)
                        .sql("SELECT 1")
                        .build())));
    }

    private static void teams(Map<String, Call> calls, MockResponse team) {
        MockResponse member = json(200, TeamsWireTest.MEMBER);
        MockResponse members = json(200, Fixtures.page("team_members", TeamsWireTest.MEMBER, false, null));
        String accountId = TeamsWireTest.ACCOUNT_ID;
        calls.put("Teams.create(CreateTeamParams)", call(team, cb -> cb.teams()
                .withRawResponse()
                .create(CreateTeamParams.builder().name("t").build())));
        calls.put("Teams.update(String,UpdateTeamParams)", call(team, cb -> cb.teams()
                .withRawResponse()
                .update(TEAM_ID, UpdateTeamParams.builder().name("t").build())));
        calls.put(
                "Teams.delete(String)",
                call(team, cb -> cb.teams().withRawResponse().delete(TEAM_ID)));
        calls.put(
                "Teams.certificate(String)",
                call(
                        new MockResponse.Builder()
                                .code(200)
                                .body("-----BEGIN CERTIFICATE-----\n")
                                .build(),
                        cb -> cb.teams().withRawResponse().certificate(TEAM_ID)));
        calls.put(
                "TeamMembers.list(String)",
                call(members, cb -> cb.teams().members().withRawResponse().list(TEAM_ID)));
        calls.put("TeamMembers.list(String,ListTeamMembersParams)", call(members, cb -> cb.teams()
                .members()
                .withRawResponse()
                .list(TEAM_ID, ListTeamMembersParams.builder().limit(5).build())));
        calls.put("TeamMembers.add(String,AddTeamMemberParams)", call(member, cb -> cb.teams()
                .members()
                .withRawResponse()
                .add(
                        TEAM_ID,
                        AddTeamMemberParams.builder().email("a@example.com").build())));
        calls.put(
                "TeamMembers.get(String,String)",
                call(member, cb -> cb.teams().members().withRawResponse().get(TEAM_ID, accountId)));
        calls.put("TeamMembers.update(String,String,UpdateTeamMemberParams)", call(member, cb -> cb.teams()
                .members()
                .withRawResponse()
                .update(
                        TEAM_ID,
                        accountId,
                        UpdateTeamMemberParams.builder().role(TeamRole.ADMIN).build())));
        calls.put(
                "TeamMembers.remove(String,String)",
                call(member, cb -> cb.teams().members().withRawResponse().remove(TEAM_ID, accountId)));
    }

    private static void networkSecurity(Map<String, Call> calls) {
        String ruleId = NetworkSecurityWireTest.RULE_ID;
        String peeringId = NetworkSecurityWireTest.PEERING_ID;
        String connectionId = NetworkSecurityWireTest.CONNECTION_ID;
        MockResponse rule = json(200, NetworkSecurityWireTest.RULE);
        MockResponse peering = json(200, NetworkSecurityWireTest.peering("active"));
        MockResponse link = json(200, NetworkSecurityWireTest.LINK);
        MockResponse connection = json(200, NetworkSecurityWireTest.connection("approved"));
        Function<CrunchyBridgeClient, NetworkFirewallRules.WithRawResponse> rules =
                cb -> cb.networks().firewallRules().withRawResponse();
        Function<CrunchyBridgeClient, NetworkPeerings.WithRawResponse> peerings =
                cb -> cb.networks().peerings().withRawResponse();
        Function<CrunchyBridgeClient, ClusterPrivateLinks.WithRawResponse> links =
                cb -> cb.clusters().privateLinks().withRawResponse();
        Function<CrunchyBridgeClient, ClusterFirewall.WithRawResponse> firewall =
                cb -> cb.clusters().firewall().withRawResponse();
        String network = "{\"id\":\"" + Fixtures.NETWORK_ID + "\"}";
        calls.put("Networks.update(String,UpdateNetworkParams)", call(json(200, network), cb -> cb.networks()
                .withRawResponse()
                .update(
                        Fixtures.NETWORK_ID,
                        UpdateNetworkParams.builder().name("n").build())));
        calls.put("NetworkFirewallRules.list(String)", call(json(200, "{\"firewall_rules\":[]}"), cb -> rules.apply(cb)
                .list(Fixtures.NETWORK_ID)));
        calls.put("NetworkFirewallRules.create(String,CreateFirewallRuleParams)", call(rule, cb -> rules.apply(cb)
                .create(
                        Fixtures.NETWORK_ID,
                        CreateFirewallRuleParams.builder().rule("0.0.0.0/0").build())));
        calls.put("NetworkFirewallRules.get(String,String)", call(rule, cb -> rules.apply(cb)
                .get(Fixtures.NETWORK_ID, ruleId)));
        calls.put("NetworkFirewallRules.update(String,String,UpdateFirewallRuleParams)", call(rule, cb -> rules.apply(
                        cb)
                .update(
                        Fixtures.NETWORK_ID,
                        ruleId,
                        UpdateFirewallRuleParams.builder().description("d").build())));
        calls.put("NetworkFirewallRules.delete(String,String)", call(rule, cb -> rules.apply(cb)
                .delete(Fixtures.NETWORK_ID, ruleId)));
        calls.put("NetworkPeerings.list(String)", call(json(200, "{\"peerings\":[]}"), cb -> peerings.apply(cb)
                .list(Fixtures.NETWORK_ID)));
        calls.put("NetworkPeerings.create(String,CreatePeeringParams)", call(peering, cb -> peerings.apply(cb)
                .create(
                        Fixtures.NETWORK_ID,
                        CreatePeeringParams.builder().peerIdentifier("vpc-1").build())));
        calls.put("NetworkPeerings.get(String,String)", call(peering, cb -> peerings.apply(cb)
                .get(Fixtures.NETWORK_ID, peeringId)));
        calls.put("NetworkPeerings.delete(String,String)", call(peering, cb -> peerings.apply(cb)
                .delete(Fixtures.NETWORK_ID, peeringId)));
        calls.put("ClusterPrivateLinks.get(String)", call(link, cb -> links.apply(cb)
                .get(CLUSTER_ID)));
        calls.put("ClusterPrivateLinks.create(String)", call(link, cb -> links.apply(cb)
                .create(CLUSTER_ID)));
        calls.put("ClusterPrivateLinks.delete(String)", call(link, cb -> links.apply(cb)
                .delete(CLUSTER_ID)));
        calls.put(
                "ClusterPrivateLinks.listConnections(String)",
                call(json(200, "{\"connections\":[]}"), cb -> links.apply(cb).listConnections(CLUSTER_ID)));
        calls.put("ClusterPrivateLinks.approveConnection(String,String)", call(connection, cb -> links.apply(cb)
                .approveConnection(CLUSTER_ID, connectionId)));
        calls.put("ClusterPrivateLinks.rejectConnection(String,String)", call(connection, cb -> links.apply(cb)
                .rejectConnection(CLUSTER_ID, connectionId)));
        calls.put("ClusterFirewall.list(String)", call(json(200, "{\"firewall_rules\":[]}"), cb -> firewall.apply(cb)
                .list(CLUSTER_ID)));
        calls.put("ClusterFirewall.create(String,ClusterFirewallRuleParams)", call(rule, cb -> firewall.apply(cb)
                .create(
                        CLUSTER_ID,
                        ClusterFirewallRuleParams.builder().rule("0.0.0.0/0").build())));
        calls.put("ClusterFirewall.update(String,String,ClusterFirewallRuleParams)", call(rule, cb -> firewall.apply(cb)
                .update(
                        CLUSTER_ID,
                        ruleId,
                        ClusterFirewallRuleParams.builder().rule("0.0.0.0/0").build())));
        calls.put("ClusterFirewall.delete(String,String)", call(rule, cb -> firewall.apply(cb)
                .delete(CLUSTER_ID, ruleId)));
    }

    @Test
    void everyRawViewMethodSendsExactlyOneRequest() {
        for (Map.Entry<String, Call> entry : calls().entrySet()) {
            int before = server.getRequestCount();
            server.enqueue(entry.getValue().answer());

            ApiResponse<?> response = entry.getValue().send().apply(cb());

            assertThat(response.statusCode()).as(entry.getKey()).isBetween(200, 204);
            assertThat(server.getRequestCount() - before).as(entry.getKey()).isEqualTo(1);
        }
        // Every declaration, found by reflection, went on the wire through a raw view.
        assertThat(declarations()).isNotEmpty().allSatisfy(endpoint -> assertThat(EndpointRecorder.sent(endpoint))
                .as(endpoint.toString())
                .isTrue());
    }

    private static List<Endpoint<?>> declarations() {
        return Stream.of(
                        ClusterEndpoints.class,
                        CatalogEndpoints.class,
                        NetworkEndpoints.class,
                        TeamEndpoints.class,
                        AccountEndpoints.class,
                        ClusterOpsEndpoints.class,
                        ActivityEndpoints.class,
                        ClusterNetworkEndpoints.class)
                .flatMap(type -> Arrays.stream(type.getFields()))
                .filter(field -> Modifier.isStatic(field.getModifiers()) && field.getType() == Endpoint.class)
                .<Endpoint<?>>map(field -> {
                    try {
                        return (Endpoint<?>) field.get(null);
                    } catch (IllegalAccessException e) {
                        throw new AssertionError(e);
                    }
                })
                .toList();
    }

    @Test
    void theCallsAboveCoverEveryRawViewMethod() {
        Set<String> declared = RAW_VIEWS.stream()
                .flatMap(view -> Arrays.stream(view.getDeclaredMethods()))
                .filter(method -> Modifier.isPublic(method.getModifiers()))
                .filter(method -> method.getReturnType() == ApiResponse.class)
                .map(RawViewsTest::signature)
                .collect(Collectors.toSet());
        assertThat(calls().keySet()).containsExactlyInAnyOrderElementsOf(declared);
        assertThat(Stream.of(Clusters.class.getDeclaredMethods()).map(Method::getName))
                .doesNotContain("destroy");
    }

    private static String signature(Method method) {
        return method.getDeclaringClass().getEnclosingClass().getSimpleName() + "." + method.getName() + "("
                + Arrays.stream(method.getParameterTypes())
                        .map(Class::getSimpleName)
                        .collect(Collectors.joining(","))
                + ")";
    }
}
