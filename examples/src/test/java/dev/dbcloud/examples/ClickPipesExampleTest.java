package dev.dbcloud.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.clickhouse.ClickHouseCloudClient;
import dev.dbcloud.clickhouse.Service;
import dev.dbcloud.clickhouse.clickpipes.ClickPipe;
import dev.dbcloud.core.Credentials;
import dev.dbcloud.testing.LocalCloud;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClickPipesExampleTest {
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
    private static final String NAME = "dbcloud-example-(orders|events)-[0-9a-z]+";

    private final LocalCloud cloud =
            LocalCloud.start(LocalCloud.Options.defaults().withSpeed(3_000));
    private final ClickHouseCloudClient ch = Launch.clickHouseCloud(cloud);
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @AfterEach
    void close() {
        ch.close();
        cloud.close();
    }

    private String serviceId(String name) {
        return ch.services().list().stream()
                .filter(s -> s.name().filter(name::equals).isPresent())
                .map(Service::id)
                .findFirst()
                .orElseThrow();
    }

    private String analyticsPipes() {
        return String.join(
                ", ",
                ch.clickPipes(serviceId("analytics")).list().stream()
                        .map(ClickPipe::name)
                        .toList());
    }

    @Test
    void createsWatchesScalesStopsAndDeletesPipesOnTheLocalCloud() {
        ClickPipesExample.runOnLocalCloud(ch, new Narrator(out, cloud.clock(), true));

        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed)
                .containsPattern("service analytics \\(" + UUID + "\\) is running")
                .contains("2 ClickPipe(s) on analytics, scaling read as typed millicores and GB")
                // the seeded pipe answers "500m" and "1Gi": read as numbers
                .contains("events-from-kafka [Running] kafka: 2 replica(s) of 500 millicores and 1.0 GB")
                .contains("orders-cdc [Running] postgres: no own scaling (database pipes share the service's CDC"
                        + " scaling)")
                .containsPattern("creating Kafka pipe dbcloud-example-orders-[0-9a-z]+ \\(Confluent, JSONEachRow, topic"
                        + " orders into default.orders\\); its credentials print as"
                        + " KafkaCredentials\\{username=example-user, password=\\*\\*\\*\\*}")
                .containsPattern("its access key prints as AccessKey\\{accessKeyId=AKIAEXAMPLEEXAMPLE00,"
                        + " secretKey=\\*\\*\\*\\*}")
                .doesNotContain("example-password-not-a-secret")
                .doesNotContain("example-secret-key-not-a-secret")
                .containsPattern("created " + UUID + ", state Provisioning")
                // the first poll sees Provisioning only if it beats a short real-time window: either is right
                .containsPattern("pipes: " + NAME + " (Provisioning|Running), " + NAME + " (Provisioning|Running)"
                        + " \\(after ")
                .containsPattern("pipes: dbcloud-example-orders-[0-9a-z]+ Running, dbcloud-example-events-[0-9a-z]+"
                        + " Running \\(after ")
                .contains("both pipes are running (waited ")
                .containsPattern("scaled dbcloud-example-orders-[0-9a-z]+: 1 replica\\(s\\) of 500 millicores and 2.0"
                        + " GB -> 2 replica\\(s\\) of 500 millicores and 2.0 GB")
                .containsPattern("stopping dbcloud-example-orders-[0-9a-z]+: state Stopping")
                .containsPattern("dbcloud-example-orders-[0-9a-z]+ is Stopped \\(waitUntilStopped returned after ")
                .containsPattern("service staging \\(" + UUID + "\\) is idle")
                .contains("listing its pipes is refused: 424 FAILED_DEPENDENCY: ClickPipe creation is allowed only"
                        + " when the ClickHouse service is running. Current state: idle")
                .containsPattern(
                        "with withAutoWake: the service was woken, then listed 0 pipe\\(s\\) in \\d+\\.\\d\\ds;"
                                + " staging is now running")
                .containsPattern("deleted dbcloud-example-orders-[0-9a-z]+ \\(" + UUID + "\\)")
                .containsPattern("deleted dbcloud-example-events-[0-9a-z]+ \\(" + UUID + "\\)")
                .contains("ClickPipe(s) left on analytics: events-from-kafka, orders-cdc")
                .contains("ClickPipes example done")
                .doesNotContain("cleaning up");
        assertThat(analyticsPipes()).isEqualTo("events-from-kafka, orders-cdc");
    }

    @Test
    void deletesThePipesItCreatedWhenAStepFails() {
        FailAfter printed = FailAfter.printing(
                "its access key prints as", () -> cloud.faults().failNext(1, 500));

        try (ClickHouseCloudClient noRetries = ClickHouseCloudClient.builder()
                .baseUrl(cloud.clickHouseCloudUrl())
                .credentials(Credentials.basic(cloud.clickHouseCloudKeyId(), cloud.clickHouseCloudKeySecret()))
                .sleeper(cloud.clock().sleeper())
                .maxRetries(0)
                .build()) {
            assertThatThrownBy(() -> ClickPipesExample.runOnLocalCloud(
                            noRetries, new Narrator(printed.stream(), cloud.clock(), true)))
                    .hasMessageContaining("500");
        }

        assertThat(printed.fired()).isTrue();
        assertThat(printed.printed())
                .containsPattern(
                        "the example stopped before its end; cleaning up \\(best effort\\): deleting " + UUID + "\n")
                .containsPattern("cleanup done: pipe " + UUID + " deleted")
                .doesNotContain("ClickPipes example done");
        assertThat(analyticsPipes()).isEqualTo("events-from-kafka, orders-cdc");
    }

    @Test
    void deletesBothPipesWhenALaterStepFails() {
        FailAfter printed = FailAfter.printing("pipes: ", () -> cloud.faults().failNext(1, 500));

        try (ClickHouseCloudClient noRetries = ClickHouseCloudClient.builder()
                .baseUrl(cloud.clickHouseCloudUrl())
                .credentials(Credentials.basic(cloud.clickHouseCloudKeyId(), cloud.clickHouseCloudKeySecret()))
                .sleeper(cloud.clock().sleeper())
                .maxRetries(0)
                .build()) {
            assertThatThrownBy(() -> ClickPipesExample.runOnLocalCloud(
                            noRetries, new Narrator(printed.stream(), cloud.clock(), true)))
                    // a poll of the watch fails, or, when the first poll already saw both running, the next call
                    .hasMessageContaining("500");
        }

        assertThat(printed.fired()).isTrue();
        assertThat(printed.printed())
                .containsPattern("cleaning up \\(best effort\\): deleting " + UUID + ", " + UUID)
                .doesNotContain("cleanup failed")
                .doesNotContain("ClickPipes example done");
        assertThat(analyticsPipes()).isEqualTo("events-from-kafka, orders-cdc");
    }

    @Test
    void onlyListsWithoutConfirmation() {
        ClickPipesExample.run(
                ch,
                serviceId("analytics"),
                ClickPipesExample.Sources.example(),
                Optional.empty(),
                new Narrator(out, cloud.clock(), false));

        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("events-from-kafka [Running] kafka: 2 replica(s) of 500 millicores and 1.0 GB")
                .contains("dry run: would create Kafka pipe dbcloud-example-orders-")
                .doesNotContain("creating ");
        assertThat(analyticsPipes()).isEqualTo("events-from-kafka, orders-cdc");
    }

    @Test
    void theRealApiNeedsTheServiceAndForChangesRealSources() {
        Map<String, String> none = Map.of();
        Map<String, String> kafkaLogin = Map.of("CLICKPIPES_KAFKA_USER", "u", "CLICKPIPES_KAFKA_PASSWORD", "p");
        String[] confirmed = {
            "--service=s", "--yes-really", "--kafka-brokers=b:9092", "--kafka-topic=t", "--s3-url=https://b/x.json"
        };

        assertThat(ClickPipesExample.refusal(new String[0], none::get))
                .hasValueSatisfying(m -> assertThat(m).contains("--service=<service id>"));
        assertThat(ClickPipesExample.refusal(new String[] {"--service= ", "--yes-really"}, kafkaLogin::get))
                .isPresent();
        assertThat(ClickPipesExample.refusal(new String[] {"--service=s"}, none::get))
                .isEmpty();
        assertThat(ClickPipesExample.refusal(new String[] {"--service=s", "--yes-really"}, none::get))
                .hasValueSatisfying(m -> assertThat(m)
                        .contains(
                                "--kafka-brokers=…",
                                "--kafka-topic=…",
                                "--s3-url=…",
                                "CLICKPIPES_KAFKA_USER",
                                "CLICKPIPES_KAFKA_PASSWORD"));
        assertThat(ClickPipesExample.refusal(confirmed, kafkaLogin::get)).isEmpty();

        ClickPipesExample.Sources sources = ClickPipesExample.Sources.from(confirmed, kafkaLogin::get);
        assertThat(sources.kafkaBrokers()).isEqualTo("b:9092");
        assertThat(sources.s3Key()).isEmpty();
        assertThat(ClickPipesExample.Sources.from(
                                confirmed,
                                Map.of(
                                        "CLICKPIPES_KAFKA_USER",
                                        "u",
                                        "CLICKPIPES_KAFKA_PASSWORD",
                                        "p",
                                        "AWS_ACCESS_KEY_ID",
                                        "AKIA",
                                        "AWS_SECRET_ACCESS_KEY",
                                        "secret")::get)
                        .s3Key())
                .hasValueSatisfying(
                        key -> assertThat(key.toString()).isEqualTo("AccessKey{accessKeyId=AKIA, secretKey=****}"));
        assertThat(ClickPipesExample.s3Pipe("p", sources)
                        .source()
                        .objectStorage()
                        .orElseThrow()
                        .authentication())
                .isEmpty();
    }
}
