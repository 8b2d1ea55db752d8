package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A provider endpoint connected, or asking to connect, to a cluster's private link ({@code
 * ClusterPrivateLinkConnection}). See {@link ClusterPrivateLinks#listConnections(String)}.
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = ClusterPrivateLinkConnection.class)
@JsonDeserialize(as = ClusterPrivateLinkConnection.class)
abstract class ClusterPrivateLinkConnectionDef {
    /** @return the connection's ID ({@code id}) */
    abstract String id();

    /** @return the provider endpoint's identifier or name ({@code name}) */
    abstract Optional<String> name();

    /** @return the state ({@code status}) */
    abstract Optional<PrivateLinkConnectionStatus> status();

    /** @return the cluster ({@code cluster_id}) */
    abstract Optional<String> clusterId();

    /** @return the team that owns the cluster ({@code team_id}) */
    abstract Optional<String> teamId();
}
