package dev.dbcloud.crunchy;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.Page;
import dev.dbcloud.core.PagedList;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.Resource;
import dev.dbcloud.core.errors.GoneException;
import dev.dbcloud.core.errors.NotFoundException;
import dev.dbcloud.core.errors.WaitFailedException;
import dev.dbcloud.core.errors.WaitTimeoutException;
import dev.dbcloud.core.internal.Invoker;
import dev.dbcloud.crunchy.internal.ClusterEndpoints;
import dev.dbcloud.crunchy.internal.ClusterOpsEndpoints;
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
 * Cluster ready = cb.clusters().waitUntilReady(created.id(), Duration.ofMinutes(30));
 *
 * for (Cluster c : cb.clusters().listAll(ListClustersParams.builder().teamId(teamId).build())) { … }
 *
 * RequestOptions keyed = RequestOptions.builder().idempotencyKey(operationId).build();
 * ApiResponse<Cluster> raw = cb.clusters().withOptions(keyed).withRawResponse().create(params);
 * CrunchyResponses.isIdempotencyReplay(raw);   // answered from an earlier request with the same key?
 * }</pre>
 *
 * <p>Every method sends exactly one request (retries of it aside), except the waiter {@link #waitUntilReady},
 * whose Javadoc lists what it sends. IDs are checked to be Crunchy Bridge IDs before anything is sent. Creates,
 * forks and updates carry an {@code Idempotency-Key} (the same on every retry); give your own through {@link
 * #withOptions(RequestOptions)} to repeat an operation safely across processes. Related resources: {@link
 * #replicas()}, {@link #upgrades()}, {@link #backups()}, {@link #roles()}, {@link
 * #configurationParameters()}, {@link #privateLinks()} and {@link #loggers()}.
 */
public final class Clusters extends Resource<Clusters, Clusters.WithRawResponse>
        implements PagedList<Cluster, ListClustersParams> {
    private final ClusterReplicas replicas;
    private final ClusterUpgrades upgrades;
    private final ClusterBackups backups;
    private final ClusterRoles roles;
    private final ClusterConfigurationParameters configurationParameters;
    private final ClusterPrivateLinks privateLinks;
    private final ClusterLoggers loggers;

    Clusters(Invoker invoker) {
        super(invoker, Clusters::new, WithRawResponse::new);
        this.replicas = new ClusterReplicas(invoker);
        this.upgrades = new ClusterUpgrades(invoker);
        this.backups = new ClusterBackups(invoker);
        this.roles = new ClusterRoles(invoker);
        this.configurationParameters = new ClusterConfigurationParameters(invoker);
        this.privateLinks = new ClusterPrivateLinks(invoker);
        this.loggers = new ClusterLoggers(invoker);
    }

    /** @return the read replicas of a cluster, {@code /clusters/{cluster_id}/replicas}, with this view's options */
    public ClusterReplicas replicas() {
        return replicas;
    }

    /** @return the upgrade work of a cluster, {@code /clusters/{cluster_id}/upgrade}, with this view's options */
    public ClusterUpgrades upgrades() {
        return upgrades;
    }

    /** @return the backups of a cluster, {@code /clusters/{cluster_id}/backups}, with this view's options */
    public ClusterBackups backups() {
        return backups;
    }

    /** @return the Postgres roles of a cluster, {@code /clusters/{cluster_id}/roles}, with this view's options */
    public ClusterRoles roles() {
        return roles;
    }

    /**
     * @return the configuration parameters of a cluster, {@code /clusters/{cluster_id}/configuration-parameters},
     *     with this view's options
     */
    public ClusterConfigurationParameters configurationParameters() {
        return configurationParameters;
    }

    /**
     * @return the private link of a cluster and its connections, {@code /clusters/{cluster_id}/private-link}, with
     *     this view's options
     */
    public ClusterPrivateLinks privateLinks() {
        return privateLinks;
    }

    /** @return the log forwarding of a cluster, {@code /clusters/{cluster_id}/loggers}, with this view's options */
    public ClusterLoggers loggers() {
        return loggers;
    }

    /**
     * The deprecated cluster-level firewall routes, {@code /clusters/{cluster_id}/firewall}, with this view's
     * options.
     *
     * @return the cluster-level firewall
     * @deprecated the spec: obtain the cluster's {@code network_id}, then use the network's firewall rules, {@link
     *     Networks#firewallRules()}
     */
    @Deprecated
    public ClusterFirewall firewall() {
        return new ClusterFirewall(invoker());
    }

    /**
     * Lists the first page of the caller's default team's clusters: {@code GET /clusters}.
     *
     * @return the first page; {@link Page#autoPager()} walks the rest lazily
     */
    public Page<Cluster> list() {
        return withRawResponse().list().value();
    }

    /**
     * Lists clusters: {@code GET /clusters}. Later pages repeat the parameters and this view's options.
     *
     * @param params paging, order and team
     * @return the first page; {@link Page#autoPager()} walks the rest lazily
     */
    @Override
    public Page<Cluster> list(ListClustersParams params) {
        return withRawResponse().list(params).value();
    }

    /**
     * Creates a cluster: {@code POST /clusters} (201). The cluster starts provisioning; see {@link
     * #waitUntilReady(String, Duration)}.
     *
     * @param params the cluster to create
     * @return the new cluster
     */
    public Cluster create(CreateClusterParams params) {
        return withRawResponse().create(params).value();
    }

    /**
     * Gets a cluster: {@code GET /clusters/{cluster_id}}.
     *
     * @param clusterId the cluster's ID
     * @return the cluster
     */
    public Cluster get(String clusterId) {
        return withRawResponse().get(clusterId).value();
    }

    /**
     * Updates a cluster's name, maintenance window or protection: {@code PATCH /clusters/{cluster_id}}.
     *
     * @param clusterId the cluster's ID
     * @param params the fields to change
     * @return the updated cluster
     */
    public Cluster update(String clusterId, UpdateClusterParams params) {
        return withRawResponse().update(clusterId, params).value();
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
     *     cb.clusters().delete(clusterId);
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
    public Cluster delete(String clusterId) {
        return withRawResponse().delete(clusterId).value();
    }

    /**
     * Reads a cluster's live status: {@code GET /clusters/{cluster_id}/status}.
     *
     * @param clusterId the cluster's ID
     * @return the status
     */
    public ClusterStatus status(String clusterId) {
        return withRawResponse().status(clusterId).value();
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
        return withRawResponse().fork(clusterId, params).value();
    }

    /**
     * Restarts a cluster's server, the API's default: {@code PUT /clusters/{cluster_id}/actions/restart} without a
     * body. The restart is queued; calling again before it happens queues nothing more.
     *
     * @param clusterId the cluster's ID
     * @return the cluster
     */
    public Cluster restart(String clusterId) {
        return withRawResponse().restart(clusterId).value();
    }

    /**
     * Restarts Postgres only or the whole server: {@code PUT /clusters/{cluster_id}/actions/restart} with {@code
     * {"service": …}}.
     *
     * @param clusterId the cluster's ID
     * @param service {@link RestartService#POSTGRES} or {@link RestartService#SERVER}
     * @return the cluster
     * @throws NullPointerException if {@code service} is null; use {@link #restart(String)} for the default
     * @throws IllegalArgumentException if {@code service} is neither
     */
    public Cluster restart(String clusterId, RestartService service) {
        return withRawResponse().restart(clusterId, service).value();
    }

    /**
     * Asks for a backup now: {@code PUT /clusters/{cluster_id}/actions/start-backup}. It may do nothing when a
     * backup is running or was taken recently; finished backups appear in {@link #backups()}.
     *
     * @param clusterId the cluster's ID
     * @return the API's message
     */
    public Message startBackup(String clusterId) {
        return withRawResponse().startBackup(clusterId).value();
    }

    /**
     * Suspends a cluster, keeping its disk: {@code PUT /clusters/{cluster_id}/actions/suspend}. AWS and Azure
     * primaries only; storage is still billed.
     *
     * @param clusterId the cluster's ID
     * @return the cluster
     */
    public Cluster suspend(String clusterId) {
        return withRawResponse().suspend(clusterId).value();
    }

    /**
     * Resumes a suspended cluster: {@code PUT /clusters/{cluster_id}/actions/resume}.
     *
     * @param clusterId the cluster's ID
     * @return the cluster
     */
    public Cluster resume(String clusterId) {
        return withRawResponse().resume(clusterId).value();
    }

    /**
     * Adds a high-availability standby: {@code PUT /clusters/{cluster_id}/actions/enable-ha}. Do not combine
     * with other changes; follow the operation with {@link ClusterUpgrades#waitUntilFinished}.
     *
     * @param clusterId the cluster's ID
     * @return the started operation
     */
    public ClusterOperation enableHa(String clusterId) {
        return withRawResponse().enableHa(clusterId).value();
    }

    /**
     * Removes the high-availability standby: {@code PUT /clusters/{cluster_id}/actions/disable-ha}.
     *
     * @param clusterId the cluster's ID
     * @return the started operation
     */
    public ClusterOperation disableHa(String clusterId) {
        return withRawResponse().disableHa(clusterId).value();
    }

    /**
     * Detaches a read replica from its primary, making it an independent writable cluster: {@code PUT
     * /clusters/{cluster_id}/actions/detach}. The change runs asynchronously; repeating it while it is pending
     * changes nothing, and the API refuses a cluster that is not a replica.
     *
     * @param clusterId the replica's ID
     * @return the cluster
     */
    public Cluster detach(String clusterId) {
        return withRawResponse().detach(clusterId).value();
    }

    /**
     * Asks the API to check that a cluster answers: {@code PUT /clusters/{cluster_id}/actions/ping}.
     *
     * @param clusterId the cluster's ID
     * @return the API's message, if it sent one
     */
    public Optional<Message> ping(String clusterId) {
        return withRawResponse().ping(clusterId).value();
    }

    /**
     * Joins a cluster to a Tailscale network: {@code PUT /clusters/{cluster_id}/actions/tailscale-connect}. The auth
     * key is never shown in the SDK's log lines.
     *
     * @param clusterId the cluster's ID
     * @param params an auth key or a stored OAuth client
     * @return the API's message, if it sent one
     */
    public Optional<Message> tailscaleConnect(String clusterId, TailscaleConnectParams params) {
        return withRawResponse().tailscaleConnect(clusterId, params).value();
    }

    /**
     * Removes a cluster from its Tailscale network: {@code PUT /clusters/{cluster_id}/actions/tailscale-disconnect}.
     *
     * @param clusterId the cluster's ID
     * @return the API's message, if it sent one
     */
    public Optional<Message> tailscaleDisconnect(String clusterId) {
        return withRawResponse().tailscaleDisconnect(clusterId).value();
    }

    /**
     * Waits until a cluster is ready and returns it. A workflow: it polls {@code GET
     * /clusters/{cluster_id}/status} until the state is {@code ready}, then sends one {@code GET
     * /clusters/{cluster_id}}. It fails at once on {@code creation_failed} or {@code failed}, and polls through a
     * 404 for the first two minutes, as a cluster just created may not be known yet. Polls carry this view's
     * options; the pause between them starts at 5 seconds and grows by half up to 30 seconds, unless the client or
     * {@link RequestOptions.Builder#pollInterval(Duration)} sets a steady one.
     *
     * <pre>{@code
     * try {
     *     Cluster ready = cb.clusters().waitUntilReady(clusterId, Duration.ofMinutes(30));
     * } catch (WaitException e) {                  // timed out, failed, or a poll failed
     *     e.lastObserved(ClusterStatus.class).flatMap(ClusterStatus::state).ifPresent(System.out::println);
     * }
     * }</pre>
     *
     * @param clusterId the cluster's ID
     * @param timeout how long to poll in all; positive, at most 365 days
     * @return the ready cluster
     * @throws IllegalArgumentException if {@code clusterId} is not a Crunchy Bridge ID or {@code timeout} is not
     *     positive; nothing is sent
     * @throws WaitTimeoutException if the timeout passes first; {@code e.lastObserved(ClusterStatus.class)} holds
     *     the last status
     * @throws WaitFailedException if the cluster failed, or a poll failed (the cause); {@code
     *     e.lastObserved(ClusterStatus.class)} holds the last status, empty if no poll succeeded
     */
    public Cluster waitUntilReady(String clusterId, Duration timeout) {
        return ClusterWaiters.ready(invoker(), clusterId, timeout);
    }

    /** The operations of {@link Clusters} returning {@link ApiResponse}; each is documented there. */
    public static final class WithRawResponse extends RawResource<WithRawResponse> {
        WithRawResponse(Invoker invoker) {
            super(invoker, WithRawResponse::new);
        }

        /** {@link Clusters#list()}, with the response. */
        public ApiResponse<Page<Cluster>> list() {
            return list(ListClustersParams.builder().build());
        }

        /** {@link Clusters#list(ListClustersParams)}, with the response. */
        public ApiResponse<Page<Cluster>> list(ListClustersParams params) {
            return send(requireNonNull(params, "params == null").bind(ClusterEndpoints.LIST.call()));
        }

        /** {@link Clusters#create(CreateClusterParams)}, with the response. */
        public ApiResponse<Cluster> create(CreateClusterParams params) {
            return send(ClusterEndpoints.CREATE.call().body(requireNonNull(params, "params == null")));
        }

        /** {@link Clusters#get(String)}, with the response. */
        public ApiResponse<Cluster> get(String clusterId) {
            return send(ClusterEndpoints.GET.call(clusterId));
        }

        /** {@link Clusters#update(String, UpdateClusterParams)}, with the response. */
        public ApiResponse<Cluster> update(String clusterId, UpdateClusterParams params) {
            return send(ClusterEndpoints.UPDATE.call(clusterId).body(requireNonNull(params, "params == null")));
        }

        /** {@link Clusters#delete(String)}, with the response. */
        public ApiResponse<Cluster> delete(String clusterId) {
            return send(ClusterEndpoints.DELETE.call(clusterId));
        }

        /** {@link Clusters#status(String)}, with the response. */
        public ApiResponse<ClusterStatus> status(String clusterId) {
            return send(ClusterEndpoints.STATUS.call(clusterId));
        }

        /** {@link Clusters#fork(String, ForkClusterParams)}, with the response. */
        public ApiResponse<Cluster> fork(String clusterId, ForkClusterParams params) {
            requireNonNull(params, "params == null");
            Instant now = invoker().settings().clock().instant();
            params.targetTime().filter(target -> target.isAfter(now)).ifPresent(target -> {
                throw new IllegalArgumentException(
                        "targetTime " + target + " is in the future (now is " + now + "); omit it to fork now");
            });
            return send(ClusterEndpoints.FORK.call(clusterId).body(params));
        }

        /** {@link Clusters#restart(String)}, with the response. */
        public ApiResponse<Cluster> restart(String clusterId) {
            return send(ClusterEndpoints.RESTART.call(clusterId));
        }

        /** {@link Clusters#restart(String, RestartService)}, with the response. */
        public ApiResponse<Cluster> restart(String clusterId, RestartService service) {
            requireNonNull(service, "service == null");
            if (!service.isKnown()) {
                throw new IllegalArgumentException(
                        "service must be postgres or server but was \"" + service.value() + "\"");
            }
            return send(ClusterEndpoints.RESTART.call(clusterId).body(Map.of("service", service.value())));
        }

        /** {@link Clusters#startBackup(String)}, with the response. */
        public ApiResponse<Message> startBackup(String clusterId) {
            return send(ClusterEndpoints.START_BACKUP.call(clusterId));
        }

        /** {@link Clusters#suspend(String)}, with the response. */
        public ApiResponse<Cluster> suspend(String clusterId) {
            return send(ClusterEndpoints.SUSPEND.call(clusterId));
        }

        /** {@link Clusters#resume(String)}, with the response. */
        public ApiResponse<Cluster> resume(String clusterId) {
            return send(ClusterEndpoints.RESUME.call(clusterId));
        }

        /** {@link Clusters#enableHa(String)}, with the response. */
        public ApiResponse<ClusterOperation> enableHa(String clusterId) {
            return send(ClusterEndpoints.ENABLE_HA.call(clusterId));
        }

        /** {@link Clusters#disableHa(String)}, with the response. */
        public ApiResponse<ClusterOperation> disableHa(String clusterId) {
            return send(ClusterEndpoints.DISABLE_HA.call(clusterId));
        }

        /** {@link Clusters#detach(String)}, with the response. */
        public ApiResponse<Cluster> detach(String clusterId) {
            return send(ClusterOpsEndpoints.DETACH.call(clusterId));
        }

        /** {@link Clusters#ping(String)}, with the response. */
        public ApiResponse<Optional<Message>> ping(String clusterId) {
            return send(ClusterOpsEndpoints.PING.call(clusterId));
        }

        /** {@link Clusters#tailscaleConnect(String, TailscaleConnectParams)}, with the response. */
        public ApiResponse<Optional<Message>> tailscaleConnect(String clusterId, TailscaleConnectParams params) {
            return send(ClusterOpsEndpoints.TAILSCALE_CONNECT
                    .call(clusterId)
                    .body(requireNonNull(params, "params == null")));
        }

        /** {@link Clusters#tailscaleDisconnect(String)}, with the response. */
        public ApiResponse<Optional<Message>> tailscaleDisconnect(String clusterId) {
            return send(ClusterOpsEndpoints.TAILSCALE_DISCONNECT.call(clusterId));
        }
    }
}
