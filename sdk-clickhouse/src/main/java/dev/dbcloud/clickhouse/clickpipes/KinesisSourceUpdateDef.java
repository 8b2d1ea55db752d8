package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.clickhouse.internal.UpdateRules;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The changes to a Kinesis source (wire schema {@code ClickPipePatchKinesisSource}); only the fields set are sent.
 *
 * <p>{@code build()} refuses an update that sets nothing, which would be sent as {@code {}} ({@link
 * IllegalArgumentException}).
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = KinesisSourceUpdate.class)
@JsonDeserialize(as = KinesisSourceUpdate.class)
abstract class KinesisSourceUpdateDef {
    /**
     * How to authenticate to AWS (wire {@code authentication}).
     *
     * @return the value
     */
    abstract Optional<AwsAuthentication> authentication();

    /**
     * The IAM role ARN, with {@code IAM_ROLE} (wire {@code iamRole}).
     *
     * @return the value
     */
    abstract Optional<String> iamRole();

    /**
     * A new access key pair, with {@code IAM_USER} (wire {@code accessKey}).
     *
     * @return the value
     */
    abstract Optional<AccessKey> accessKey();

    /** Refuses an update that changes nothing: the API reads an empty nested {@code {}} as values (reference §9.5). */
    @Value.Check
    void check() {
        UpdateRules.requireChange(this, "KinesisSourceUpdate");
    }
}
