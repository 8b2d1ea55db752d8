package dev.dbcloud.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbcloud.clickhouse.ClickHouseCloudClient;
import dev.dbcloud.clickhouse.clickpipes.ClickPipeDestination;
import dev.dbcloud.clickhouse.clickpipes.ClickPipeSource;
import dev.dbcloud.clickhouse.clickpipes.CreateClickPipeParams;
import dev.dbcloud.clickhouse.clickpipes.DestinationColumn;
import dev.dbcloud.clickhouse.clickpipes.ObjectStorageFormat;
import dev.dbcloud.clickhouse.clickpipes.ObjectStorageSource;
import dev.dbcloud.clickhouse.clickpipes.ObjectStorageType;
import dev.dbcloud.core.testing.Fault;
import dev.dbcloud.core.testing.HostileServer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Secrets inside URL-valued fields: a presigned object-storage URL carries its signature in the query, an Azure SAS
 * URL its {@code sig}, and a URL with user info its password. None may show in a log line at any level or in a
 * {@code toString()}.
 */
class UrlSecretsTest {
    record SecretUrl(String kind, String url, String secret) {}

    static final List<SecretUrl> URLS = List.of(
            new SecretUrl(
                    "S3 presigned URL",
                    "https://bucket.s3.us-east-1.amazonaws.com/data.ndjson?X-Amz-Algorithm=AWS4-HMAC-SHA256"
                            + "&X-Amz-Credential=AKIAEXAMPLE%2F20260101%2Fus-east-1%2Fs3%2Faws4_request"
                            + "&X-Amz-Signature=s3CanarySignature4f9a",
                    "s3CanarySignature4f9a"),
            new SecretUrl(
                    "Azure SAS URL",
                    "https://account.blob.core.windows.net/container/data.csv?sv=2022-11-02&sp=r&sig=azCanarySig77Qp",
                    "azCanarySig77Qp"),
            new SecretUrl(
                    "URL with user info",
                    "https://reader:userInfoCanary31x@storage.example.com/bucket/data.csv",
                    "userInfoCanary31x"));

    @TestFactory
    Stream<DynamicTest> urlSecrets() {
        List<Scenario> scenarios = new ArrayList<>();
        Target target = Targets.clickHouse();
        for (SecretUrl url : URLS) {
            scenarios.add(Scenario.of(
                    "ObjectStorageSource.toString() hides the secret of a " + url.kind,
                    () -> assertThat(params(url.url).toString()).doesNotContain(url.secret)));
            scenarios.add(
                    Scenario.of(target + " clickPipes.create logs no secret of a " + url.kind + " at any level", () -> {
                        Operation create = new Operation(
                                "clickPipes.create (object storage)",
                                "POST",
                                false,
                                false,
                                Operation.Body.DECODED,
                                null,
                                c -> ((ClickHouseCloudClient) c)
                                        .clickPipes(Targets.SERVICE)
                                        .create(params(url.url)));
                        try (HostileServer server =
                                HostileServer.start(Fault.json(400, "{\"status\":400,\"error\":\"BAD_REQUEST\"}"))) {
                            Outcome outcome = Outcome.run(target, create, server.url(), server);
                            assertThat(server.requests().get(0).body())
                                    .as("the URL is sent as given")
                                    .contains(url.secret);
                            assertThat(outcome.logs()).isNotEmpty();
                            assertThat(String.join("\n", outcome.logs())).doesNotContain(url.secret);
                            assertThat(String.valueOf(outcome.failure())).doesNotContain(url.secret);
                        }
                    }));
        }
        return Scenario.tests(scenarios);
    }

    static CreateClickPipeParams params(String url) {
        return CreateClickPipeParams.builder()
                .name("files")
                .source(ClickPipeSource.objectStorage(ObjectStorageSource.builder()
                        .type(ObjectStorageType.S3)
                        .format(ObjectStorageFormat.JSON_EACH_ROW)
                        .url(url)
                        .build()))
                .destination(ClickPipeDestination.builder()
                        .database("default")
                        .table("files")
                        .managedTable(true)
                        .addColumns(DestinationColumn.of("id", "UInt64"))
                        .build())
                .build();
    }
}
