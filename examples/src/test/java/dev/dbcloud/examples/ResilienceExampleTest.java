package dev.dbcloud.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbcloud.clickhouse.ClickHouseCloudClient;
import dev.dbcloud.clickhouse.tinybird.TinybirdClient;
import dev.dbcloud.crunchy.CrunchyBridgeClient;
import dev.dbcloud.testing.LocalCloud;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ResilienceExampleTest {
    private final LocalCloud cloud =
            LocalCloud.start(LocalCloud.Options.defaults().withSpeed(3_000));
    private final ClickHouseCloudClient ch = Launch.clickHouseCloud(cloud);
    private final CrunchyBridgeClient cb = Launch.crunchyBridge(cloud);
    private final TinybirdClient tb = Launch.tinybird(cloud);
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @AfterEach
    void close() {
        ch.close();
        cb.close();
        tb.close();
        cloud.close();
    }

    @Test
    void showsEachRetryThroughTheInjectedFaults() {
        ResilienceExample.run(cloud, ch, cb, tb, new Narrator(out, cloud.clock(), true));

        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed)
                .containsPattern("sdk: GET /v1/organizations/" + cloud.clickHouseOrganizationId()
                        + "/services -> 429 in \\d+ ms \\(attempt 1 of 4\\); retrying in 1500 ms")
                .contains("listed 3 services in 2 attempts")
                .containsPattern("sdk: POST /v1/organizations/" + cloud.clickHouseOrganizationId()
                        + "/services/[0-9a-f-]{36}/clickpipes -> 429 in \\d+ ms \\(attempt 1 of 4\\); retrying in ")
                .containsPattern("sdk: POST /v1/organizations/" + cloud.clickHouseOrganizationId()
                        + "/services/[0-9a-f-]{36}/clickpipes -> failed \\([A-Za-z]+Exception\\) in \\d+ ms"
                        + " \\(attempt 2 of 4\\)\n")
                .contains("the create gave up after 2 attempts: the 429 was retried")
                .containsPattern("listing the pipes tells: 1 named resilience-[0-9a-z]+ \\(\\[[0-9a-f-]{36}"
                        + " (Provisioning|Running)\\]\\), created once; deleting it")
                .containsPattern("sdk: GET /v1/organizations/" + cloud.clickHouseOrganizationId()
                        + "/postgres -> 429 in \\d+ ms \\(attempt 1 of 4\\); retrying in 1500 ms")
                .containsPattern("sdk: GET /v1/organizations/" + cloud.clickHouseOrganizationId()
                        + "/postgres -> failed \\(IOException\\) in \\d+ ms \\(attempt 2 of 4\\); retrying in ")
                .contains("listed 2 Postgres instances in 3 attempts")
                .contains("sdk: GET /clusters -> 429 in ")
                .contains("(attempt 1 of 4, request id ")
                .contains("; retrying in 1000 ms")
                .contains("listed 5 clusters in 3 attempts")
                .contains("sdk: GET /teams -> failed (IOException)")
                .contains("listed 2 teams in 2 attempts")
                .contains("sdk: POST /clusters -> 503 in ")
                .containsPattern("created [a-z2-7]{26} \\(resilience-[a-z0-9]+\\) in 3 attempts")
                .containsPattern("([a-z2-7]{26}) then \\1 \\(Idempotency-Replay: true\\)")
                .containsPattern(
                        "created [a-z2-7]{26} in 2 attempts: the retry carried the same Idempotency-Key, so the"
                                + " API answered it from the first attempt \\(Idempotency-Replay: true\\)")
                .contains("listed 3 dedicated clusters in 3 attempts")
                .contains("gave up after 4 attempts: 429 Too many requests: rate limit exceeded, Retry-After PT1S")
                .contains("Resilience example done");
        Matcher answered =
                Pattern.compile("regions answered in (\\d+\\.\\d{2})s").matcher(printed);
        assertThat(answered.find())
                .as("a line 'regions answered in …s' in%n%s", printed)
                .isTrue();
        assertThat(Double.parseDouble(answered.group(1))).isGreaterThanOrEqualTo(0.20);
        assertThat(cloud.faults().pending()).isZero();
        assertThat(Logger.getLogger("dev.dbcloud.http").getHandlers()).isEmpty();
    }
}
