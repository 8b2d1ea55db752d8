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
import java.time.Instant;
import java.util.List;
import java.util.Set;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** {@code …/services/{serviceId}/clickstack/saved-searches}: each operation on the wire and the spec's example. */
class ClickStackSavedSearchesTest extends ClientTest {
    private static final JsonNode EXAMPLE =
            Published.fixture("/published/clickhouse/spec-clickstack-saved-search.json");
    private static final String ID = "507f1f77bcf86cd799439011";
    /** The specification's example of {@code ClickStackSavedSearchInput}, field by field. */
    private static final JsonNode REQUEST =
            tree("{\"name\":\"Production Errors\",\"sourceId\":\"507f1f77bcf86cd799439012\","
                    + "\"select\":\"Timestamp, ServiceName, Body\",\"where\":\"SeverityText:ERROR\",\"whereLanguage\":\"lucene\","
                    + "\"orderBy\":\"Timestamp DESC\",\"tags\":[\"production\",\"errors\"],"
                    + "\"filters\":[{\"type\":\"sql\",\"condition\":\"ServiceName IN ('checkout', 'payments')\"}]}");

    private static ClickStackSavedSearchParams example() {
        return ClickStackSavedSearchParams.builder()
                .name("Production Errors")
                .sourceId("507f1f77bcf86cd799439012")
                .select("Timestamp, ServiceName, Body")
                .where("SeverityText:ERROR")
                .whereLanguage(ClickStackWhereLanguage.LUCENE)
                .orderBy("Timestamp DESC")
                .addTags("production", "errors")
                .addFilters(ClickStackSearchFilter.sql("ServiceName IN ('checkout', 'payments')"))
                .build();
    }

    @Test
    void createPostsTheSpecsExampleAndReadsTheSearch() throws Exception {
        server.enqueue(ok(EXAMPLE.get("response").toString()));
        ClickStackSavedSearch search =
                ch.services().clickStack().savedSearches().create(SERVICE_ID, example());
        RecordedRequest request = cloud.expect("POST", servicePath("/clickstack/saved-searches"));
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(body(request)).isEqualTo(REQUEST);
        assertThat(search.id()).isEqualTo(ID);
        assertThat(search.name()).contains("Production Errors");
        assertThat(search.sourceId()).contains("507f1f77bcf86cd799439012");
        assertThat(search.select()).contains("Timestamp, ServiceName, Body");
        assertThat(search.where()).contains("SeverityText:ERROR");
        assertThat(search.whereLanguage()).contains(ClickStackWhereLanguage.LUCENE);
        assertThat(search.orderBy()).contains("Timestamp DESC");
        assertThat(search.tags()).containsExactly("production", "errors");
        assertThat(search.filters())
                .containsExactly(ClickStackSearchFilter.sql("ServiceName IN ('checkout', 'payments')"));
        assertThat(search.teamId()).contains("507f1f77bcf86cd799439013");
        assertThat(search.createdAt()).contains(Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(search.updatedAt()).contains(Instant.parse("2025-06-15T10:30:00Z"));
    }

    @Test
    void updatePutsTheWholeSearchAndSendsOnlyWhatIsSet() throws Exception {
        server.enqueue(ok(EXAMPLE.get("response").toString()));
        ch.services()
                .clickStack()
                .savedSearches()
                .update(
                        SERVICE_ID,
                        ID,
                        ClickStackSavedSearchParams.builder()
                                .name("Fatal")
                                .sourceId("src-1")
                                .where("SeverityText = 'FATAL'")
                                .whereLanguage(ClickStackWhereLanguage.SQL)
                                .build());
        assertThat(body(cloud.expect("PUT", servicePath("/clickstack/saved-searches/" + ID))))
                .isEqualTo(tree("{\"name\":\"Fatal\",\"sourceId\":\"src-1\",\"where\":\"SeverityText = 'FATAL'\","
                        + "\"whereLanguage\":\"sql\",\"tags\":[],\"filters\":[]}"));
    }

    @Test
    void listGetAndDelete() throws Exception {
        server.enqueue(ok("[" + EXAMPLE.get("response") + ",{\"id\":\"s-2\",\"whereLanguage\":\"kql\"}]"));
        server.enqueue(ok(EXAMPLE.get("response").toString()));
        server.enqueue(okEmpty());
        ClickStackSavedSearches searches = ch.services().clickStack().savedSearches();
        List<ClickStackSavedSearch> all = searches.list(SERVICE_ID);
        assertThat(all).extracting(ClickStackSavedSearch::id).containsExactly(ID, "s-2");
        assertThat(all.get(1).whereLanguage()).contains(ClickStackWhereLanguage.of("kql"));
        assertThat(all.get(1).tags()).isEmpty();
        assertThat(searches.get(SERVICE_ID, ID).name()).contains("Production Errors");
        searches.delete(SERVICE_ID, ID);
        assertThat(cloud.expect("GET", servicePath("/clickstack/saved-searches"))
                        .getBody())
                .isNull();
        cloud.expect("GET", servicePath("/clickstack/saved-searches/" + ID));
        cloud.expect("DELETE", servicePath("/clickstack/saved-searches/" + ID));
    }

    @Test
    void theRequiredFieldsAndABlankIdAreRefusedBeforeSending() {
        assertThatThrownBy(() -> ClickStackSavedSearchParams.builder().name("n").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sourceId");
        assertThatThrownBy(() ->
                        ClickStackSavedSearchParams.builder().sourceId("s").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("name");
        ClickStackSavedSearches searches = ch.services().clickStack().savedSearches();
        assertThatThrownBy(() -> searches.get(SERVICE_ID, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("savedSearchId");
        assertThatThrownBy(() -> searches.delete(SERVICE_ID, ".."))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("savedSearchId");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void theSearchDecodesWithAnyOneFieldRemoved() {
        for (Published.Variant variant : Published.withOneFieldRemoved(EXAMPLE.get("response"), Set.of("id"))) {
            assertThatCode(() -> Published.decode(variant.body(), ClickStackSavedSearch.class))
                    .as(variant.toString())
                    .doesNotThrowAnyException();
        }
    }
}
