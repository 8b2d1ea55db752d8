package dev.dbcloud.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.clickhouse.BackupBucket;
import dev.dbcloud.clickhouse.BucketProvider;
import dev.dbcloud.clickhouse.ClickHouseCloudClient;
import dev.dbcloud.clickhouse.ClickHouseSetting;
import dev.dbcloud.clickhouse.ClickHouseSettingsUpdate;
import dev.dbcloud.clickhouse.CloudProvider;
import dev.dbcloud.clickhouse.CloudRegion;
import dev.dbcloud.clickhouse.CreateBackupBucketParams;
import dev.dbcloud.clickhouse.CreateServiceParams;
import dev.dbcloud.clickhouse.ScalingSchedule;
import dev.dbcloud.clickhouse.ScalingScheduleEntryParams;
import dev.dbcloud.clickhouse.UpdateBackupBucketParams;
import dev.dbcloud.clickhouse.UpdateClickHouseSettingsParams;
import dev.dbcloud.clickhouse.UpdateUpgradeWindowParams;
import dev.dbcloud.clickhouse.UpgradeWindow;
import dev.dbcloud.clickhouse.UpsertScalingScheduleParams;
import dev.dbcloud.core.Credentials;
import dev.dbcloud.core.Patch;
import dev.dbcloud.core.errors.NotFoundException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The SDK's service configuration sub-resources against the local cloud: what is set reads back, then goes. */
class ClickHouseServiceConfigurationTest {
    private final LocalCloud cloud =
            LocalCloud.start(LocalCloud.Options.defaults().withSpeed(3_000));
    private final ClickHouseCloudClient ch = ClickHouseCloudClient.builder()
            .baseUrl(cloud.clickHouseCloudUrl() + "/v1")
            .credentials(Credentials.basic(cloud.clickHouseCloudKeyId(), cloud.clickHouseCloudKeySecret()))
            .sleeper(cloud.clock().sleeper())
            .build();
    private final String serviceId = ch.services()
            .create(CreateServiceParams.builder()
                    .name("configured")
                    .provider(CloudProvider.AWS)
                    .region(CloudRegion.US_EAST_1)
                    .build())
            .service()
            .id();

    @AfterEach
    void close() {
        ch.close();
        cloud.close();
    }

    @Test
    void clickhouseSettings() {
        ClickHouseSettingsUpdate applied = ch.services()
                .clickhouseSettings()
                .update(
                        serviceId,
                        UpdateClickHouseSettingsParams.builder()
                                .putSettings("compatibility", "24.8")
                                .build());
        assertThat(applied.settings()).isEqualTo(Map.of("compatibility", "24.8"));
        assertThat(applied.warnings()).hasSize(1);
        assertThat(ch.services().clickhouseSettings().list(serviceId))
                .containsExactly(ClickHouseSetting.builder()
                        .name("compatibility")
                        .value("24.8")
                        .build());
        assertThat(ch.services()
                        .clickhouseSettings()
                        .get(serviceId, "compatibility")
                        .value())
                .contains("24.8");
        assertThat(ch.services().clickhouseSettings().schema(serviceId)).isNotEmpty();
        ch.services().clickhouseSettings().delete(serviceId, "compatibility");
        ch.services().clickhouseSettings().delete(serviceId, "compatibility"); // a no-op, as the spec says
        assertThat(ch.services().clickhouseSettings().list(serviceId)).isEmpty();
    }

    @Test
    void scalingSchedule() {
        ScalingSchedule stored = ch.services()
                .scalingSchedule()
                .upsert(
                        serviceId,
                        UpsertScalingScheduleParams.builder()
                                .addEntries(ScalingScheduleEntryParams.builder()
                                        .name("Business hours")
                                        .addWeekdays(1, 2, 3, 4, 5)
                                        .startHourUtc(9)
                                        .endHourUtc(17)
                                        .numReplicas(3)
                                        .build())
                                .build());
        assertThat(stored.entries()).singleElement().satisfies(e -> {
            assertThat(e.minReplicas()).contains(3);
            assertThat(e.isActiveNow()).contains(false);
        });
        assertThat(ch.services().scalingSchedule().get(serviceId).entries()).hasSize(1);
        ScalingSchedule cleared = ch.services()
                .scalingSchedule()
                .upsert(serviceId, UpsertScalingScheduleParams.builder().build());
        assertThat(cleared.entries()).isEmpty();
        assertThatThrownBy(() -> ch.services().scalingSchedule().get(serviceId)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> ch.services().scalingSchedule().delete(serviceId))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void upgradeWindow() {
        UpgradeWindow window = ch.services().upgradeWindow().update(serviceId, UpdateUpgradeWindowParams.of(3, 12));
        assertThat(window.duration()).contains(6);
        assertThat(ch.services().upgradeWindow().get(serviceId).weekday()).contains(3);
        ch.services().upgradeWindow().delete(serviceId);
        assertThatThrownBy(() -> ch.services().upgradeWindow().get(serviceId)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void backupBucket() {
        BackupBucket created = ch.services()
                .backupBucket()
                .create(serviceId, CreateBackupBucketParams.gcp("gs://b/analytics", "GOOG1KEY", "hmac-secret"));
        assertThat(created.id()).isPresent();
        assertThat(created.accessKeyId()).contains("GOOG1KEY");
        BackupBucket moved = ch.services()
                .backupBucket()
                .update(
                        serviceId,
                        UpdateBackupBucketParams.builder()
                                .bucketProvider(BucketProvider.AWS)
                                .bucketPath("s3://b")
                                .iamRoleArn("arn:aws:iam::1:role/r")
                                .iamRoleSessionName(Patch.of("ch"))
                                .build());
        assertThat(moved.bucketProvider()).contains(BucketProvider.AWS);
        assertThat(moved.accessKeyId()).isEmpty();
        assertThat(ch.services().backupBucket().get(serviceId).iamRoleSessionName())
                .contains("ch");
        ch.services().backupBucket().delete(serviceId);
        assertThatThrownBy(() -> ch.services().backupBucket().get(serviceId)).isInstanceOf(NotFoundException.class);
    }
}
