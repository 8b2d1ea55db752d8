package dev.dbcloud.clickhouse;

import static dev.dbcloud.clickhouse.Cloud.SERVICE_ID;
import static dev.dbcloud.clickhouse.Cloud.body;
import static dev.dbcloud.clickhouse.Cloud.json;
import static dev.dbcloud.clickhouse.Cloud.ok;
import static dev.dbcloud.clickhouse.Cloud.okEmpty;
import static dev.dbcloud.clickhouse.Cloud.servicePath;
import static dev.dbcloud.clickhouse.Cloud.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dbcloud.core.Patch;
import dev.dbcloud.core.errors.ApiDecodingException;
import dev.dbcloud.core.errors.BadRequestException;
import dev.dbcloud.core.testing.Published;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@code …/services/{serviceId}/backupBucket}: each operation on the wire, per provider, and its secrets kept. */
class BackupBucketsTest extends ClientTest {
    private static final String SECRET = "hmac-secret-value";
    private static final String CONNECTION = "DefaultEndpointsProtocol=https;AccountKey=azure-account-key";
    private static final JsonNode ANSWERS =
            Published.fixture("/published/clickhouse/spec-backup-buckets.json").get("response");

    private static String answer(int i) {
        return ANSWERS.get(i).toString();
    }

    @Test
    void createAnAwsBucket() throws Exception {
        server.enqueue(ok(answer(0)));
        BackupBucket bucket = ch.services()
                .backupBucket()
                .create(
                        SERVICE_ID,
                        CreateBackupBucketParams.aws(
                                        "s3://my-backups/analytics", "arn:aws:iam::123456789012:role/ch-backups")
                                .withIamRoleSessionName("clickhouse"));
        assertThat(body(cloud.expect("POST", servicePath("/backupBucket"))))
                .isEqualTo(tree("{\"bucketProvider\":\"AWS\",\"bucketPath\":\"s3://my-backups/analytics\","
                        + "\"iamRoleArn\":\"arn:aws:iam::123456789012:role/ch-backups\","
                        + "\"iamRoleSessionName\":\"clickhouse\"}"));
        assertThat(bucket.id()).contains("2a4b6c8d-1e3f-4a5b-8c7d-9e0f1a2b3c4d");
        assertThat(bucket.bucketProvider()).contains(BucketProvider.AWS);
        assertThat(bucket.bucketPath()).contains("s3://my-backups/analytics");
        assertThat(bucket.iamRoleArn()).contains("arn:aws:iam::123456789012:role/ch-backups");
        assertThat(bucket.iamRoleSessionName()).contains("clickhouse");
        assertThat(bucket.accessKeyId()).isEmpty();
    }

    @Test
    void createGcpAndAzureBucketsSendTheirSecrets() throws Exception {
        server.enqueue(ok(answer(1)));
        server.enqueue(ok(answer(2)));
        BackupBucket gcp = ch.services()
                .backupBucket()
                .create(
                        SERVICE_ID,
                        CreateBackupBucketParams.gcp("gs://my-backups/analytics", "GOOG1EXAMPLEKEYID", SECRET));
        BackupBucket azure =
                ch.services().backupBucket().create(SERVICE_ID, CreateBackupBucketParams.azure("backups", CONNECTION));
        assertThat(body(cloud.expect("POST", servicePath("/backupBucket"))))
                .isEqualTo(tree("{\"bucketProvider\":\"GCP\",\"bucketPath\":\"gs://my-backups/analytics\","
                        + "\"accessKeyId\":\"GOOG1EXAMPLEKEYID\",\"secretAccessKey\":\"" + SECRET + "\"}"));
        assertThat(body(cloud.expect("POST", servicePath("/backupBucket"))))
                .isEqualTo(tree("{\"bucketProvider\":\"AZURE\",\"containerName\":\"backups\","
                        + "\"connectionString\":\"" + CONNECTION + "\"}"));
        assertThat(gcp.accessKeyId()).contains("GOOG1EXAMPLEKEYID");
        assertThat(azure.containerName()).contains("backups");
        assertThat(azure.bucketPath()).isEmpty();
    }

    @Test
    void updateSendsTheSetFieldsAndCanClearTheSessionName() throws Exception {
        server.enqueue(ok(answer(0)));
        server.enqueue(ok(answer(1)));
        ch.services()
                .backupBucket()
                .update(
                        SERVICE_ID,
                        UpdateBackupBucketParams.builder()
                                .bucketProvider(BucketProvider.AWS)
                                .iamRoleArn("arn:aws:iam::123456789012:role/other")
                                .iamRoleSessionName(Patch.ofNull())
                                .build());
        ch.services()
                .backupBucket()
                .update(
                        SERVICE_ID,
                        UpdateBackupBucketParams.builder()
                                .bucketProvider(BucketProvider.GCP)
                                .bucketPath("gs://my-backups/v2")
                                .secretAccessKey(SECRET)
                                .build());
        assertThat(body(cloud.expect("PATCH", servicePath("/backupBucket"))))
                .isEqualTo(tree("{\"bucketProvider\":\"AWS\",\"iamRoleArn\":\"arn:aws:iam::123456789012:role/other\","
                        + "\"iamRoleSessionName\":null}"));
        assertThat(body(cloud.expect("PATCH", servicePath("/backupBucket"))))
                .isEqualTo(tree("{\"bucketProvider\":\"GCP\",\"bucketPath\":\"gs://my-backups/v2\","
                        + "\"secretAccessKey\":\"" + SECRET + "\"}"));
    }

    @Test
    void anUpdateWithoutTheProvidersSecretIsRefusedBeforeSending() {
        assertThatThrownBy(() -> UpdateBackupBucketParams.builder()
                        .bucketProvider(BucketProvider.GCP)
                        .bucketPath("gs://b")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("secretAccessKey is required");
        assertThatThrownBy(() -> UpdateBackupBucketParams.builder()
                        .bucketProvider(BucketProvider.AZURE)
                        .containerName("c")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("connectionString is required");
        assertThatThrownBy(() ->
                        CreateBackupBucketParams.builder().bucketPath("s3://b").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bucketProvider");
        assertThatCode(() -> UpdateBackupBucketParams.builder()
                        .bucketProvider(BucketProvider.AWS)
                        .build())
                .doesNotThrowAnyException();
        assertThatCode(() -> UpdateBackupBucketParams.builder()
                        .bucketProvider(BucketProvider.of("OCI"))
                        .build())
                .doesNotThrowAnyException();
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void getAndDelete() throws Exception {
        server.enqueue(ok(answer(2)));
        server.enqueue(okEmpty());
        assertThat(ch.services().backupBucket().get(SERVICE_ID).bucketProvider())
                .contains(BucketProvider.AZURE);
        ch.services().backupBucket().delete(SERVICE_ID);
        cloud.expect("GET", servicePath("/backupBucket"));
        cloud.expect("DELETE", servicePath("/backupBucket"));
    }

    @Test
    void secretsAndTheAccessKeyIdNeverPrint() {
        CreateBackupBucketParams gcp = CreateBackupBucketParams.gcp("gs://b", "GOOG1EXAMPLEKEYID", SECRET);
        CreateBackupBucketParams azure = CreateBackupBucketParams.azure("c", CONNECTION);
        UpdateBackupBucketParams update = UpdateBackupBucketParams.builder()
                .bucketProvider(BucketProvider.GCP)
                .accessKeyId("GOOG1EXAMPLEKEYID")
                .secretAccessKey(SECRET)
                .build();
        BackupBucket read = Published.decode(ANSWERS.get(1), BackupBucket.class);
        for (Object model : new Object[] {gcp, azure, update, read}) {
            assertThat(model.toString())
                    .contains("****")
                    .doesNotContain(SECRET, "azure-account-key", "GOOG1EXAMPLEKEYID");
        }
        assertThat(read.toString())
                .isEqualTo("BackupBucket{id=3b5c7d9e-2f4a-4b6c-9d8e-0f1a2b3c4d5e, bucketProvider=" + BucketProvider.GCP
                        + ", bucketPath=gs://my-backups/analytics, accessKeyId=****}");
    }

    @Test
    void secretsStayOutOfExceptions() {
        server.enqueue(json(
                400,
                "{\"status\":400,\"error\":\"BAD_REQUEST: invalid credentials\",\"requestId\":\"r-1\","
                        + "\"secretAccessKey\":\"" + SECRET + "\"}"));
        server.enqueue(ok("\"secretAccessKey=" + SECRET + "\""));
        assertThatThrownBy(() -> ch.services()
                        .backupBucket()
                        .create(SERVICE_ID, CreateBackupBucketParams.gcp("gs://b", "GOOG1EXAMPLEKEYID", SECRET)))
                .isInstanceOf(BadRequestException.class)
                .satisfies(e -> assertThat(e.toString() + ((BadRequestException) e).responseBody())
                        .doesNotContain(SECRET));
        assertThatThrownBy(() -> ch.services().backupBucket().get(SERVICE_ID))
                .isInstanceOf(ApiDecodingException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(SECRET));
    }

    @Test
    void everyProvidersAnswerDecodesWithAnyOneFieldRemoved() {
        for (Published.Variant variant : Published.withOneFieldRemoved(ANSWERS, Set.of())) {
            assertThatCode(() -> Published.decodeEach(variant.body(), BackupBucket.class))
                    .as(variant.toString())
                    .doesNotThrowAnyException();
        }
        BackupBucket unknown =
                Published.decode(tree("{\"bucketProvider\":\"OCI\",\"bucketPath\":\"oci://b\"}"), BackupBucket.class);
        assertThat(unknown.bucketProvider().orElseThrow().isKnown()).isFalse();
        assertThat(unknown.bucketPath()).contains("oci://b");
    }
}
