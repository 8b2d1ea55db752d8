package dev.dbcloud.postgres;

import static dev.dbcloud.postgres.Pg.ID;
import static dev.dbcloud.postgres.Pg.body;
import static dev.dbcloud.postgres.Pg.fixture;
import static dev.dbcloud.postgres.Pg.instancePath;
import static dev.dbcloud.postgres.Pg.ok;
import static dev.dbcloud.postgres.Pg.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTest extends ClientTest {
    @Test
    void configValuesComeBackAsStringsAndReadTyped() throws Exception {
        server.enqueue(ok(fixture("config.json")));
        InstanceConfig config = client.instances().config(ID);
        pg.expect("GET", instancePath("/config"));
        PgConfig pgConfig = config.pgConfig();
        assertThat(pgConfig.maxConnections()).hasValue(100);
        assertThat(pgConfig.integer(PgConfig.MAX_CONNECTIONS)).hasValue(100);
        assertThat(pgConfig.string("max_connections")).contains("100");
        assertThat(pgConfig.autovacuumVacuumCostLimit()).hasValue(-1);
        assertThat(pgConfig.randomPageCost()).hasValue(1.1);
        assertThat(pgConfig.workMem()).contains("4MB");
        assertThat(pgConfig.integer(PgConfig.WORK_MEM)).isEmpty();
        assertThat(pgConfig.number(PgConfig.WORK_MEM)).isEmpty();
        assertThat(pgConfig.defaultTransactionIsolation()).contains("read committed");
        assertThat(pgConfig.statementTimeout()).contains("60s");
        assertThat(pgConfig.walCompression()).isEmpty();
        assertThat(pgConfig.maxWorkerProcesses()).isEmpty();
        assertThat(pgConfig.autovacuumVacuumScaleFactor()).isEmpty();
        assertThat(pgConfig.keys()).hasSize(6);
        assertThat(config.pgBouncerConfig())
                .containsExactlyInAnyOrderEntriesOf(Map.of("default_pool_size", "16", "pool_mode", "transaction"));
        assertThat(config.message()).isEmpty();
    }

    @Test
    void updateSendsBothSectionsEvenWhenOnlyOneIsSet() throws Exception {
        server.enqueue(ok(fixture("config-updated.json")));
        InstanceConfig updated = client.instances()
                .updateConfig(
                        ID,
                        ConfigParams.builder()
                                .pgConfig(PgConfig.builder().maxConnections(300).build())
                                .build());
        assertThat(body(pg.expect("PATCH", instancePath("/config"))))
                .isEqualTo(tree("{\"pgConfig\":{\"max_connections\":300},\"pgBouncerConfig\":{}}"));
        assertThat(updated.pgConfig().maxConnections()).hasValue(300);
        assertThat(updated.message()).hasValueSatisfying(m -> assertThat(m).contains("max_connections"));
    }

    @Test
    void updateOfPgBouncerAloneSendsAnEmptyPgConfig() throws Exception {
        server.enqueue(ok(fixture("config-updated.json")));
        client.instances()
                .updateConfig(
                        ID,
                        ConfigParams.builder()
                                .pgBouncerConfig(Map.of("default_pool_size", "32"))
                                .build());
        assertThat(body(pg.expect("PATCH", instancePath("/config"))))
                .isEqualTo(tree("{\"pgConfig\":{},\"pgBouncerConfig\":{\"default_pool_size\":\"32\"}}"));
    }

    @Test
    void anUpdateWithNothingSetSendsTwoEmptySections() throws Exception {
        server.enqueue(ok(fixture("config.json")));
        client.instances().updateConfig(ID, ConfigParams.builder().build());
        assertThat(body(pg.expect("PATCH", instancePath("/config"))))
                .isEqualTo(tree("{\"pgConfig\":{},\"pgBouncerConfig\":{}}"));
    }

    @Test
    void aReplaceWithBothSectionsSetEmptyClearsBoth() throws Exception {
        server.enqueue(ok(fixture("config.json")));
        client.instances()
                .replaceConfig(
                        ID,
                        ConfigParams.builder()
                                .pgConfig(PgConfig.empty())
                                .pgBouncerConfig(Map.of())
                                .build());
        assertThat(body(pg.expect("POST", instancePath("/config"))))
                .isEqualTo(tree("{\"pgConfig\":{},\"pgBouncerConfig\":{}}"));
    }

    @Test
    void aReplaceWithASectionUnsetIsRefusedBeforeAnythingIsSent() {
        ConfigParams pgOnly = ConfigParams.builder()
                .pgConfig(PgConfig.builder().maxConnections(300).build())
                .build();
        ConfigParams pgBouncerOnly = ConfigParams.builder()
                .pgBouncerConfig(Map.of("pool_mode", "transaction"))
                .build();
        assertThatThrownBy(() -> client.instances().replaceConfig(ID, pgOnly))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("replaceConfig needs both pgConfig and pgBouncerConfig: set both (an empty one clears it),"
                        + " or use updateConfig / InstanceConfig.toParams() (pgBouncerConfig is unset)");
        assertThatThrownBy(() -> client.instances().replaceConfig(ID, pgBouncerOnly))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("(pgConfig is unset)");
        assertThatThrownBy(() -> client.instances()
                        .withRawResponse()
                        .replaceConfig(ID, ConfigParams.builder().build()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("(both are unset)");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void anEmptySectionIsSetAndAnUnsetOneIsNot() {
        ConfigParams empty = ConfigParams.builder()
                .pgConfig(PgConfig.empty())
                .pgBouncerConfig(Map.of())
                .build();
        assertThat(empty.pgConfig()).contains(PgConfig.empty());
        assertThat(empty.pgBouncerConfig()).contains(Map.of());
        assertThat(ConfigParams.builder().build().pgConfig()).isEmpty();
        assertThat(ConfigParams.builder().build().pgBouncerConfig()).isEmpty();
    }

    @Test
    void thePgBouncerSectionIsCopied() {
        Map<String, String> settings = new HashMap<>(Map.of("pool_mode", "transaction"));
        ConfigParams params = ConfigParams.builder().pgBouncerConfig(settings).build();
        settings.put("default_pool_size", "99");
        assertThat(params.pgBouncerConfig()).contains(Map.of("pool_mode", "transaction"));
        assertThatThrownBy(() -> params.pgBouncerConfig().get().put("x", "y"))
                .isInstanceOf(UnsupportedOperationException.class);
        ConfigParams copied = params.withPgBouncerConfig(settings);
        settings.clear();
        assertThat(copied.pgBouncerConfig().get()).hasSize(2);
    }

    @Test
    void aReadConfigurationGoesBackExactlyAsRead() throws Exception {
        server.enqueue(ok(fixture("config.json")));
        server.enqueue(ok(fixture("config.json")));
        InstanceConfig current = client.instances().config(ID);
        ConfigParams params = current.toParams();
        client.instances()
                .replaceConfig(
                        ID,
                        params.withPgConfig(params.pgConfig().orElseThrow().toBuilder()
                                .maxConnections(150)
                                .build()));
        server.takeRequest();
        assertThat(body(pg.expect("POST", instancePath("/config"))))
                .isEqualTo(
                        tree("{\"pgConfig\":{\"max_connections\":150,\"work_mem\":\"4MB\",\"random_page_cost\":\"1.1\","
                                + "\"default_transaction_isolation\":\"read committed\",\"statement_timeout\":\"60s\","
                                + "\"autovacuum_vacuum_cost_limit\":\"-1\"},"
                                + "\"pgBouncerConfig\":{\"default_pool_size\":\"16\",\"pool_mode\":\"transaction\"}}"));
    }

    @Test
    void anAnswerWithoutSectionsReadsAsEmpty() throws Exception {
        server.enqueue(ok("{\"pgConfig\":null,\"pgBouncerConfig\":null}"));
        InstanceConfig config = client.instances().config(ID);
        assertThat(config.pgConfig().isEmpty()).isTrue();
        assertThat(config.pgBouncerConfig()).isEmpty();
    }
}
