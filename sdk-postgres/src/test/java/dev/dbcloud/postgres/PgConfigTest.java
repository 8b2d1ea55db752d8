package dev.dbcloud.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PgConfigTest {
    @Test
    void everyNamedSetterWritesItsKey() {
        PgConfig config = PgConfig.builder()
                .maxConnections(1)
                .effectiveIoConcurrency(2)
                .maxWorkerProcesses(3)
                .maxParallelWorkers(4)
                .maxParallelWorkersPerGather(5)
                .maxParallelMaintenanceWorkers(6)
                .autovacuumMaxWorkers(7)
                .autovacuumVacuumCostLimit(-1)
                .maintenanceWorkMem("64MB")
                .workMem("4MB")
                .effectiveCacheSize("4GB")
                .walKeepSize("1GB")
                .minWalSize("80MB")
                .maxWalSize("5GB")
                .maxSlotWalKeepSize("-1")
                .autovacuumWorkMem("64000kB")
                .statementTimeout("60s")
                .lockTimeout("10s")
                .idleSessionTimeout("2m")
                .idleInTransactionSessionTimeout("2h")
                .transactionTimeout("120s")
                .walSenderTimeout("120m")
                .autovacuumNaptime("5s")
                .autovacuumVacuumCostDelay("2ms")
                .randomPageCost(1.1)
                .autovacuumVacuumScaleFactor(0.2)
                .autovacuumAnalyzeScaleFactor(0.1)
                .autovacuumVacuumInsertScaleFactor(0.25)
                .defaultTransactionIsolation("serializable")
                .sslMinProtocolVersion("TLSv1.3")
                .walCompression("zstd")
                .build();
        assertThat(config.keys()).hasSize(31);
        assertThat(config.maxConnections()).hasValue(1);
        assertThat(config.effectiveIoConcurrency()).hasValue(2);
        assertThat(config.maxWorkerProcesses()).hasValue(3);
        assertThat(config.maxParallelWorkers()).hasValue(4);
        assertThat(config.maxParallelWorkersPerGather()).hasValue(5);
        assertThat(config.maxParallelMaintenanceWorkers()).hasValue(6);
        assertThat(config.autovacuumMaxWorkers()).hasValue(7);
        assertThat(config.autovacuumVacuumCostLimit()).hasValue(-1);
        assertThat(config.maintenanceWorkMem()).contains("64MB");
        assertThat(config.effectiveCacheSize()).contains("4GB");
        assertThat(config.walKeepSize()).contains("1GB");
        assertThat(config.minWalSize()).contains("80MB");
        assertThat(config.maxWalSize()).contains("5GB");
        assertThat(config.maxSlotWalKeepSize()).contains("-1");
        assertThat(config.autovacuumWorkMem()).contains("64000kB");
        assertThat(config.lockTimeout()).contains("10s");
        assertThat(config.idleSessionTimeout()).contains("2m");
        assertThat(config.idleInTransactionSessionTimeout()).contains("2h");
        assertThat(config.transactionTimeout()).contains("120s");
        assertThat(config.walSenderTimeout()).contains("120m");
        assertThat(config.autovacuumNaptime()).contains("5s");
        assertThat(config.autovacuumVacuumCostDelay()).contains("2ms");
        assertThat(config.autovacuumVacuumScaleFactor()).hasValue(0.2);
        assertThat(config.autovacuumAnalyzeScaleFactor()).hasValue(0.1);
        assertThat(config.autovacuumVacuumInsertScaleFactor()).hasValue(0.25);
        assertThat(config.sslMinProtocolVersion()).contains("TLSv1.3");
        assertThat(config.walCompression()).contains("zstd");
        assertThat(config.asMap()).containsEntry("max_connections", "1").containsEntry("random_page_cost", "1.1");
    }

    @Test
    void numbersEqualTheirTextAndNonNumbersReadAsEmpty() {
        PgConfig numeric = PgConfig.builder().maxConnections(100).build();
        PgConfig text = PgConfig.builder().put("max_connections", "100").build();
        assertThat(numeric).isEqualTo(text).hasSameHashCodeAs(text);
        assertThat(numeric).isNotEqualTo(PgConfig.empty()).isNotEqualTo("max_connections=100");
        assertThat(numeric.toString()).isEqualTo("PgConfig{max_connections=100}");
        PgConfig odd = PgConfig.builder()
                .put("random_page_cost", "NaN")
                .put("max_connections", "many")
                .build();
        assertThat(odd.randomPageCost()).isEmpty();
        assertThat(odd.maxConnections()).isEmpty();
        assertThat(odd.string("work_mem")).isEmpty();
        assertThat(odd.toBuilder().remove("max_connections").build().keys()).containsExactly("random_page_cost");
        assertThat(PgConfig.builder().build()).isSameAs(PgConfig.empty());
        assertThat(PgConfig.fromJson(null)).isSameAs(PgConfig.empty());
    }

    @Test
    void decimalsFromTheWireKeepTheirText() throws Exception {
        PgConfig read = PgConfig.fromJson(Map.of(
                "random_page_cost",
                dev.dbcloud.core.testing.Wire.tree("1.10"),
                "skipped",
                dev.dbcloud.core.testing.Wire.tree("null")));
        assertThat(read.keys()).containsExactly("random_page_cost");
        assertThat(read.randomPageCost()).hasValue(1.1);
    }

    @Test
    void builderRefusesBlankKeysAndNonFiniteNumbers() {
        assertThatThrownBy(() -> PgConfig.builder().put(" ", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("key");
        assertThatThrownBy(() -> PgConfig.builder().put("random_page_cost", Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("random_page_cost must be a finite number");
    }
}
