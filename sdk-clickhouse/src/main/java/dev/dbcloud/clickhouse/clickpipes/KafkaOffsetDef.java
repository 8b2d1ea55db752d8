package dev.dbcloud.clickhouse.clickpipes;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a new Kafka pipe starts reading (wire field {@code source.kafka.offset}).
 *
 * <pre>{@code
 * KafkaOffset.of(KafkaOffsetStrategy.FROM_BEGINNING);
 * KafkaOffset.builder().strategy(KafkaOffsetStrategy.FROM_TIMESTAMP).timestamp("2026-01-01T00:00").build();
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = KafkaOffset.class)
@JsonDeserialize(as = KafkaOffset.class)
abstract class KafkaOffsetDef {
    /**
     * The strategy (wire {@code strategy}).
     *
     * @return the value
     */
    abstract Optional<KafkaOffsetStrategy> strategy();

    /**
     * A minute precision UTC timestamp such as {@code 2026-01-01T00:00}; only with {@code from_timestamp} (wire {@code
     * timestamp}).
     *
     * @return the value
     */
    abstract Optional<String> timestamp();

    /**
     * An offset without timestamp.
     *
     * @param strategy the strategy
     * @return the offset
     */
    public static KafkaOffset of(KafkaOffsetStrategy strategy) {
        requireNonNull(strategy, "strategy == null");
        return KafkaOffset.builder().strategy(strategy).build();
    }
}
