package dev.dbcloud.clickhouse.clickpipes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.dbcloud.core.internal.Json;
import org.junit.jupiter.api.Test;

class QuantitiesTest {
    private static final ObjectReader SCALING = Json.reader(Json.type(ClickPipeScaling.class));

    @Test
    void cpuQuantities() {
        assertThat(Quantities.millicores("500m")).isEqualTo(500);
        assertThat(Quantities.millicores("0.5")).isEqualTo(500);
        assertThat(Quantities.millicores("2")).isEqualTo(2000);
        assertThat(Quantities.millicores("1.25")).isEqualTo(1250);
        assertThat(Quantities.millicores(" 125m ")).isEqualTo(125);
        assertThat(Quantities.millicores("500")).isEqualTo(500);
        assertThatThrownBy(() -> Quantities.millicores("2Gi")).hasMessageContaining("CPU");
        assertThatThrownBy(() -> Quantities.millicores("lots")).hasMessageContaining("CPU");
    }

    @Test
    void memoryQuantities() {
        assertThat(Quantities.gigabytes("1Gi")).isEqualTo(1.0);
        assertThat(Quantities.gigabytes("2G")).isEqualTo(2.0);
        assertThat(Quantities.gigabytes("512Mi")).isEqualTo(0.5);
        assertThat(Quantities.gigabytes("512M")).isEqualTo(0.5);
        assertThat(Quantities.gigabytes("1Ti")).isEqualTo(1024.0);
        assertThat(Quantities.gigabytes("1T")).isEqualTo(1024.0);
        assertThat(Quantities.gigabytes("0.5")).isEqualTo(0.5);
        assertThat(Quantities.gigabytes("1073741824")).isEqualTo(1.0);
        assertThatThrownBy(() -> Quantities.gigabytes("500m")).hasMessageContaining("memory");
        assertThatThrownBy(() -> Quantities.gigabytes("")).hasMessageContaining("memory");
    }

    @Test
    void scalingReadsNumbersAndQuantityStrings() throws Exception {
        ClickPipeScaling numbers = SCALING.readValue("{\"replicaCpuMillicores\":250,\"replicaMemoryGb\":0.5}");
        assertThat(numbers.replicaCpuMillicores()).contains(250);
        assertThat(numbers.replicaMemoryGb()).contains(0.5);
        ClickPipeScaling strings = SCALING.readValue("{\"replicaCpuMillicores\":\"1\",\"replicaMemoryGb\":\"4Gi\"}");
        assertThat(strings.replicaCpuMillicores()).contains(1000);
        assertThat(strings.replicaMemoryGb()).contains(4.0);
        ClickPipeScaling nulls = SCALING.readValue("{\"replicaCpuMillicores\":null,\"replicaMemoryGb\":null}");
        assertThat(nulls.replicaCpuMillicores()).isEmpty();
        assertThat(nulls.replicaMemoryGb()).isEmpty();
        assertThat(SCALING.<ClickPipeScaling>readValue("{}").replicas()).isEmpty();
    }

    @Test
    void aBadQuantityFailsTheDecoding() {
        assertThatThrownBy(() -> SCALING.readValue("{\"replicaCpuMillicores\":\"fast\"}"))
                .hasMessageContaining("not a CPU quantity");
        assertThatThrownBy(() -> SCALING.readValue("{\"replicaMemoryGb\":true}"))
                .hasMessageContaining("expected a number or a quantity string");
        assertThatThrownBy(() -> Json.reader(Json.type(CdcScaling.class))
                        .readValue("{\"replicaCpuMillicores\":\"1000m\",\"replicaMemoryGb\":\"4Xi\"}"))
                .hasMessageContaining("not a memory quantity");
    }

    @Test
    void enumsKeepTheirExactWireCasing() {
        assertThat(DatabaseAuthentication.BASIC.value()).isEqualTo("basic");
        assertThat(DatabaseAuthentication.IAM_ROLE.value()).isEqualTo("IAM_ROLE");
        assertThat(KafkaAuthentication.SCRAM_SHA_256.value()).isEqualTo("SCRAM-SHA-256");
        assertThat(ClickPipeState.INTERNAL_ERROR.value()).isEqualTo("InternalError");
        assertThat(Compression.LZMA.value()).isEqualTo("LZMA");
        assertThat(ClickPipeState.of("Running")).isSameAs(ClickPipeState.RUNNING);
        assertThat(ClickPipeState.knownValues()).hasSize(15);
        assertThat(ReversePrivateEndpointStatus.of("PendingAcceptance"))
                .isSameAs(ReversePrivateEndpointStatus.PENDING_ACCEPTANCE);
    }
}
