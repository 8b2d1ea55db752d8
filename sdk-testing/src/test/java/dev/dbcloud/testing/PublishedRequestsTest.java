package dev.dbcloud.testing;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The local cloud accepts every request body the vendors publish for ClickHouse Cloud services, Managed Postgres
 * and Tinybird, exactly as printed: the fixtures of sdk-clickhouse ({@code published/clickhouse/},
 * {@code published/tinybird/}) and sdk-postgres ({@code published/postgres/}), each naming its source. The
 * ClickPipe creates of {@code published/clickpipes/} are sent by {@link PublishedClickPipeCreatesTest}.
 */
class PublishedRequestsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, Path> DIRECTORIES = Map.of(
            "clickhouse", Path.of("../sdk-clickhouse/src/test/resources/published/clickhouse"),
            "tinybird", Path.of("../sdk-clickhouse/src/test/resources/published/tinybird"),
            "postgres", Path.of("../sdk-postgres/src/test/resources/published/postgres"));

    /**
     * Where each published request goes, as {@code METHOD path}; {@code {name}} is the id of the seeded service,
     * Postgres instance or Tinybird cluster of that name.
     */
    private static final Map<String, String> ROUTES = Map.ofEntries(
            entry("clickhouse/docs-create-service.json", "POST /services"),
            entry("clickhouse/spec-create-service.json", "POST /services"),
            entry("clickhouse/spec-update-service.json", "PATCH /services/{analytics}"),
            entry("clickhouse/spec-scaling.json", "PATCH /services/{analytics}/scaling"),
            entry("clickhouse/spec-replica-scaling.json", "PATCH /services/{analytics}/replicaScaling"),
            entry("clickhouse/spec-replica-scaling-horizontal.json", "PATCH /services/{analytics}/replicaScaling"),
            entry("clickhouse/spec-clickhouse-settings-update.json", "PATCH /services/{analytics}/clickhouseSettings"),
            entry("clickhouse/spec-scaling-schedule-upsert.json", "POST /services/{analytics}/scalingSchedule"),
            entry("clickhouse/spec-upgrade-window.json", "PUT /services/{analytics}/upgradeWindow"),
            entry("postgres/docs-create.json", "POST /postgres"),
            entry("postgres/docs-update-tags.json", "PATCH /postgres/{orders-db}"),
            entry("postgres/docs-config.json", "POST /postgres/{orders-db}/config"),
            entry("tinybird/docs-update-weights.json", "PUT /clusters/{analytics-us}/weights"),
            entry("tinybird/docs-add-replica.json", "POST /clusters/{events-eu}/replicas"),
            entry("tinybird/docs-remove-replica.json", "DELETE /clusters/{analytics-us}/replicas/replica-2"));

    /**
     * The only changes made to a published body before it is sent, each with its reason: the API reference prints
     * {@code "<string>"} as the source of an IP access list entry, where the spec's {@code IpAccessListEntry.source}
     * is "IP or CIDR" (the simulator refuses what is neither, as the API does).
     */
    private static final Map<String, Map<String, String>> PLACEHOLDERS =
            Map.of("clickhouse/docs-create-service.json", Map.of("/ipAccessList/0", "203.0.113.0/24"));

    private static final Pattern NAMED = Pattern.compile("\\{([^}]+)}");

    private final LocalCloud cloud =
            LocalCloud.start(LocalCloud.Options.defaults().withSpeed(1000));
    private final ClickHouseHttp http = new ClickHouseHttp(cloud);

    @AfterEach
    void close() {
        cloud.close();
    }

    static Stream<String> publishedRequests() throws IOException {
        return requestFixtures().stream();
    }

    private static List<String> requestFixtures() throws IOException {
        Set<String> names = new TreeSet<>();
        for (Map.Entry<String, Path> directory : DIRECTORIES.entrySet()) {
            try (Stream<Path> files = Files.list(directory.getValue())) {
                for (Path file : files.toList()) {
                    if (MAPPER.readTree(file.toFile()).has("request")) {
                        names.add(directory.getKey() + "/" + file.getFileName());
                    }
                }
            }
        }
        return new ArrayList<>(names);
    }

    @Test
    void everyPublishedRequestIsSent() throws IOException {
        assertThat(ROUTES.keySet()).containsExactlyInAnyOrderElementsOf(requestFixtures());
    }

    @ParameterizedTest
    @MethodSource("publishedRequests")
    void aPublishedRequestIsAccepted(String name) throws IOException {
        JsonNode doc = MAPPER.readTree(fixture(name).toFile());
        assertThat(doc.path("source").asText()).isNotBlank();
        JsonNode body = withoutPlaceholders(name, doc.get("request").deepCopy());
        String[] route = ROUTES.get(name).split(" ", 2);
        String product = name.substring(0, name.indexOf('/'));

        HttpResponse<String> response = product.equals("tinybird")
                ? tinybird(route[0], route[1], body)
                : http.send(route[0], resolve(route[1], this::clickHouseId), body.toString());

        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
    }

    private static Path fixture(String name) {
        int slash = name.indexOf('/');
        return DIRECTORIES.get(name.substring(0, slash)).resolve(name.substring(slash + 1));
    }

    private static JsonNode withoutPlaceholders(String name, JsonNode body) {
        PLACEHOLDERS.getOrDefault(name, Map.of()).forEach((pointer, value) -> ((ObjectNode) body.at(pointer))
                .set("source", JsonNodeFactory.instance.textNode(value)));
        return body;
    }

    private String clickHouseId(String name) {
        for (String list : List.of("/services", "/postgres")) {
            for (JsonNode item : http.get(list)) {
                if (item.get("name").asText().equals(name)) {
                    return item.get("id").asText();
                }
            }
        }
        throw new AssertionError("nothing seeded is named " + name);
    }

    private static String resolve(String template, UnaryOperator<String> ids) {
        Matcher named = NAMED.matcher(template);
        StringBuilder path = new StringBuilder();
        while (named.find()) {
            named.appendReplacement(path, Matcher.quoteReplacement(ids.apply(named.group(1))));
        }
        return named.appendTail(path).toString();
    }

    // ---- Tinybird: the cluster first gets the weights the example starts from -----------------------------------

    private HttpResponse<String> tinybird(String method, String template, JsonNode body) {
        String path = resolve(template, this::tinybirdClusterId);
        String cluster = path.split("/")[2];
        JsonNode oldWeights =
                body.has("existing_replicas") ? body.at("/existing_replicas/old_weights") : body.get("old_weights");
        JsonNode current = cluster(cluster).get("cluster_weights");
        if (!current.equals(oldWeights)) {
            ObjectNode rebalance = MAPPER.createObjectNode();
            rebalance.set("old_weights", current);
            rebalance.set("new_weights", oldWeights);
            HttpResponse<String> prepared = tinybirdSend("PUT", "/clusters/" + cluster + "/weights", rebalance);
            assertThat(prepared.statusCode()).as(prepared.body()).isEqualTo(200);
            awaitIdle(cluster);
        }
        return tinybirdSend(method, path, body);
    }

    private HttpResponse<String> tinybirdSend(String method, String path, JsonNode body) {
        return Raw.send(
                method,
                cloud.tinybirdUrl() + "/v0/organizations/" + cloud.tinybirdOrganizationId() + path,
                body.toString(),
                "Authorization",
                "Bearer " + cloud.tinybirdToken());
    }

    private JsonNode cluster(String id) {
        return cluster("cluster_id", id);
    }

    private String tinybirdClusterId(String name) {
        return cluster("cluster_name", name).get("cluster_id").asText();
    }

    private JsonNode cluster(String field, String value) {
        HttpResponse<String> response = Raw.send(
                "GET",
                cloud.tinybirdUrl() + "/v0/organizations/" + cloud.tinybirdOrganizationId() + "/clusters",
                null,
                "Authorization",
                "Bearer " + cloud.tinybirdToken());
        for (JsonNode c : Raw.json(response).get("clusters")) {
            if (c.get(field).asText().equals(value)) {
                return c;
            }
        }
        throw new AssertionError("no cluster with " + field + " " + value);
    }

    /** Reads the cluster until its operation is over; fails after ten real seconds. */
    private void awaitIdle(String cluster) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (cluster(cluster).get("operation_in_progress").asBoolean()) {
            assertThat(System.nanoTime() - deadline)
                    .as("cluster %s stayed busy", cluster)
                    .isNegative();
        }
    }
}
