package dev.dbcloud.reliability;

import dev.dbcloud.clickhouse.ClickHouseCloudClient;
import dev.dbcloud.clickhouse.CloudRegion;
import dev.dbcloud.clickhouse.clickpipes.ClickPipeDestination;
import dev.dbcloud.clickhouse.clickpipes.ClickPipeSource;
import dev.dbcloud.clickhouse.clickpipes.CreateClickPipeParams;
import dev.dbcloud.clickhouse.clickpipes.DestinationColumn;
import dev.dbcloud.clickhouse.clickpipes.KafkaAuthentication;
import dev.dbcloud.clickhouse.clickpipes.KafkaCredentials;
import dev.dbcloud.clickhouse.clickpipes.KafkaFormat;
import dev.dbcloud.clickhouse.clickpipes.KafkaSource;
import dev.dbcloud.clickhouse.clickpipes.KafkaSourceType;
import dev.dbcloud.clickhouse.tinybird.ClusterRole;
import dev.dbcloud.clickhouse.tinybird.TinybirdClient;
import dev.dbcloud.clickhouse.tinybird.UpdateWeightsParams;
import dev.dbcloud.clickhouse.tinybird.Weights;
import dev.dbcloud.core.ClientBuilder;
import dev.dbcloud.core.Credentials;
import dev.dbcloud.crunchy.CreateClusterParams;
import dev.dbcloud.crunchy.CrunchyBridgeClient;
import dev.dbcloud.crunchy.PostgresVersionRef;
import dev.dbcloud.postgres.CreateInstanceParams;
import dev.dbcloud.postgres.InstanceSize;
import dev.dbcloud.postgres.ManagedPostgresClient;
import dev.dbcloud.postgres.ResetPasswordParams;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The clients under test, each with a canary credential of its own and a canary secret in a request body where the
 * API takes one, so a leak names its path.
 */
final class Targets {
    static final String ORG = "0b6f7c1a-1111-4222-8333-444455556666";
    static final String SERVICE = "7f4e9b5c-2d1a-4c3e-9f8b-1a2b3c4d5e6f";
    static final String PG_ID = "f71df78e-ddad-82d0-8dfa-abbec741b82e";
    static final String CLUSTER = "rvf73a77ozfsvcttryebfrnlem";
    static final String TB_ORG = "org-1";
    static final String TB_CLUSTER = "c-1";

    static final String CH_SECRET = "chCanarySecret7QxZ41";
    static final String CH_KAFKA_PASSWORD = "kafkaCanaryPw9RtY22";
    static final String TB_TOKEN = "p.tbCanaryToken3JkW88";
    static final String PG_SECRET = "pgCanarySecret5MnB63";
    static final String PG_PASSWORD = "PgCanaryPass8Hh27x";
    static final String CB_KEY = "cbkey_cbCanaryKey6VpL95";

    private static final String ENVELOPE_EMPTY_LIST = "{\"status\":200,\"requestId\":\"r-ok\",\"result\":[]}";
    private static final String ENVELOPE_NO_RESULT = "{\"status\":200,\"requestId\":\"r-ok\"}";
    private static final String CLOUD_ERROR = "{\"status\":400,\"error\":{{echo}},\"requestId\":\"r-400\"}";

    private Targets() {}

    /** Every client: ClickHouse Cloud, Tinybird with a header token and with a query token, Managed Postgres, Crunchy. */
    static List<Target> all() {
        return List.of(clickHouse(), tinybird(false), tinybird(true), postgres(), crunchy());
    }

    /** The four APIs once each (Tinybird with a header token), for scenarios where the auth style does not matter. */
    static List<Target> apis() {
        return List.of(clickHouse(), tinybird(false), postgres(), crunchy());
    }

    static Target clickHouse() {
        return cloudApi(
                        "ClickHouse Cloud",
                        "chCanaryId",
                        CH_SECRET,
                        CH_KAFKA_PASSWORD,
                        url -> ClickHouseCloudClient.builder().baseUrl(url).organizationId(ORG),
                        b -> ((ClickHouseCloudClient.Builder) b).build())
                .add(new Operation(
                        "services.list",
                        "GET",
                        true,
                        false,
                        Operation.Body.DECODED,
                        ENVELOPE_EMPTY_LIST,
                        c -> ((ClickHouseCloudClient) c).services().list()))
                .add(new Operation(
                        "clickPipes.create (Kafka password)",
                        "POST",
                        false,
                        false,
                        Operation.Body.DECODED,
                        null,
                        c -> ((ClickHouseCloudClient) c).clickPipes(SERVICE).create(kafkaPipe())))
                .add(new Operation(
                        "services.delete", "DELETE", true, false, Operation.Body.IGNORED, ENVELOPE_NO_RESULT, c -> {
                            ((ClickHouseCloudClient) c).services().delete(SERVICE);
                            return null;
                        }));
    }

    /**
     * A target of the ClickHouse Cloud API family (ClickHouse Cloud, Managed Postgres): Basic auth, the enveloped
     * error shape, and {@code X-RateLimit-Reset} on a 429.
     */
    private static Target cloudApi(
            String name,
            String keyId,
            String keySecret,
            String bodySecret,
            Function<String, ClientBuilder<?>> builder,
            Function<ClientBuilder<?>, AutoCloseable> build) {
        return new Target(
                name,
                Credentials.basic(keyId, keySecret),
                List.of(keySecret, Target.basicHeader(keyId, keySecret).substring(6), bodySecret),
                CLOUD_ERROR,
                new String[] {"X-RateLimit-Reset", "2"},
                Duration.ofSeconds(2),
                builder,
                build);
    }

    static Target tinybird(boolean queryToken) {
        Weights weights = Weights.of(Map.of(
                ClusterRole.WRITER, Map.of("replica-1", 100),
                ClusterRole.READER, Map.of("replica-1", 100)));
        return new Target(
                        queryToken ? "Tinybird (query token)" : "Tinybird",
                        queryToken ? Credentials.queryToken(TB_TOKEN) : Credentials.bearer(TB_TOKEN),
                        List.of(TB_TOKEN),
                        "{\"error\":{{echo}}}",
                        new String[] {
                            "X-RateLimit-Limit",
                            "100",
                            "X-RateLimit-Remaining",
                            "0",
                            "X-RateLimit-Reset",
                            "2",
                            "Retry-After",
                            "3"
                        },
                        Duration.ofSeconds(3),
                        url -> TinybirdClient.builder().baseUrl(url),
                        b -> ((TinybirdClient.Builder) b).build())
                .add(new Operation(
                        "clusters.list",
                        "GET",
                        true,
                        false,
                        Operation.Body.DECODED,
                        "{\"clusters\":[]}",
                        c -> ((TinybirdClient) c)
                                .organization(TB_ORG)
                                .clusters()
                                .list()))
                .add(new Operation(
                        "clusters.updateWeights",
                        "PUT",
                        false,
                        false,
                        Operation.Body.LENIENT,
                        "{}",
                        c -> ((TinybirdClient) c)
                                .organization(TB_ORG)
                                .clusters()
                                .updateWeights(
                                        TB_CLUSTER,
                                        UpdateWeightsParams.builder()
                                                .oldWeights(weights)
                                                .newWeights(weights)
                                                .build())));
    }

    static Target postgres() {
        return cloudApi(
                        "Managed Postgres",
                        "pgCanaryId",
                        PG_SECRET,
                        PG_PASSWORD,
                        url -> ManagedPostgresClient.builder().baseUrl(url).organizationId(ORG),
                        b -> ((ManagedPostgresClient.Builder) b).build())
                .add(new Operation(
                        "instances.list",
                        "GET",
                        true,
                        false,
                        Operation.Body.DECODED,
                        ENVELOPE_EMPTY_LIST,
                        c -> ((ManagedPostgresClient) c).instances().list()))
                .add(new Operation(
                        "instances.create",
                        "POST",
                        false,
                        false,
                        Operation.Body.DECODED,
                        null,
                        c -> ((ManagedPostgresClient) c)
                                .instances()
                                .create(CreateInstanceParams.builder()
                                        .name("reliability")
                                        .region(CloudRegion.US_WEST_2)
                                        .size(InstanceSize.R8GD_LARGE)
                                        .build())))
                .add(new Operation(
                        "instances.resetPassword (chosen password)",
                        "PATCH",
                        false,
                        false,
                        Operation.Body.DECODED,
                        null,
                        c -> ((ManagedPostgresClient) c)
                                .instances()
                                .resetPassword(PG_ID, ResetPasswordParams.of(PG_PASSWORD))))
                .add(new Operation(
                        "instances.delete", "DELETE", true, false, Operation.Body.IGNORED, ENVELOPE_NO_RESULT, c -> {
                            ((ManagedPostgresClient) c).instances().delete(PG_ID);
                            return null;
                        }));
    }

    static Target crunchy() {
        return new Target(
                        "Crunchy Bridge",
                        Credentials.bearer(CB_KEY),
                        List.of(CB_KEY),
                        "{\"code\":\"bad_request\",\"message\":{{echo}}}",
                        new String[] {"Retry-After", "2"},
                        Duration.ofSeconds(2),
                        url -> CrunchyBridgeClient.builder().baseUrl(url),
                        b -> ((CrunchyBridgeClient.Builder) b).build())
                .add(new Operation(
                        "clusters.list",
                        "GET",
                        true,
                        false,
                        Operation.Body.DECODED,
                        "{\"clusters\":[],\"has_more\":false}",
                        c -> ((CrunchyBridgeClient) c).clusters().list()))
                .add(new Operation(
                        "clusters.create (Idempotency-Key)",
                        "POST",
                        true,
                        true,
                        Operation.Body.DECODED,
                        null,
                        c -> ((CrunchyBridgeClient) c)
                                .clusters()
                                .create(CreateClusterParams.builder()
                                        .name("reliability")
                                        .planId("hobby-2")
                                        .postgresVersionId(PostgresVersionRef.major(17))
                                        .providerId("aws")
                                        .regionId("us-west-2")
                                        .storage(100)
                                        .teamId("eaevtjiudzeq7bsqbbpiscund4")
                                        .build())))
                .add(new Operation(
                        "clusters.suspend",
                        "PUT",
                        true,
                        false,
                        Operation.Body.DECODED,
                        null,
                        c -> ((CrunchyBridgeClient) c).clusters().suspend(CLUSTER)))
                .add(new Operation(
                        "clusters.delete",
                        "DELETE",
                        true,
                        false,
                        Operation.Body.DECODED,
                        null,
                        c -> ((CrunchyBridgeClient) c).clusters().delete(CLUSTER)));
    }

    static CreateClickPipeParams kafkaPipe() {
        return CreateClickPipeParams.builder()
                .name("orders")
                .source(ClickPipeSource.builder()
                        .kafka(KafkaSource.builder()
                                .type(KafkaSourceType.KAFKA)
                                .format(KafkaFormat.JSON_EACH_ROW)
                                .brokers("broker-1:9092")
                                .topics("orders")
                                .authentication(KafkaAuthentication.PLAIN)
                                .credentials(KafkaCredentials.plain("kafka-user", CH_KAFKA_PASSWORD))
                                .build())
                        .build())
                .destination(ClickPipeDestination.builder()
                        .database("default")
                        .table("orders")
                        .managedTable(true)
                        .addColumns(DestinationColumn.of("id", "UInt64"))
                        .build())
                .build();
    }
}
