package dev.dbcloud.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The local cloud accepts the ClickPipe creates the vendor documents, exactly as printed: the fixtures of
 * sdk-clickhouse ({@code published/clickpipes/docs-create-*.json}, each with its URL), one per source kind.
 */
class PublishedClickPipeCreatesTest {
    private static final Path FIXTURES = Path.of("../sdk-clickhouse/src/test/resources/published/clickpipes");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final LocalCloud cloud =
            LocalCloud.start(LocalCloud.Options.defaults().withSpeed(120));
    private final ClickHouseHttp http = new ClickHouseHttp(cloud);

    @AfterEach
    void close() {
        cloud.close();
    }

    static Stream<String> documentedCreates() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files
                    .map(file -> file.getFileName().toString())
                    .filter(name -> name.startsWith("docs-create-"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest
    @MethodSource("documentedCreates")
    void aDocumentedCreateIsAccepted(String name) throws IOException {
        JsonNode doc = MAPPER.readTree(FIXTURES.resolve(name).toFile());
        assertThat(doc.path("source").asText()).startsWith("https://clickhouse.com/docs/");
        String analytics = "/services/" + http.serviceId("analytics");

        HttpResponse<String> response =
                http.send("POST", analytics + "/clickpipes", doc.get("request").toString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode pipe = MAPPER.readTree(response.body()).get("result");
        assertThat(pipe.get("name").asText()).isEqualTo(doc.at("/request/name").asText());
    }
}
