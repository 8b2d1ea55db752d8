package dev.dbcloud.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.clickhouse.ClickHouseCloudClient;
import dev.dbcloud.core.Credentials;
import dev.dbcloud.core.errors.WaitFailedException;
import dev.dbcloud.testing.LocalCloud;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClickHouseCloudExampleTest {
    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

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

    @Test
    void createsWatchesChangesAndDeletesAServiceOnTheLocalCloud() {
        ClickHouseCloudExample.run(ch, new Narrator(out, cloud.clock(), true));

        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertThat(printed)
                .contains(
                        "organization localcloud (" + cloud.clickHouseOrganizationId() + "), the one the API key sees")
                .contains("3 service(s): analytics [running], staging [idle], archive [stopped]")
                .contains("tagged env=prod (filter=tag:env=prod): analytics [running], archive [stopped]")
                .containsPattern("created " + UUID + ", state provisioning; its password came back once \\(16"
                        + " characters, not shown\\)")
                // the first poll sees provisioning only if it beats a short real-time window: either is right
                .containsPattern("service " + UUID + ": (provisioning|running) \\(after ")
                .containsPattern("service " + UUID + ": running \\(after ")
                .containsPattern(UUID + " is running \\(waited ")
                .contains("endpoint https ")
                .containsPattern("1 backup\\(s\\), newest first:\\s+" + UUID + " full done")
                .contains("backup configuration: every 24 h, kept 24 h, start time any")
                .contains("a backup every 12 hours: every 12 h, kept 24 h, start time any")
                .contains("period reset to its default (sent as null), retention set to 72 hours: every 24 h, kept"
                        + " 72 h, start time any")
                .contains("scaled from 2 to 3 replicas")
                .contains("password reset with hashes computed here, the password itself never sent:"
                        + " ResetPasswordParams{newPasswordHash=****, newDoubleSha1Hash=****}")
                .contains("the API returned no password, as documented when a hash is sent")
                .contains("deleting it while running is refused: 409 CONFLICT: Only instance in one of the following"
                        + " states: 'provisioning','starting','awaking','idle','stopped','degraded','failed' can be"
                        + " terminated. Current state: 'running'")
                .containsPattern("stopping " + UUID + ": state stopping")
                .containsPattern("service " + UUID + ": stopped \\(after ")
                .containsPattern("sdk: DELETE /v1/organizations/" + cloud.clickHouseOrganizationId() + "/services/"
                        + UUID + " -> 409 in ")
                .containsPattern("sdk: DELETE /v1/organizations/" + cloud.clickHouseOrganizationId() + "/services/"
                        + UUID + " -> 200 in ")
                .containsPattern("GET " + UUID + " now answers 404 NOT_FOUND: Service " + UUID + " not found")
                .contains("ClickHouse Cloud example done");
        assertThat(ch.services().list())
                .extracting(s -> s.name().orElseThrow())
                .containsExactly("analytics", "staging", "archive");
        assertThat(Logger.getLogger("dev.dbcloud.http").getHandlers()).isEmpty();
    }

    @Test
    void deletesTheServiceItCreatedWhenAStepFails() {
        // slower than the other tests: the new service must still be provisioning when the cleanup deletes it (two
        // real seconds here), as a safe delete that saw 'provisioning' does not stop a service that started running
        try (LocalCloud slow = LocalCloud.start(LocalCloud.Options.defaults().withSpeed(60));
                ClickHouseCloudClient noRetries = ClickHouseCloudClient.builder()
                        .baseUrl(slow.clickHouseCloudUrl())
                        .credentials(Credentials.basic(slow.clickHouseCloudKeyId(), slow.clickHouseCloudKeySecret()))
                        .sleeper(slow.clock().sleeper())
                        .maxRetries(0)
                        .build()) {
            FailAfter printed = FailAfter.printing(
                    "its password came back once", () -> slow.faults().failNext(1, 500));

            assertThatThrownBy(() ->
                            ClickHouseCloudExample.run(noRetries, new Narrator(printed.stream(), slow.clock(), true)))
                    .isInstanceOf(WaitFailedException.class)
                    .hasMessageContaining("failed with status 500");

            assertThat(printed.fired()).isTrue();
            assertThat(printed.printed())
                    .containsPattern(
                            "the example stopped before its end; cleaning up \\(best effort\\): deleting service "
                                    + UUID)
                    .containsPattern("cleanup done: service " + UUID + " deleted")
                    .doesNotContain("ClickHouse Cloud example done");
            assertThat(noRetries.services().list())
                    .extracting(s -> s.name().orElseThrow())
                    .containsExactly("analytics", "staging", "archive");
        }
    }

    @Test
    void onlyListsWithoutConfirmation() {
        ClickHouseCloudExample.run(ch, new Narrator(out, cloud.clock(), false));

        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("3 service(s): analytics [running], staging [idle], archive [stopped]")
                .contains("dry run: would create service dbcloud-example-")
                .doesNotContain("creating ");
        assertThat(ch.services().list()).hasSize(3);
    }
}
