package dev.dbcloud.clickhouse.tinybird;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answer to a weights update ({@code PUT …/clusters/{cluster}/weights}): {@code {"cluster_id": "…",
 * "updated_weights": {…}, "operation": "weight_update_requested"}}. The rebalance runs asynchronously; follow it with
 * {@link Clusters#waitUntilIdle(String, java.time.Duration)}. Fields the server leaves out (or a body that is missing
 * or not JSON) are taken from the request (see {@link Clusters}). Users see the generated {@link WeightsUpdated}.
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = WeightsUpdated.class)
@JsonDeserialize(as = WeightsUpdated.class)
abstract class WeightsUpdatedDef {

    /** @return the cluster ({@code cluster_id}) */
    abstract String clusterId();

    /** @return the weights the cluster moves to ({@code updated_weights}), when the server echoes them */
    abstract Optional<Weights> updatedWeights();

    /** @return the operation started ({@code operation}), e.g. {@code weight_update_requested} */
    abstract Optional<ClusterOperation> operation();
}
