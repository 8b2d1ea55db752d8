package dev.dbcloud.clickhouse.clickpipes;

import java.util.List;
import org.immutables.value.Value;

/**
 * The rules of {@link UpdateReversePrivateEndpointParams}: what {@code UpdateReversePrivateEndpointParamsAttributes} does not say about it. The
 * generated {@code UpdateReversePrivateEndpointParamsDef} carries its annotations.
 */
abstract class UpdateReversePrivateEndpointParamsRules extends UpdateReversePrivateEndpointParamsAttributes {

    /** The list is required: leaving it out would send {@code []} and clear every name. */
    @Value.Check
    void check() {
        if (customPrivateDnsMappings().isEmpty()) {
            throw new IllegalArgumentException("customPrivateDnsMappings must be set: the list replaces the current"
                    + " one, so set an empty list (or use clearingAll()) to remove every custom name");
        }
    }

    /**
     * An update replacing the custom private DNS names with {@code mappings}.
     *
     * @param mappings the complete new list; empty clears every name
     * @return the update
     */
    public static UpdateReversePrivateEndpointParams of(List<CustomPrivateDnsMapping> mappings) {
        return UpdateReversePrivateEndpointParams.builder()
                .customPrivateDnsMappings(List.copyOf(mappings))
                .build();
    }

    /**
     * An update removing every custom private DNS name (sends {@code []}).
     *
     * @return the update
     */
    public static UpdateReversePrivateEndpointParams clearingAll() {
        return of(List.of());
    }
}
