package dev.dbcloud.clickhouse.tinybird;

import dev.dbcloud.core.DbCloudStyle;
import dev.dbcloud.core.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An add-replica request. It is sent in the API's nested shape, without {@link #replicaName()}, which goes into
 * the path:
 *
 * <pre>{@code
 * {"replica_size": "4-16",
 *  "existing_replicas": {"old_weights": {"writer": {"replica-1": 100}}, "new_weights": {"writer": {"replica-1": 70}}},
 *  "new_replica": {"writer": 30}}
 * }</pre>
 *
 * <p>{@code oldWeights} must equal the cluster's current weights; {@link Clusters#addReplica(String, String,
 * Weights, ReplicaWeights)} fills them in for you. With a {@link #replicaName()} the request goes to {@code
 * …/replicas/{replicaName}}, the other route the API documents; without one the server names the replica. Users
 * see the generated {@link AddReplicaParams}.
 */
@DbCloudStyle
@Value.Immutable
abstract class AddReplicaParamsDef {

    /** @return the replica shape ({@code replica_size}), a size name such as {@code 4-16}: see {@link ReplicaSize} */
    abstract String replicaSize();

    /** @return the current weights of the existing replicas ({@code existing_replicas.old_weights}) */
    abstract Weights oldWeights();

    /** @return the wanted weights of the existing replicas ({@code existing_replicas.new_weights}) */
    abstract Weights newWeights();

    /** @return the new replica's weight per role ({@code new_replica}) */
    abstract ReplicaWeights newReplica();

    /** @return the replica name sent as the last path segment, for the {@code …/replicas/{name}} route */
    abstract Optional<String> replicaName();

    /**
     * The one rule kept: a replica name, when given, is a usable path segment (not blank, {@code .} or {@code ..}),
     * the structural rule for every id that goes into a path. Nothing else is refused before sending: {@code
     * reference/tinybird.md} §4 documents the body by example only, so an empty {@code new_replica} or a size name
     * the server does not offer is the server's to answer.
     */
    @Value.Check
    void check() {
        replicaName().ifPresent(name -> Checks.pathSegment(name, "replicaName"));
    }
}
