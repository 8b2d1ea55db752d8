package dev.dbcloud.crunchy;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.Page;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.errors.GoneException;
import dev.dbcloud.core.errors.NotFoundException;
import dev.dbcloud.core.errors.WaitFailedException;
import dev.dbcloud.core.errors.WaitTimeoutException;
import dev.dbcloud.core.internal.ApiRequest;
import dev.dbcloud.core.internal.Checks;
import dev.dbcloud.core.internal.HttpEngine;
import dev.dbcloud.core.internal.HttpMethod;
import dev.dbcloud.crunchy.internal.Eids;
import dev.dbcloud.crunchy.internal.ListResponses;
import dev.dbcloud.crunchy.internal.Requests;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * Clusters and their lifecycle: {@code /clusters}. Get it from {@link CrunchyBridgeClient#clusters()}.
 *
 * <pre>{@code
 * Cluster created = cb.clusters().create(CreateClusterParams.builder()
 *         .name("crunchy-production").teamId(teamId).planId("hobby-2")
 *         .providerId("aws").regionId("us-west-2").storage(100)
 *         .build());
 * cb.clusters().waitUntilReady(created.id(), Duration.ofMinutes(30));
 *
 * for (Cluster c : cb.clusters().listAll(ListClustersParams.builder().teamId(teamId).build())) { … }
 *
 * ApiResponse<Cluster> raw = cb.clusters().withRawResponse().create(params, options);
 * CrunchyResponses.isIdempotencyReplay(raw);   // answered from an earlier attempt with the same key?
 * }</pre>
 *
 * <p>IDs are checked to be Crunchy Bridge IDs before anything is sent. Creates, forks and updates carry an {@code
 * Idempotency-Key} (the same on every retry); pass your own with {@link RequestOptions.Builder#idempotencyKey}
 * to repeat an operation safely across processes. Related resources: {@link #replicas()}, {@link #upgrades()},
 * {@link #backups()} and {@link #roles()}.
 */
public final class Clusters {
    /** The first pause between polls of the waiters; it grows by half after each poll up to 30 seconds. */
    static final Duration POLL_INTERVAL = Duration.ofSeconds(5);

    private final HttpEngine engine;
    private final WithRawResponse raw;
    private final ClusterReplicas replicas;
    private final ClusterUpgrades upgrades;
    private final ClusterBackups backups;
    private final ClusterRoles roles;

    Clusters(HttpEngine engine) {
        this.engine = engine;
        this.raw = new WithRawResponse(engine);
        this.replicas = new ClusterReplicas(engine);
        this.upgrades = new ClusterUpgrades(engine);
        this.backups = new ClusterBackups(engine);
        this.roles = new ClusterRoles(engine);
    }

    /**
     * The same operations returning the whole response: status, headers (such as {@code Idempotency-Replay}) and
     * request id, with the decoded value. Paged lists are not offered there.
     *
     * @return the raw view
     */
    public WithRawResponse withRawResponse() {
        return raw;
    }

    /**
     * The read replicas of a cluster at {@code /clusters/{cluster_id}/replicas}: creates them; a replica is a
     * {@link Cluster} of its own, listed in its primary's {@link Cluster#replicas()}.
     *
     * @return the replicas resource, the same instance on every call
     */
    public ClusterReplicas replicas() {
        return replicas;
    }

    /**
     * The upgrade work of a cluster at {@code /clusters/{cluster_id}/upgrade}: resizes, plan changes and
     * major-version upgrades, their schedule and cancellation, and {@link ClusterUpgrades#waitUntilFinished}.
     *
     * @return the upgrades resource, the same instance on every call
     */
    public ClusterUpgrades upgrades() {
        return upgrades;
    }

    /**
     * The backups of a cluster at {@code /clusters/{cluster_id}/backups}; {@link #startBackup(String)} asks for
     * one now.
     *
     * @return the backups resource, the same instance on every call
     */
    public ClusterBackups backups() {
        return backups;
    }

    /**
     * The Postgres roles of a cluster at {@code /clusters/{cluster_id}/roles}, with their passwords and
     * connection URIs when the caller may see them.
     *
     * @return the roles resource, the same instance on every call
     */
    public ClusterRoles roles() {
        return roles;
    }

    /**
     * Lists the first page of the caller's default team's clusters.
     *
     * @return the first page; {@link Page#autoPager()} walks the rest
     */
    public Page<Cluster> list() {
        return list(ListClustersParams.builder().build(), RequestOptions.none());
    }

    /**
     * Lists the first page of the caller's default team's clusters with per-call options, which later pages repeat.
     *
     * @param options per-call options
     * @return the first page; {@link Page#autoPager()} walks the rest lazily
     */
    public Page<Cluster> list(RequestOptions options) {
        return list(ListClustersParams.builder().build(), options);
    }

    /**
     * Lists clusters: {@code GET /clusters}.
     *
     * @param params paging, order and team
     * @return the first page; {@link Page#autoPager()} walks the rest lazily
     */
    public Page<Cluster> list(ListClustersParams params) {
        return list(params, RequestOptions.none());
    }

    /**
     * Lists clusters: {@code GET /clusters}. Later pages repeat the parameters and options.
     *
     * @param params paging, order and team
     * @param options per-call options
     * @return the first page
     */
    public Page<Cluster> list(ListClustersParams params, RequestOptions options) {
        requireNonNull(params, "params == null");
        requireNonNull(options, "options == null");
        ApiRequest request = ListResponses.paging(
                        ApiRequest.builder(HttpMethod.GET, "/clusters"),
                        params.cursor(),
                        params.limit(),
                        params.order(),
                        params.orderField())
                .query("team_id", params.teamId().orElse(null))
                .options(options)
                .build();
        return ListResponses.page(engine, request, new TypeReference<ListResponses.CursorPage<Cluster>>() {});
    }

    /**
     * Every cluster, across all pages. Nothing is requested until iteration starts, and each page only when
     * iteration reaches it.
     *
     * @param params paging, order and team
     * @return a lazy iterable; each {@code iterator()} starts again from the first page
     */
    public Iterable<Cluster> listAll(ListClustersParams params) {
        return listAll(params, RequestOptions.none());
    }

    /**
     * Every cluster, across all pages, fetched lazily.
     *
     * @param params paging, order and team
     * @param options per-call options, used for every page
     * @return a lazy iterable
     */
    public Iterable<Cluster> listAll(ListClustersParams params, RequestOptions options) {
        requireNonNull(params, "params == null");
        requireNonNull(options, "options == null");
        return () -> list(params, options).autoPager().iterator();
    }

    /**
     * Creates a cluster: {@code POST /clusters} (201). The cluster starts provisioning; see {@link
     * #waitUntilReady(String, Duration)}.
     *
     * @param params the cluster to create
     * @return the new cluster
     */
    public Cluster create(CreateClusterParams params) {
        return raw.create(params, RequestOptions.none()).value();
    }

    /**
     * Creates a cluster: {@code POST /clusters}.
     *
     * @param params the cluster to create
     * @param options per-call options, e.g. your own idempotency key
     * @return the new cluster
     */
    public Cluster create(CreateClusterParams params, RequestOptions options) {
        return raw.create(params, options).value();
    }

    /**
     * Gets a cluster: {@code GET /clusters/{cluster_id}}.
     *
     * @param clusterId the cluster's ID
     * @return the cluster
     */
    public Cluster get(String clusterId) {
        return raw.get(clusterId, RequestOptions.none()).value();
    }

    /**
     * Gets a cluster: {@code GET /clusters/{cluster_id}}.
     *
     * @param clusterId the cluster's ID
     * @param options per-call options
     * @return the cluster
     */
    public Cluster get(String clusterId, RequestOptions options) {
        return raw.get(clusterId, options).value();
    }

    /**
     * Updates a cluster's name, maintenance window or protection: {@code PATCH /clusters/{cluster_id}}.
     *
     * @param clusterId the cluster's ID
     * @param params the fields to change
     * @return the updated cluster
     */
    public Cluster update(String clusterId, UpdateClusterParams params) {
        return raw.update(clusterId, params, RequestOptions.none()).value();
    }

    /**
     * Updates a cluster: {@code PATCH /clusters/{cluster_id}}.
     *
     * @param clusterId the cluster's ID
     * @param params the fields to change
     * @param options per-call options
     * @return the updated cluster
     */
    public Cluster update(String clusterId, UpdateClusterParams params, RequestOptions options) {
        return raw.update(clusterId, params, options).value();
    }

    /**
     * Deletes a cluster and its data: {@code DELETE /clusters/{cluster_id}} (200 with the deleted cluster).
     *
     * <p>Deleting a cluster that is already deleted fails with {@link GoneException} (410). Like every DELETE, the
     * call is retried after a failure mid-flight (a dropped connection, a timeout, a 5xx); when the attempt that
     * failed had in fact deleted the cluster, the retry is answered 410. A {@code GoneException} whose {@link
     * GoneException#attempts() attempts()} is above 1 therefore means an earlier attempt of this very call deleted
     * the cluster; with {@code attempts() == 1} it was deleted before the call. To make a delete idempotent, treat
     * it, and {@link NotFoundException}, as success:
     *
     * <pre>{@code
     * try {
     *     cb.clusters().destroy(clusterId);
     * } catch (GoneException alreadyDeleted) {
     *     boolean byThisCall = alreadyDeleted.attempts() > 1;   // an earlier attempt of this call deleted it
     * } catch (NotFoundException unknown) {
     *     // never existed, or no access
     * }
     * }</pre>
     *
     * @param clusterId the cluster's ID
     * @return the deleted cluster; not returned when an earlier attempt of the call deleted it (see above)
     * @throws GoneException if the cluster was already deleted, by an earlier attempt of this call when {@link
     *     GoneException#attempts()} is above 1
     */
    public Cluster destroy(String clusterId) {
        return raw.destroy(clusterId, RequestOptions.none()).value();
    }

    /**
     * Deletes a cluster: {@code DELETE /clusters/{cluster_id}}. A repeated delete fails with 410 Gone, also when
     * a retry of this call follows an attempt that deleted the cluster but failed mid-flight; see {@link
     * #destroy(String)}.
     *
     * @param clusterId the cluster's ID
     * @param options per-call options
     * @return the deleted cluster
     * @throws GoneException if the cluster was already deleted, by an earlier attempt of this call when {@link
     *     GoneException#attempts()} is above 1
     */
    public Cluster destroy(String clusterId, RequestOptions options) {
        return raw.destroy(clusterId, options).value();
    }

    /**
     * Reads a cluster's live status: {@code GET /clusters/{cluster_id}/status}.
     *
     * @param clusterId the cluster's ID
     * @return the status
     */
    public ClusterStatus status(String clusterId) {
        return raw.status(clusterId, RequestOptions.none()).value();
    }

    /**
     * Reads a cluster's live status: {@code GET /clusters/{cluster_id}/status}.
     *
     * @param clusterId the cluster's ID
     * @param options per-call options
     * @return the status
     */
    public ClusterStatus status(String clusterId, RequestOptions options) {
        return raw.status(clusterId, options).value();
    }

    /**
     * Forks a cluster, now or from a point in time: {@code POST /clusters/{cluster_id}/forks} (201).
     *
     * @param clusterId the cluster to fork
     * @param params the fork
     * @return the new cluster
     * @throws IllegalArgumentException if {@code targetTime} is in the future by the client's clock
     */
    public Cluster fork(String clusterId, ForkClusterParams params) {
        return raw.fork(clusterId, params, RequestOptions.none()).value();
    }

    /**
     * Forks a cluster: {@code POST /clusters/{cluster_id}/forks}.
     *
     * @param clusterId the cluster to fork
     * @param params the fork
     * @param options per-call options
     * @return the new cluster
     */
    public Cluster fork(String clusterId, ForkClusterParams params, RequestOptions options) {
        return raw.fork(clusterId, params, options).value();
    }

    /**
     * Restarts a cluster's server, the API's default: {@code PUT /clusters/{cluster_id}/actions/restart}. The
     * restart is queued; calling again before it happens queues nothing more.
     *
     * @param clusterId the cluster's ID
     * @return the cluster
     */
    public Cluster restart(String clusterId) {
        return raw.restart(clusterId, null, RequestOptions.none()).value();
    }

    /**
     * Restarts a cluster's server, the API's default, with per-call options: {@code PUT
     * /clusters/{cluster_id}/actions/restart}.
     *
     * @param clusterId the cluster's ID
     * @param options per-call options
     * @return the cluster
     */
    public Cluster restart(String clusterId, RequestOptions options) {
        return raw.restart(clusterId, null, options).value();
    }

    /**
     * Restarts Postgres only or the whole server: {@code PUT /clusters/{cluster_id}/actions/restart}.
     *
     * @param clusterId the cluster's ID
     * @param service {@link RestartService#POSTGRES} or {@link RestartService#SERVER}
     * @return the cluster
     * @throws NullPointerException if {@code service} is null; use {@link #restart(String)} for the default
     * @throws IllegalArgumentException if {@code service} is neither
     */
    public Cluster restart(String clusterId, RestartService service) {
        return restart(clusterId, service, RequestOptions.none());
    }

    /**
     * Restarts a cluster: {@code PUT /clusters/{cluster_id}/actions/restart}.
     *
     * @param clusterId the cluster's ID
     * @param service what to restart: {@link RestartService#POSTGRES} or {@link RestartService#SERVER}
     * @param options per-call options
     * @return the cluster
     * @throws NullPointerException if {@code service} is null; use {@link #restart(String, RequestOptions)} for
     *     the default
     * @throws IllegalArgumentException if {@code service} is neither
     */
    public Cluster restart(String clusterId, RestartService service, RequestOptions options) {
        return raw.restart(clusterId, requireNonNull(service, "service == null"), options)
                .value();
    }

    /**
     * Asks for a backup now: {@code PUT /clusters/{cluster_id}/actions/start-backup}. It may do nothing when a
     * backup is running or was taken recently; finished backups appear in {@link #backups()}.
     *
     * @param clusterId the cluster's ID
     * @return the API's message
     */
    public Message startBackup(String clusterId) {
        return raw.startBackup(clusterId, RequestOptions.none()).value();
    }

    /**
     * Asks for a backup now: {@code PUT /clusters/{cluster_id}/actions/start-backup}.
     *
     * @param clusterId the cluster's ID
     * @param options per-call options
     * @return the API's message
     */
    public Message startBackup(String clusterId, RequestOptions options) {
        return raw.startBackup(clusterId, options).value();
    }

    /**
     * Suspends a cluster, keeping its disk: {@code PUT /clusters/{cluster_id}/actions/suspend}. AWS and Azure
     * primaries only; storage is still billed.
     *
     * @param clusterId the cluster's ID
     * @return the cluster
     */
    public Cluster suspend(String clusterId) {
        return raw.suspend(clusterId, RequestOptions.none()).value();
    }

    /**
     * Suspends a cluster: {@code PUT /clusters/{cluster_id}/actions/suspend}.
     *
     * @param clusterId the cluster's ID
     * @param options per-call options
     * @return the cluster
     */
    public Cluster suspend(String clusterId, RequestOptions options) {
        return raw.suspend(clusterId, options).value();
    }

    /**
     * Resumes a suspended cluster: {@code PUT /clusters/{cluster_id}/actions/resume}.
     *
     * @param clusterId the cluster's ID
     * @return the cluster
     */
    public Cluster resume(String clusterId) {
        return raw.resume(clusterId, RequestOptions.none()).value();
    }

    /**
     * Resumes a suspended cluster: {@code PUT /clusters/{cluster_id}/actions/resume}.
     *
     * @param clusterId the cluster's ID
     * @param options per-call options
     * @return the cluster
     */
    public Cluster resume(String clusterId, RequestOptions options) {
        return raw.resume(clusterId, options).value();
    }

    /**
     * Adds a high-availability standby: {@code PUT /clusters/{cluster_id}/actions/enable-ha}. Do not combine
     * with other changes; follow the operation with {@link ClusterUpgrades#waitUntilFinished}.
     *
     * @param clusterId the cluster's ID
     * @return the started operation
     */
    public ClusterOperation enableHa(String clusterId) {
        return raw.enableHa(clusterId, RequestOptions.none()).value();
    }

    /**
     * Adds a high-availability standby: {@code PUT /clusters/{cluster_id}/actions/enable-ha}.
     *
     * @param clusterId the cluster's ID
     * @param options per-call options
     * @return the started operation
     */
    public ClusterOperation enableHa(String clusterId, RequestOptions options) {
        return raw.enableHa(clusterId, options).value();
    }

    /**
     * Removes the high-availability standby: {@code PUT /clusters/{cluster_id}/actions/disable-ha}.
     *
     * @param clusterId the cluster's ID
     * @return the started operation
     */
    public ClusterOperation disableHa(String clusterId) {
        return raw.disableHa(clusterId, RequestOptions.none()).value();
    }

    /**
     * Removes the high-availability standby: {@code PUT /clusters/{cluster_id}/actions/disable-ha}.
     *
     * @param clusterId the cluster's ID
     * @param options per-call options
     * @return the started operation
     */
    public ClusterOperation disableHa(String clusterId, RequestOptions options) {
        return raw.disableHa(clusterId, options).value();
    }

    /**
     * Polls {@link #status(String)} until the cluster is {@code ready}. The first pause between polls is 5
     * seconds; it grows by half after each poll up to 30 seconds. Fails at once on {@code creation_failed} or
     * {@code failed}.
     *
     * <pre>{@code
     * try {
     *     cb.clusters().waitUntilReady(clusterId, Duration.ofMinutes(30));
     * } catch (WaitException e) {                  // timed out, failed, or a poll failed
     *     e.lastObserved(ClusterStatus.class).flatMap(ClusterStatus::state).ifPresent(System.out::println);
     * }
     * }</pre>
     *
     * @param clusterId the cluster's ID
     * @param timeout how long to wait in all; positive, at most 365 days
     * @return the ready status
     * @throws IllegalArgumentException if {@code clusterId} is not a Crunchy Bridge ID or {@code timeout} is not
     *     positive; nothing is sent
     * @throws WaitTimeoutException if the timeout passes first; {@code e.lastObserved(ClusterStatus.class)} holds
     *     the last status
     * @throws WaitFailedException if the cluster failed, or a poll failed (the cause); {@code
     *     e.lastObserved(ClusterStatus.class)} holds the last status, empty if no poll succeeded
     */
    public ClusterStatus waitUntilReady(String clusterId, Duration timeout) {
        return waitUntilReady(clusterId, timeout, RequestOptions.none());
    }

    /**
     * Polls {@link #status(String, RequestOptions)} until the cluster is {@code ready}, sending every poll with
     * {@code options} (e.g. a shorter per-request timeout or a tracing header). The first pause between polls is
     * 5 seconds; it grows by half after each poll up to 30 seconds. Fails at once on {@code creation_failed} or
     * {@code failed}.
     *
     * @param clusterId the cluster's ID
     * @param timeout how long to wait in all; positive, at most 365 days
     * @param options per-call options of every poll
     * @return the ready status
     * @throws IllegalArgumentException if {@code clusterId} is not a Crunchy Bridge ID or {@code timeout} is not
     *     positive; nothing is sent
     * @throws WaitTimeoutException if the timeout passes first; {@code e.lastObserved(ClusterStatus.class)} holds
     *     the last status
     * @throws WaitFailedException if the cluster failed, or a poll failed (the cause); {@code
     *     e.lastObserved(ClusterStatus.class)} holds the last status, empty if no poll succeeded
     */
    public ClusterStatus waitUntilReady(String clusterId, Duration timeout, RequestOptions options) {
        Eids.check(clusterId, "clusterId");
        Checks.positive(timeout, "timeout");
        requireNonNull(options, "options == null");
        return engine.<ClusterStatus>poller("cluster " + clusterId + " to be ready")
                .poll(() -> status(clusterId, options))
                .until(ClusterStatus::isReady)
                .failWhen(status -> status.state()
                        .filter(state ->
                                state.equals(ClusterState.CREATION_FAILED) || state.equals(ClusterState.FAILED))
                        .isPresent())
                .describeWith(status ->
                        "state " + status.state().map(ClusterState::value).orElse("(none)"))
                .interval(POLL_INTERVAL)
                .timeout(timeout)
                .build()
                .await();
    }

    /**
     * The cluster operations returning {@link ApiResponse}: status, headers and request id with the value. The
     * typed operations of {@link Clusters} are these plus {@code .value()}.
     *
     * <pre>{@code
     * ApiResponse<Cluster> response = cb.clusters().withRawResponse().create(params, RequestOptions.builder()
     *         .idempotencyKey(operationId).build());
     * if (CrunchyResponses.isIdempotencyReplay(response)) { … }   // created by an earlier attempt
     * }</pre>
     */
    public static final class WithRawResponse {
        private final HttpEngine engine;

        WithRawResponse(HttpEngine engine) {
            this.engine = engine;
        }

        /**
         * {@code POST /clusters}.
         *
         * @param params the cluster to create
         * @param options per-call options
         * @return the response with the new cluster
         */
        public ApiResponse<Cluster> create(CreateClusterParams params, RequestOptions options) {
            requireNonNull(params, "params == null");
            return send(ApiRequest.builder(HttpMethod.POST, "/clusters").body(params), options, Cluster.class);
        }

        /**
         * {@code GET /clusters/{cluster_id}}.
         *
         * @param clusterId the cluster's ID
         * @param options per-call options
         * @return the response with the cluster
         */
        public ApiResponse<Cluster> get(String clusterId, RequestOptions options) {
            return send(Requests.cluster(HttpMethod.GET, "", clusterId), options, Cluster.class);
        }

        /**
         * {@code PATCH /clusters/{cluster_id}}.
         *
         * @param clusterId the cluster's ID
         * @param params the fields to change
         * @param options per-call options
         * @return the response with the updated cluster
         */
        public ApiResponse<Cluster> update(String clusterId, UpdateClusterParams params, RequestOptions options) {
            ApiRequest.Builder request = Requests.cluster(HttpMethod.PATCH, "", clusterId);
            return send(request.body(requireNonNull(params, "params == null")), options, Cluster.class);
        }

        /**
         * {@code DELETE /clusters/{cluster_id}}; a repeated delete fails with 410 Gone, and a {@link GoneException}
         * with {@link GoneException#attempts()} above 1 means an earlier attempt of this call deleted the cluster,
         * see {@link Clusters#destroy(String)}.
         *
         * @param clusterId the cluster's ID
         * @param options per-call options
         * @return the response with the deleted cluster
         * @throws GoneException if the cluster was already deleted
         */
        public ApiResponse<Cluster> destroy(String clusterId, RequestOptions options) {
            return send(Requests.cluster(HttpMethod.DELETE, "", clusterId), options, Cluster.class);
        }

        /**
         * {@code GET /clusters/{cluster_id}/status}.
         *
         * @param clusterId the cluster's ID
         * @param options per-call options
         * @return the response with the status
         */
        public ApiResponse<ClusterStatus> status(String clusterId, RequestOptions options) {
            return send(Requests.cluster(HttpMethod.GET, "/status", clusterId), options, ClusterStatus.class);
        }

        /**
         * {@code POST /clusters/{cluster_id}/forks}.
         *
         * @param clusterId the cluster to fork
         * @param params the fork
         * @param options per-call options
         * @return the response with the new cluster
         * @throws IllegalArgumentException if {@code targetTime} is in the future by the client's clock
         */
        public ApiResponse<Cluster> fork(String clusterId, ForkClusterParams params, RequestOptions options) {
            requireNonNull(params, "params == null");
            ApiRequest.Builder request = Requests.cluster(HttpMethod.POST, "/forks", clusterId);
            Optional<Instant> target = params.targetTime();
            Instant now = engine.settings().clock().instant();
            if (target.isPresent() && target.get().isAfter(now)) {
                throw new IllegalArgumentException(
                        "targetTime " + target.get() + " is in the future (now is " + now + "); omit it to fork now");
            }
            return send(request.body(params), options, Cluster.class);
        }

        /**
         * {@code PUT /clusters/{cluster_id}/actions/restart}.
         *
         * @param clusterId the cluster's ID
         * @param service what to restart; null for the API's default, the server
         * @param options per-call options
         * @return the response with the cluster
         * @throws IllegalArgumentException if {@code service} is neither {@code postgres} nor {@code server}
         */
        public ApiResponse<Cluster> restart(String clusterId, RestartService service, RequestOptions options) {
            ApiRequest.Builder request = Requests.cluster(HttpMethod.PUT, "/actions/restart", clusterId);
            if (service != null) {
                if (!service.isKnown()) {
                    throw new IllegalArgumentException(
                            "service must be postgres or server but was \"" + service.value() + "\"");
                }
                request.body(Map.of("service", service.value()));
            }
            return send(request, options, Cluster.class);
        }

        /**
         * {@code PUT /clusters/{cluster_id}/actions/start-backup}.
         *
         * @param clusterId the cluster's ID
         * @param options per-call options
         * @return the response with the API's message
         */
        public ApiResponse<Message> startBackup(String clusterId, RequestOptions options) {
            return send(Requests.cluster(HttpMethod.PUT, "/actions/start-backup", clusterId), options, Message.class);
        }

        /**
         * {@code PUT /clusters/{cluster_id}/actions/suspend}.
         *
         * @param clusterId the cluster's ID
         * @param options per-call options
         * @return the response with the cluster
         */
        public ApiResponse<Cluster> suspend(String clusterId, RequestOptions options) {
            return send(Requests.cluster(HttpMethod.PUT, "/actions/suspend", clusterId), options, Cluster.class);
        }

        /**
         * {@code PUT /clusters/{cluster_id}/actions/resume}.
         *
         * @param clusterId the cluster's ID
         * @param options per-call options
         * @return the response with the cluster
         */
        public ApiResponse<Cluster> resume(String clusterId, RequestOptions options) {
            return send(Requests.cluster(HttpMethod.PUT, "/actions/resume", clusterId), options, Cluster.class);
        }

        /**
         * {@code PUT /clusters/{cluster_id}/actions/enable-ha}.
         *
         * @param clusterId the cluster's ID
         * @param options per-call options
         * @return the response with the started operation
         */
        public ApiResponse<ClusterOperation> enableHa(String clusterId, RequestOptions options) {
            return send(
                    Requests.cluster(HttpMethod.PUT, "/actions/enable-ha", clusterId), options, ClusterOperation.class);
        }

        /**
         * {@code PUT /clusters/{cluster_id}/actions/disable-ha}.
         *
         * @param clusterId the cluster's ID
         * @param options per-call options
         * @return the response with the started operation
         */
        public ApiResponse<ClusterOperation> disableHa(String clusterId, RequestOptions options) {
            return send(
                    Requests.cluster(HttpMethod.PUT, "/actions/disable-ha", clusterId),
                    options,
                    ClusterOperation.class);
        }

        private <T> ApiResponse<T> send(ApiRequest.Builder request, RequestOptions options, Class<T> type) {
            return Requests.send(engine, request, options, type);
        }
    }
}
