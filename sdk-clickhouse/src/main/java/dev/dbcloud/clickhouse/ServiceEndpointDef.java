package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One way to connect to a service (wire schema {@code ServiceEndpoint}).
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = ServiceEndpoint.class)
@JsonDeserialize(as = ServiceEndpoint.class)
abstract class ServiceEndpointDef {
    /**
     * The protocol (wire {@code protocol}).
     *
     * @return the value, empty when the response leaves it out
     */
    abstract Optional<EndpointProtocol> protocol();

    /**
     * The host name (wire {@code host}).
     *
     * @return the value, empty when the response leaves it out
     */
    abstract Optional<String> host();

    /**
     * The port (wire {@code port}).
     *
     * @return the value, empty when the response leaves it out
     */
    abstract Optional<Integer> port();

    /**
     * The user name, for endpoints that have their own (wire {@code username}, may be null).
     *
     * @return the value
     */
    abstract Optional<String> username();
}
