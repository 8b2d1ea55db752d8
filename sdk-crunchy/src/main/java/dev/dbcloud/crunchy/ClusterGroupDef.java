package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The group a cluster belongs to ({@code cluster_group}), such as the nodes of a Citus cluster. Read it from
 * {@link Cluster#clusterGroup()}.
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = ClusterGroup.class)
@JsonDeserialize(as = ClusterGroup.class)
abstract class ClusterGroupDef {
    /** @return the group's ID ({@code id}) */
    abstract String id();

    /** @return the kind: {@code citus} or {@code postgres} ({@code kind}), if reported */
    abstract Optional<ClusterGroupKind> kind();

    /** @return the group's name ({@code name}), if reported */
    abstract Optional<String> name();

    /** @return the network of the group ({@code network_id}), if reported */
    abstract Optional<String> networkId();

    /** @return the cloud provider ({@code provider_id}), if reported */
    abstract Optional<String> providerId();

    /** @return the provider region ({@code region_id}), if reported */
    abstract Optional<String> regionId();

    /** @return the owning team ({@code team_id}), if reported */
    abstract Optional<String> teamId();

    /** @return the clusters of the group ({@code clusters}); empty when not listed */
    abstract List<Cluster> clusters();
}
