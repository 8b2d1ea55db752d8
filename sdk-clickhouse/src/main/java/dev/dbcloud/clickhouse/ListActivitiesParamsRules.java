package dev.dbcloud.clickhouse;

import dev.dbcloud.core.internal.Endpoint;

/**
 * The rules of {@link ListActivitiesParams}: what {@code ListActivitiesParamsAttributes} does not say about it. The
 * generated {@code ListActivitiesParamsDef} carries its annotations.
 */
abstract class ListActivitiesParamsRules extends ListActivitiesParamsAttributes {
    /** Adds the ends of the period that are set ({@code from_date}, {@code to_date}) to a list call. */
    <T> Endpoint.Call<T> bind(Endpoint.Call<T> call) {
        return call.query("from_date", fromDate().orElse(null)).query("to_date", toDate().orElse(null));
    }
}
