package dev.dbcloud.clickhouse.tinybird;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.errors.ConflictException;
import dev.dbcloud.core.errors.WaitTimeoutException;
import dev.dbcloud.core.internal.ApiRequest;
import dev.dbcloud.core.internal.Checks;
import dev.dbcloud.core.internal.HttpEngine;
import dev.dbcloud.core.internal.HttpMethod;
import dev.dbcloud.core.internal.Json;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

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
 * <p>{@link #withRawResponse()} offers the single-request operations ({@code list} and the raw writes taking {@code
 * …Params}) returning the whole {@link ApiResponse}: the status, the headers (such as {@code X-RateLimit-Remaining})
 * and the request id, with the same value the typed call returns; a write's value is read as leniently there as
 * here, so a 204 gives the result built from the request, with status 204. The operations that read and then write
 * or poll ({@link #get(String)}, {@link #rebalance(String, Weights)}, {@link #addReplica(String, String, Weights,
 * ReplicaWeights)}, {@link #removeReplica(String, String, Weights)} and {@link #waitUntilIdle(String, Duration)}) send
 * several requests and are offered typed only:
 *
 * <pre>{@code
 * ApiResponse<List<Cluster>> response = clusters.withRawResponse().list(RequestOptions.none());
 * response.header("X-RateLimit-Remaining");   // Optional<String>
 * }</pre>
 */
public final class Clusters {
    private static final String CLUSTERS = "/v0/organizations/{organizationId}/clusters";
    private static final String WEIGHTS = CLUSTERS + "/{clusterId}/weights";
    private static final String REPLICAS = CLUSTERS + "/{clusterId}/replicas";
    private static final String REPLICA = REPLICAS + "/{replicaName}";

    private final HttpEngine engine;
    private final String organizationId;
    private final WithRawResponse raw;

    Clusters(HttpEngine engine, String organizationId) {
        this.engine = engine;
        this.organizationId = organizationId;
        this.raw = new WithRawResponse(engine, organizationId);
    }

    /** The {@code {"clusters": […]}} wrapper of the list response. */
    private record ClusterList(List<Cluster> clusters) {}

    /**
     * The same single-request operations returning the whole {@link ApiResponse}: status, headers (such as {@code
     * X-RateLimit-Remaining}) and request id, with the value the typed call returns. The conveniences that read
     * before they write, and {@code waitUntilIdle}, are not offered there.
     *
     * @return the raw view, the same instance on every call
     */
    public WithRawResponse withRawResponse() {
        return raw;
    }

    /**
     * Lists the organization's dedicated clusters, all in one response ({@code GET
     * /v0/organizations/{org}/clusters}).
     *
     * @return the clusters
     */
    public List<Cluster> list() {
        return raw.list(RequestOptions.none()).value();
    }

    /**
     * Lists the organization's dedicated clusters.
     *
     * @param options per-call options
     * @return the clusters
     */
    public List<Cluster> list(RequestOptions options) {
        return raw.list(options).value();
    }

    /**
     * Reads one cluster. Tinybird has no endpoint for a single cluster, so this lists the organization's clusters
     * and picks the one with the id.
     *
     * @param clusterId the cluster id ({@code cluster_id})
     * @return the cluster
     * @throws ClusterNotFoundException if the organization has no such cluster
     */
    public Cluster get(String clusterId) {
        return get(clusterId, RequestOptions.none());
    }

    /**
     * Reads one cluster, through the cluster list.
     *
     * @param clusterId the cluster id
     * @param options per-call options
     * @return the cluster
     * @throws ClusterNotFoundException if the organization has no such cluster
     */
    public Cluster get(String clusterId, RequestOptions options) {
        Checks.notBlank(clusterId, "clusterId");
        List<Cluster> clusters = list(options);
        return clusters.stream()
                .filter(c -> c.clusterId().equals(clusterId))
                .findFirst()
                .orElseThrow(() -> new ClusterNotFoundException(organizationId, clusterId, clusters.size()));
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
        return raw.updateWeights(clusterId, params, RequestOptions.none()).value();
    }

    /**
     * Sends a weights update as given.
     *
     * @param clusterId the cluster id
     * @param params the current and the wanted weights
     * @param options per-call options
     * @return what the server accepted; fields the answer leaves out are taken from the request
     */
    public WeightsUpdated updateWeights(String clusterId, UpdateWeightsParams params, RequestOptions options) {
        return raw.updateWeights(clusterId, params, options).value();
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
        return raw.addReplica(clusterId, params, RequestOptions.none()).value();
    }

    /**
     * Sends an add-replica request as given.
     *
     * @param clusterId the cluster id
     * @param params the replica size and the weights
     * @param options per-call options
     * @return what the server accepted; fields the answer leaves out are taken from the request
     */
    public ReplicaAdded addReplica(String clusterId, AddReplicaParams params, RequestOptions options) {
        return raw.addReplica(clusterId, params, options).value();
    }

    /**
     * Sends a remove-replica request as given ({@code DELETE …/clusters/{cluster}/replicas/{replica}} with a JSON
     * body). Prefer {@link #removeReplica(String, String, Weights)}, which reads the current weights for you.
     *
     * @param clusterId the cluster id
     * @param replicaName the replica to remove, e.g. {@code replica-2}
     * @param params the current weights and those of the remaining replicas
     * @return what the server accepted; fields the answer leaves out are taken from the request
     * @throws IllegalArgumentException if {@code params.newWeights()} mention the removed replica (nothing is sent)
     * @throws ConflictException if {@code old_weights} no longer match the cluster (409)
     * @throws dev.dbcloud.core.errors.ServerException on a 5xx, which is not retried: the write may have been
     *     applied, read the cluster before sending another
     */
    public ReplicaRemoved removeReplica(String clusterId, String replicaName, RemoveReplicaParams params) {
        return raw.removeReplica(clusterId, replicaName, params, RequestOptions.none())
                .value();
    }

    /**
     * Sends a remove-replica request as given.
     *
     * @param clusterId the cluster id
     * @param replicaName the replica to remove
     * @param params the current weights and those of the remaining replicas
     * @param options per-call options
     * @return what the server accepted; fields the answer leaves out are taken from the request
     * @throws IllegalArgumentException if {@code params.newWeights()} mention the removed replica (nothing is sent)
     */
    public ReplicaRemoved removeReplica(
            String clusterId, String replicaName, RemoveReplicaParams params, RequestOptions options) {
        return raw.removeReplica(clusterId, replicaName, params, options).value();
    }

    /**
     * Rebalances the cluster's traffic: reads its current weights, refuses if it cannot rebalance now, and sends
     * them as {@code old_weights} with {@code newWeights}. Two requests: the cluster list, then the update.
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
        return rebalance(clusterId, newWeights, RequestOptions.none());
    }

    /**
     * Rebalances the cluster's traffic, with per-call options for both requests.
     *
     * @param clusterId the cluster id
     * @param newWeights the wanted weights
     * @param options per-call options
     * @return what the server accepted; fields the answer leaves out are taken from the request
     */
    public WeightsUpdated rebalance(String clusterId, Weights newWeights, RequestOptions options) {
        Checks.notBlank(clusterId, "clusterId");
        requireNonNull(newWeights, "newWeights == null");
        requireNonNull(options, "options == null");
        Weights.requireSome(newWeights, "newWeights");
        Cluster cluster = ready(get(clusterId, options), "rebalance", Cluster::canRebalance, "can_rebalance");
        return updateWeights(
                clusterId,
                UpdateWeightsParams.builder()
                        .oldWeights(cluster.clusterWeights())
                        .newWeights(newWeights)
                        .build(),
                options);
    }

    /**
     * Adds a replica: reads the cluster's current weights, refuses if it cannot scale now, and sends them as
     * {@code old_weights} with the existing replicas' new weights and the new replica's weights.
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
        return addReplica(clusterId, replicaSize, newWeights, newReplica, RequestOptions.none());
    }

    /**
     * Adds a replica after reading the current weights, with per-call options for both requests.
     *
     * @param clusterId the cluster id
     * @param replicaSize a size name, e.g. {@code 4-16}
     * @param newWeights the wanted weights of the existing replicas
     * @param newReplica the new replica's weight per role
     * @param options per-call options
     * @return what the server accepted; fields the answer leaves out are taken from the request
     */
    public ReplicaAdded addReplica(
            String clusterId,
            String replicaSize,
            Weights newWeights,
            ReplicaWeights newReplica,
            RequestOptions options) {
        Checks.notBlank(clusterId, "clusterId");
        requireNonNull(options, "options == null");
        // Validate the caller's part before reading anything; the current weights complete it afterwards.
        AddReplicaParams draft = AddReplicaParams.builder()
                .replicaSize(replicaSize)
                .oldWeights(Weights.empty())
                .newWeights(newWeights)
                .newReplica(newReplica)
                .build();
        Cluster cluster = ready(get(clusterId, options), "add a replica", Cluster::canScale, "can_scale");
        return addReplica(clusterId, draft.withOldWeights(cluster.clusterWeights()), options);
    }

    /**
     * Removes a replica: reads the cluster's current weights, refuses if it cannot scale now, and sends them as
     * {@code old_weights} with the remaining replicas' weights.
     *
     * @param clusterId the cluster id
     * @param replicaName the replica to remove, e.g. {@code replica-2}
     * @param newWeights the weights of the remaining replicas; must not mention {@code replicaName}
     * @return what the server accepted; fields the answer leaves out are taken from the request
     * @throws IllegalArgumentException if {@code newWeights} mention the removed replica, or the cluster as read has
     *     no such replica (nothing is sent)
     * @throws ClusterNotReadyException if an operation is in progress, the cluster reports it cannot scale, or it
     *     does not report {@code operation_in_progress} or {@code can_scale} at all (nothing is sent)
     * @throws ClusterNotFoundException if the organization has no such cluster
     * @throws ConflictException if the weights changed between reading and writing (409)
     */
    public ReplicaRemoved removeReplica(String clusterId, String replicaName, Weights newWeights) {
        return removeReplica(clusterId, replicaName, newWeights, RequestOptions.none());
    }

    /**
     * Removes a replica after reading the current weights, with per-call options for both requests.
     *
     * @param clusterId the cluster id
     * @param replicaName the replica to remove
     * @param newWeights the weights of the remaining replicas
     * @param options per-call options
     * @return what the server accepted; fields the answer leaves out are taken from the request
     */
    public ReplicaRemoved removeReplica(
            String clusterId, String replicaName, Weights newWeights, RequestOptions options) {
        Checks.notBlank(clusterId, "clusterId");
        Checks.notBlank(replicaName, "replicaName");
        requireNonNull(newWeights, "newWeights == null");
        requireNonNull(options, "options == null");
        refuseMentionOfRemoved(newWeights, replicaName);
        Weights.requireSome(newWeights, "newWeights");
        Cluster cluster = ready(get(clusterId, options), "remove a replica", Cluster::canScale, "can_scale");
        if (!cluster.replicas().containsKey(replicaName)
                && !cluster.clusterWeights().mentions(replicaName)) {
            throw new IllegalArgumentException("replicaName " + replicaName + " is not a replica of cluster "
                    + clusterId + " (replicas: " + cluster.replicas().keySet() + ")");
        }
        return removeReplica(
                clusterId,
                replicaName,
                RemoveReplicaParams.builder()
                        .oldWeights(cluster.clusterWeights())
                        .newWeights(newWeights)
                        .build(),
                options);
    }

    /**
     * Waits until no operation is in progress on the cluster ({@code operation_in_progress} is false), polling the
     * cluster list every 5 seconds at first and up to every 30 seconds. A cluster that does not report the flag
     * (missing or null) is not idle: the wait goes on until the server says false, or times out. A cluster-level
     * {@code error} does not end the wait (its shape is not documented); it is shown in the timeout's message and
     * kept in {@link Cluster#error()} of the cluster returned or last seen.
     *
     * @param clusterId the cluster id
     * @param timeout how long to wait in all
     * @return the idle cluster
     * @throws WaitTimeoutException if the cluster is still busy at the deadline; it carries the last cluster seen, and
     *     its message the cluster's {@code error} when there is one
     * @throws dev.dbcloud.core.errors.WaitFailedException if reading the cluster failed (also when it vanished)
     */
    public Cluster waitUntilIdle(String clusterId, Duration timeout) {
        return waitUntilIdle(clusterId, timeout, RequestOptions.none());
    }

    /**
     * Waits until no operation is in progress on the cluster, with per-call options for every poll.
     *
     * @param clusterId the cluster id
     * @param timeout how long to wait in all
     * @param options per-call options for each poll
     * @return the idle cluster
     */
    public Cluster waitUntilIdle(String clusterId, Duration timeout, RequestOptions options) {
        Checks.notBlank(clusterId, "clusterId");
        Checks.positive(timeout, "timeout");
        requireNonNull(options, "options == null");
        return engine.<Cluster>poller("cluster " + clusterId + " to have no operation in progress")
                .poll(() -> get(clusterId, options))
                .until(Cluster::isIdle)
                .describeWith(c -> "operation_in_progress="
                        + c.operationInProgress().map(String::valueOf).orElse("unknown") + ", replicas "
                        + replicaStates(c)
                        + c.error()
                                .filter(error -> !error.isBlank())
                                .map(error -> ", error " + error)
                                .orElse(""))
                .timeout(timeout)
                .build()
                .await();
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

    private static void refuseMentionOfRemoved(Weights newWeights, String replicaName) {
        if (newWeights.mentions(replicaName)) {
            List<String> roles = newWeights.roles().stream()
                    .filter(role -> newWeights.forRole(role).containsKey(replicaName))
                    .map(ClusterRole::value)
                    .toList();
            throw new IllegalArgumentException("newWeights must not mention the removed replica " + replicaName
                    + " (it has weights for roles " + roles + ")");
        }
    }

    private static Map<String, String> replicaStates(Cluster cluster) {
        Map<String, String> states = new LinkedHashMap<>();
        cluster.replicas()
                .forEach((name, replica) -> states.put(
                        name, replica.state().map(ReplicaState::value).orElse("?")));
        return states;
    }

    /**
     * The single-request cluster operations returning {@link ApiResponse}: the status, headers and request id of
     * the answer with the value the typed operation returns. Get it from {@link Clusters#withRawResponse()}.
     */
    public static final class WithRawResponse {
        private final HttpEngine engine;
        private final String organizationId;

        WithRawResponse(HttpEngine engine, String organizationId) {
            this.engine = engine;
            this.organizationId = organizationId;
        }

        /**
         * Lists the organization's dedicated clusters ({@code GET /v0/organizations/{org}/clusters}).
         *
         * @param options per-call options
         * @return the response with the clusters, an empty list when the answer names none
         */
        public ApiResponse<List<Cluster>> list(RequestOptions options) {
            requireNonNull(options, "options == null");
            ApiResponse<ClusterList> response = engine.send(
                    ApiRequest.builder(HttpMethod.GET, CLUSTERS, organizationId)
                            .options(options)
                            .build(),
                    Json.type(ClusterList.class));
            ClusterList list = response.value();
            return response.withValue(list.clusters() == null ? List.of() : List.copyOf(list.clusters()));
        }

        /**
         * Sends a weights update as given ({@code PUT …/clusters/{cluster}/weights}); see {@link
         * Clusters#updateWeights(String, UpdateWeightsParams)}.
         *
         * @param clusterId the cluster id
         * @param params the current and the wanted weights
         * @param options per-call options
         * @return the response with what the server accepted; fields the answer leaves out are taken from the
         *     request, and an answer without a usable body (a 204, say) gives the result built from the request
         * @throws ConflictException if {@code old_weights} no longer match the cluster (409)
         */
        public ApiResponse<WeightsUpdated> updateWeights(
                String clusterId, UpdateWeightsParams params, RequestOptions options) {
            requireNonNull(params, "params == null");
            requireNonNull(options, "options == null");
            return write(
                    ApiRequest.builder(HttpMethod.PUT, WEIGHTS, organizationId, clusterId),
                    params,
                    options,
                    WeightsUpdated.class,
                    () -> WeightsUpdated.builder()
                            .clusterId(clusterId)
                            .updatedWeights(params.newWeights())
                            .operation(ClusterOperation.WEIGHT_UPDATE_REQUESTED)
                            .build());
        }

        /**
         * Sends an add-replica request as given ({@code POST …/clusters/{cluster}/replicas}, or {@code
         * …/replicas/{name}} when {@link AddReplicaParams#replicaName()} is set); see {@link
         * Clusters#addReplica(String, AddReplicaParams)}.
         *
         * @param clusterId the cluster id
         * @param params the replica size and the weights
         * @param options per-call options
         * @return the response with what the server accepted; fields the answer leaves out are taken from the
         *     request, and an answer without a usable body (a 204, say) gives the result built from the request
         * @throws ConflictException if {@code old_weights} no longer match the cluster (409)
         */
        public ApiResponse<ReplicaAdded> addReplica(String clusterId, AddReplicaParams params, RequestOptions options) {
            requireNonNull(params, "params == null");
            requireNonNull(options, "options == null");
            ApiRequest.Builder request = params.replicaName().isPresent()
                    ? ApiRequest.builder(
                            HttpMethod.POST,
                            REPLICA,
                            organizationId,
                            clusterId,
                            params.replicaName().get())
                    : ApiRequest.builder(HttpMethod.POST, REPLICAS, organizationId, clusterId);
            return write(request, AddReplicaBody.of(params), options, ReplicaAdded.class, () -> ReplicaAdded.builder()
                    .clusterId(clusterId)
                    .newReplica(params.replicaName()
                            .map(name -> Replica.builder().name(name).build()))
                    .operation(ClusterOperation.REPLICA_ADD_REQUESTED)
                    .build());
        }

        /**
         * Sends a remove-replica request as given ({@code DELETE …/clusters/{cluster}/replicas/{replica}} with a
         * JSON body); see {@link Clusters#removeReplica(String, String, RemoveReplicaParams)}.
         *
         * @param clusterId the cluster id
         * @param replicaName the replica to remove
         * @param params the current weights and those of the remaining replicas
         * @param options per-call options
         * @return the response with what the server accepted; fields the answer leaves out are taken from the
         *     request, and an answer without a usable body (a 204, say) gives the result built from the request
         * @throws IllegalArgumentException if {@code params.newWeights()} mention the removed replica (nothing is sent)
         * @throws ConflictException if {@code old_weights} no longer match the cluster (409)
         */
        public ApiResponse<ReplicaRemoved> removeReplica(
                String clusterId, String replicaName, RemoveReplicaParams params, RequestOptions options) {
            Checks.notBlank(replicaName, "replicaName");
            requireNonNull(params, "params == null");
            requireNonNull(options, "options == null");
            refuseMentionOfRemoved(params.newWeights(), replicaName);
            return write(
                    ApiRequest.builder(HttpMethod.DELETE, REPLICA, organizationId, clusterId, replicaName),
                    params,
                    options,
                    ReplicaRemoved.class,
                    () -> ReplicaRemoved.builder()
                            .clusterId(clusterId)
                            .removedReplica(replicaName)
                            .updatedWeights(params.newWeights())
                            .operation(ClusterOperation.REPLICA_DELETE_REQUESTED)
                            .build());
        }

        /**
         * Sends a write, never repeated once the server may have seen it: its {@code old_weights} may already be
         * consumed. Neither the status nor the body of the answer is documented, so any 2xx means the write was
         * accepted and the answer is read leniently: what the server sends wins field by field, and every field it
         * leaves out or sends as null is taken from {@code requested}, the answer built from the request. An empty
         * body, a body that is not a JSON object (an HTML page, say) or fields of an unexpected shape give {@code
         * requested} as it is, so a write the server accepted never fails for want of a readable answer. The
         * response keeps the answer's status, headers and request id.
         */
        private <T> ApiResponse<T> write(
                ApiRequest.Builder request, Object body, RequestOptions options, Class<T> type, Supplier<T> requested) {
            ApiResponse<String> answer = engine.sendText(
                    request.body(body).options(options).notRepeatable().build());
            return answer.withValue(lenient(answer.value(), type, requested.get()));
        }

        private static <T> T lenient(String answer, Class<T> type, T standIn) {
            Optional<ObjectNode> sent = objectIn(answer);
            if (sent.isEmpty()) {
                return standIn;
            }
            ObjectNode merged = (ObjectNode) Json.toTree(standIn);
            sent.get().properties().forEach(field -> {
                if (!field.getValue().isNull()) {
                    merged.set(field.getKey(), field.getValue());
                }
            });
            try {
                return Json.reader(Json.type(type)).readValue(merged);
            } catch (IOException | RuntimeException e) {
                return standIn;
            }
        }

        private static Optional<ObjectNode> objectIn(String answer) {
            if (answer == null || answer.isBlank()) {
                return Optional.empty();
            }
            try {
                JsonNode tree = Json.readTree(answer);
                return tree instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
            } catch (JsonProcessingException e) {
                return Optional.empty();
            }
        }
    }
}
