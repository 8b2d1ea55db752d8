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
import dev.dbcloud.core.testing.Published;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** {@code …/services/{serviceId}/clickhouseSettings}: the wire form of each operation and the spec's examples. */
class ClickHouseSettingsTest extends ClientTest {
    private static final String DIR = "/published/clickhouse/";

    private static JsonNode fixture(String name) {
        return Published.fixture(DIR + name);
    }

    private static String response(String name) {
        return fixture(name).get("response").toString();
    }

    /** The items under {@code settings}, as the endpoint streams them: a missing member is an empty list. */
    private static <T> List<T> settingsOf(JsonNode body, Class<T> type) {
        return body.has("settings") ? Published.decodeEach(body.get("settings"), type) : List.of();
    }

    @Test
    void listReadsTheSettingsUnderTheirMember() throws Exception {
        server.enqueue(ok(response("spec-clickhouse-settings-list.json")));
        List<ClickHouseSetting> settings = ch.services().clickhouseSettings().list(SERVICE_ID);
        cloud.expect("GET", servicePath("/clickhouseSettings"));
        assertThat(settings)
                .containsExactly(ClickHouseSetting.builder()
                        .name("compatibility")
                        .value("24.8")
                        .build());
    }

    @Test
    void updateSendsTheSettingsAsAStringHoldingAJsonObject() throws Exception {
        JsonNode doc = fixture("spec-clickhouse-settings-update.json");
        server.enqueue(ok(doc.get("response").toString()));
        ClickHouseSettingsUpdate applied = ch.services()
                .clickhouseSettings()
                .update(
                        SERVICE_ID,
                        UpdateClickHouseSettingsParams.builder()
                                .putSettings("compatibility", "24.8")
                                .build());
        JsonNode sent = body(cloud.expect("PATCH", servicePath("/clickhouseSettings")));
        assertThat(sent.fieldNames()).toIterable().containsExactly("settings");
        assertThat(sent.get("settings").isTextual()).isTrue();
        assertThat(tree(sent.get("settings").asText()))
                .isEqualTo(tree(doc.get("request").get("settings").asText()));
        assertThat(applied.settings()).isEqualTo(Map.of("compatibility", "24.8"));
        assertThat(applied.warnings()).singleElement().satisfies(w -> {
            assertThat(w.name()).contains("compatibility");
            assertThat(w.message().orElseThrow()).startsWith("Changing the compatibility version");
        });
    }

    @Test
    void updatedSettingsReadFromAPlainObjectToo() throws Exception {
        server.enqueue(ok("{\"settings\":{\"max_threads\":8,\"compatibility\":\"24.8\",\"gone\":null}}"));
        ClickHouseSettingsUpdate applied = ch.services()
                .clickhouseSettings()
                .update(
                        SERVICE_ID,
                        UpdateClickHouseSettingsParams.builder()
                                .putSettings("max_threads", "8")
                                .build());
        assertThat(applied.settings())
                .containsExactly(Map.entry("max_threads", "8"), Map.entry("compatibility", "24.8"));
        assertThat(applied.warnings()).isEmpty();
    }

    @Test
    void anAnswerWithoutSettingsReadsEmpty() throws Exception {
        server.enqueue(ok("{\"settings\":\"\"}"));
        server.enqueue(ok("{\"settings\":null,\"warnings\":null}"));
        UpdateClickHouseSettingsParams params =
                UpdateClickHouseSettingsParams.builder().putSettings("a", "1").build();
        assertThat(ch.services().clickhouseSettings().update(SERVICE_ID, params).settings())
                .isEmpty();
        assertThat(ch.services().clickhouseSettings().update(SERVICE_ID, params).settings())
                .isEmpty();
    }

    @Test
    void schemaReadsEveryField() throws Exception {
        server.enqueue(ok(response("spec-clickhouse-settings-schema.json")));
        List<ClickHouseSettingSchemaEntry> schema =
                ch.services().clickhouseSettings().schema(SERVICE_ID);
        cloud.expect("GET", servicePath("/clickhouseSettings/schema"));
        ClickHouseSettingSchemaEntry entry = schema.get(0);
        assertThat(entry.name()).isEqualTo("compatibility");
        assertThat(entry.type()).contains("string");
        assertThat(entry.description()).contains("ClickHouse version compatibility setting.");
        assertThat(entry.allowedValues()).containsExactly("0", "1");
        assertThat(entry.warning().orElseThrow()).startsWith("Changing this setting");
        assertThat(entry.deprecationNotice().orElseThrow()).contains("stateless workers");
        assertThat(entry.example()).contains("24.8");
    }

    @Test
    void getAndDeleteNameTheSettingInThePath() throws Exception {
        server.enqueue(ok(response("spec-clickhouse-setting.json")));
        server.enqueue(okEmpty());
        ClickHouseSetting setting = ch.services().clickhouseSettings().get(SERVICE_ID, "compatibility");
        ch.services().clickhouseSettings().delete(SERVICE_ID, "max threads");
        cloud.expect("GET", servicePath("/clickhouseSettings/compatibility"));
        cloud.expect("DELETE", servicePath("/clickhouseSettings/max%20threads"));
        assertThat(setting.name()).isEqualTo("compatibility");
        assertThat(setting.value()).contains("24.8");
    }

    @Test
    void aSettingNamedSchemaOrBlankIsRefusedBeforeSending() {
        assertThatThrownBy(() -> ch.services().clickhouseSettings().get(SERVICE_ID, "schema"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("settingName");
        assertThatThrownBy(() -> ch.services().clickhouseSettings().delete(SERVICE_ID, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("settingName");
        assertThatThrownBy(() -> ch.services().clickhouseSettings().list(".."))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("serviceId");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void theSpecsExamplesDecodeWholeAndWithAnyOneFieldRemovedButTheName() {
        Map<String, Consumer<JsonNode>> decoders = Map.of(
                "spec-clickhouse-setting.json", body -> Published.decode(body, ClickHouseSetting.class),
                "spec-clickhouse-settings-list.json", body -> settingsOf(body, ClickHouseSetting.class),
                "spec-clickhouse-settings-schema.json", body -> settingsOf(body, ClickHouseSettingSchemaEntry.class),
                "spec-clickhouse-settings-update.json", body -> Published.decode(body, ClickHouseSettingsUpdate.class));
        decoders.forEach((name, decode) -> {
            JsonNode body = fixture(name).get("response");
            decode.accept(body);
            for (Published.Variant variant : Published.withOneFieldRemoved(body, Set.of("name", "settings[].name"))) {
                assertThatCode(() -> decode.accept(variant.body()))
                        .as(name + " " + variant)
                        .doesNotThrowAnyException();
            }
        });
        assertThatThrownBy(() -> Published.decode(tree("{\"value\":\"1\"}"), ClickHouseSetting.class))
                .hasStackTraceContaining("name");
    }
}
