package dev.dbcloud.clickhouse;

import static dev.dbcloud.clickhouse.Cloud.SERVICE_ID;
import static dev.dbcloud.clickhouse.Cloud.body;
import static dev.dbcloud.clickhouse.Cloud.json;
import static dev.dbcloud.clickhouse.Cloud.ok;
import static dev.dbcloud.clickhouse.Cloud.okEmpty;
import static dev.dbcloud.clickhouse.Cloud.servicePath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dbcloud.core.errors.BadRequestException;
import dev.dbcloud.core.testing.Published;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code …/services/{serviceId}/upgradeWindow}: the wire form of each operation, the rules and the examples. */
class UpgradeWindowsTest extends ClientTest {
    private static final JsonNode EXAMPLE = Published.fixture("/published/clickhouse/spec-upgrade-window.json");

    @Test
    void updatePutsTheSpecsExampleAndReadsTheWindow() throws Exception {
        server.enqueue(ok(EXAMPLE.get("response").toString()));
        UpgradeWindow window = ch.services().upgradeWindow().update(SERVICE_ID, UpdateUpgradeWindowParams.of(3, 12));
        assertThat(body(cloud.expect("PUT", servicePath("/upgradeWindow")))).isEqualTo(EXAMPLE.get("request"));
        assertThat(window.weekday()).contains(3);
        assertThat(window.startHourUtc()).contains(12);
        assertThat(window.duration()).contains(6);
    }

    @Test
    void getAndDelete() throws Exception {
        server.enqueue(ok(EXAMPLE.get("response").toString()));
        server.enqueue(okEmpty());
        assertThat(ch.services().upgradeWindow().get(SERVICE_ID).startHourUtc()).contains(12);
        ch.services().upgradeWindow().delete(SERVICE_ID);
        cloud.expect("GET", servicePath("/upgradeWindow"));
        cloud.expect("DELETE", servicePath("/upgradeWindow"));
    }

    @Test
    void aSecondaryServiceIsTheServersToRefuse() {
        server.enqueue(json(
                400,
                "{\"status\":400,\"error\":\"BAD_REQUEST: cannot set upgrade window on a secondary service\","
                        + "\"requestId\":\"r-1\"}"));
        assertThatThrownBy(() -> ch.services().upgradeWindow().update(SERVICE_ID, UpdateUpgradeWindowParams.of(0, 0)))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.errorCode()).contains("BAD_REQUEST");
                    assertThat(e.errorMessage()).contains("cannot set upgrade window on a secondary service");
                });
    }

    @Test
    void theSpecsValuesAreCheckedBeforeSending() {
        assertThatThrownBy(() -> UpdateUpgradeWindowParams.of(7, 12))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("weekday must be between 0 and 6");
        assertThatThrownBy(() -> UpdateUpgradeWindowParams.of(-1, 12))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("weekday");
        assertThatThrownBy(() -> UpdateUpgradeWindowParams.of(3, 9))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("startHourUtc must be 0, 6, 12 or 18");
        assertThatThrownBy(() -> UpdateUpgradeWindowParams.builder().weekday(3).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("startHourUtc");
        for (int hour : new int[] {0, 6, 12, 18}) {
            assertThatCode(() -> UpdateUpgradeWindowParams.of(6, hour)).doesNotThrowAnyException();
        }
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void theWindowDecodesWithAnyOneFieldRemoved() {
        for (Published.Variant variant : Published.withOneFieldRemoved(EXAMPLE.get("response"), Set.of())) {
            assertThatCode(() -> Published.decode(variant.body(), UpgradeWindow.class))
                    .as(variant.toString())
                    .doesNotThrowAnyException();
        }
    }
}
