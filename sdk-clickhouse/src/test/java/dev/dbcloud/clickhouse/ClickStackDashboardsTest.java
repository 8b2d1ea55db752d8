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
import java.util.List;
import java.util.Map;
import java.util.Set;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** {@code …/services/{serviceId}/clickstack/dashboards}: each operation on the wire and the spec's examples. */
class ClickStackDashboardsTest extends ClientTest {
    private static final JsonNode EXAMPLE = Published.fixture("/published/clickhouse/spec-clickstack-dashboard.json");
    private static final JsonNode DASHBOARD = EXAMPLE.get("response");
    private static final String ID = "65f5e4a3b9e77c001a567890";

    private static JsonNode withoutId(JsonNode dashboard) {
        ObjectNode copy = dashboard.deepCopy();
        copy.remove("id");
        return copy;
    }

    private static ClickStackTile markdown(String text) {
        return ClickStackTile.builder()
                .name("Notes")
                .x(0)
                .y(0)
                .w(6)
                .h(3)
                .config(ClickStackTileConfig.builder()
                        .displayType(ClickStackDisplayType.MARKDOWN)
                        .markdown(text)
                        .build())
                .build();
    }

    @Test
    void createPostsTheSpecsExampleReadBackWholeWithTheTileConfigAndUnknownFieldsKeptAsJson() throws Exception {
        ObjectNode answer = DASHBOARD.deepCopy();
        answer.put("refreshSeconds", 60);
        ((ObjectNode) answer.get("filters").get(0)).put("multiSelect", true);
        ((ObjectNode) answer.get("containers").get(0).get("tabs").get(0)).put("icon", "bug");
        server.enqueue(ok(answer.toString()));
        ClickStackDashboard read = Published.decode(answer, ClickStackDashboard.class);
        ClickStackDashboard created = ch.services()
                .clickStack()
                .dashboards()
                .create(
                        SERVICE_ID,
                        ClickStackDashboardParams.builder().from(read).build());
        RecordedRequest request = cloud.expect("POST", servicePath("/clickstack/dashboards"));
        assertThat(request.getUrl().query()).isNull();
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(body(request)).isEqualTo(withoutId(answer));
        assertThat(read.unknownFields()).containsOnlyKeys("refreshSeconds");
        assertThat(created.id()).isEqualTo(ID);
        assertThat(created.name()).contains("Service Overview");
        ClickStackTile tile = created.tiles().get(0);
        assertThat(tile.id()).contains("65f5e4a3b9e77c001a901234");
        assertThat(List.of(tile.x(), tile.y(), tile.w(), tile.h()))
                .containsExactly(
                        java.util.Optional.of(0),
                        java.util.Optional.of(0),
                        java.util.Optional.of(6),
                        java.util.Optional.of(3));
        ClickStackTileConfig config = tile.config().orElseThrow();
        assertThat(config.displayType()).contains(ClickStackDisplayType.LINE);
        assertThat(config.sourceId()).contains("65f5e4a3b9e77c001a111111");
        assertThat(config.unknownFields()).containsKeys("select", "groupBy", "numberFormat");
        assertThat(created.tags()).containsExactly("production", "monitoring");
        assertThat(created.filters().get(0).sourceMetricType()).contains(ClickStackMetricType.GAUGE);
        assertThat(created.filters().get(0).whereLanguage()).contains(ClickStackWhereLanguage.LUCENE);
        assertThat(created.savedQueryLanguage()).contains(ClickStackWhereLanguage.SQL);
        assertThat(created.savedFilterValues())
                .containsExactly(ClickStackSearchFilter.sql("ServiceName IN ('hdx-oss-dev-api')"));
        assertThat(created.containers().get(0).tabs())
                .extracting(t -> t.title().orElseThrow())
                .containsExactly("Errors");
    }

    @Test
    void updateAndValidatePutAndPostTheBodyBuiltInCode() throws Exception {
        server.enqueue(ok(DASHBOARD.toString()));
        server.enqueue(ok(EXAMPLE.get("validate").toString()));
        ClickStackDashboards dashboards = ch.services().clickStack().dashboards();
        ClickStackDashboardParams params = ClickStackDashboardParams.builder()
                .name("Updated Dashboard Name")
                .addTiles(markdown("# Service health"))
                .addTags("production", "updated")
                .addFilters(ClickStackDashboardFilter.builder()
                        .id("f-1")
                        .type("QUERY_EXPRESSION")
                        .name("Environment")
                        .expression("environment")
                        .sourceId("65f5e4a3b9e77c001a111111")
                        .build())
                .build();
        dashboards.update(SERVICE_ID, ID, params);
        ClickStackDashboardValidation validation = dashboards.validate(
                SERVICE_ID,
                ClickStackDashboardParams.builder().name("New Dashboard").build());
        JsonNode tiles = tree("[{\"name\":\"Notes\",\"x\":0,\"y\":0,\"w\":6,\"h\":3,"
                + "\"config\":{\"displayType\":\"markdown\",\"markdown\":\"# Service health\"}}]");
        assertThat(body(cloud.expect("PUT", servicePath("/clickstack/dashboards/" + ID))))
                .isEqualTo(tree("{\"name\":\"Updated Dashboard Name\",\"tiles\":" + tiles
                        + ",\"tags\":[\"production\",\"updated\"],"
                        + "\"filters\":[{\"id\":\"f-1\",\"type\":\"QUERY_EXPRESSION\",\"name\":\"Environment\","
                        + "\"expression\":\"environment\",\"sourceId\":\"65f5e4a3b9e77c001a111111\",\"appliesToSourceIds\":[]}],"
                        + "\"savedFilterValues\":[],\"containers\":[]}"));
        assertThat(body(cloud.expect("POST", servicePath("/clickstack/dashboards/validate"))))
                .isEqualTo(tree("{\"name\":\"New Dashboard\",\"tiles\":[],\"tags\":[],\"filters\":[],"
                        + "\"savedFilterValues\":[],\"containers\":[]}"));
        assertThat(validation.valid()).isFalse();
        assertThat(validation.errors())
                .singleElement()
                .satisfies(e -> assertThat(e.path()).contains("tiles.0.config"))
                .satisfies(e -> assertThat(e.message()).contains("Required"));
        assertThat(validation.normalized()).isEmpty();
    }

    @Test
    void aValidBodyComesBackNormalized() throws Exception {
        server.enqueue(ok("{\"valid\":true,\"errors\":[],\"normalized\":{\"name\":\"n\",\"tiles\":[]}}"));
        ClickStackDashboardValidation v = ch.services()
                .clickStack()
                .dashboards()
                .validate(
                        SERVICE_ID,
                        ClickStackDashboardParams.builder().name("n").build());
        cloud.expect("POST", servicePath("/clickstack/dashboards/validate"));
        assertThat(v.valid()).isTrue();
        assertThat(v.normalized()).contains(Map.of("name", "n", "tiles", List.of()));
    }

    @Test
    void listGetAndDeleteAndValuesThisVersionDoesNotKnow() throws Exception {
        server.enqueue(ok("[" + DASHBOARD + ",{\"id\":\"d-2\",\"savedQueryLanguage\":\"promql\","
                + "\"tiles\":[{\"name\":\"t\",\"config\":{\"displayType\":\"sankey\"},\"series\":[{\"type\":\"time\"}]}],"
                + "\"filters\":[{\"sourceMetricType\":\"counter\"}]}]"));
        server.enqueue(ok(DASHBOARD.toString()));
        server.enqueue(okEmpty());
        ClickStackDashboards dashboards = ch.services().clickStack().dashboards();
        List<ClickStackDashboard> all = dashboards.list(SERVICE_ID);
        assertThat(all).extracting(ClickStackDashboard::id).containsExactly(ID, "d-2");
        ClickStackDashboard odd = all.get(1);
        assertThat(odd.savedQueryLanguage()).contains(ClickStackWhereLanguage.of("promql"));
        assertThat(odd.tiles().get(0).config().flatMap(ClickStackTileConfig::displayType))
                .contains(ClickStackDisplayType.of("sankey"));
        assertThat(odd.tiles().get(0).unknownFields()).containsKey("series");
        assertThat(odd.filters().get(0).sourceMetricType()).contains(ClickStackMetricType.of("counter"));
        assertThat(dashboards.get(SERVICE_ID, ID).name()).contains("Service Overview");
        dashboards.delete(SERVICE_ID, ID);
        assertThat(cloud.expect("GET", servicePath("/clickstack/dashboards"))
                        .getUrl()
                        .query())
                .isNull();
        cloud.expect("GET", servicePath("/clickstack/dashboards/" + ID));
        cloud.expect("DELETE", servicePath("/clickstack/dashboards/" + ID));
    }

    @Test
    void whatTheSpecRequiresIsRefusedBeforeSending() {
        assertThatThrownBy(() -> ClickStackDashboardParams.builder().build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("name is required");
        assertThatThrownBy(() -> ClickStackDashboardParams.builder()
                        .name("n")
                        .addTiles(markdown("a"), markdown("b").withH(java.util.Optional.empty()))
                        .build())
                .hasMessage("tiles[1].h is required");
        assertThatThrownBy(() -> ClickStackDashboardParams.builder()
                        .name("n")
                        .addFilters(ClickStackDashboardFilter.builder()
                                .type("QUERY_EXPRESSION")
                                .name("Environment")
                                .expression("environment")
                                .build())
                        .build())
                .hasMessage("filters[0].sourceId is required");
        assertThatThrownBy(() -> ClickStackDashboardParams.builder()
                        .name("n")
                        .addSavedFilterValues(
                                ClickStackSearchFilter.builder().type("sql").build())
                        .build())
                .hasMessage("savedFilterValues[0].condition is required");
        assertThatThrownBy(() -> ClickStackDashboardParams.builder()
                        .name("n")
                        .addContainers(ClickStackDashboardContainer.builder()
                                .id("c")
                                .title("C")
                                .collapsed(false)
                                .addTabs(ClickStackDashboardContainerTab.builder()
                                        .id("t")
                                        .build())
                                .build())
                        .build())
                .hasMessage("containers[0].tabs[0].title is required");
        assertThatThrownBy(() -> ClickStackDashboardParams.builder()
                        .name("n")
                        .addContainers(ClickStackDashboardContainer.builder()
                                .id("c")
                                .title("C")
                                .build())
                        .build())
                .hasMessage("containers[0].collapsed is required");
        assertThatThrownBy(() -> ch.services().clickStack().dashboards().get(SERVICE_ID, "."))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("dashboardId");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void theDashboardAndTheValidationDecodeWithAnyOneFieldRemoved() {
        for (Published.Variant variant : Published.withOneFieldRemoved(DASHBOARD, Set.of("id"))) {
            assertThatCode(() -> Published.decode(variant.body(), ClickStackDashboard.class))
                    .as(variant.toString())
                    .doesNotThrowAnyException();
        }
        for (Published.Variant variant : Published.withOneFieldRemoved(EXAMPLE.get("validate"), Set.of("valid"))) {
            assertThatCode(() -> Published.decode(variant.body(), ClickStackDashboardValidation.class))
                    .as(variant.toString())
                    .doesNotThrowAnyException();
        }
    }
}
