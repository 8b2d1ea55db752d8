package dev.dbcloud.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.core.internal.HttpMethod;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The per-module record of the operations a module's tests sent, read by the API coverage gate. */
class EndpointCoverageWriterTest {
    @Test
    void writesOneSortedLinePerOperationAndLeavesAbsoluteUrlsOut(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("target/endpoint-coverage/sent-endpoints.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "PUT /stale\n");

        EndpointCoverageWriter.write(
                file,
                List.of(
                        Endpoint.get("/teams/{team_id}").returnsNothing(),
                        Endpoint.absoluteUrl(HttpMethod.PUT).returnsNothing(),
                        Endpoint.delete("/clusters/{cluster_id}").returnsNothing(),
                        Endpoint.get("/teams/{team_id}").returns(String.class)));

        assertThat(Files.readAllLines(file))
                .filteredOn(line -> !line.startsWith("#"))
                .containsExactly("DELETE /clusters/{cluster_id}", "GET /teams/{team_id}");
        assertThat(dir.resolve("target/endpoint-coverage")).isDirectoryNotContaining("glob:**.partial");
    }
}
