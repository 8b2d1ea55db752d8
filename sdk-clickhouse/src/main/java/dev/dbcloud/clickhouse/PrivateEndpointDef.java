package dev.dbcloud.clickhouse;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A private endpoint of an organization or a service (wire schemas {@code InstancePrivateEndpoint} and {@code
 * OrganizationPrivateEndpoint}).
 */
@DbCloudStyle
@Value.Immutable
@JsonSerialize(as = PrivateEndpoint.class)
@JsonDeserialize(as = PrivateEndpoint.class)
abstract class PrivateEndpointDef {
    /**
     * The private endpoint identifier, e.g. an AWS VPC endpoint id (wire {@code id}).
     *
     * @return the value
     */
    abstract String id();

    /**
     * The description (wire {@code description}).
     *
     * @return the value
     */
    abstract Optional<String> description();

    /**
     * The cloud provider it is located in (wire {@code cloudProvider}).
     *
     * @return the value
     */
    abstract Optional<CloudProvider> cloudProvider();

    /**
     * The region it is located in (wire {@code region}).
     *
     * @return the value
     */
    abstract Optional<CloudRegion> region();
}
