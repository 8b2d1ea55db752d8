package dev.dbcloud.clickhouse;

import static dev.dbcloud.clickhouse.Cloud.SERVICE_ID;
import static dev.dbcloud.clickhouse.Cloud.body;
import static dev.dbcloud.clickhouse.Cloud.json;
import static dev.dbcloud.clickhouse.Cloud.ok;
import static dev.dbcloud.clickhouse.Cloud.okEmpty;
import static dev.dbcloud.clickhouse.Cloud.servicePath;
import static dev.dbcloud.clickhouse.Cloud.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dbcloud.core.errors.ConflictException;
import dev.dbcloud.core.testing.LogCapture;
import dev.dbcloud.core.testing.Published;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** {@code …/services/{serviceId}/clickstack/webhooks}: each operation on the wire, the examples, the secrets kept. */
class ClickStackWebhooksTest extends ClientTest {
    private static final JsonNode ANSWERS = Published.fixture("/published/clickhouse/spec-clickstack-webhooks.json")
            .get("response");
    private static final String SLACK_URL =
            "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX";
    private static final String TOKEN = "webhook-bearer-token";
    private static final String GENERIC_ID = "507f1f77bcf86cd799439013";

    private static ClickStackWebhookParams generic() {
        return ClickStackWebhookParams.builder()
                .name("PagerDuty Integration")
                .service(ClickStackWebhookService.GENERIC)
                .url("https://example.com/webhooks/alerts")
                .description("Forwards alert payloads to an external monitoring service")
                .body("{\"alert\": \"{{title}}\", \"severity\": \"{{level}}\"}")
                .headers(Map.of("Authorization", "Bearer " + TOKEN))
                .queryParams(Map.of("token", TOKEN))
                .build();
    }

    @Test
    void createPostsTheSpecsSlackExampleAndReadsTheWebhook() throws Exception {
        server.enqueue(ok(ANSWERS.get(0).toString()));
        ClickStackWebhook w = ch.services()
                .clickStack()
                .webhooks()
                .create(
                        SERVICE_ID,
                        ClickStackWebhookParams.builder()
                                .name("Production Alerts")
                                .service(ClickStackWebhookService.SLACK)
                                .url(SLACK_URL)
                                .description("Sends critical alerts to the #incidents channel")
                                .build());
        RecordedRequest request = cloud.expect("POST", servicePath("/clickstack/webhooks"));
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(body(request))
                .isEqualTo(tree("{\"name\":\"Production Alerts\",\"service\":\"slack\",\"url\":\"" + SLACK_URL
                        + "\",\"description\":\"Sends critical alerts to the #incidents channel\"}"));
        assertThat(w.id()).isEqualTo("507f1f77bcf86cd799439011");
        assertThat(w.name()).contains("Production Alerts");
        assertThat(w.service()).contains(ClickStackWebhookService.SLACK);
        assertThat(w.url()).contains(SLACK_URL);
        assertThat(w.description()).contains("Sends critical alerts to the #incidents channel");
        assertThat(w.body()).isEmpty();
        assertThat(w.createdAt()).contains(Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(w.updatedAt()).contains(Instant.parse("2025-06-15T10:30:00Z"));
    }

    @Test
    void updatePutsHeadersAndQueryParamsOnlyWhenSetAndAnEmptyMapClearsThem() throws Exception {
        server.enqueue(ok(ANSWERS.get(1).toString()));
        server.enqueue(ok(ANSWERS.get(1).toString()));
        ClickStackWebhooks webhooks = ch.services().clickStack().webhooks();
        ClickStackWebhook w = webhooks.update(SERVICE_ID, GENERIC_ID, generic());
        webhooks.update(
                SERVICE_ID,
                GENERIC_ID,
                ClickStackWebhookParams.builder()
                        .from(ClickStackWebhookParams.of(
                                "n", ClickStackWebhookService.INCIDENT_IO, "https://api.incident.io/v2/x"))
                        .headers(Map.of())
                        .build());
        assertThat(body(cloud.expect("PUT", servicePath("/clickstack/webhooks/" + GENERIC_ID))))
                .isEqualTo(tree("{\"name\":\"PagerDuty Integration\",\"service\":\"generic\","
                        + "\"url\":\"https://example.com/webhooks/alerts\","
                        + "\"description\":\"Forwards alert payloads to an external monitoring service\","
                        + "\"body\":\"{\\\"alert\\\": \\\"{{title}}\\\", \\\"severity\\\": \\\"{{level}}\\\"}\","
                        + "\"headers\":{\"Authorization\":\"Bearer " + TOKEN + "\"},"
                        + "\"queryParams\":{\"token\":\"" + TOKEN + "\"}}"));
        assertThat(body(cloud.expect("PUT", servicePath("/clickstack/webhooks/" + GENERIC_ID))))
                .isEqualTo(tree("{\"name\":\"n\",\"service\":\"incidentio\","
                        + "\"url\":\"https://api.incident.io/v2/x\",\"headers\":{}}"));
        assertThat(w.service()).contains(ClickStackWebhookService.GENERIC);
        assertThat(w.body()).contains("{\"alert\": \"{{title}}\", \"severity\": \"{{level}}\"}");
    }

    @Test
    void listAndDeleteAndAWebhookInUse() throws Exception {
        server.enqueue(ok(ANSWERS.toString()));
        server.enqueue(okEmpty());
        server.enqueue(json(
                409, "{\"status\":409,\"error\":\"CONFLICT: webhook is used by 2 alerts\",\"requestId\":\"r-1\"}"));
        ClickStackWebhooks webhooks = ch.services().clickStack().webhooks();
        List<ClickStackWebhook> all = webhooks.list(SERVICE_ID);
        assertThat(all).extracting(ClickStackWebhook::id).containsExactly("507f1f77bcf86cd799439011", GENERIC_ID);
        webhooks.delete(SERVICE_ID, GENERIC_ID);
        assertThatThrownBy(() -> webhooks.delete(SERVICE_ID, GENERIC_ID))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.errorMessage())
                        .contains("webhook is used by 2 alerts"));
        cloud.expect("GET", servicePath("/clickstack/webhooks"));
        cloud.expect("DELETE", servicePath("/clickstack/webhooks/" + GENERIC_ID));
        cloud.expect("DELETE", servicePath("/clickstack/webhooks/" + GENERIC_ID));
    }

    @Test
    void theSpecsRulesAreCheckedBeforeSending() {
        assertThatThrownBy(() -> ClickStackWebhookParams.builder()
                        .name("n")
                        .service(ClickStackWebhookService.SLACK)
                        .url(SLACK_URL)
                        .body("{}")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("body is not allowed for service slack");
        assertThatThrownBy(() -> ClickStackWebhookParams.builder()
                        .name("n")
                        .service(ClickStackWebhookService.GENERIC)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("url");
        assertThatThrownBy(() -> ClickStackWebhookParams.builder()
                        .name("n")
                        .url("https://x")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("service");
        assertThatCode(() -> ClickStackWebhookParams.builder()
                        .name("n")
                        .service(ClickStackWebhookService.of("teams"))
                        .url("https://x")
                        .body("{}")
                        .build())
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> ch.services().clickStack().webhooks().delete(SERVICE_ID, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("webhookId");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void urlsTemplatesHeadersAndQueryParamsShowNowhere() throws Exception {
        String answer = ANSWERS.get(0).toString().replace(SLACK_URL, SLACK_URL + TOKEN);
        server.enqueue(ok(answer));
        ClickStackWebhook w;
        List<String> lines;
        List<String> traceLines;
        try (LogCapture logs = LogCapture.http()) {
            w = ch.services().clickStack().webhooks().create(SERVICE_ID, generic());
            lines = logs.messages();
            traceLines = logs.messagesAt(Level.FINER);
        }
        cloud.expect("POST", servicePath("/clickstack/webhooks"));
        assertThat(w.url()).contains(SLACK_URL + TOKEN);
        assertThat(traceLines)
                .anySatisfy(line -> assertThat(line).contains("(body withheld: the request carries a secret)"))
                .anySatisfy(line -> assertThat(line).contains("(body withheld: the answer carries a secret)"));
        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line).doesNotContain(TOKEN));
        assertThat(w.toString()).doesNotContain(TOKEN).doesNotContain("hooks.slack.com");
        assertThat(generic().toString())
                .doesNotContain(TOKEN)
                .doesNotContain("example.com")
                .doesNotContain("{{title}}")
                .contains("PagerDuty Integration");
    }

    @Test
    void eachWebhookDecodesWithAnyOneFieldRemoved() {
        for (Published.Variant variant : Published.withOneFieldRemoved(ANSWERS, Set.of("[].id"))) {
            assertThatCode(() -> Published.decodeEach(variant.body(), ClickStackWebhook.class))
                    .as(variant.toString())
                    .doesNotThrowAnyException();
        }
    }
}
