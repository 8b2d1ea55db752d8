package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * Changes to the organization's private endpoints (wire schema {@code OrganizationPrivateEndpointsPatch}): the API
 * removes first, then adds. Empty lists are not sent.
 */
@DbCloudStyle
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonSerialize(as = OrganizationPrivateEndpointChanges.class)
@JsonDeserialize(as = OrganizationPrivateEndpointChanges.class)
abstract class OrganizationPrivateEndpointChangesDef {
    /**
     * Endpoints to add (wire {@code add}).
     *
     * @return the value
     * @deprecated the API marks it deprecated: add private endpoints to a service with {@link
     *     UpdateServiceParams#privateEndpointIds()}
     */
    @Deprecated
    abstract List<PrivateEndpoint> add();

    /**
     * Endpoints to remove (wire {@code remove}).
     *
     * @return the value
     */
    abstract List<PrivateEndpoint> remove();
}
