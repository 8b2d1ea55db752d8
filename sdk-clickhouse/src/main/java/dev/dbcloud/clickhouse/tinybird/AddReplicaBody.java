package dev.dbcloud.clickhouse.tinybird;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The JSON body of an add-replica request: {@link AddReplicaParams} in the API's nested shape, without the replica
 * name, which travels in the path.
 *
 * <pre>{@code
 * {"replica_size": "4-16",
 *  "existing_replicas": {"old_weights": {…}, "new_weights": {…}},
 *  "new_replica": {"writer": 30}}
 * }</pre>
 *
 * @param replicaSize the replica shape ({@code replica_size})
 * @param existingReplicas the weights of the replicas the cluster has ({@code existing_replicas})
 * @param newReplica the new replica's weight per role ({@code new_replica})
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record AddReplicaBody(String replicaSize, ExistingReplicas existingReplicas, ReplicaWeights newReplica) {

    /**
     * The {@code existing_replicas} member.
     *
     * @param oldWeights the cluster's current weights ({@code old_weights})
     * @param newWeights the wanted weights of the existing replicas ({@code new_weights})
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    record ExistingReplicas(Weights oldWeights, Weights newWeights) {}

    static AddReplicaBody of(AddReplicaParams params) {
        return new AddReplicaBody(
                params.replicaSize(),
                new ExistingReplicas(params.oldWeights(), params.newWeights()),
                params.newReplica());
    }
}
