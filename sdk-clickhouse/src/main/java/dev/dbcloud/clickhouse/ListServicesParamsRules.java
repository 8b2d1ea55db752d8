package dev.dbcloud.clickhouse;

import dev.dbcloud.core.internal.Endpoint;
import org.immutables.value.Value;

/**
 * The rules of {@link ListServicesParams}: what {@code ListServicesParamsAttributes} does not say about it. The
 * generated {@code ListServicesParamsDef} carries its annotations.
 */
abstract class ListServicesParamsRules extends ListServicesParamsAttributes {

    /** Tag keys are not empty (spec: {@code ResourceTagsV1.key} minLength 1), so an empty one can match nothing. */
    @Value.Check
    void check() {
        TagFilters.check(tags(), tagKeys());
    }

    /** Adds the tag filters to a list call, one query {@code filter} each ({@link TagFilters}). */
    <T> Endpoint.Call<T> bind(Endpoint.Call<T> call) {
        TagFilters.values(tags(), tagKeys()).forEach(filter -> call.query("filter", filter));
        return call;
    }
}
