package dev.dbcloud.postgres;

import org.immutables.value.Value;

/**
 * The rules of {@link ListSlowQueryPatternsParams}: what {@code ListSlowQueryPatternsParamsAttributes} does not say about it. The
 * generated {@code ListSlowQueryPatternsParamsDef} carries its annotations.
 */
abstract class ListSlowQueryPatternsParamsRules extends ListSlowQueryPatternsParamsAttributes {

    @Value.Check
    void check() {
        TimeWindow.check(this);
        limit().filter(l -> l < 1 || l > 500).ifPresent(l -> {
            throw new IllegalArgumentException("limit must be between 1 and 500 but was " + l);
        });
        offset().filter(o -> o < 0).ifPresent(o -> {
            throw new IllegalArgumentException("offset must be >= 0 but was " + o);
        });
    }
}
