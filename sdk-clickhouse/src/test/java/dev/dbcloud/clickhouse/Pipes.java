package dev.dbcloud.clickhouse;

import dev.dbcloud.clickhouse.clickpipes.AwsAuthentication;
import dev.dbcloud.clickhouse.clickpipes.KinesisFormat;
import dev.dbcloud.clickhouse.clickpipes.KinesisIteratorType;
import dev.dbcloud.clickhouse.clickpipes.KinesisSource;
import dev.dbcloud.core.testing.Wire;
import mockwebserver3.MockResponse;

/** Test support for ClickPipes: fixtures, paths and canned answers. */
final class Pipes {
    static final String PIPE_ID = "3b2f4a6c-8d1e-4f5a-9b7c-0e1d2c3b4a59";
    static final String PG_PIPE_ID = "5c6d7e8f-9a0b-4c1d-8e2f-3a4b5c6d7e8f";
    static final String ENDPOINT_ID = "12345678-1234-1234-1234-123456789012";

    private Pipes() {}

    static KinesisSource kinesis() {
        return KinesisSource.builder()
                .format(KinesisFormat.JSON_EACH_ROW)
                .streamName("my-stream")
                .region("us-east-1")
                .iteratorType(KinesisIteratorType.LATEST)
                .authentication(AwsAuthentication.IAM_ROLE)
                .iamRole("arn:aws:iam::123456789012:role/MyRole")
                .build();
    }

    static String fixture(String name) {
        return Wire.resource("/clickpipes/" + name);
    }

    static String pipesPath(String suffix) {
        return Cloud.servicePath("/clickpipes" + suffix);
    }

    static String pipePath(String suffix) {
        return pipesPath("/" + PIPE_ID + suffix);
    }

    /** The Kafka pipe fixture in {@code state}. */
    static MockResponse kafkaIn(String state) {
        return Cloud.ok(fixture("pipe-kafka.json").replace("\"state\": \"Running\"", "\"state\": \"" + state + "\""));
    }

    /** The Postgres pipe fixture in {@code state}. */
    static MockResponse postgresIn(String state) {
        return Cloud.ok(
                fixture("pipe-postgres.json").replace("\"state\": \"Snapshot\"", "\"state\": \"" + state + "\""));
    }

    /** The 424 an idle service answers, as terraform-provider-clickhouse issue #376 shows it. */
    static MockResponse idle() {
        return Cloud.json(
                424,
                "{\"requestId\":\"63be9e68-0000-4000-8000-000000000424\",\"error\":\"FAILED_DEPENDENCY: ClickPipe"
                        + " creation is allowed only when the ClickHouse service is running. Current state: idle\","
                        + "\"status\":424}");
    }
}
