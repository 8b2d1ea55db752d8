package dev.dbcloud.clickhouse.tinybird;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.dbcloud.core.DbCloudStyle;
import org.immutables.value.Value;

/**
 * The body of a remove-replica request, {@code {"old_weights": {…}, "new_weights": {…}}}: the cluster's current
 * weights, and the weights of the replicas that remain, which must not mention the removed replica ({@link
 * Clusters#removeReplica(String, String, RemoveReplicaParams)} refuses that before sending). {@link
 * Clusters#removeReplica(String, String, Weights)} fills in the current weights for you. Users see the generated
 * {@link RemoveReplicaParams}.
 */
@DbCloudStyle
@Value.Immutable
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonSerialize(as = RemoveReplicaParams.class)
@JsonDeserialize(as = RemoveReplicaParams.class)
abstract class RemoveReplicaParamsDef {

    /** @return the cluster's current weights ({@code old_weights}) */
    abstract Weights oldWeights();

    /** @return the weights of the remaining replicas ({@code new_weights}) */
    abstract Weights newWeights();
}
