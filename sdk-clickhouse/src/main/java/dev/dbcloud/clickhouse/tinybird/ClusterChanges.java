package dev.dbcloud.clickhouse.tinybird;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.core.internal.Checks;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The workflows that read a cluster's current weights before they write: {@link Clusters#rebalance}, {@link
 * Clusters#addReplica(String, String, Weights, ReplicaWeights)} and {@link Clusters#removeReplica(String, String,
 * Weights)}. Each sends two requests: {@code GET /v0/organizations/{org}/clusters} to read the cluster, then its
 * one write carrying the weights read as {@code old_weights}; it sends nothing after the read when the cluster
 * cannot accept the operation ({@link ClusterNotReadyException}). Each writes once, so the caller's idempotency key
 * (if any) goes with that one write.
 */
final class ClusterChanges {
    private ClusterChanges() {}

    /**
     * Rebalances: {@code GET …/clusters}, then {@code PUT …/clusters/{cluster}/weights}.
     */
    static WeightsUpdated rebalance(Clusters clusters, String clusterId, Weights newWeights) {
        Checks.notBlank(clusterId, "clusterId");
        requireNonNull(newWeights, "newWeights == null");
        Cluster cluster = ready(clusters.get(clusterId), "rebalance", Cluster::canRebalance, "can_rebalance");
        return clusters.updateWeights(
                clusterId,
                UpdateWeightsParams.builder()
                        .oldWeights(cluster.clusterWeights())
                        .newWeights(newWeights)
                        .build());
    }

    /**
     * Adds a replica: {@code GET …/clusters}, then {@code POST …/clusters/{cluster}/replicas}.
     */
    static ReplicaAdded addReplica(
            Clusters clusters, String clusterId, String replicaSize, Weights newWeights, ReplicaWeights newReplica) {
        Checks.notBlank(clusterId, "clusterId");
        // Validate the caller's part before reading anything; the current weights complete it afterwards.
        AddReplicaParams draft = AddReplicaParams.builder()
                .replicaSize(replicaSize)
                .oldWeights(Weights.empty())
                .newWeights(newWeights)
                .newReplica(newReplica)
                .build();
        Cluster cluster = ready(clusters.get(clusterId), "add a replica", Cluster::canScale, "can_scale");
        return clusters.addReplica(clusterId, draft.withOldWeights(cluster.clusterWeights()));
    }

    /**
     * Removes a replica: {@code GET …/clusters}, then {@code DELETE …/clusters/{cluster}/replicas/{replica}}.
     */
    static ReplicaRemoved removeReplica(Clusters clusters, String clusterId, String replicaName, Weights newWeights) {
        Checks.notBlank(clusterId, "clusterId");
        Checks.notBlank(replicaName, "replicaName");
        requireNonNull(newWeights, "newWeights == null");
        refuseMentionOfRemoved(newWeights, replicaName);
        Cluster cluster = ready(clusters.get(clusterId), "remove a replica", Cluster::canScale, "can_scale");
        return clusters.removeReplica(
                clusterId,
                replicaName,
                RemoveReplicaParams.builder()
                        .oldWeights(cluster.clusterWeights())
                        .newWeights(newWeights)
                        .build());
    }

    /**
     * Refuses new weights that still mention the replica being removed: the documented structural rule of a
     * remove ({@code reference/tinybird.md} §4, "new_weights must not mention the removed replica").
     */
    static void refuseMentionOfRemoved(Weights newWeights, String replicaName) {
        if (newWeights.mentions(replicaName)) {
            List<String> roles = newWeights.roles().stream()
                    .filter(role -> newWeights.forRole(role).containsKey(replicaName))
                    .map(ClusterRole::value)
                    .toList();
            throw new IllegalArgumentException("newWeights must not mention the removed replica " + replicaName
                    + " (it has weights for roles " + roles + ")");
        }
    }

    private static Cluster ready(
            Cluster cluster, String operation, Function<Cluster, Optional<Boolean>> allowed, String flag) {
        Optional<Boolean> busy = cluster.operationInProgress();
        if (busy.isEmpty()) {
            throw new ClusterNotReadyException(
                    operation,
                    "the cluster does not report operation_in_progress, so whether an operation is running is"
                            + " unknown",
                    cluster);
        }
        if (busy.get()) {
            throw new ClusterNotReadyException(
                    operation, "an operation is in progress; wait with waitUntilIdle(…) and try again", cluster);
        }
        Optional<Boolean> permitted = allowed.apply(cluster);
        if (permitted.isEmpty()) {
            throw new ClusterNotReadyException(
                    operation,
                    "the cluster does not report " + flag + ", so whether it allows this is unknown",
                    cluster);
        }
        if (!permitted.get()) {
            throw new ClusterNotReadyException(operation, "the cluster reports " + flag + "=false", cluster);
        }
        return cluster;
    }
}
