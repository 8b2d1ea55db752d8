package dev.dbcloud.postgres;

import org.immutables.value.Value;

/**
 * The rules of {@link MetricsParams}: what {@code MetricsParamsAttributes} does not say about it. The
 * generated {@code MetricsParamsDef} carries its annotations.
 */
abstract class MetricsParamsRules extends MetricsParamsAttributes {

    @Value.Check
    void check() {
        TimeWindow.check(this);
        bucketSizeSeconds().filter(s -> s < 1).ifPresent(s -> {
            throw new IllegalArgumentException("bucketSizeSeconds must be >= 1 but was " + s);
        });
    }
}
