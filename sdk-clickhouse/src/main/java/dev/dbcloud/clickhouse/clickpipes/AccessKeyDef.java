package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import org.immutables.value.Value;

/**
 * An access key pair (wire schema {@code MskIamUser}): used by Kafka ({@code IAM_USER} on MSK), Kinesis and
 * object storage pipes ({@code IAM_USER}, which also covers HMAC keys of GCS and DigitalOcean Spaces). The secret key
 * prints as {@code ****} in {@code toString()}.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = AccessKey.class)
@JsonDeserialize(as = AccessKey.class)
abstract class AccessKeyDef {
    /**
     * The access key id (wire {@code accessKeyId}).
     *
     * @return the value
     */
    abstract String accessKeyId();

    /**
     * The secret key (wire {@code secretKey}); printed as {@code ****} by {@code toString()}.
     *
     * @return the value
     */
    @Value.Redacted
    abstract String secretKey();

    /**
     * Creates an access key pair.
     *
     * @param accessKeyId the access key id
     * @param secretKey the secret key
     * @return the key pair
     */
    public static AccessKey of(String accessKeyId, String secretKey) {
        return AccessKey.builder().accessKeyId(accessKeyId).secretKey(secretKey).build();
    }
}
