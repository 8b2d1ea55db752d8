package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import dev.dbcloud.core.internal.ModelToString;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The object storage source of a ClickPipe (wire field {@code source.objectStorage}): S3, GCS, DigitalOcean
 * Spaces, Azure Blob Storage, Cloudflare R2 or OVH. Leave {@link #authentication()} empty for a public bucket.
 * Responses never carry credentials.
 *
 * <p>Every field is optional here, as responses may leave any out: {@link CreateClickPipeParams} refuses a create
 * without {@code type} and {@code format}, without {@code url} for every store but Azure Blob Storage, and without
 * {@code azureContainerName} for Azure Blob Storage, which names its files with {@code path} and takes no {@code url}
 * ({@link IllegalArgumentException} naming the field).
 *
 * <pre>{@code
 * ObjectStorageSource s3 = ObjectStorageSource.builder()
 *     .type(ObjectStorageType.S3)
 *     .format(ObjectStorageFormat.JSON_EACH_ROW)
 *     .url("https://datasets-documentation.s3.eu-west-3.amazonaws.com/http/**.ndjson.gz")
 *     .compression(Compression.AUTO)
 *     .isContinuous(false)
 *     .build();
 * ObjectStorageSource azure = ObjectStorageSource.builder()
 *     .type(ObjectStorageType.AZUREBLOBSTORAGE)
 *     .azureContainerName("my-container")
 *     .path("data/*.json")
 *     .format(ObjectStorageFormat.JSON_EACH_ROW)
 *     .authentication(ObjectStorageAuthentication.CONNECTION_STRING)
 *     .connectionString(connectionString)
 *     .build();
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = ObjectStorageSource.class)
@JsonDeserialize(as = ObjectStorageSource.class)
abstract class ObjectStorageSourceDef implements ObjectStorageAccess {
    /**
     * The object store (wire {@code type}).
     *
     * @return the value
     */
    abstract Optional<ObjectStorageType> type();

    /**
     * The file format (wire {@code format}).
     *
     * @return the value
     */
    abstract Optional<ObjectStorageFormat> format();

    /**
     * The file(s) to ingest; bash-like wildcards select several (wire {@code url}).
     *
     * @return the value
     */
    abstract Optional<String> url();

    /**
     * The delimiter of CSV-like files (wire {@code delimiter}).
     *
     * @return the value
     */
    abstract Optional<String> delimiter();

    /**
     * The compression of the files (wire {@code compression}).
     *
     * @return the value
     */
    abstract Optional<Compression> compression();

    /**
     * Whether new files keep being ingested; false loads once and completes (wire {@code isContinuous}).
     *
     * @return the value
     */
    abstract Optional<Boolean> isContinuous();

    /**
     * The SQS queue URL (S3) or Pub/Sub subscription (GCS) for event-based continuous ingestion (wire {@code
     * queueUrl}).
     *
     * @return the value
     */
    abstract Optional<String> queueUrl();

    /**
     * Whether to skip the initial load and ingest only files announced by the queue (wire {@code skipInitialLoad}).
     *
     * @return the value
     */
    abstract Optional<Boolean> skipInitialLoad();

    /**
     * Skip every object key up to and including this one during the initial load (wire {@code startAfter}).
     *
     * @return the value
     */
    abstract Optional<String> startAfter();

    /**
     * Describes the source like every model does, with secrets as {@code ****}, and the query string and user info
     * of {@link #url()} and {@link #queueUrl()} masked too ({@code https://bucket/data.csv?****}, {@code
     * https://user:****@host/…}): a presigned S3 URL or an Azure SAS URL carries its signature there. The values
     * themselves are sent unchanged.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return ModelToString.of("ObjectStorageSource")
                .add("type", type())
                .add("format", format())
                .addUrl("url", url())
                .add("delimiter", delimiter())
                .add("compression", compression())
                .add("isContinuous", isContinuous())
                .addUrl("queueUrl", queueUrl())
                .add("skipInitialLoad", skipInitialLoad())
                .add("startAfter", startAfter())
                .add("authentication", authentication())
                .add("iamRole", iamRole())
                .add("accessKey", accessKey())
                .add("serviceAccountKey", serviceAccountKey().map(secret -> "****"))
                .add("connectionString", connectionString().map(secret -> "****"))
                .add("path", path())
                .add("azureContainerName", azureContainerName())
                .toString();
    }
}
