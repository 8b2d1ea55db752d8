package dev.dbcloud.postgres;

import static dev.dbcloud.postgres.Pg.ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.clickhouse.CloudRegion;
import dev.dbcloud.clickhouse.Tag;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Input the API documents as invalid is refused before anything is sent. */
class ValidationTest extends ClientTest {
    private static final Instant T0 = Instant.parse("2026-03-30T00:00:00Z");
    private static final Instant T1 = Instant.parse("2026-03-31T00:00:00Z");

    @AfterEach
    void nothingWasSent() {
        assertThat(server.getRequestCount()).isZero();
    }

    private static void refused(ThrowingCallable call, String message) {
        assertThatThrownBy(call).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message);
    }

    private static CreateInstanceParams.Builder create() {
        return CreateInstanceParams.builder()
                .name("orders")
                .region(CloudRegion.US_WEST_2)
                .size(InstanceSize.R8GD_LARGE);
    }

    private static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }

    @Test
    void passwordRulesAreNamed() {
        refused(() -> ResetPasswordParams.of("Short1a"), "password must be 12 to 1024 characters long but has 7");
        refused(() -> ResetPasswordParams.of("A1" + "a".repeat(1023)), "12 to 1024");
        refused(() -> ResetPasswordParams.of("NOLOWERCASE123"), "at least one lowercase letter");
        refused(() -> ResetPasswordParams.of("nouppercase123"), "at least one uppercase letter");
        refused(() -> ResetPasswordParams.of("NoDigitsAtAllHere"), "at least one digit");
        assertThat(ResetPasswordParams.of("Valid-Passw0rd").password()).contains("Valid-Passw0rd");
    }

    @Test
    void namesAndTags() {
        refused(() -> create().name(" ").build(), "name");
        refused(() -> create().name("n".repeat(51)).build(), "name must be at most 50 characters but has 51");
        refused(() -> create().addTags(Tag.builder().key("env").build()).build(), "tag 'env' must have a value");
        refused(() -> create().addTags(tag("chc_internal", "x")).build(), "reserved");
        refused(() -> create().addTags(tag("has space", "x")).build(), "tag key 'has space' must be 1 to 128");
        refused(() -> create().addTags(tag("k".repeat(129), "x")).build(), "must be 1 to 128");
        refused(() -> create().addTags(tag("", "x")).build(), "must be 1 to 128");
        refused(() -> create().addTags(tag("env", "pro d")).build(), "value of tag 'env' must be 1 to 256");
        refused(() -> create().addTags(tag("env", "")).build(), "value of tag 'env'");
        List<Tag> many = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            many.add(tag("k" + i, "v"));
        }
        refused(() -> create().addAllTags(many).build(), "tags must hold at most 50 tags but has 51");
        refused(
                () -> UpdateInstanceParams.builder()
                        .tags(List.of(tag("a b", "c")))
                        .build(),
                "tag key 'a b'");
        refused(() -> UpdateInstanceParams.builder().name("").build(), "name");
        refused(() -> UpdateInstanceParams.builder().build(), "must set at least one of name, size, haType, tags");
        refused(() -> CreateReadReplicaParams.builder().name("").build(), "name");
        refused(
                () -> RestoreInstanceParams.builder()
                        .name("r")
                        .restoreTarget(T0)
                        .addTags(tag("chc_x", "y"))
                        .build(),
                "reserved");
    }

    @Test
    void initialConfigurationMayNotBeEmpty() {
        refused(() -> create().pgConfig(PgConfig.empty()).build(), "pgConfig must hold at least one key when set");
        refused(
                () -> CreateReadReplicaParams.builder()
                        .name("r")
                        .pgConfig(PgConfig.empty())
                        .build(),
                "pgConfig must hold at least one key");
        CreateInstanceParams.Builder tooMany = create();
        Map<String, String> tooManyUpdate = new HashMap<>();
        for (int i = 0; i < 65; i++) {
            tooMany.putPgBouncerConfig("k" + i, "v");
            tooManyUpdate.put("k" + i, "v");
        }
        refused(tooMany::build, "pgBouncerConfig must hold at most 64 keys but has 65");
        refused(
                () -> ConfigParams.builder().pgBouncerConfig(tooManyUpdate).build(),
                "pgBouncerConfig must hold at most 64 keys");
        refused(() -> ConfigParams.builder().pgBouncerConfig(Map.of(" ", "v")).build(), "pgBouncerConfig key");
        Map<String, String> nullValue = new HashMap<>();
        nullValue.put("pool_mode", null);
        assertThatThrownBy(
                        () -> ConfigParams.builder().pgBouncerConfig(nullValue).build())
                .isInstanceOf(NullPointerException.class)
                .hasMessage("pgBouncerConfig value of pool_mode == null");
    }

    @Test
    void slowQueryAndMetricsParameters() {
        refused(
                () -> ListSlowQueryPatternsParams.builder()
                        .fromDate(T1)
                        .toDate(T0)
                        .build(),
                "fromDate must be before toDate");
        refused(
                () -> ListSlowQueryPatternsParams.builder()
                        .fromDate(T0)
                        .toDate(T1)
                        .limit(0)
                        .build(),
                "limit must be between 1 and 500 but was 0");
        refused(
                () -> ListSlowQueryPatternsParams.builder()
                        .fromDate(T0)
                        .toDate(T1)
                        .limit(501)
                        .build(),
                "limit must be between 1 and 500 but was 501");
        refused(
                () -> ListSlowQueryPatternsParams.builder()
                        .fromDate(T0)
                        .toDate(T1)
                        .offset(-1)
                        .build(),
                "offset must be >= 0 but was -1");
        refused(() -> MetricsParams.builder().fromDate(T0).toDate(T0).build(), "fromDate must be before toDate");
        refused(
                () -> MetricsParams.builder()
                        .fromDate(T0.plusMillis(200))
                        .toDate(T0.plusMillis(700))
                        .build(),
                "fromDate must be before toDate in whole seconds (as sent) but was 2026-03-30T00:00:00Z >= "
                        + "2026-03-30T00:00:00Z");
        refused(
                () -> MetricsParams.builder()
                        .fromDate(T0)
                        .toDate(T1)
                        .bucketSizeSeconds(0)
                        .build(),
                "bucketSizeSeconds must be >= 1 but was 0");
        refused(
                () -> SlowQueryPatternParams.builder()
                        .dbName("d")
                        .dbUser(" ")
                        .dbOperation("SELECT")
                        .build(),
                "dbUser");
        refused(
                () -> SlowQueryPatternParams.from(
                        SlowQueryPattern.builder().queryId("1").build()),
                "dbName");
    }

    @Test
    void idsAreCheckedBeforeAnyRequest() {
        refused(() -> client.instances().get(".."), "postgresId");
        refused(() -> client.instances().delete(" "), "postgresId");
        refused(
                () -> client.instances()
                        .slowQueryPattern(
                                ID,
                                "",
                                SlowQueryPatternParams.builder()
                                        .dbName("d")
                                        .dbUser("u")
                                        .dbOperation("o")
                                        .build()),
                "queryId");
        refused(
                () -> client.instances()
                        .createReadReplica(
                                ".", CreateReadReplicaParams.builder().name("r").build(), Duration.ofMinutes(1)),
                "primaryId");
        refused(
                () -> client.instances()
                        .createReadReplica(
                                ID, CreateReadReplicaParams.builder().name("r").build(), Duration.ZERO),
                "waitForFirstBackup");
        refused(() -> client.instances().waitUntilRunning(ID, Duration.ZERO), "timeout");
        refused(
                () -> client.instances()
                        .waitUntilApplied(
                                "..", UpdateInstanceParams.builder().name("x").build(), Duration.ofMinutes(1)),
                "postgresId");
        refused(
                () -> client.instances()
                        .update("..", UpdateInstanceParams.builder().name("x").build()),
                "postgresId");
    }
}
