package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * Changes to a service's private endpoint ids (wire schema {@code InstancePrivateEndpointsPatch}); the API applies
 * {@code remove} before {@code add}. Empty lists are not sent, so changes with nothing to add or remove go out as
 * {@code {}}: neither the spec nor {@code reference/} says the API refuses them.
 */
@DbCloudStyle
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonSerialize(as = PrivateEndpointIdChanges.class)
@JsonDeserialize(as = PrivateEndpointIdChanges.class)
abstract class PrivateEndpointIdChangesDef {
    /**
     * Items to add (wire {@code add}).
     *
     * @return the value
     */
    abstract List<String> add();

    /**
     * Items to remove (wire {@code remove}).
     *
     * @return the value
     */
    abstract List<String> remove();
}
