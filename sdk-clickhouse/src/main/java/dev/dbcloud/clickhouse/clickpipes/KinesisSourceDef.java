package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The Amazon Kinesis source of a ClickPipe (wire field {@code source.kinesis}). Responses never carry the access key.
 *
 * <p>A response may leave out any field the spec does not require, so {@code format}, {@code streamName}, {@code
 * region}, {@code iteratorType} and {@code authentication} are optional here: {@link CreateClickPipeParams} refuses a
 * create without them ({@link IllegalArgumentException} naming the field).
 *
 * <pre>{@code
 * KinesisSource kinesis = KinesisSource.builder()
 *     .format(KinesisFormat.JSON_EACH_ROW)
 *     .streamName("my-stream").region("us-east-1")
 *     .iteratorType(KinesisIteratorType.TRIM_HORIZON)
 *     .authentication(AwsAuthentication.IAM_ROLE)
 *     .iamRole("arn:aws:iam::123456789012:role/MyRole")
 *     .build();
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = KinesisSource.class)
@JsonDeserialize(as = KinesisSource.class)
abstract class KinesisSourceDef {
    /**
     * The record format (wire {@code format}).
     *
     * @return the value
     */
    abstract Optional<KinesisFormat> format();

    /**
     * The stream name (wire {@code streamName}).
     *
     * @return the value
     */
    abstract Optional<String> streamName();

    /**
     * The AWS region of the stream (wire {@code region}).
     *
     * @return the value
     */
    abstract Optional<String> region();

    /**
     * Where to start reading (wire {@code iteratorType}).
     *
     * @return the value
     */
    abstract Optional<KinesisIteratorType> iteratorType();

    /**
     * The UNIX timestamp (seconds) to start from, with {@code AT_TIMESTAMP} (wire {@code timestamp}).
     *
     * @return the value
     */
    abstract Optional<Long> timestamp();

    /**
     * Whether to use enhanced fan-out (wire {@code useEnhancedFanOut}).
     *
     * @return the value
     */
    abstract Optional<Boolean> useEnhancedFanOut();

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
     * The access key pair, with {@code IAM_USER} (wire {@code accessKey}).
     *
     * @return the value
     */
    abstract Optional<AccessKey> accessKey();
}
