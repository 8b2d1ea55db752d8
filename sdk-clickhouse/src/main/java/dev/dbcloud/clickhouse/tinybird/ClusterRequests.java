package dev.dbcloud.clickhouse.tinybird;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.clickhouse.tinybird.internal.ClusterEndpoints;
import dev.dbcloud.clickhouse.tinybird.internal.LenientAnswer;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.internal.Checks;
import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.core.internal.Invoker;

/**
 * The requests of {@link Clusters} that take more than sending an endpoint: the lookup of one cluster in the list,
 * and the changes whose answer the API may leave empty ({@link LenientAnswer}). Each sends exactly one request.
 */
final class ClusterRequests {
    private ClusterRequests() {}

    /** The cluster, picked from {@code GET …/clusters}; see {@link ClusterLookup}. */
    static ApiResponse<Cluster> get(Invoker invoker, String organizationId, String clusterId) {
        Checks.notBlank(clusterId, "clusterId");
        return ClusterLookup.send(invoker, organizationId, clusterId);
    }

    /** {@code PUT …/weights}; an empty answer reads as the weights requested. */
    static ApiResponse<WeightsUpdated> updateWeights(
            Invoker invoker, String organizationId, String clusterId, UpdateWeightsParams params) {
        requireNonNull(params, "params == null");
        return LenientAnswer.read(
                invoker.send(ClusterEndpoints.UPDATE_WEIGHTS
                        .call(organizationId, clusterId)
                        .body(params)),
                WeightsUpdated.class,
                WeightsUpdated.builder()
                        .clusterId(clusterId)
                        .updatedWeights(params.newWeights())
                        .operation(ClusterOperation.WEIGHT_UPDATE_REQUESTED)
                        .build());
    }

    /** {@code POST …/replicas}, or {@code …/replicas/{name}} for a named replica; an empty answer reads as asked. */
    static ApiResponse<ReplicaAdded> addReplica(
            Invoker invoker, String organizationId, String clusterId, AddReplicaParams params) {
        requireNonNull(params, "params == null");
        Endpoint.Call<String> call = params.replicaName()
                .map(name -> ClusterEndpoints.ADD_NAMED_REPLICA.call(organizationId, clusterId, name))
                .orElseGet(() -> ClusterEndpoints.ADD_REPLICA.call(organizationId, clusterId));
        return LenientAnswer.read(
                invoker.send(call.body(AddReplicaBody.of(params))),
                ReplicaAdded.class,
                ReplicaAdded.builder()
                        .clusterId(clusterId)
                        .newReplica(params.replicaName()
                                .map(name -> Replica.builder().name(name).build()))
                        .operation(ClusterOperation.REPLICA_ADD_REQUESTED)
                        .build());
    }

    /** {@code DELETE …/replicas/{name}}, refusing weights that mention it; an empty answer reads as asked. */
    static ApiResponse<ReplicaRemoved> removeReplica(
            Invoker invoker, String organizationId, String clusterId, String replicaName, RemoveReplicaParams params) {
        Checks.notBlank(replicaName, "replicaName");
        requireNonNull(params, "params == null");
        ClusterChanges.refuseMentionOfRemoved(params.newWeights(), replicaName);
        return LenientAnswer.read(
                invoker.send(ClusterEndpoints.REMOVE_REPLICA
                        .call(organizationId, clusterId, replicaName)
                        .body(params)),
                ReplicaRemoved.class,
                ReplicaRemoved.builder()
                        .clusterId(clusterId)
                        .removedReplica(replicaName)
                        .updatedWeights(params.newWeights())
                        .operation(ClusterOperation.REPLICA_DELETE_REQUESTED)
                        .build());
    }
}
