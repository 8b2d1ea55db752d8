package dev.dbcloud.crunchy;

import static dev.dbcloud.crunchy.Fixtures.body;
import static dev.dbcloud.crunchy.Fixtures.json;
import static dev.dbcloud.crunchy.Fixtures.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.core.testing.LogCapture;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** {@code POST /queries} on the wire with the spec's request and response examples; its SQL never logged. */
class QueriesWireTest extends MockApiTest {
    private static final String CLUSTER = "q7dvmz3ukfh5tmg4hy2tqzvama";
    /** The spec's {@code Query} example. */
    static final String QUERY = "{\"id\":\"q7dvmz3ukfh5tmg4hy2tqzvama\",\"allow_write\":false,\"async\":false,"
            + "\"cluster_id\":\"q7dvmz3ukfh5tmg4hy2tqzvama\",\"is_blocked\":false,\"sql\":\"SELECT 1\","
            + "\"status\":\"succeeded\",\"result\":[[1]],\"result_fields\":[{\"name\":\"?column?\",\"type\":\"int4\"}]}";

    @Test
    void createPostsTheSpecExampleWithAnIdempotencyKey() throws Exception {
        server.enqueue(json(201, QUERY));

        Query query = cb().queries()
                .create(CreateQueryParams.builder()
                        .clusterId(CLUSTER)
                        .sql("SELECT 1")
                        .build());

        assertThat(query.id()).isEqualTo(CLUSTER);
        assertThat(query.clusterId()).contains(CLUSTER);
        assertThat(query.status()).contains(QueryStatus.SUCCEEDED);
        assertThat(query.sql()).contains("SELECT 1");
        assertThat(query.allowWrite()).contains(false);
        assertThat(query.async()).contains(false);
        assertThat(query.isBlocked()).contains(false);
        assertThat(query.result()).containsExactly(List.of(1));
        assertThat(query.resultFields()).singleElement().satisfies(f -> {
            assertThat(f.name()).contains("?column?");
            assertThat(f.type()).contains("int4");
        });
        RecordedRequest request = take("POST", "/queries");
        assertThat(request.getHeaders().get("Idempotency-Key")).isNotBlank();
        assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
        assertThat(body(request))
                .isEqualTo(tree("{\"cluster_id\":\"q7dvmz3ukfh5tmg4hy2tqzvama\",\"sql\":\"SELECT 1\"}"));
    }

    @Test
    void optionsGoOutAndTheSqlIsNeverShown() throws Exception {
        String secretSql = "ALTER ROLE app PASSWORD 'Sup3rS3cretPw'";
        server.enqueue(json(201, QUERY.replace("SELECT 1", secretSql)));
        CreateQueryParams params = CreateQueryParams.builder()
                .clusterId(CLUSTER)
                .sql(secretSql)
                .databaseName("postgres")
                .allowWrite(true)
                .skipTx(true)
                .async(false)
                .build();

        Query query;
        List<String> lines;
        try (LogCapture logs = LogCapture.http()) {
            query = cb().queries().create(params);
            lines = logs.messages();
        }

        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line).doesNotContain("Sup3rS3cretPw"));
        assertThat(params.toString()).doesNotContain("Sup3rS3cretPw");
        assertThat(query.toString()).doesNotContain("Sup3rS3cretPw");
        assertThat(body(take("POST", "/queries")))
                .isEqualTo(tree("{\"cluster_id\":\"" + CLUSTER
                        + "\",\"sql\":\"ALTER ROLE app PASSWORD 'Sup3rS3cretPw'\","
                        + "\"database_name\":\"postgres\",\"allow_write\":true,\"async\":false,\"skip_tx\":true}"));
    }

    @Test
    void badArgumentsAreRefusedBeforeSending() {
        assertThatThrownBy(() ->
                        CreateQueryParams.builder().clusterId(CLUSTER).sql(" ").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sql");
        assertThatThrownBy(() -> CreateQueryParams.builder()
                        .clusterId("c")
                        .sql("SELECT 1")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("clusterId \"c\" is not a Crunchy Bridge ID");
        assertThatThrownBy(() -> CreateQueryParams.builder()
                        .clusterId(CLUSTER)
                        .sql("SELECT 1")
                        .async(true)
                        .skipTx(true)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("async and skipTx must not both be true");
        assertThat(server.getRequestCount()).isZero();
    }
}
