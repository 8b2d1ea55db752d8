package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import org.immutables.value.Value;

/**
 * Enables or disables an optional endpoint of a service (wire schema {@code ServiceEndpointChange}); only {@code
 * mysql} can be toggled.
 *
 * <pre>{@code
 * EndpointChange mysql = EndpointChange.builder().protocol(EndpointProtocol.MYSQL).enabled(true).build();
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonSerialize(as = EndpointChange.class)
@JsonDeserialize(as = EndpointChange.class)
abstract class EndpointChangeDef {
    /**
     * The endpoint's protocol (wire {@code protocol}).
     *
     * @return the value
     */
    abstract EndpointProtocol protocol();

    /**
     * Whether to enable it (wire {@code enabled}).
     *
     * @return the value
     */
    abstract boolean enabled();
}
