package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a cloud private endpoint must point at to reach a service (wire schema {@code PrivateEndpointConfig}).
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = PrivateEndpointConfig.class)
@JsonDeserialize(as = PrivateEndpointConfig.class)
abstract class PrivateEndpointConfigDef {
    /**
     * The endpoint service to connect the private endpoint to, e.g. an AWS VPC endpoint service name (wire {@code
     * endpointServiceId}).
     *
     * @return the value
     */
    abstract Optional<String> endpointServiceId();

    /**
     * The private DNS host name of the service (wire {@code privateDnsHostname}).
     *
     * @return the value
     */
    abstract Optional<String> privateDnsHostname();
}
