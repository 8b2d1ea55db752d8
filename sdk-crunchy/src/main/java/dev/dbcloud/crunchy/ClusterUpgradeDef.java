package dev.dbcloud.crunchy;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The upgrade work of a cluster ({@code ClusterUpgrade}): planned and ongoing operations. An empty {@link
 * #operations()} list means no work remains.
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = ClusterUpgrade.class)
@JsonDeserialize(as = ClusterUpgrade.class)
abstract class ClusterUpgradeDef {
    /** @return the cluster's ID ({@code cluster_id}) */
    abstract Optional<String> clusterId();

    /** @return the cluster's team ({@code team_id}) */
    abstract Optional<String> teamId();

    /** @return the planned and ongoing operations ({@code operations}); empty when none remain */
    abstract List<ClusterOperation> operations();

    /**
     * Whether no operation is planned or ongoing.
     *
     * @return true if so
     */
    @JsonIgnore
    public boolean isFinished() {
        return operations().isEmpty();
    }
}
