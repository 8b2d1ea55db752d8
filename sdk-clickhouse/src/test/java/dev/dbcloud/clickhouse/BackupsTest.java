package dev.dbcloud.clickhouse;

import static dev.dbcloud.clickhouse.Cloud.SERVICE_ID;
import static dev.dbcloud.clickhouse.Cloud.body;
import static dev.dbcloud.clickhouse.Cloud.fixture;
import static dev.dbcloud.clickhouse.Cloud.ok;
import static dev.dbcloud.clickhouse.Cloud.servicePath;
import static dev.dbcloud.clickhouse.Cloud.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.core.Patch;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.errors.WaitFailedException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackupsTest extends ClientTest {
    private static final String BACKUP_ID = "9c1d2e3f-4a5b-4c6d-8e7f-8091a2b3c4d5";
    private static final String CONFIG =
            "{\"backupPeriodInHours\":24,\"backupRetentionPeriodInHours\":48,\"backupStartTime\":\"02:00\"}";

    @Test
    void listKeepsTheApiOrderMostRecentFirst() throws Exception {
        String older = fixture("backup.json")
                .replace(BACKUP_ID, "00000000-0000-4000-8000-000000000001")
                .replace("\"done\"", "\"in_progress\"")
                .replace("\"incremental\"", "\"full\"");
        server.enqueue(ok("[" + fixture("backup.json") + "," + older + "]"));
        List<Backup> backups = ch.backups().list(SERVICE_ID);
        cloud.expect("GET", servicePath("/backups"));
        assertThat(backups).extracting(Backup::id).containsExactly(BACKUP_ID, "00000000-0000-4000-8000-000000000001");
        assertThat(backups.get(1).status()).contains(BackupStatus.IN_PROGRESS);
        assertThat(backups.get(1).type()).contains(BackupType.FULL);
    }

    @Test
    void getParsesEveryField() throws Exception {
        server.enqueue(ok(fixture("backup.json")));
        Backup backup = ch.backups().get(SERVICE_ID, BACKUP_ID);
        cloud.expect("GET", servicePath("/backups/" + BACKUP_ID));
        assertThat(backup.status()).contains(BackupStatus.DONE);
        assertThat(backup.serviceId()).contains(SERVICE_ID);
        assertThat(backup.startedAt()).contains(Instant.parse("2026-03-02T00:00:03Z"));
        assertThat(backup.finishedAt()).contains(Instant.parse("2026-03-02T00:04:10Z"));
        assertThat(backup.sizeInBytes()).contains(1073741824L);
        assertThat(backup.durationInSeconds()).contains(247L);
        assertThat(backup.type()).contains(BackupType.INCREMENTAL);
        assertThat(backup.backupName()).contains("backup-2026-03-02");
        BackupBucketLocation bucket = backup.bucket().orElseThrow();
        assertThat(bucket.bucketProvider()).contains(BucketProvider.AWS);
        assertThat(bucket.bucketPath()).contains("s3://my-backups/analytics");
        assertThat(bucket.iamRoleArn()).contains("arn:aws:iam::123456789012:role/ch-backups");
        assertThat(bucket.iamRoleSessionName()).contains("clickhouse");
        assertThat(bucket.containerName()).isEmpty();
    }

    @Test
    void bucketsOfOtherProviders() throws Exception {
        server.enqueue(ok("{\"id\":\"b1\",\"status\":\"error\",\"bucket\":{\"bucketProvider\":\"GCP\","
                + "\"bucketPath\":\"gs://b\",\"accessKeyId\":\"GOOG1\"}}"));
        server.enqueue(ok("{\"id\":\"b2\",\"bucket\":{\"bucketProvider\":\"AZURE\",\"containerName\":\"c\"}}"));
        Backup gcp = ch.backups().get(SERVICE_ID, "b1");
        Backup azure = ch.backups().get(SERVICE_ID, "b2");
        assertThat(gcp.status()).contains(BackupStatus.ERROR);
        assertThat(gcp.bucket().orElseThrow().accessKeyId()).contains("GOOG1");
        assertThat(azure.bucket().orElseThrow().bucketProvider()).contains(BucketProvider.AZURE);
        assertThat(azure.bucket().orElseThrow().containerName()).contains("c");
        assertThat(azure.finishedAt()).isEmpty();
    }

    @Test
    void configuration() throws Exception {
        server.enqueue(ok(CONFIG));
        BackupConfiguration config = ch.backups().configuration(SERVICE_ID);
        cloud.expect("GET", servicePath("/backupConfiguration"));
        assertThat(config.backupPeriodInHours()).contains(24);
        assertThat(config.backupRetentionPeriodInHours()).contains(48);
        assertThat(config.backupStartTime()).contains("02:00");
    }

    @Test
    void updateSendsValuesAndNullsButNotAbsentFields() throws Exception {
        server.enqueue(ok(CONFIG));
        BackupConfiguration config = ch.backups()
                .updateConfiguration(
                        SERVICE_ID,
                        UpdateBackupConfigurationParams.builder()
                                .backupRetentionPeriodInHours(Patch.of(72))
                                .backupStartTime(Patch.ofNull())
                                .build());
        assertThat(body(cloud.expect("PATCH", servicePath("/backupConfiguration"))))
                .isEqualTo(tree("{\"backupRetentionPeriodInHours\":72,\"backupStartTime\":null}"));
        assertThat(config.backupPeriodInHours()).contains(24);
    }

    @Test
    void updateCanResetEverything() throws Exception {
        server.enqueue(ok(CONFIG));
        ch.backups()
                .updateConfiguration(
                        SERVICE_ID,
                        UpdateBackupConfigurationParams.builder()
                                .backupPeriodInHours(Patch.ofNull())
                                .backupRetentionPeriodInHours(Patch.ofNull())
                                .backupStartTime(Patch.ofNull())
                                .build());
        assertThat(body(cloud.expect("PATCH", servicePath("/backupConfiguration"))))
                .isEqualTo(tree("{\"backupPeriodInHours\":null,\"backupRetentionPeriodInHours\":null,"
                        + "\"backupStartTime\":null}"));
    }

    @Test
    void anUpdateThatChangesNothingGoesOutEmpty() throws Exception {
        server.enqueue(ok("{\"backupPeriodInHours\":24}"));
        ch.backups()
                .updateConfiguration(
                        SERVICE_ID, UpdateBackupConfigurationParams.builder().build());
        assertThat(body(cloud.expect("PATCH", servicePath("/backupConfiguration"))))
                .isEqualTo(tree("{}"));
    }

    @Test
    void idsAreCheckedBeforeSending() {
        assertThatThrownBy(() -> ch.backups().get(SERVICE_ID, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("backupId");
        assertThatThrownBy(() -> ch.backups().list("."))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("serviceId");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void waitUntilDonePollsUntilTheBackupIsDone() throws Exception {
        String inProgress = fixture("backup.json").replace("\"done\"", "\"in_progress\"");
        server.enqueue(ok(inProgress));
        server.enqueue(ok(inProgress));
        server.enqueue(ok(fixture("backup.json")));
        Backup done = ch.backups().waitUntilDone(SERVICE_ID, BACKUP_ID, Duration.ofHours(1));
        assertThat(done.status()).contains(BackupStatus.DONE);
        assertThat(cloud.time.sleeps()).containsExactly(Duration.ofSeconds(5), Duration.ofMillis(7500));
        for (int i = 0; i < 3; i++) {
            cloud.expect("GET", servicePath("/backups/" + BACKUP_ID));
        }
    }

    @Test
    void waitUntilDoneFailsAtOnceOnAnErrorAndFollowsTheViewsPollInterval() {
        String inProgress = fixture("backup.json").replace("\"done\"", "\"in_progress\"");
        server.enqueue(ok(inProgress));
        server.enqueue(ok(fixture("backup.json").replace("\"done\"", "\"error\"")));
        assertThatThrownBy(() -> ch.backups()
                        .withOptions(RequestOptions.builder()
                                .pollInterval(Duration.ofSeconds(1))
                                .build())
                        .waitUntilDone(SERVICE_ID, BACKUP_ID, Duration.ofHours(1)))
                .isInstanceOfSatisfying(WaitFailedException.class, e -> assertThat(e.lastObserved(Backup.class))
                        .hasValueSatisfying(b -> assertThat(b.status()).contains(BackupStatus.ERROR)))
                .hasMessageContaining("backup " + BACKUP_ID + " of service " + SERVICE_ID + " to be done");
        assertThat(cloud.time.sleeps()).containsExactly(Duration.ofSeconds(1));
    }
}
