package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.clickhouse.internal.UpdateRules;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The changes to a Kafka source (wire schema {@code ClickPipePatchKafkaSource}); only the fields set are sent.
 *
 * <p>{@code build()} refuses an update that sets nothing, which would be sent as {@code {}} ({@link
 * IllegalArgumentException}).
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = KafkaSourceUpdate.class)
@JsonDeserialize(as = KafkaSourceUpdate.class)
abstract class KafkaSourceUpdateDef {
    /**
     * How to authenticate to the brokers (wire {@code authentication}).
     *
     * @return the value
     */
    abstract Optional<KafkaAuthentication> authentication();

    /**
     * The IAM role ARN, with {@code IAM_ROLE} (wire {@code iamRole}).
     *
     * @return the value
     */
    abstract Optional<String> iamRole();

    /**
     * PEM encoded CA certificates to validate the brokers' certificates (wire {@code caCertificate}).
     *
     * @return the value
     */
    abstract Optional<String> caCertificate();

    /**
     * The complete new list of reverse private endpoints (wire {@code reversePrivateEndpointIds}).
     *
     * @return the value
     */
    abstract Optional<List<String>> reversePrivateEndpointIds();

    /**
     * New credentials (wire {@code credentials}).
     *
     * @return the value
     */
    abstract Optional<KafkaCredentials> credentials();

    /** Refuses an update that changes nothing: the API reads an empty nested {@code {}} as values (reference §9.5). */
    @Value.Check
    void check() {
        UpdateRules.requireChange(this, "KafkaSourceUpdate");
    }
}
