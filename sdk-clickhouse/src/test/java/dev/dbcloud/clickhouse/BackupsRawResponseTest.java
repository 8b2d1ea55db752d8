package dev.dbcloud.clickhouse;

import static dev.dbcloud.clickhouse.Cloud.SERVICE_ID;
import static dev.dbcloud.clickhouse.Cloud.body;
import static dev.dbcloud.clickhouse.Cloud.fixture;
import static dev.dbcloud.clickhouse.Cloud.servicePath;
import static dev.dbcloud.clickhouse.Cloud.tree;
import static dev.dbcloud.clickhouse.RawResponses.REQUEST_ID;
import static dev.dbcloud.clickhouse.RawResponses.answer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.Patch;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackupsRawResponseTest extends ClientTest {
    private static final String BACKUP_ID = "9c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5";
    private static final String CONFIG =
            "{\"backupPeriodInHours\":24,\"backupRetentionPeriodInHours\":72,\"backupStartTime\":\"02:00\"}";

    @Test
    void theRawViewIsOneInstance() {
        assertThat(ch.backups().withRawResponse()).isSameAs(ch.backups().withRawResponse());
    }

    @Test
    void listAndGetKeepStatusHeadersAndTheEnvelopeRequestId() throws Exception {
        server.enqueue(answer(200, "[" + fixture("backup.json") + "]"));
        server.enqueue(answer(200, fixture("backup.json")));
        Backups.WithRawResponse raw = ch.backups().withRawResponse();

        ApiResponse<List<Backup>> listed = raw.list(SERVICE_ID);
        ApiResponse<Backup> got = raw.get(SERVICE_ID, BACKUP_ID);

        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.requestId()).contains(REQUEST_ID);
        assertThat(listed.header("X-RateLimit-Remaining")).contains("41");
        assertThat(listed.value()).extracting(Backup::id).containsExactly(BACKUP_ID);
        assertThat(got.statusCode()).isEqualTo(200);
        assertThat(got.requestId()).contains(REQUEST_ID);
        assertThat(got.value().status()).contains(BackupStatus.DONE);
        cloud.expect("GET", servicePath("/backups"));
        cloud.expect("GET", servicePath("/backups/" + BACKUP_ID));
    }

    @Test
    void configurationAndItsUpdate() throws Exception {
        server.enqueue(answer(200, CONFIG));
        server.enqueue(answer(200, CONFIG));
        Backups.WithRawResponse raw = ch.backups().withRawResponse();

        ApiResponse<BackupConfiguration> config = raw.configuration(SERVICE_ID);
        ApiResponse<BackupConfiguration> updated = raw.updateConfiguration(
                SERVICE_ID,
                UpdateBackupConfigurationParams.builder()
                        .backupRetentionPeriodInHours(Patch.of(72))
                        .build());

        assertThat(config.requestId()).contains(REQUEST_ID);
        assertThat(config.value().backupPeriodInHours()).contains(24);
        assertThat(updated.statusCode()).isEqualTo(200);
        assertThat(updated.header("x-ratelimit-remaining")).contains("41");
        assertThat(updated.value().backupRetentionPeriodInHours()).contains(72);
        cloud.expect("GET", servicePath("/backupConfiguration"));
        assertThat(body(cloud.expect("PATCH", servicePath("/backupConfiguration"))))
                .isEqualTo(tree("{\"backupRetentionPeriodInHours\":72}"));
    }

    @Test
    void badIdsAreRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> ch.backups().withRawResponse().get(SERVICE_ID, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("backupId");
        assertThat(server.getRequestCount()).isZero();
    }
}
