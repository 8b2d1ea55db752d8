package dev.dbcloud.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dbcloud.clickhouse.clickpipes.BigQuerySource;
import dev.dbcloud.clickhouse.clickpipes.ObjectStorageFormat;
import dev.dbcloud.clickhouse.clickpipes.ObjectStorageSource;
import dev.dbcloud.clickhouse.clickpipes.ObjectStorageType;
import dev.dbcloud.clickhouse.clickpipes.SchemaRegistry;
import dev.dbcloud.clickhouse.clickpipes.UsernamePassword;
import org.junit.jupiter.api.Test;

/** Every URL-valued model field prints without its query string and the password of its user info. */
class UrlMaskingTest {
    @Test
    void objectStorageUrlsHideSignaturesAndUserInfo() {
        ObjectStorageSource source = ObjectStorageSource.builder()
                .type(ObjectStorageType.S3)
                .format(ObjectStorageFormat.CSV)
                .url("https://reader:url-secret@b.s3.amazonaws.com/k/*.json?X-Amz-Signature=sig-secret")
                .queueUrl("https://sqs.us-east-1.amazonaws.com/1/q?X-Amz-Credential=queue-secret")
                .build();
        assertThat(source.toString())
                .contains("url=https://reader:****@b.s3.amazonaws.com/k/*.json?****")
                .contains("queueUrl=https://sqs.us-east-1.amazonaws.com/1/q?****")
                .doesNotContain("url-secret", "sig-secret", "queue-secret");
        assertThat(source.url())
                .contains("https://reader:url-secret@b.s3.amazonaws.com/k/*.json?X-Amz-Signature=sig-secret");
    }

    @Test
    void schemaRegistryBackupBucketAndBigQueryPathsAreMaskedToo() {
        SchemaRegistry registry = SchemaRegistry.builder()
                .url("https://user:registry-secret@registry.example.com/schemas?apikey=key-secret")
                .credentials(UsernamePassword.of("user", "password-secret"))
                .build();
        assertThat(registry.toString())
                .startsWith("SchemaRegistry{url=https://user:****@registry.example.com/schemas?****")
                .doesNotContain("registry-secret", "key-secret", "password-secret");

        BackupBucketLocation bucket = BackupBucketLocation.builder()
                .bucketProvider(BucketProvider.AWS)
                .bucketPath("https://b.s3.amazonaws.com/backups?X-Amz-Signature=bucket-secret")
                .iamRoleArn("arn:aws:iam::1:role/r")
                .build();
        assertThat(bucket.toString())
                .isEqualTo("BackupBucketLocation{bucketProvider=" + BucketProvider.AWS
                        + ", bucketPath=https://b.s3.amazonaws.com/backups?****, iamRoleArn=arn:aws:iam::1:role/r}");

        BigQuerySource bigQuery = BigQuerySource.builder()
                .snapshotStagingPath("gs://staging/prefix/?token=staging-secret")
                .build();
        assertThat(bigQuery.toString())
                .isEqualTo("BigQuerySource{snapshotStagingPath=gs://staging/prefix/?****, tableMappings=[]}");
    }
}
