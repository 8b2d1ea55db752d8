package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The Google Cloud Pub/Sub source of a ClickPipe (wire field {@code source.pubsub}; limited preview). Responses
 * never carry the service account key.
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = PubSubSource.class)
@JsonDeserialize(as = PubSubSource.class)
abstract class PubSubSourceDef {
    /**
     * The message format (wire {@code format}).
     *
     * @return the value
     */
    abstract Optional<PubSubFormat> format();

    /**
     * The GCP project that owns the topic (wire {@code projectId}).
     *
     * @return the value
     */
    abstract Optional<String> projectId();

    /**
     * The topic name, not the fully qualified path (wire {@code topic}).
     *
     * @return the value
     */
    abstract Optional<String> topic();

    /**
     * How to authenticate (wire {@code authentication}).
     *
     * @return the value
     */
    abstract Optional<PubSubAuthentication> authentication();

    /**
     * Where to start consuming (wire {@code seekType}).
     *
     * @return the value
     */
    abstract Optional<PubSubSeekType> seekType();

    /**
     * The instant to seek to, only with seek type {@code timestamp} (wire {@code seekTimestamp}).
     *
     * @return the value
     */
    abstract Optional<Instant> seekTimestamp();

    /**
     * A subscription filter expression (CEL), at most 256 characters (wire {@code filter}).
     *
     * @return the value
     */
    abstract Optional<String> filter();

    /**
     * Whether messages are delivered in order of their ordering keys (wire {@code enableOrdering}).
     *
     * @return the value
     */
    abstract Optional<Boolean> enableOrdering();

    /**
     * The acknowledgement deadline in seconds, 10 to 600 (wire {@code ackDeadline}).
     *
     * @return the value
     */
    abstract Optional<Integer> ackDeadline();

    /**
     * The service account key; required on creation, never returned (wire {@code serviceAccountKey}).
     *
     * @return the value
     */
    abstract Optional<ServiceAccountKey> serviceAccountKey();
}
