package dev.dbcloud.clickhouse.clickpipes;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reverse private endpoint (wire schema {@code ReversePrivateEndpoint}): a private connection from ClickPipes
 * to a source in the customer's network.
 *
 * <pre>{@code
 * ReversePrivateEndpoint endpoint = ch.clickPipes(serviceId).reversePrivateEndpoints().get(endpointId);
 * if (endpoint.status() == ReversePrivateEndpointStatus.READY) { … endpoint.dnsNames() … }
 * }</pre>
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = ReversePrivateEndpoint.class)
@JsonDeserialize(as = ReversePrivateEndpoint.class)
abstract class ReversePrivateEndpointDef implements ReversePrivateEndpointTarget {
    /**
     * The endpoint id (wire {@code id}).
     *
     * @return the value
     */
    abstract String id();

    /**
     * The service the endpoint belongs to (wire {@code serviceId}).
     *
     * @return the value
     */
    abstract Optional<String> serviceId();

    /**
     * The description (wire {@code description}).
     *
     * @return the value
     */
    abstract Optional<String> description();

    /**
     * The kind of endpoint (wire {@code type}).
     *
     * @return the value
     */
    abstract Optional<ReversePrivateEndpointType> type();

    /**
     * The cloud provider's endpoint id (wire {@code endpointId}).
     *
     * @return the value
     */
    abstract Optional<String> endpointId();

    /**
     * The internal DNS names (wire {@code dnsNames}).
     *
     * @return the value
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract List<String> dnsNames();

    /**
     * The private DNS names (wire {@code privateDnsNames}).
     *
     * @return the value
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    abstract List<String> privateDnsNames();

    /**
     * The status (wire {@code status}).
     *
     * @return the value
     */
    abstract Optional<ReversePrivateEndpointStatus> status();
}
