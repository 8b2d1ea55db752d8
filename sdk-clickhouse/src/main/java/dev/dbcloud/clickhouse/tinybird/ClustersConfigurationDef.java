package dev.dbcloud.clickhouse.tinybird;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.clickhouse.CloudProvider;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The catalogue of {@code GET /v0/organizations/{org}/clusters-configuration}: where dedicated clusters can run,
 * which replica sizes each provider offers, and which roles can be managed. Sizes differ per provider: read them
 * here instead of hard-coding them. Users see the generated {@link ClustersConfiguration}.
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = ClustersConfiguration.class)
@JsonDeserialize(as = ClustersConfiguration.class)
abstract class ClustersConfigurationDef {

    /** @return the provider regions where clusters can run, per provider ({@code cloud_regions}) */
    abstract Map<CloudProvider, List<String>> cloudRegions();

    /** @return the replica sizes each provider offers ({@code available_sizes}) */
    abstract Map<CloudProvider, List<ReplicaSize>> availableSizes();

    /** @return the roles scaling and rebalancing can manage ({@code available_roles}) */
    abstract List<ClusterRole> availableRoles();
}
