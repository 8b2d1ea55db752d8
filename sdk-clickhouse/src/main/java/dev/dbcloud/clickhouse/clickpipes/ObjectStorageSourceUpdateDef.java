package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The changes to an object storage source (wire schema {@code ClickPipePatchObjectStorageSource}); only the
 * fields set are sent.
 *
 * <p>{@code build()} refuses an update that sets nothing, which would be sent as {@code {}} ({@link
 * IllegalArgumentException}).
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = ObjectStorageSourceUpdate.class)
@JsonDeserialize(as = ObjectStorageSourceUpdate.class)
abstract class ObjectStorageSourceUpdateDef {
    /**
     * Whether to skip the initial load (wire {@code skipInitialLoad}).
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
     * How to authenticate (wire {@code authentication}).
     *
     * @return the value
     */
    abstract Optional<ObjectStorageAuthentication> authentication();

    /**
     * The IAM role ARN, with {@code IAM_ROLE} (wire {@code iamRole}).
     *
     * @return the value
     */
    abstract Optional<String> iamRole();

    /**
     * A new Azure Blob Storage connection string (wire {@code connectionString}); printed as {@code ****} by {@code
     * toString()}.
     *
     * @return the value
     */
    @Value.Redacted
    abstract Optional<String> connectionString();

    /**
     * The file(s) within the Azure container (wire {@code path}).
     *
     * @return the value
     */
    abstract Optional<String> path();

    /**
     * The Azure container (wire {@code azureContainerName}).
     *
     * @return the value
     */
    abstract Optional<String> azureContainerName();

    /**
     * A new access key pair, with {@code IAM_USER} (wire {@code accessKey}).
     *
     * @return the value
     */
    abstract Optional<AccessKey> accessKey();

    /**
     * A new base64 encoded GCP service account JSON key (wire {@code serviceAccountKey}); printed as {@code ****} by
     * {@code toString()}.
     *
     * @return the value
     */
    @Value.Redacted
    abstract Optional<String> serviceAccountKey();

    /** Refuses an update that changes nothing, which would be sent as {@code {}}. */
    @Value.Check
    void check() {
        Rules.changesSomething(this, "ObjectStorageSourceUpdate");
    }
}
