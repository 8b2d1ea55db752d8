package dev.dbcloud.clickhouse.clickpipes;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * How an object storage pipe reaches its objects: the authentication of each store and, for Azure Blob Storage,
 * the container and path. {@link ObjectStorageSource} carries these fields and {@link ObjectStorageSourceUpdate}
 * changes them, under the same wire names; secrets print as {@code ****}.
 */
interface ObjectStorageAccess {
    /**
     * How to authenticate; empty for a public bucket (wire {@code authentication}).
     *
     * @return the value
     */
    Optional<ObjectStorageAuthentication> authentication();

    /**
     * The IAM role ARN, with {@code IAM_ROLE} (wire {@code iamRole}).
     *
     * @return the value
     */
    Optional<String> iamRole();

    /**
     * The access key pair, with {@code IAM_USER} (wire {@code accessKey}).
     *
     * @return the value
     */
    Optional<AccessKey> accessKey();

    /**
     * The base64 encoded GCP service account JSON key, with {@code SERVICE_ACCOUNT} (wire {@code serviceAccountKey});
     * printed as {@code ****} by {@code toString()}.
     *
     * @return the value
     */
    @Value.Redacted
    Optional<String> serviceAccountKey();

    /**
     * The Azure Blob Storage connection string, with {@code CONNECTION_STRING} (wire {@code connectionString}); printed
     * as {@code ****} by {@code toString()}.
     *
     * @return the value
     */
    @Value.Redacted
    Optional<String> connectionString();

    /**
     * The file(s) within the Azure container (wire {@code path}).
     *
     * @return the value
     */
    Optional<String> path();

    /**
     * The Azure container, required for {@code azureblobstorage} pipes, whose files {@link #path()} names instead of
     * their {@code url} (wire {@code azureContainerName}).
     *
     * @return the value
     */
    Optional<String> azureContainerName();
}
