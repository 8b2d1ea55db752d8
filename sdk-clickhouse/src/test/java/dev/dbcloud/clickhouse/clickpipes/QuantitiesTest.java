package dev.dbcloud.clickhouse.clickpipes;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectReader;
import dev.dbcloud.core.internal.Json;
import org.junit.jupiter.api.Test;

class QuantitiesTest {
    private static final ObjectReader SCALING = Json.reader(Json.type(ClickPipeScaling.class));

    @Test
    void cpuQuantities() {
        assertThat(Quantities.millicores("500m")).contains(500);
        assertThat(Quantities.millicores("0.5")).contains(500);
        assertThat(Quantities.millicores("2")).contains(2000);
        assertThat(Quantities.millicores("1.25")).contains(1250);
        assertThat(Quantities.millicores(" 125m ")).contains(125);
        assertThat(Quantities.millicores("500")).contains(500);
        assertThat(Quantities.millicores("250000u")).contains(250);
        assertThat(Quantities.millicores("250000000n")).contains(250);
        assertThat(Quantities.millicores("2Gi")).isEmpty();
        assertThat(Quantities.millicores("lots")).isEmpty();
        assertThat(Quantities.millicores("99999999999")).isEmpty();
    }

    @Test
    void memoryQuantities() {
        assertThat(Quantities.gigabytes("1Gi")).contains(1.0);
        assertThat(Quantities.gigabytes("2G")).contains(2.0);
        assertThat(Quantities.gigabytes("2GB")).contains(2.0);
        assertThat(Quantities.gigabytes("512Mi")).contains(0.5);
        assertThat(Quantities.gigabytes("512M")).contains(0.5);
        assertThat(Quantities.gigabytes("512MB")).contains(0.5);
        assertThat(Quantities.gigabytes("524288Ki")).contains(0.5);
        assertThat(Quantities.gigabytes("524288k")).contains(0.5);
        assertThat(Quantities.gigabytes("1Ti")).contains(1024.0);
        assertThat(Quantities.gigabytes("1T")).contains(1024.0);
        assertThat(Quantities.gigabytes("0.5")).contains(0.5);
        assertThat(Quantities.gigabytes("1073741824")).contains(1.0);
        assertThat(Quantities.gigabytes("1073741824000m")).contains(1.0);
        assertThat(Quantities.gigabytes("4Xi")).isEmpty();
        assertThat(Quantities.gigabytes("")).isEmpty();
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
    void aCpuNumberIsReadLikeAUnitlessString() throws Exception {
        assertThat(SCALING.<ClickPipeScaling>readValue("{\"replicaCpuMillicores\":0.5}")
                        .replicaCpuMillicores())
                .contains(500);
        assertThat(SCALING.<ClickPipeScaling>readValue("{\"replicaCpuMillicores\":2}")
                        .replicaCpuMillicores())
                .contains(2000);
        assertThat(SCALING.<ClickPipeScaling>readValue("{\"replicaCpuMillicores\":1000}")
                        .replicaCpuMillicores())
                .contains(1000);
        assertThat(SCALING.<ClickPipeScaling>readValue("{\"replicaMemoryGb\":1073741824}")
                        .replicaMemoryGb())
                .contains(1.0);
    }

    @Test
    void anUnreadableQuantityReadsAsEmptyAndTheRestSurvives() throws Exception {
        ClickPipeScaling odd = SCALING.readValue(
                "{\"replicas\":2,\"replicaCpuMillicores\":\"fast\",\"replicaMemoryGb\":{\"value\":\"2Gi\"}}");
        assertThat(odd.replicas()).contains(2);
        assertThat(odd.replicaCpuMillicores()).isEmpty();
        assertThat(odd.replicaMemoryGb()).isEmpty();
        ClickPipeScaling flags = SCALING.readValue("{\"replicaCpuMillicores\":[1],\"replicaMemoryGb\":true}");
        assertThat(flags.replicaCpuMillicores()).isEmpty();
        assertThat(flags.replicaMemoryGb()).isEmpty();
        CdcScaling cdc = Json.reader(Json.type(CdcScaling.class))
                .readValue("{\"replicaCpuMillicores\":\"1000m\",\"replicaMemoryGb\":\"4Xi\"}");
        assertThat(cdc.replicaCpuMillicores()).contains(1000);
        assertThat(cdc.replicaMemoryGb()).isEmpty();
        assertThat(Json.reader(Json.type(CdcScaling.class))
                        .<CdcScaling>readValue("{}")
                        .replicaMemoryGb())
                .isEmpty();
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
