package dev.dbcloud.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dbcloud.core.errors.BadRequestException;
import dev.dbcloud.core.errors.GoneException;
import dev.dbcloud.core.errors.NotFoundException;
import dev.dbcloud.crunchy.Cluster;
import dev.dbcloud.crunchy.ClusterConfigurationParameter;
import dev.dbcloud.crunchy.ClusterState;
import dev.dbcloud.crunchy.ConfigurationParameterValue;
import dev.dbcloud.crunchy.CreateFirewallRuleParams;
import dev.dbcloud.crunchy.CrunchyBridgeClient;
import dev.dbcloud.crunchy.FirewallRule;
import dev.dbcloud.crunchy.FirewallRuleKind;
import dev.dbcloud.crunchy.Network;
import dev.dbcloud.crunchy.NetworkFirewallRules;
import dev.dbcloud.crunchy.SupportedConfigurationParameter;
import dev.dbcloud.crunchy.UpdateConfigurationParametersParams;
import dev.dbcloud.crunchy.UpdateFirewallRuleParams;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The local cloud's Crunchy Bridge serves configuration parameters and network firewall rules, checked through
 * the SDK and over plain HTTP (as the API's spec describes them).
 */
class CrunchyBridgeConfigurationAndFirewallTest {
    private static final String EID = "^[a-z2-7]{25}[aeimquy4]$";

    private final LocalCloud cloud =
            LocalCloud.start(LocalCloud.Options.defaults().withSpeed(2_000));
    private final CrunchyBridgeClient cb = (CrunchyBridgeClient) LocalClients.create(CrunchyBridgeClient.class, cloud);
    private final Cluster cluster = cb.clusters().list().items().get(0);

    @AfterEach
    void close() {
        cb.close();
        cloud.close();
    }

    private HttpResponse<String> send(String method, String path, String body, String... headers) {
        String[] all = new String[headers.length + 2];
        all[0] = "Authorization";
        all[1] = "Bearer " + cloud.crunchyBridgeApiKey();
        System.arraycopy(headers, 0, all, 2, headers.length);
        return Raw.send(method, cloud.crunchyBridgeUrl() + path, body, all);
    }

    private String rules() {
        return "/networks/" + cluster.networkId().orElseThrow() + "/firewall-rules";
    }

    @Test
    void theCatalogueNeedsCredentialsAndTypesItsParameters() {
        assertThat(Raw.send("GET", cloud.crunchyBridgeUrl() + "/configuration-parameters", null)
                        .statusCode())
                .isEqualTo(401);

        List<SupportedConfigurationParameter> catalogue =
                cb.configurationParameters().list();

        assertThat(catalogue)
                .extracting(SupportedConfigurationParameter::name)
                .contains("postgres:log_statement", "postgres:max_connections", "pgbouncer:default_pool_size");
        SupportedConfigurationParameter logStatement = catalogue.stream()
                .filter(p -> p.name().equals("postgres:log_statement"))
                .findFirst()
                .orElseThrow();
        assertThat(logStatement.enumValues()).contains("ddl");
        assertThat(logStatement.requiresRestart()).contains(false);
        assertThat(catalogue.stream().filter(p -> p.requiresRestart().orElse(false)))
                .extracting(SupportedConfigurationParameter::name)
                .contains("postgres:max_connections");
    }

    @Test
    void aClustersParametersStartAtTheirDefaultsAndAreSetAndReset() {
        String id = cluster.id();
        assertThat(cb.clusters().configurationParameters().list(id))
                .isNotEmpty()
                .allSatisfy(p -> assertThat(p.isDefault()).isTrue());

        List<ClusterConfigurationParameter> after = cb.clusters()
                .configurationParameters()
                .update(
                        id,
                        UpdateConfigurationParametersParams.builder()
                                .addParameters(ConfigurationParameterValue.of("postgres:log_statement", "ddl"))
                                .addParameters(ConfigurationParameterValue.of("pgbouncer:default_pool_size", 40))
                                .build());

        assertThat(after)
                .filteredOn(p -> !p.isDefault())
                .extracting(ClusterConfigurationParameter::name, p -> p.value().orElseThrow())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("postgres:log_statement", "ddl"),
                        org.assertj.core.groups.Tuple.tuple("pgbouncer:default_pool_size", "40"));
        ClusterConfigurationParameter one =
                cb.clusters().configurationParameters().get(id, "postgres:log_statement");
        assertThat(one.clusterId()).contains(id);
        assertThat(one.component()).contains("postgres");
        assertThat(one.parameterName()).contains("log_statement");
        assertThat(one.value()).contains("ddl");
        assertThat(cb.clusters().get(id).state()).contains(ClusterState.READY); // no restart needed

        cb.clusters()
                .configurationParameters()
                .update(
                        id,
                        UpdateConfigurationParametersParams.builder()
                                .addParameters(ConfigurationParameterValue.reset("postgres:log_statement"))
                                .build());
        assertThat(cb.clusters()
                        .configurationParameters()
                        .get(id, "postgres:log_statement")
                        .isDefault())
                .isTrue();
        assertThatThrownBy(() -> cb.clusters().configurationParameters().get(id, "postgres:nope"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aParameterThatRequiresARestartNeedsAllowRestartAndRestartsTheCluster() {
        String id = cluster.id();
        UpdateConfigurationParametersParams.Builder maxConnections = UpdateConfigurationParametersParams.builder()
                .addParameters(ConfigurationParameterValue.of("postgres:max_connections", 300));

        assertThatThrownBy(() -> cb.clusters().configurationParameters().update(id, maxConnections.build()))
                .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(
                                e.errorMessage().orElseThrow())
                        .contains("postgres:max_connections requires a restart"));
        assertThat(cb.clusters()
                        .configurationParameters()
                        .get(id, "postgres:max_connections")
                        .isDefault())
                .isTrue();

        cb.clusters()
                .configurationParameters()
                .update(id, maxConnections.allowRestart(true).build());

        assertThat(cb.clusters().get(id).state()).contains(ClusterState.RESTARTING);
        assertThat(cb.clusters().waitUntilReady(id, Duration.ofMinutes(5)).state())
                .contains(ClusterState.READY);
        assertThat(cb.clusters()
                        .configurationParameters()
                        .get(id, "postgres:max_connections")
                        .value())
                .contains("300");
    }

    @Test
    void badParameterValuesAreRefusedByTheServer() {
        String path = "/clusters/" + cluster.id() + "/configuration-parameters";
        assertThat(Raw.json(send(
                                "PUT",
                                path,
                                "{\"parameters\":[{\"name\":\"postgres:log_statement\",\"value\":\"x\"}]}"))
                        .get("message")
                        .asText())
                .contains("must be one of");
        assertThat(send(
                                "PUT",
                                path,
                                "{\"parameters\":[{\"name\":\"postgres:max_connections\",\"value\":\"5\"}],"
                                        + "\"allow_restart\":true}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(send("PUT", path, "{\"parameters\":[{\"name\":\"postgres:unknown\",\"value\":\"1\"}]}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(send("PUT", path, "{\"parameters\":[{\"name\":\"postgres:work_mem\",\"value\":4}]}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(send("PUT", path, "{}").statusCode()).isEqualTo(400);
    }

    @Test
    void firewallRulesAreCreatedListedUpdatedAndDeleted() {
        Network network = cb.networks().get(cluster.networkId().orElseThrow());
        assertThat(network.teamId()).contains(cloud.crunchyBridgeDefaultTeamId());
        assertThat(Raw.json(send("GET", rules(), null)).get("firewall_rules")).isEmpty();

        HttpResponse<String> created =
                send("POST", rules(), "{\"rule\":\"203.0.113.0/24\",\"description\":\"office\"}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode rule = Raw.json(created);
        String ruleId = rule.get("id").asText();
        assertThat(ruleId).matches(EID);
        assertThat(rule.get("rule").asText()).isEqualTo("203.0.113.0/24");
        assertThat(rule.get("description").asText()).isEqualTo("office");
        assertThat(rule.get("kind").asText()).isEqualTo("ingress");
        assertThat(rule.get("network_id").asText()).isEqualTo(network.id());
        assertThat(rule.get("team_id").asText()).isEqualTo(cloud.crunchyBridgeDefaultTeamId());
        JsonNode egress = Raw.json(send("POST", rules(), "{\"rule\":\"2001:db8::/32\",\"kind\":\"egress\"}"));
        assertThat(egress.get("kind").asText()).isEqualTo("egress");
        assertThat(egress.get("description").isNull()).isTrue();

        JsonNode list = Raw.json(send("GET", rules() + "?order_field=rule&order=desc&limit=5", null));
        assertThat(list.has("has_more")).isFalse();
        assertThat(list.get("firewall_rules").findValuesAsText("rule"))
                .containsExactly("203.0.113.0/24", "2001:db8::/32");
        assertThat(Raw.json(send("GET", rules() + "/" + ruleId, null))).isEqualTo(rule);

        HttpResponse<String> updated =
                send("PATCH", rules() + "/" + ruleId, "{\"rule\":\"198.51.100.0/24\",\"description\":null}");
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(Raw.json(updated).get("rule").asText()).isEqualTo("198.51.100.0/24");
        assertThat(Raw.json(updated).get("description").isNull()).isTrue();
        assertThat(send("PATCH", rules() + "/" + ruleId, "{\"kind\":\"egress\"}")
                        .statusCode())
                .isEqualTo(400);

        HttpResponse<String> deleted = send("DELETE", rules() + "/" + ruleId, null);
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(Raw.json(deleted).get("id").asText()).isEqualTo(ruleId);
        assertThat(send("DELETE", rules() + "/" + ruleId, null).statusCode()).isEqualTo(410);
        assertThat(send("GET", rules() + "/" + ruleId, null).statusCode()).isEqualTo(404);
        assertThat(Raw.json(send("GET", rules(), null)).get("firewall_rules")).hasSize(1);
    }

    @Test
    void firewallRulesAreCheckedAndCreatesAreIdempotent() {
        assertThat(send("POST", rules(), "{\"rule\":\"10.0.0.0/33\"}").statusCode())
                .isEqualTo(400);
        assertThat(send("POST", rules(), "{\"rule\":\"999.0.0.0/8\"}").statusCode())
                .isEqualTo(400);
        assertThat(send("POST", rules(), "{\"rule\":\"example.com/8\"}").statusCode())
                .isEqualTo(400);
        assertThat(send("POST", rules(), "{\"description\":\"no rule\"}").statusCode())
                .isEqualTo(400);
        assertThat(send("POST", rules(), "{\"rule\":\"10.0.0.0/8\",\"kind\":\"sideways\"}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(send("POST", rules(), "{\"rule\":\"10.0.0.0/8\",\"extra\":1}")
                        .statusCode())
                .isEqualTo(400);
        assertThat(send("GET", "/networks/aaaaaaaaaaaaaaaaaaaaaaaaaa/firewall-rules", null)
                        .statusCode())
                .isEqualTo(404);

        String body = "{\"rule\":\"10.1.0.0/16\"}";
        HttpResponse<String> first = send("POST", rules(), body, "Idempotency-Key", "fw-1");
        HttpResponse<String> replay = send("POST", rules(), body, "Idempotency-Key", "fw-1");
        assertThat(replay.body()).isEqualTo(first.body());
        assertThat(replay.headers().firstValue("Idempotency-Replay")).contains("true");

        HttpResponse<String> overlapping = send("POST", rules(), "{\"rule\":\"10.1.2.0/24\"}");
        assertThat(overlapping.statusCode()).isEqualTo(400);
        assertThat(Raw.json(overlapping).get("message").asText()).contains("overlaps");
        assertThat(send("POST", rules(), "{\"rule\":\"10.1.2.0/24\",\"kind\":\"egress\"}")
                        .statusCode())
                .isEqualTo(201);
        assertThat(Raw.json(send("GET", rules(), null)).get("firewall_rules")).hasSize(2);
    }

    @Test
    void theSdksFirewallRulesWorkAgainstTheLocalCloud() {
        NetworkFirewallRules rules = cb.networks().firewallRules();
        String network = cluster.networkId().orElseThrow();

        FirewallRule office = rules.create(
                network,
                CreateFirewallRuleParams.builder()
                        .rule("203.0.113.0/24")
                        .description("office")
                        .build());
        FirewallRule egress = rules.create(
                network,
                CreateFirewallRuleParams.builder()
                        .rule("198.51.100.7/32")
                        .kind(FirewallRuleKind.EGRESS)
                        .build());
        FirewallRule narrowed = rules.update(
                network,
                office.id(),
                UpdateFirewallRuleParams.builder().rule("203.0.113.0/25").build());

        assertThat(office.kind()).contains(FirewallRuleKind.INGRESS);
        assertThat(office.networkId()).isEqualTo(cluster.networkId());
        assertThat(egress.kind()).contains(FirewallRuleKind.EGRESS);
        assertThat(narrowed.rule()).contains("203.0.113.0/25");
        assertThat(narrowed.description()).contains("office");
        assertThat(rules.get(network, office.id())).isEqualTo(narrowed);
        assertThat(rules.list(network)).containsExactlyInAnyOrder(narrowed, egress);
        assertThat(rules.delete(network, office.id())).isEqualTo(narrowed);
        assertThatThrownBy(() -> rules.delete(network, office.id())).isInstanceOf(GoneException.class);
        assertThat(rules.list(network)).containsExactly(egress);
    }
}
