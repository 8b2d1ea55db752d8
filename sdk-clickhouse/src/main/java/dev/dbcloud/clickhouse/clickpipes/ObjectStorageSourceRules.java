package dev.dbcloud.clickhouse.clickpipes;

import dev.dbcloud.core.internal.ModelToString;

/**
 * The rules of {@link ObjectStorageSource}: what {@code ObjectStorageSourceAttributes} does not say about it. The
 * generated {@code ObjectStorageSourceDef} carries its annotations.
 */
abstract class ObjectStorageSourceRules extends ObjectStorageSourceAttributes {

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
