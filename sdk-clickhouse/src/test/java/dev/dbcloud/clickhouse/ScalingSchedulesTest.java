package dev.dbcloud.clickhouse;

import static dev.dbcloud.clickhouse.Cloud.SERVICE_ID;
import static dev.dbcloud.clickhouse.Cloud.body;
import static dev.dbcloud.clickhouse.Cloud.notFound;
import static dev.dbcloud.clickhouse.Cloud.ok;
import static dev.dbcloud.clickhouse.Cloud.okEmpty;
import static dev.dbcloud.clickhouse.Cloud.servicePath;
import static dev.dbcloud.clickhouse.Cloud.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dbcloud.core.errors.NotFoundException;
import dev.dbcloud.core.testing.Published;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** {@code …/services/{serviceId}/scalingSchedule}: the wire form of each operation, the rules and the examples. */
class ScalingSchedulesTest extends ClientTest {
    private static final String DIR = "/published/clickhouse/";
    private static final String ENTRY_ID = "5d1c7a2e-9b3f-4e6a-8c1d-2f3e4a5b6c7d";

    private static JsonNode fixture(String name) {
        return Published.fixture(DIR + name);
    }

    private static String schedule() {
        return fixture("spec-scaling-schedule.json").get("response").toString();
    }

    private static ScalingScheduleEntryParams.Builder businessHours() {
        return ScalingScheduleEntryParams.builder()
                .name("Business hours")
                .addWeekdays(1, 2, 3, 4, 5)
                .startHourUtc(9)
                .endHourUtc(17);
    }

    @Test
    void upsertSendsTheSpecsExampleAndReadsTheSchedule() throws Exception {
        server.enqueue(ok(schedule()));
        ScalingSchedule stored = ch.services()
                .scalingSchedule()
                .upsert(
                        SERVICE_ID,
                        UpsertScalingScheduleParams.builder()
                                .addEntries(businessHours()
                                        .autoscalingMode(AutoscalingMode.VERTICAL)
                                        .minReplicaMemoryGb(16)
                                        .maxReplicaMemoryGb(16)
                                        .numReplicas(3)
                                        .build())
                                .build());
        assertThat(body(cloud.expect("POST", servicePath("/scalingSchedule"))))
                .isEqualTo(fixture("spec-scaling-schedule-upsert.json").get("request"));
        ScalingScheduleEntry entry = stored.entries().get(0);
        assertThat(entry.id()).isEqualTo(ENTRY_ID);
        assertThat(entry.name()).contains("Business hours");
        assertThat(entry.weekdays()).containsExactly(1, 2, 3, 4, 5);
        assertThat(entry.startHourUtc()).contains(9);
        assertThat(entry.endHourUtc()).contains(17);
        assertThat(entry.autoscalingMode()).contains(AutoscalingMode.VERTICAL);
        assertThat(entry.minReplicas()).contains(3);
        assertThat(entry.idleTimeoutMinutes()).contains(15);
        assertThat(entry.isActiveNow()).contains(true);
        ScalingScheduleBaseConfig base = stored.baseConfig().orElseThrow();
        assertThat(base.maxReplicaMemoryGb()).contains(32);
        assertThat(base.idleScaling()).contains(true);
        assertThat(stored.activeEntryId()).contains(ENTRY_ID);
    }

    @Test
    void upsertWithoutEntriesSendsAnEmptyListWhichClearsTheSchedule() throws Exception {
        server.enqueue(ok("{\"entries\":[],\"baseConfig\":{}}"));
        ScalingSchedule cleared = ch.services()
                .scalingSchedule()
                .upsert(SERVICE_ID, UpsertScalingScheduleParams.builder().build());
        assertThat(body(cloud.expect("POST", servicePath("/scalingSchedule")))).isEqualTo(tree("{\"entries\":[]}"));
        assertThat(cleared.entries()).isEmpty();
        assertThat(cleared.baseConfig().orElseThrow().autoscalingMode()).isEmpty();
        assertThat(cleared.activeEntryId()).isEmpty();
    }

    @Test
    void getAndDelete() throws Exception {
        server.enqueue(ok(schedule()));
        server.enqueue(okEmpty());
        server.enqueue(notFound());
        assertThat(ch.services().scalingSchedule().get(SERVICE_ID).entries()).hasSize(1);
        ch.services().scalingSchedule().delete(SERVICE_ID);
        assertThatThrownBy(() -> ch.services().scalingSchedule().get(SERVICE_ID))
                .isInstanceOf(NotFoundException.class);
        cloud.expect("GET", servicePath("/scalingSchedule"));
        cloud.expect("DELETE", servicePath("/scalingSchedule"));
        cloud.expect("GET", servicePath("/scalingSchedule"));
    }

    @Test
    void aHorizontalOvernightEntryGoesOutAsSet() throws Exception {
        server.enqueue(ok(schedule()));
        ch.services()
                .scalingSchedule()
                .upsert(
                        SERVICE_ID,
                        UpsertScalingScheduleParams.builder()
                                .addEntries(ScalingScheduleEntryParams.builder()
                                        .name("Nightly batch")
                                        .addWeekdays(0, 6)
                                        .startHourUtc(22)
                                        .endHourUtc(4)
                                        .autoscalingMode(AutoscalingMode.HORIZONTAL)
                                        .minReplicaMemoryGb(32)
                                        .maxReplicaMemoryGb(32)
                                        .minReplicas(2)
                                        .maxReplicas(6)
                                        .idleScaling(false)
                                        .idleTimeoutMinutes(30)
                                        .build())
                                .build());
        assertThat(body(cloud.expect("POST", servicePath("/scalingSchedule"))))
                .isEqualTo(tree("{\"entries\":[{\"name\":\"Nightly batch\",\"weekdays\":[0,6],\"startHourUtc\":22,"
                        + "\"endHourUtc\":4,\"autoscalingMode\":\"horizontal\",\"minReplicaMemoryGb\":32,"
                        + "\"maxReplicaMemoryGb\":32,\"minReplicas\":2,\"maxReplicas\":6,\"idleScaling\":false,"
                        + "\"idleTimeoutMinutes\":30}]}"));
    }

    @Test
    void theSpecsRulesAreCheckedWhenBuilding() {
        refused(
                b -> ScalingScheduleEntryParams.builder()
                        .addWeekdays(1)
                        .startHourUtc(9)
                        .endHourUtc(17),
                "name");
        refused(b -> b.weekdays(java.util.List.of()), "weekdays");
        refused(b -> b.addWeekdays(7), "weekdays");
        refused(b -> b.addWeekdays(-1), "weekdays");
        refused(b -> b.startHourUtc(24), "startHourUtc");
        refused(b -> b.endHourUtc(0), "endHourUtc");
        refused(b -> b.endHourUtc(25), "endHourUtc");
        refused(b -> b.endHourUtc(9), "endHourUtc must differ from startHourUtc");
        refused(b -> b.numReplicas(0), "numReplicas");
        refused(b -> b.minReplicas(0).maxReplicas(2), "minReplicas");
        refused(b -> b.numReplicas(3).minReplicas(2).maxReplicas(3), "numReplicas must not be combined");
        refused(b -> b.minReplicas(2), "minReplicas and maxReplicas must be set together");
        refused(b -> b.minReplicaMemoryGb(16), "minReplicaMemoryGb and maxReplicaMemoryGb");
        refused(
                b -> b.autoscalingMode(AutoscalingMode.HORIZONTAL)
                        .minReplicas(1)
                        .maxReplicas(2),
                "a horizontal entry needs minReplicaMemoryGb");
        refused(
                b -> b.autoscalingMode(AutoscalingMode.HORIZONTAL)
                        .minReplicaMemoryGb(16)
                        .maxReplicaMemoryGb(32),
                "a horizontal entry needs minReplicaMemoryGb");
        assertThatCode(() -> businessHours()
                        .startHourUtc(0)
                        .endHourUtc(24)
                        .addWeekdays(0, 6)
                        .minReplicas(2)
                        .maxReplicas(2)
                        .minReplicaMemoryGb(8)
                        .maxReplicaMemoryGb(400) // tier-dependent: the server's to judge
                        .build())
                .doesNotThrowAnyException();
    }

    private static void refused(UnaryOperator<ScalingScheduleEntryParams.Builder> change, String message) {
        assertThatThrownBy(() -> change.apply(businessHours()).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void theScheduleDecodesWithAnyOneFieldRemovedButTheEntriesIds() {
        JsonNode body = fixture("spec-scaling-schedule.json").get("response");
        for (Published.Variant variant : Published.withOneFieldRemoved(body, Set.of("entries[].id"))) {
            assertThatCode(() -> Published.decode(variant.body(), ScalingSchedule.class))
                    .as(variant.toString())
                    .doesNotThrowAnyException();
        }
        JsonNode unknownMode = tree(body.toString().replace("\"vertical\"", "\"diagonal\""));
        assertThat(Published.decode(unknownMode, ScalingSchedule.class)
                        .entries()
                        .get(0)
                        .autoscalingMode()
                        .orElseThrow()
                        .value())
                .isEqualTo("diagonal");
    }

    @Test
    void theServiceIdIsCheckedBeforeSending() {
        assertThatThrownBy(() -> ch.services().scalingSchedule().get(" "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("serviceId");
        assertThat(server.getRequestCount()).isZero();
    }
}
