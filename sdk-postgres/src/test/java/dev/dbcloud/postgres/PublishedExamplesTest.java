package dev.dbcloud.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dbcloud.clickhouse.CloudRegion;
import dev.dbcloud.clickhouse.Tag;
import dev.dbcloud.core.testing.Published;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The request and response bodies the vendor publishes for Managed Postgres (the "Managed Postgres OpenAPI"
 * walkthrough and the examples of the vendored spec, fixtures under {@code published/postgres/} with their
 * source): requests built with the SDK's builders go out as the docs print them; responses decode whole and with any
 * one field removed but those the SDK cannot work without ({@link #REQUIRED}).
 *
 * <p>Exceptions, each with its reason:
 *
 * <ul>
 *   <li>{@code spec-pgconfig-example.json}: the spec's {@code pgConfig} example has the number {@code 100}; the SDK
 *       reads it but sends strings, as the walkthrough and the vendor's Terraform provider do, so it is a response
 *       fixture only.
 * </ul>
 */
class PublishedExamplesTest extends ClientTest {
    private static final String DIR = "/published/postgres/";

    /**
     * The fields the SDK cannot work without: the ids, an instance's state (its waiters read it), and a tag's key (a
     * tag's identity; the tag-keeping update sends read tags back).
     */
    private static final Set<String> REQUIRED = Set.of(
            "id",
            "[].id",
            "state",
            "[].state",
            "queryId",
            "[].queryId",
            "aggregate.queryId",
            "tags[].key",
            "[].tags[].key");

    private static JsonNode fixture(String name) {
        return Published.fixture(DIR + name);
    }

    @Test
    void createGoesOutAsDocumented() throws InterruptedException {
        JsonNode doc = fixture("docs-create.json");
        server.enqueue(Pg.ok(doc.at("/response/result").toString()));
        PostgresInstance created = client.instances()
                .create(CreateInstanceParams.builder()
                        .name("my postgres")
                        .region(CloudRegion.US_WEST_2)
                        .postgresVersion(PostgresVersion.V18)
                        .size(InstanceSize.R8GD_LARGE)
                        .build());
        assertThat(Pg.body(pg.expect("POST", "/v1/organizations/" + Pg.ORG + "/postgres")))
                .isEqualTo(doc.get("request"));
        assertThat(created.password()).contains("vV6cfEr2p_-TzkCDrZOx");
    }

    @Test
    void aTagUpdateGoesOutAsDocumented() throws InterruptedException {
        JsonNode doc = fixture("docs-update-tags.json");
        server.enqueue(Pg.ok(doc.at("/response/result").toString()));
        PostgresInstance updated = client.instances()
                .update(
                        Pg.ID,
                        UpdateInstanceParams.builder()
                                .tags(List.of(Tag.builder()
                                        .key("Environment")
                                        .value("production")
                                        .build()))
                                .build());
        assertThat(Pg.body(pg.expect("PATCH", "/v1/organizations/" + Pg.ORG + "/postgres/" + Pg.ID)))
                .isEqualTo(doc.get("request"));
        assertThat(updated.tags()).extracting(Tag::key).containsExactly("Environment");
    }

    @Test
    void aConfigChangeGoesOutWithStringValuesAsDocumented() throws InterruptedException {
        JsonNode doc = fixture("docs-config.json");
        server.enqueue(Pg.ok(doc.at("/response/result").toString()));
        InstanceConfig config = client.instances()
                .replaceConfig(
                        Pg.ID,
                        ConfigParams.builder()
                                .pgConfig(PgConfig.builder().maxConnections(42).build())
                                .pgBouncerConfig(Map.of())
                                .build());
        assertThat(Pg.body(pg.expect("POST", "/v1/organizations/" + Pg.ORG + "/postgres/" + Pg.ID + "/config")))
                .isEqualTo(doc.get("request"));
        assertThat(config.pgConfig().maxConnections()).hasValue(42);
    }

    @Test
    void theSpecsNumericConfigExampleReadsAsItsNumber() {
        JsonNode doc = fixture("spec-pgconfig-example.json");
        assertThat(Published.decode(doc.at("/response/result"), PgConfig.class).maxConnections())
                .hasValue(100);
    }

    static Stream<String> responses() {
        return Stream.of(
                "docs-list-response.json",
                "docs-create.json",
                "docs-update-tags.json",
                "docs-config.json",
                "docs-slow-query-patterns.json",
                "docs-slow-query-pattern.json",
                "spec-pgconfig-example.json",
                "spec-pgbouncer-example.json");
    }

    private static Consumer<JsonNode> decoder(String type) {
        switch (type) {
            case "PostgresInstance":
                return body -> Published.decode(body, PostgresInstance.class);
            case "PostgresInstance[]":
                return body -> Published.decodeEach(body, PostgresInstance.class);
            case "InstanceConfig":
                return body -> Published.decode(body, InstanceConfig.class);
            case "SlowQueryPattern[]":
                return body -> Published.decodeEach(body, SlowQueryPattern.class);
            case "SlowQueryPatternDetail":
                return body -> Published.decode(body, SlowQueryPatternDetail.class);
            case "PgConfig":
                return body -> Published.decode(body, PgConfig.class);
            case "Map<String,String>":
                return body -> Published.decode(body, Map.class);
            default:
                throw new IllegalArgumentException("no decoder for " + type);
        }
    }

    @ParameterizedTest
    @MethodSource("responses")
    void everyPublishedResponseDecodesWholeAndWithAnyOneFieldRemoved(String name) {
        JsonNode doc = fixture(name);
        JsonNode result = doc.at("/response/result");
        Consumer<JsonNode> decode = decoder(doc.get("type").asText());
        decode.accept(result);
        for (Published.Variant variant : Published.withOneFieldRemoved(result, REQUIRED)) {
            assertThatCode(() -> decode.accept(variant.body()))
                    .as(name + " " + variant)
                    .doesNotThrowAnyException();
        }
    }
}
