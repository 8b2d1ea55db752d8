package dev.dbcloud.clickhouse;

import dev.dbcloud.core.internal.Endpoint;
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

    /** Adds the page size ({@code limit}) and the cursor ({@code cursor}) that are set to a list call. */
    <T> Endpoint.Call<T> bind(Endpoint.Call<T> call) {
        return call.query("limit", limit().orElse(null)).query("cursor", cursor().orElse(null));
    }
}
