package dev.dbcloud.clickhouse.tinybird;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.clickhouse.tinybird.internal.ClusterEndpoints;
import dev.dbcloud.clickhouse.tinybird.internal.LenientAnswer;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.Resource;
import dev.dbcloud.core.errors.ConflictException;
import dev.dbcloud.core.errors.WaitTimeoutException;
import dev.dbcloud.core.internal.Checks;
import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.core.internal.Invoker;
import java.time.Duration;
import java.util.List;

/**
 * The dedicated clusters of one Tinybird organization: list them, rebalance their traffic weights, add and remove
 * replicas, and wait until an operation has finished. Get it from {@link TinybirdOrganization#clusters()}:
 *
 * <pre>{@code
 * Clusters clusters = tb.organization(orgId).clusters();
 * for (Cluster c : clusters.list()) { … }
 *
 * clusters.addReplica(clusterId, "4-16",
 *     Weights.builder().weight(ClusterRole.WRITER, "replica-1", 70).weight(ClusterRole.READER, "replica-1", 80)
 *         .build(),
 *     ReplicaWeights.builder().weight(ClusterRole.WRITER, 30).weight(ClusterRole.READER, 20).build());
 * clusters.waitUntilIdle(clusterId, Duration.ofMinutes(30));
 * }</pre>
 *
 * <p>Every write carries the cluster's current weights as {@code old_weights}, an optimistic-concurrency guard. The
 * conveniences {@link #rebalance(String, Weights)}, {@link #addReplica(String, String, Weights, ReplicaWeights)} and
 * {@link #removeReplica(String, String, Weights)} read them first, refuse with {@link ClusterNotReadyException} when
 * the cluster cannot accept the operation or does not say whether it can (a missing {@code operation_in_progress},
 * {@code can_rebalance} or {@code can_scale} is never taken as "allowed"), and then send; the raw forms taking {@code
 * …Params} send exactly what they are given. When the weights changed in between, the call throws {@link
 * ConflictException}: 409 is Tinybird's documented status for "conflict with the current state of the target" (the
 * Organizations API does not say more; should it answer stale weights with another status, the exception of that status
 * is thrown, carrying the server's message). Read the cluster again and decide anew: the SDK never repeats a write
 * after a conflict.
 *
 * <p>Because the first attempt may already have consumed its {@code old_weights}, no write is ever repeated once the
 * server may have seen it: the weights PUT, the replica POST and the replica DELETE are retried only when they never
 * reached the server (a refused connection) or after a 429, which says the request was not processed. After a 5xx
 * or a connection lost mid-flight the error is thrown at once; the write may or may not have been applied, so read
 * the cluster ({@link #get(String)}) before deciding what to send next. Operations run asynchronously for minutes;
 * while one runs no other is accepted.
 *
 * <p>Neither the status nor the body of a write's answer is documented: any 2xx means the write was accepted, and
 * a write the server accepted never fails for want of a readable answer. Its result is built from what was
 * requested, and every field the answer does carry (not null) replaces the requested one. An answer with no body (a
 * 204, say), one that is not a JSON object (an HTML page, say), or one whose fields have an unexpected shape gives
 * the result built from the request as it is. {@link WeightsUpdated} carries the cluster id, the weights sent
 * as {@code updatedWeights} and {@link ClusterOperation#WEIGHT_UPDATE_REQUESTED}; {@link ReplicaAdded} the cluster
 * id and {@link ClusterOperation#REPLICA_ADD_REQUESTED}, with a {@code newReplica} only when the request named it
 * ({@link AddReplicaParams#replicaName()}), since the server assigns the name otherwise; {@link ReplicaRemoved} the
 * cluster id, the removed replica, the weights sent and {@link ClusterOperation#REPLICA_DELETE_REQUESTED}. A complete,
 * well-formed answer is returned as the server wrote it.
 *
 * <p>{@link #withRawResponse()} offers the single-request operations ({@code list}, {@code get} and the raw writes
 * taking {@code …Params}) returning the whole {@link ApiResponse}: the status, the headers (such as {@code
 * X-RateLimit-Remaining}) and the request id, with the same value the typed call returns; a write's value is read as
 * leniently there as here, so a 204 gives the result built from the request, with status 204. The workflows that
 * read and then write or poll ({@link #rebalance(String, Weights)}, {@link #addReplica(String, String, Weights,
 * ReplicaWeights)}, {@link #removeReplica(String, String, Weights)} and {@link #waitUntilIdle(String, Duration)}) send
 * several requests and are offered typed only. {@link #withOptions(RequestOptions)} gives a view whose every request
 * carries the options, on this resource and on its raw view alike:
 *
 * <pre>{@code
 * ApiResponse<List<Cluster>> response = clusters.withRawResponse().list();
 * response.header("X-RateLimit-Remaining");   // Optional<String>
 * Cluster traced = clusters.withOptions(RequestOptions.builder().header("X-Trace", "deploy-42").build()).get(id);
 * }</pre>
 */
public final class Clusters extends Resource<Clusters, Clusters.WithRawResponse> {
    private final String organizationId;

    Clusters(Invoker invoker, String organizationId) {
        super(invoker, view -> new Clusters(view, organizationId), view -> new WithRawResponse(view, organizationId));
        this.organizationId = organizationId;
    }

    /**
     * Lists the organization's dedicated clusters, all in one response ({@code GET
     * /v0/organizations/{org}/clusters}).
     *
     * @return the clusters, an empty list when the answer names none
     */
    public List<Cluster> list() {
        return withRawResponse().list().value();
    }

    /**
     * Reads one cluster. Tinybird has no endpoint for a single cluster, so this lists the organization's clusters
     * (one request) and picks the one with the id.
     *
     * @param clusterId the cluster id ({@code cluster_id})
     * @return the cluster
     * @throws IllegalArgumentException if {@code clusterId} is blank (nothing is sent)
     * @throws ClusterNotFoundException if the organization has no such cluster
     */
    public Cluster get(String clusterId) {
        return withRawResponse().get(clusterId).value();
    }

    /**
     * Sends a weights update as given ({@code PUT …/clusters/{cluster}/weights}). Prefer {@link #rebalance(String,
     * Weights)}, which reads the current weights for you.
     *
     * @param clusterId the cluster id
     * @param params the current and the wanted weights
     * @return what the server accepted; fields the answer leaves out are taken from {@code params}
     * @throws ConflictException if {@code old_weights} no longer match the cluster (409)
     * @throws dev.dbcloud.core.errors.ServerException on a 5xx, which is not retried: the write may have been
     *     applied, read the cluster before sending another
     */
    public WeightsUpdated updateWeights(String clusterId, UpdateWeightsParams params) {
        return withRawResponse().updateWeights(clusterId, params).value();
    }

    /**
     * Sends an add-replica request as given ({@code POST …/clusters/{cluster}/replicas}, or {@code
     * …/replicas/{name}} when {@link AddReplicaParams#replicaName()} is set). Prefer {@link #addReplica(String,
     * String, Weights, ReplicaWeights)}, which reads the current weights for you.
     *
     * @param clusterId the cluster id
     * @param params the replica size and the weights
     * @return what the server accepted, with the new replica's name; fields the answer leaves out are taken from
     *     {@code params}, so without an answer the replica's name is known only if {@code params} named it
     * @throws ConflictException if {@code old_weights} no longer match the cluster (409)
     * @throws dev.dbcloud.core.errors.ServerException on a 5xx, which is not retried: the write may have been
     *     applied, read the cluster before sending another
     */
    public ReplicaAdded addReplica(String clusterId, AddReplicaParams params) {
        return withRawResponse().addReplica(clusterId, params).value();
    }

    /**
     * Sends a remove-replica request as given ({@code DELETE …/clusters/{cluster}/replicas/{replica}} with a JSON
     * body). Prefer {@link #removeReplica(String, String, Weights)}, which reads the current weights for you.
     *
     * @param clusterId the cluster id
     * @param replicaName the replica to remove, e.g. {@code replica-2}
     * @param params the current weights and those of the remaining replicas
     * @return what the server accepted; fields the answer leaves out are taken from the request
     * @throws IllegalArgumentException if {@code params.newWeights()} mention the removed replica (nothing is sent;
     *     the rule is documented in {@code reference/tinybird.md} §4)
     * @throws ConflictException if {@code old_weights} no longer match the cluster (409)
     * @throws dev.dbcloud.core.errors.ServerException on a 5xx, which is not retried: the write may have been
     *     applied, read the cluster before sending another
     */
    public ReplicaRemoved removeReplica(String clusterId, String replicaName, RemoveReplicaParams params) {
        return withRawResponse().removeReplica(clusterId, replicaName, params).value();
    }

    /**
     * Rebalances the cluster's traffic: reads its current weights, refuses if it cannot rebalance now, and sends
     * them as {@code old_weights} with {@code newWeights}. Two requests: {@code GET /v0/organizations/{org}/clusters},
     * then {@code PUT …/clusters/{cluster}/weights}; the view's options go with both.
     *
     * @param clusterId the cluster id
     * @param newWeights the wanted weights
     * @return what the server accepted; fields the answer leaves out are taken from the request
     * @throws ClusterNotReadyException if an operation is in progress, the cluster reports it cannot rebalance, or
     *     it does not report {@code operation_in_progress} or {@code can_rebalance} at all (nothing is sent)
     * @throws ClusterNotFoundException if the organization has no such cluster
     * @throws ConflictException if the weights changed between reading and writing (409)
     */
    public WeightsUpdated rebalance(String clusterId, Weights newWeights) {
        return ClusterChanges.rebalance(this, clusterId, newWeights);
    }

    /**
     * Adds a replica: reads the cluster's current weights, refuses if it cannot scale now, and sends them as
     * {@code old_weights} with the existing replicas' new weights and the new replica's weights. Two requests:
     * {@code GET /v0/organizations/{org}/clusters}, then {@code POST …/clusters/{cluster}/replicas}; the view's
     * options go with both.
     *
     * @param clusterId the cluster id
     * @param replicaSize a size name from {@link TinybirdOrganization#configuration()}, e.g. {@code 4-16}
     * @param newWeights the wanted weights of the existing replicas
     * @param newReplica the new replica's weight per role
     * @return what the server accepted, with the new replica's name; fields the answer leaves out are taken from
     *     the request, so without an answer the new replica's name is unknown
     * @throws ClusterNotReadyException if an operation is in progress, the cluster reports it cannot scale, or it
     *     does not report {@code operation_in_progress} or {@code can_scale} at all (nothing is sent)
     * @throws ClusterNotFoundException if the organization has no such cluster
     * @throws ConflictException if the weights changed between reading and writing (409)
     */
    public ReplicaAdded addReplica(
            String clusterId, String replicaSize, Weights newWeights, ReplicaWeights newReplica) {
        return ClusterChanges.addReplica(this, clusterId, replicaSize, newWeights, newReplica);
    }

    /**
     * Removes a replica: reads the cluster's current weights, refuses if it cannot scale now, and sends them as
     * {@code old_weights} with the remaining replicas' weights. Two requests: {@code GET
     * /v0/organizations/{org}/clusters}, then {@code DELETE …/clusters/{cluster}/replicas/{replica}}; the view's
     * options go with both.
     *
     * @param clusterId the cluster id
     * @param replicaName the replica to remove, e.g. {@code replica-2}
     * @param newWeights the weights of the remaining replicas; must not mention {@code replicaName}
     * @return what the server accepted; fields the answer leaves out are taken from the request
     * @throws IllegalArgumentException if {@code newWeights} mention the removed replica (nothing is sent;
     *     {@code reference/tinybird.md} §4)
     * @throws ClusterNotReadyException if an operation is in progress, the cluster reports it cannot scale, or it
     *     does not report {@code operation_in_progress} or {@code can_scale} at all (nothing is sent)
     * @throws ClusterNotFoundException if the organization has no such cluster
     * @throws ConflictException if the weights changed between reading and writing (409)
     */
    public ReplicaRemoved removeReplica(String clusterId, String replicaName, Weights newWeights) {
        return ClusterChanges.removeReplica(this, clusterId, replicaName, newWeights);
    }

    /**
     * Waits until no operation is in progress on the cluster ({@code operation_in_progress} is false), polling the
     * cluster list ({@code GET /v0/organizations/{org}/clusters}) every 5 seconds at first and up to every 30
     * seconds, or at the view's or client's {@code pollInterval}. A cluster that does not report the flag (missing
     * or null) is not idle: the wait goes on until the server says false, or times out. A cluster-level {@code
     * error} does not end the wait (its shape is not documented); it is shown in the timeout's message and kept in
     * {@link Cluster#error()} of the cluster returned or last seen.
     *
     * @param clusterId the cluster id
     * @param timeout how long to wait in all
     * @return the idle cluster
     * @throws WaitTimeoutException if the cluster is still busy at the deadline; it carries the last cluster seen, and
     *     its message the cluster's {@code error} when there is one
     * @throws dev.dbcloud.core.errors.WaitFailedException if reading the cluster failed (also when it vanished)
     */
    public Cluster waitUntilIdle(String clusterId, Duration timeout) {
        return ClusterWaiters.idle(invoker(), organizationId, clusterId, timeout);
    }

    /**
     * The single-request cluster operations returning {@link ApiResponse}: the status, headers and request id of
     * the answer with the value the typed operation of the same name returns. Get it from {@link
     * Clusters#withRawResponse()}.
     */
    public static final class WithRawResponse extends RawResource<WithRawResponse> {
        private final String organizationId;

        WithRawResponse(Invoker invoker, String organizationId) {
            super(invoker, view -> new WithRawResponse(view, organizationId));
            this.organizationId = organizationId;
        }

        /**
         * Lists the organization's clusters; see {@link Clusters#list()}.
         *
         * @return the response with the clusters
         */
        public ApiResponse<List<Cluster>> list() {
            return send(ClusterEndpoints.LIST.call(organizationId));
        }

        /**
         * Reads one cluster through the cluster list; see {@link Clusters#get(String)}.
         *
         * @param clusterId the cluster id
         * @return the response with the cluster
         */
        public ApiResponse<Cluster> get(String clusterId) {
            Checks.notBlank(clusterId, "clusterId");
            return ClusterLookup.send(invoker(), organizationId, clusterId);
        }

        /**
         * Sends a weights update as given; see {@link Clusters#updateWeights(String, UpdateWeightsParams)}.
         *
         * @param clusterId the cluster id
         * @param params the current and the wanted weights
         * @return the response with what the server accepted; a 204 gives the result built from the request
         */
        public ApiResponse<WeightsUpdated> updateWeights(String clusterId, UpdateWeightsParams params) {
            requireNonNull(params, "params == null");
            return LenientAnswer.read(
                    send(ClusterEndpoints.UPDATE_WEIGHTS
                            .call(organizationId, clusterId)
                            .body(params)),
                    WeightsUpdated.class,
                    WeightsUpdated.builder()
                            .clusterId(clusterId)
                            .updatedWeights(params.newWeights())
                            .operation(ClusterOperation.WEIGHT_UPDATE_REQUESTED)
                            .build());
        }

        /**
         * Sends an add-replica request as given; see {@link Clusters#addReplica(String, AddReplicaParams)}.
         *
         * @param clusterId the cluster id
         * @param params the replica size and the weights
         * @return the response with what the server accepted; a 204 gives the result built from the request
         */
        public ApiResponse<ReplicaAdded> addReplica(String clusterId, AddReplicaParams params) {
            requireNonNull(params, "params == null");
            Endpoint.Call<String> call = params.replicaName()
                    .map(name -> ClusterEndpoints.ADD_NAMED_REPLICA.call(organizationId, clusterId, name))
                    .orElseGet(() -> ClusterEndpoints.ADD_REPLICA.call(organizationId, clusterId));
            return LenientAnswer.read(
                    send(call.body(AddReplicaBody.of(params))),
                    ReplicaAdded.class,
                    ReplicaAdded.builder()
                            .clusterId(clusterId)
                            .newReplica(params.replicaName()
                                    .map(name -> Replica.builder().name(name).build()))
                            .operation(ClusterOperation.REPLICA_ADD_REQUESTED)
                            .build());
        }

        /**
         * Sends a remove-replica request as given; see {@link Clusters#removeReplica(String, String,
         * RemoveReplicaParams)}.
         *
         * @param clusterId the cluster id
         * @param replicaName the replica to remove
         * @param params the current weights and those of the remaining replicas
         * @return the response with what the server accepted; a 204 gives the result built from the request
         */
        public ApiResponse<ReplicaRemoved> removeReplica(
                String clusterId, String replicaName, RemoveReplicaParams params) {
            Checks.notBlank(replicaName, "replicaName");
            requireNonNull(params, "params == null");
            ClusterChanges.refuseMentionOfRemoved(params.newWeights(), replicaName);
            return LenientAnswer.read(
                    send(ClusterEndpoints.REMOVE_REPLICA
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
}
