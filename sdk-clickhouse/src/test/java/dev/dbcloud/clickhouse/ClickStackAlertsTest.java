package dev.dbcloud.clickhouse;

import static dev.dbcloud.clickhouse.Cloud.SERVICE_ID;
import static dev.dbcloud.clickhouse.Cloud.body;
import static dev.dbcloud.clickhouse.Cloud.ok;
import static dev.dbcloud.clickhouse.Cloud.okEmpty;
import static dev.dbcloud.clickhouse.Cloud.servicePath;
import static dev.dbcloud.clickhouse.Cloud.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dbcloud.core.testing.Published;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** {@code …/services/{serviceId}/clickstack/alerts}: each operation on the wire and the spec's example. */
class ClickStackAlertsTest extends ClientTest {
    private static final JsonNode ALERT = Published.fixture("/published/clickhouse/spec-clickstack-alert.json")
            .get("response");
    private static final String ID = "65f5e4a3b9e77c001a123456";
    /** The request fields of the example: {@code ClickStackCreateAlertRequest}'s examples, field by field. */
    private static final JsonNode REQUEST = request();

    private static JsonNode request() {
        ObjectNode request = ALERT.deepCopy();
        request.remove(List.of("id", "state", "teamId", "silenced", "executionErrors", "createdAt", "updatedAt"));
        return request;
    }

    private static ClickStackAlertParams example() {
        return ClickStackAlertParams.builder()
                .dashboardId("65f5e4a3b9e77c001a567890")
                .tileId("65f5e4a3b9e77c001a901234")
                .savedSearchId("65f5e4a3b9e77c001a345678")
                .groupBy("ServiceName")
                .threshold(new BigDecimal("100"))
                .thresholdMax(new BigDecimal("500"))
                .interval(ClickStackAlertInterval.ONE_HOUR)
                .scheduleOffsetMinutes(2)
                .scheduleStartAt(Instant.parse("2026-02-08T10:00:00Z"))
                .source(ClickStackAlertSource.TILE)
                .thresholdType(ClickStackThresholdType.ABOVE)
                .channel(ClickStackAlertChannel.webhook("65f5e4a3b9e77c001a789012")
                        .withWebhookService(ClickStackWebhookService.SLACK_API)
                        .withSlackChannelId("C01ABCDEF23"))
                .name("Test Alert")
                .message("Test Alert Message")
                .note("Threshold raised from 50 to 100 on 2026-01-15. See [runbook](https://wiki.example.com/runbook).")
                .numConsecutiveWindows(3)
                .build();
    }

    @Test
    void createPostsTheSpecsExampleAndReadsTheAlert() throws Exception {
        server.enqueue(ok(ALERT.toString()));
        ClickStackAlert alert = ch.services().clickStack().alerts().create(SERVICE_ID, example());
        RecordedRequest request = cloud.expect("POST", servicePath("/clickstack/alerts"));
        assertThat(request.getUrl().query()).isNull();
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        ObjectNode sent = (ObjectNode) body(request);
        assertThat(sent.remove("scheduleStartAt").asText()).isEqualTo("2026-02-08T10:00:00Z");
        assertThat(sent).isEqualTo(((ObjectNode) REQUEST.deepCopy()).without("scheduleStartAt"));
        assertThat(alert.id()).isEqualTo(ID);
        assertThat(alert.state()).contains(ClickStackAlertState.ALERT);
        assertThat(alert.teamId()).contains("65f5e4a3b9e77c001a345678");
        assertThat(alert.threshold()).contains(new BigDecimal("100"));
        assertThat(alert.interval()).contains(ClickStackAlertInterval.ONE_HOUR);
        assertThat(alert.channel().flatMap(ClickStackAlertChannel::webhookService))
                .contains(ClickStackWebhookService.SLACK_API);
        assertThat(alert.silenced().flatMap(ClickStackAlertSilenced::until))
                .contains(Instant.parse("2026-03-20T08:00:00Z"));
        assertThat(alert.executionErrors())
                .singleElement()
                .satisfies(e -> assertThat(e.type()).contains(ClickStackAlertErrorType.QUERY_ERROR))
                .satisfies(e -> assertThat(e.message()).contains("Query timed out after 30s"));
        assertThat(alert.createdAt()).contains(Instant.parse("2023-01-01T00:00:00Z"));
    }

    @Test
    void updatePutsAnAlertCopiedFromOneReadAndAnEmailChannel() throws Exception {
        server.enqueue(ok(ALERT.toString()));
        server.enqueue(ok(ALERT.toString()));
        ClickStackAlerts alerts = ch.services().clickStack().alerts();
        ClickStackAlert read = Published.decode(ALERT, ClickStackAlert.class);
        alerts.update(SERVICE_ID, ID, ClickStackAlertParams.builder().from(read).build());
        alerts.update(
                SERVICE_ID,
                ID,
                ClickStackAlertParams.builder()
                        .source(ClickStackAlertSource.SAVED_SEARCH)
                        .savedSearchId("ss-1")
                        .thresholdType(ClickStackThresholdType.BETWEEN)
                        .threshold(BigDecimal.ONE)
                        .thresholdMax(BigDecimal.TEN)
                        .channel(ClickStackAlertChannel.email("oncall@example.com"))
                        .build());
        ObjectNode copied = (ObjectNode) body(cloud.expect("PUT", servicePath("/clickstack/alerts/" + ID)));
        assertThat(copied.remove("scheduleStartAt").asText()).isEqualTo("2026-02-08T10:00:00Z");
        assertThat(copied).isEqualTo(((ObjectNode) REQUEST.deepCopy()).without("scheduleStartAt"));
        assertThat(body(cloud.expect("PUT", servicePath("/clickstack/alerts/" + ID))))
                .isEqualTo(tree("{\"source\":\"saved_search\",\"savedSearchId\":\"ss-1\",\"thresholdType\":\"between\","
                        + "\"threshold\":1,\"thresholdMax\":10,"
                        + "\"channel\":{\"type\":\"email\",\"emailRecipients\":[\"oncall@example.com\"]}}"));
    }

    @Test
    void listGetAndDeleteAndValuesThisVersionDoesNotKnow() throws Exception {
        server.enqueue(ok("[" + ALERT + ",{\"id\":\"a-2\",\"state\":\"MUTED\",\"interval\":\"2h\","
                + "\"thresholdType\":\"outside\",\"source\":\"metric\",\"channel\":{\"type\":\"sms\",\"severity\":\"p1\"},"
                + "\"executionErrors\":[{\"type\":\"TIMEOUT\"}],\"silenced\":null}]"));
        server.enqueue(ok(ALERT.toString()));
        server.enqueue(okEmpty());
        ClickStackAlerts alerts = ch.services().clickStack().alerts();
        List<ClickStackAlert> all = alerts.list(SERVICE_ID);
        assertThat(all).extracting(ClickStackAlert::id).containsExactly(ID, "a-2");
        ClickStackAlert odd = all.get(1);
        assertThat(odd.state()).contains(ClickStackAlertState.of("MUTED"));
        assertThat(odd.interval()).contains(ClickStackAlertInterval.of("2h"));
        assertThat(odd.thresholdType()).contains(ClickStackThresholdType.of("outside"));
        assertThat(odd.source()).contains(ClickStackAlertSource.of("metric"));
        assertThat(odd.channel().flatMap(ClickStackAlertChannel::type)).contains(ClickStackAlertChannelType.of("sms"));
        assertThat(odd.channel().flatMap(ClickStackAlertChannel::severity)).contains(ClickStackAlertSeverity.of("p1"));
        assertThat(odd.executionErrors().get(0).type()).contains(ClickStackAlertErrorType.of("TIMEOUT"));
        assertThat(odd.silenced()).isEmpty();
        assertThat(alerts.get(SERVICE_ID, ID).name()).contains("Test Alert");
        alerts.delete(SERVICE_ID, ID);
        assertThat(cloud.expect("GET", servicePath("/clickstack/alerts"))
                        .getUrl()
                        .query())
                .isNull();
        cloud.expect("GET", servicePath("/clickstack/alerts/" + ID));
        cloud.expect("DELETE", servicePath("/clickstack/alerts/" + ID));
    }

    @Test
    void whatTheSpecRequiresIsRefusedBeforeSending() {
        assertThatThrownBy(() -> ClickStackAlertParams.builder()
                        .channel(ClickStackAlertChannel.builder().webhookId("w").build())
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("channel.type is required");
        assertThatThrownBy(() -> ClickStackAlertParams.builder()
                        .channel(ClickStackAlertChannel.builder()
                                .type(ClickStackAlertChannelType.WEBHOOK)
                                .build())
                        .build())
                .hasMessage("channel.webhookId is required for a channel of type webhook");
        assertThatThrownBy(() -> ClickStackAlertParams.builder()
                        .channel(ClickStackAlertChannel.email())
                        .build())
                .hasMessage("channel.emailRecipients is required for a channel of type email");
        assertThatThrownBy(() -> ClickStackAlertParams.builder()
                        .thresholdType(ClickStackThresholdType.NOT_BETWEEN)
                        .threshold(BigDecimal.ONE)
                        .build())
                .hasMessage("thresholdMax is required for thresholdType not_between");
        assertThatThrownBy(() -> ClickStackAlertParams.builder()
                        .thresholdType(ClickStackThresholdType.BETWEEN)
                        .threshold(BigDecimal.TEN)
                        .thresholdMax(BigDecimal.ONE)
                        .build())
                .hasMessage("thresholdMax must be at least threshold");
        assertThatCode(() -> ClickStackAlertParams.builder()
                        .thresholdType(ClickStackThresholdType.ABOVE)
                        .channel(ClickStackAlertChannel.builder()
                                .type(ClickStackAlertChannelType.of("sms"))
                                .build())
                        .build())
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ch.services().clickStack().alerts().delete(SERVICE_ID, ".."))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alertId");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void theAlertDecodesWithAnyOneFieldRemoved() {
        for (Published.Variant variant : Published.withOneFieldRemoved(ALERT, Set.of("id"))) {
            assertThatCode(() -> Published.decode(variant.body(), ClickStackAlert.class))
                    .as(variant.toString())
                    .doesNotThrowAnyException();
        }
    }
}
