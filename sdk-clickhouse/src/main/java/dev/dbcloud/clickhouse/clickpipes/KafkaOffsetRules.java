package dev.dbcloud.clickhouse.clickpipes;

import static java.util.Objects.requireNonNull;

/**
 * The rules of {@link KafkaOffset}: what {@code KafkaOffsetAttributes} does not say about it. The
 * generated {@code KafkaOffsetDef} carries its annotations.
 */
abstract class KafkaOffsetRules extends KafkaOffsetAttributes {

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
