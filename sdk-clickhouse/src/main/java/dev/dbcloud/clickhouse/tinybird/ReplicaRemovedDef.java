package dev.dbcloud.clickhouse.tinybird;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The answer to a remove-replica request ({@code DELETE …/clusters/{cluster}/replicas/{replica}}): {@code
 * {"cluster_id": "…", "removed_replica": "replica-2", "updated_weights": {…}, "operation":
 * "replica_delete_requested"}}. The replica is removed asynchronously; follow it with {@link
 * Clusters#waitUntilIdle(String, java.time.Duration)}. Fields the server leaves out (or a body that is missing or not
 * JSON) are taken from the request (see {@link Clusters}). Users see the generated {@link ReplicaRemoved}.
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = ReplicaRemoved.class)
@JsonDeserialize(as = ReplicaRemoved.class)
abstract class ReplicaRemovedDef {

    /** @return the cluster ({@code cluster_id}) */
    abstract String clusterId();

    /** @return the replica being removed ({@code removed_replica}) */
    abstract Optional<String> removedReplica();

    /** @return the weights the cluster moves to ({@code updated_weights}), when the server echoes them */
    abstract Optional<Weights> updatedWeights();

    /** @return the operation started ({@code operation}), e.g. {@code replica_delete_requested} */
    abstract Optional<ClusterOperation> operation();
}
