package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The Kafka source of a ClickPipe (wire field {@code source.kafka}): also Redpanda, MSK, Confluent, WarpStream,
 * Azure Event Hubs and the other Kafka-compatible brokers of {@link KafkaSourceType}. Responses never carry
 * credentials, so {@link #credentials()} is empty on a read pipe.
 *
 * <p>A response may leave out any field the spec does not require, so {@code type}, {@code format}, {@code brokers},
 * {@code topics} and {@code authentication} are optional here: {@link CreateClickPipeParams} refuses a create without
 * them ({@link IllegalArgumentException} naming the field).
 *
 * <pre>{@code
 * KafkaSource kafka = KafkaSource.builder()
 *     .type(KafkaSourceType.CONFLUENT)
 *     .format(KafkaFormat.JSON_EACH_ROW)
 *     .brokers("pkc-12345.us-east-1.aws.confluent.cloud:9092")
 *     .topics("orders")
 *     .authentication(KafkaAuthentication.PLAIN)
 *     .credentials(KafkaCredentials.plain(apiKey, apiSecret))
 *     .build();
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = KafkaSource.class)
@JsonDeserialize(as = KafkaSource.class)
abstract class KafkaSourceDef {
    /**
     * The broker kind (wire {@code type}).
     *
     * @return the value
     */
    abstract Optional<KafkaSourceType> type();

    /**
     * The message format (wire {@code format}).
     *
     * @return the value
     */
    abstract Optional<KafkaFormat> format();

    /**
     * The bootstrap brokers, comma separated (wire {@code brokers}).
     *
     * @return the value
     */
    abstract Optional<String> brokers();

    /**
     * The topics to read (wire {@code topics}).
     *
     * @return the value
     */
    abstract Optional<String> topics();

    /**
     * The consumer group; the API uses {@code clickpipes-<pipe id>} when absent (wire {@code consumerGroup}).
     *
     * @return the value
     */
    abstract Optional<String> consumerGroup();

    /**
     * How to authenticate to the brokers (wire {@code authentication}).
     *
     * @return the value
     */
    abstract Optional<KafkaAuthentication> authentication();

    /**
     * The credentials matching {@link #authentication()}; never returned by the API (wire {@code credentials}).
     *
     * @return the value
     */
    abstract Optional<KafkaCredentials> credentials();

    /**
     * The IAM role ARN, with {@code IAM_ROLE} (wire {@code iamRole}).
     *
     * @return the value
     */
    abstract Optional<String> iamRole();

    /**
     * Where to start reading (wire {@code offset}).
     *
     * @return the value
     */
    abstract Optional<KafkaOffset> offset();

    /**
     * The schema registry (wire {@code schemaRegistry}).
     *
     * @return the value
     */
    abstract Optional<SchemaRegistry> schemaRegistry();

    /**
     * PEM encoded CA certificates to validate the brokers' certificates (wire {@code caCertificate}).
     *
     * @return the value
     */
    abstract Optional<String> caCertificate();

    /**
     * The reverse private endpoints to reach the brokers through (wire {@code reversePrivateEndpointIds}).
     *
     * @return the value
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract List<String> reversePrivateEndpointIds();

    /**
     * Whether every record is inserted exactly once; can only be set at creation (wire {@code exactlyOnce}).
     *
     * @return the value
     */
    abstract Optional<Boolean> exactlyOnce();
}
