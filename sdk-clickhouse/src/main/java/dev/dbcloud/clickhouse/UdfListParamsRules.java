package dev.dbcloud.clickhouse;

import org.immutables.value.Value;

/**
 * The rules of {@link UdfListParams}: what {@code UdfListParamsAttributes} does not say about it. The
 * generated {@code UdfListParamsDef} carries its annotations.
 */
abstract class UdfListParamsRules extends UdfListParamsAttributes {

    @Value.Check
    void check() {
        limit().ifPresent(limit -> ServiceRules.between("limit", limit, 1, 100));
    }
}
