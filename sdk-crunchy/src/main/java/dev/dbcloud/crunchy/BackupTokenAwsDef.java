package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** S3 credentials of a {@link ClusterBackupToken} ({@code AWSBackupToken}); key, secret and session token redacted in toString. */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = BackupTokenAws.class)
@JsonDeserialize(as = BackupTokenAws.class)
abstract class BackupTokenAwsDef {
    /** @return the bucket ({@code s3_bucket}) */
    abstract Optional<String> s3Bucket();

    /** @return the region ({@code s3_region}) */
    abstract Optional<String> s3Region();

    /** @return the access key ID ({@code s3_key}); redacted in toString */
    @Value.Redacted
    abstract Optional<String> s3Key();

    /** @return the secret access key ({@code s3_key_secret}); redacted in toString */
    @Value.Redacted
    abstract Optional<String> s3KeySecret();

    /** @return the session token ({@code s3_token}); redacted in toString */
    @Value.Redacted
    abstract Optional<String> s3Token();

    /** @return the KMS key ID, if the bucket uses one ({@code s3_kms_key_id}) */
    abstract Optional<String> s3KmsKeyId();
}
