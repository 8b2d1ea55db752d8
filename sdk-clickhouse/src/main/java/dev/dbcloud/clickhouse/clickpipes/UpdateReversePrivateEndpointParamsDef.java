package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The body of a reverse private endpoint update (wire schema {@code UpdateReversePrivateEndpoint}): the custom
 * private DNS names, replaced as a whole. The list must be set explicitly, so that an update never clears the names
 * by accident: {@code build()} without it throws {@link IllegalArgumentException}. An explicitly empty list (or
 * {@link #clearingAll()}) removes every custom name.
 *
 * <pre>{@code
 * UpdateReversePrivateEndpointParams.of(List.of(CustomPrivateDnsMapping.of("*.example.com")));
 * UpdateReversePrivateEndpointParams.clearingAll();   // removes every custom name: sends []
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = UpdateReversePrivateEndpointParams.class)
@JsonDeserialize(as = UpdateReversePrivateEndpointParams.class)
abstract class UpdateReversePrivateEndpointParamsDef {
    /**
     * The complete new list of custom private DNS names (wire {@code customPrivateDnsMappings}); required, and an
     * empty list clears them.
     *
     * @return the value
     */
    abstract Optional<List<CustomPrivateDnsMapping>> customPrivateDnsMappings();

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
