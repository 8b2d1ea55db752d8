package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * The body of a reverse private endpoint update (wire schema {@code UpdateReversePrivateEndpoint}): the custom
 * private DNS names, replaced as a whole. The list is always sent, so an empty list clears them.
 *
 * <pre>{@code
 * UpdateReversePrivateEndpointParams.builder()
 *     .addCustomPrivateDnsMappings(CustomPrivateDnsMapping.of("*.example.com"))
 *     .build();
 * UpdateReversePrivateEndpointParams.builder().build();   // removes every custom name
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = UpdateReversePrivateEndpointParams.class)
@JsonDeserialize(as = UpdateReversePrivateEndpointParams.class)
abstract class UpdateReversePrivateEndpointParamsDef {
    /**
     * The complete new list of custom private DNS names (wire {@code customPrivateDnsMappings}).
     *
     * @return the value
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    abstract List<CustomPrivateDnsMapping> customPrivateDnsMappings();
}
