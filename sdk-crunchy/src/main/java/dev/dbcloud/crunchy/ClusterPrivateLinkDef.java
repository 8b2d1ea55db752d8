package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A cluster's private link ({@code ClusterPrivateLink}): a provider endpoint service through which your own
 * virtual network reaches the cluster privately. Create an endpoint in your network with {@link
 * #endpointIdentifier()}, then approve its connection. See {@link ClusterPrivateLinks}.
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = ClusterPrivateLink.class)
@JsonDeserialize(as = ClusterPrivateLink.class)
abstract class ClusterPrivateLinkDef {
    /** @return the private link's ID ({@code id}) */
    abstract String id();

    /** @return the cluster ({@code cluster_id}) */
    abstract Optional<String> clusterId();

    /**
     * The provider's identifier of the endpoint service, e.g. {@code vpce-075c50b2becc4c030}, to give when creating
     * the endpoint in your network ({@code endpoint_identifier}); may be empty while the link is being created.
     *
     * @return the identifier
     */
    abstract Optional<String> endpointIdentifier();

    /** @return the state ({@code status}) */
    abstract Optional<PrivateLinkStatus> status();

    /** @return the team that owns the cluster ({@code team_id}) */
    abstract Optional<String> teamId();
}
