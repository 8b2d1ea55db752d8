package dev.dbcloud.postgres;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.clickhouse.ResetPasswordResult;
import dev.dbcloud.clickhouse.SafeDeleteParams;
import dev.dbcloud.clickhouse.shared.internal.OrganizationInvoker;
import dev.dbcloud.clickhouse.shared.internal.OrganizationResolver;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.Beta;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.Resource;
import dev.dbcloud.core.errors.ConflictException;
import dev.dbcloud.core.errors.NotFoundException;
import dev.dbcloud.core.errors.WaitFailedException;
import dev.dbcloud.core.errors.WaitTimeoutException;
import dev.dbcloud.core.internal.Invoker;
import dev.dbcloud.postgres.internal.InstanceEndpoints;
import java.time.Duration;
import java.util.List;

/**
 * The organization's Managed Postgres instances ({@code /v1/organizations/{organizationId}/postgres}): create,
 * read, update and delete them, restart, promote or switch them over, reset their password, create read replicas
 * and point-in-time restores, change their configuration, read their certificates, metrics and slow queries, and
 * wait for them. Get it from {@link ManagedPostgresClient#instances()}.
 *
 * <pre>{@code
 * PostgresInstance created = pg.instances().create(CreateInstanceParams.builder()
 *     .name("orders").region(CloudRegion.US_WEST_2).size(InstanceSize.R8GD_LARGE).build());
 * String password = created.password().orElseThrow();          // returned by create only
 * pg.instances().waitUntilRunning(created.id(), Duration.ofMinutes(30));
 *
 * UpdateInstanceParams bigger = UpdateInstanceParams.builder().size(InstanceSize.R8GD_XLARGE).build();
 * pg.instances().update(created.id(), bigger);                 // keeps the tags (GET, then PATCH with them)
 * pg.instances().waitUntilApplied(created.id(), bigger, Duration.ofMinutes(30));
 *
 * PostgresInstance replica = pg.instances().createReadReplica(created.id(),
 *     CreateReadReplicaParams.builder().name("orders-replica").build(), Duration.ofMinutes(30));
 * InstanceConfig config = pg.instances().updateConfig(created.id(),
 *     ConfigParams.builder().pgConfig(PgConfig.builder().maxConnections(300).build()).build());
 * if (config.message().isPresent()) pg.instances().restart(created.id());
 *
 * pg.instances().deleteSafely(replica.id());                   // replicas first: a primary with replicas is refused
 * pg.instances().deleteSafely(created.id());                   // returns once GET answers 404
 *
 * ApiResponse<PostgresInstance> raw = pg.instances()
 *     .withOptions(RequestOptions.builder().header("X-Trace", "deploy-42").build())
 *     .withRawResponse().get(created.id());                    // status, headers and request id too
 * }</pre>
 *
 * <p>Every method sends exactly one request (retries of it aside), except the workflows, whose Javadoc lists what
 * they send: {@link #update} (keeps the tags a plain PATCH would clear), {@link #createReadReplica(String,
 * CreateReadReplicaParams, Duration)} (retries while a young primary has no backup yet), {@link #deleteSafely} and
 * the waiters {@code waitUntil…}, which poll every {@link #DEFAULT_POLL_INTERVAL} unless the client or {@link
 * #withOptions(RequestOptions)} sets a {@code pollInterval}. {@link #withRawResponse()} gives the single requests
 * with their whole {@link ApiResponse}. The specification marks every Managed Postgres operation beta.
 */
@Beta
public final class Instances extends Resource<Instances, Instances.WithRawResponse> {
    /** The pause between polls of the waiters when no {@code pollInterval} is set: 5 seconds, as Terraform polls. */
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(5);

    /** The pause between read replica attempts while the primary has no backup yet: 20 seconds. */
    public static final Duration READ_REPLICA_RETRY_INTERVAL = Duration.ofSeconds(20);

    /** How many consecutive polls must show an update applied before {@link #waitUntilApplied} returns. */
    public static final int STABLE_POLLS = 3;

    private final InstanceWaiters waiters;

    Instances(Invoker invoker, OrganizationResolver organization) {
        super(invoker, i -> new Instances(i, organization), i -> new WithRawResponse(i, organization));
        this.waiters = new InstanceWaiters(withRawResponse());
    }

    /**
     * Lists the organization's instances ({@code GET …/postgres}; not paged). List items carry no hostname,
     * storage size or credentials.
     *
     * @return the instances
     */
    public List<PostgresInstance> list() {
        return withRawResponse().list().value();
    }

    /**
     * Creates an instance ({@code POST …/postgres}; the API answers 200). It starts in state {@code creating}; see
     * {@link #waitUntilRunning(String, Duration)}. The answer is the only one to carry the superuser's {@link
     * PostgresInstance#password() password} and {@link PostgresInstance#connectionString() connection string}:
     * keep them now.
     *
     * @param params the instance to create
     * @return the new instance, with its credentials
     */
    public PostgresInstance create(CreateInstanceParams params) {
        return withRawResponse().create(params).value();
    }

    /**
     * Gets an instance ({@code GET …/postgres/{postgresId}}), without credentials.
     *
     * @param postgresId the instance id
     * @return the instance
     * @throws NotFoundException if there is no such instance
     */
    public PostgresInstance get(String postgresId) {
        return withRawResponse().get(postgresId).value();
    }

    /**
     * Updates an instance's name, size, HA setup or tags, <strong>keeping its tags</strong>. A workflow: the API
     * clears every tag on a PATCH without {@code tags}, so unless {@code params} sets {@link
     * UpdateInstanceParams#tags() tags}, this sends {@code GET …/postgres/{postgresId}}, then {@code PATCH
     * …/postgres/{postgresId}} with the tags read, exactly as read; else only the PATCH. Not atomic: a tag change
     * made by someone else in between is lost. The change is applied asynchronously: see {@link
     * #waitUntilApplied(String, UpdateInstanceParams, Duration)}. Read replicas cannot be updated (400). The raw
     * view's {@link WithRawResponse#update update} sends the PATCH alone, as given.
     *
     * @param postgresId the instance id
     * @param params the changes
     * @return the instance as the API answered the PATCH
     */
    public PostgresInstance update(String postgresId, UpdateInstanceParams params) {
        return TagKeepingUpdate.run(withRawResponse(), postgresId, params);
    }

    /**
     * Deletes an instance and all its data ({@code DELETE …/postgres/{postgresId}}). A primary that still has read
     * replicas cannot be deleted (409); other {@code 409}s are transient. {@link #deleteSafely(String)} retries
     * those and waits until the instance is gone; {@link #waitUntilDeleted} waits after this call.
     *
     * @param postgresId the instance id
     * @throws ConflictException if the instance cannot be deleted now
     * @throws NotFoundException if there is no such instance (any more)
     */
    public void delete(String postgresId) {
        withRawResponse().delete(postgresId);
    }

    /**
     * Restarts an instance ({@code PATCH …/state} with {@code {"command":"restart"}}), e.g. after a configuration
     * change whose {@link InstanceConfig#message() message} asks for it.
     *
     * @param postgresId the instance id
     * @return the instance, typically {@code restarting}
     */
    public PostgresInstance restart(String postgresId) {
        return withRawResponse().restart(postgresId).value();
    }

    /**
     * Promotes a read replica to a primary ({@code PATCH …/state} with {@code {"command":"promote"}}).
     *
     * @param postgresId the read replica's id
     * @return the instance
     */
    public PostgresInstance promote(String postgresId) {
        return withRawResponse().promote(postgresId).value();
    }

    /**
     * Switches a primary over to its standby ({@code PATCH …/state} with {@code {"command":"switchover"}}); needs
     * an HA setup other than {@code none}.
     *
     * @param postgresId the primary's id
     * @return the instance
     */
    public PostgresInstance switchover(String postgresId) {
        return withRawResponse().switchover(postgresId).value();
    }

    /**
     * Resets the superuser's password ({@code PATCH …/postgres/{postgresId}/password}): to a server-generated one,
     * returned in the result, with {@link ResetPasswordParams#generated()}; or to one of your choice with {@link
     * ResetPasswordParams#of(String)}, checked against the API's rules before anything is sent.
     *
     * @param postgresId the instance id
     * @param params how to set the password
     * @return the generated password, if the server generated one
     */
    public ResetPasswordResult resetPassword(String postgresId, ResetPasswordParams params) {
        return withRawResponse().resetPassword(postgresId, params).value();
    }

    /**
     * Creates a read replica of a primary ({@code POST …/postgres/{postgresId}/readReplica}), once; poll it with
     * {@link #waitUntilRunning}. A primary without its first backup yet refuses with {@code 400 BAD_REQUEST: …
     * There are no backups, yet.}; {@link #createReadReplica(String, CreateReadReplicaParams, Duration)} retries.
     *
     * @param primaryId the primary's id
     * @param params the replica
     * @return the new replica
     */
    public PostgresInstance createReadReplica(String primaryId, CreateReadReplicaParams params) {
        return withRawResponse().createReadReplica(primaryId, params).value();
    }

    /**
     * Creates a read replica, retrying while the primary has no backup yet. A workflow: it sends {@code POST
     * …/postgres/{postgresId}/readReplica}, and again every {@link #READ_REPLICA_RETRY_INTERVAL} (20 seconds, as
     * the Terraform provider does) while the API answers {@code 400 BAD_REQUEST} saying there are no backups yet
     * (the first exists about 10 minutes after a create), until {@code waitForFirstBackup} has passed. Any other
     * error is thrown at once. Provisioning the replica takes longer still: poll it with {@link #waitUntilRunning}.
     *
     * @param primaryId the primary's id
     * @param params the replica
     * @param waitForFirstBackup how long in all to keep retrying while the primary has no backup yet
     * @return the new replica, as the API accepted it
     * @throws WaitTimeoutException if the primary still had no backup when time ran out; its {@link
     *     Throwable#getCause() cause} is the API's last refusal
     */
    public PostgresInstance createReadReplica(
            String primaryId, CreateReadReplicaParams params, Duration waitForFirstBackup) {
        return ReadReplicaRetry.run(withRawResponse(), primaryId, params, waitForFirstBackup);
    }

    /**
     * Restores an instance's continuous backup at a point in time into a <em>new</em> instance ({@code POST
     * …/postgres/{postgresId}/restoredService}); poll the returned instance with {@link #waitUntilRunning}.
     *
     * @param postgresId the source instance's id
     * @param params the new instance and the point in time
     * @return the new instance
     */
    public PostgresInstance restore(String postgresId, RestoreInstanceParams params) {
        return withRawResponse().restore(postgresId, params).value();
    }

    /**
     * Gets an instance's Postgres and PgBouncer configuration ({@code GET …/postgres/{postgresId}/config}). Values
     * come back as strings even when numeric; {@link PgConfig} offers them typed.
     *
     * @param postgresId the instance id
     * @return the configuration
     */
    public InstanceConfig config(String postgresId) {
        return withRawResponse().config(postgresId).value();
    }

    /**
     * Replaces an instance's configuration ({@code POST …/postgres/{postgresId}/config}): keys absent from a
     * section are removed, an empty section clears it. Both sections must be set, possibly empty: an unset one is
     * refused rather than wiped (see {@link ConfigParams}; {@link #updateConfig} changes some keys only). The
     * result's {@link InstanceConfig#message() message} names keys that need a {@link #restart(String) restart}.
     *
     * @param postgresId the instance id
     * @param params the complete new configuration
     * @return the configuration now in place, with the API's message
     * @throws IllegalArgumentException if {@code params} leaves {@code pgConfig} or {@code pgBouncerConfig} unset
     */
    public InstanceConfig replaceConfig(String postgresId, ConfigParams params) {
        return withRawResponse().replaceConfig(postgresId, params).value();
    }

    /**
     * Changes some of an instance's configuration ({@code PATCH …/postgres/{postgresId}/config}): the keys sent are
     * merged into the current ones. Both sections are always sent, an unset one as {@code {}}. The result's {@link
     * InstanceConfig#message() message} names keys that need a {@link #restart(String) restart}.
     *
     * @param postgresId the instance id
     * @param params the keys to change
     * @return the configuration now in place, with the API's message
     */
    public InstanceConfig updateConfig(String postgresId, ConfigParams params) {
        return withRawResponse().updateConfig(postgresId, params).value();
    }

    /**
     * Downloads the CA certificates to verify the instance's TLS certificate with ({@code GET
     * …/postgres/{postgresId}/caCertificates}; answered as {@code application/x-pem-file}, not enveloped).
     *
     * @param postgresId the instance id
     * @return the certificates as PEM text
     */
    public String caCertificates(String postgresId) {
        return withRawResponse().caCertificates(postgresId).value();
    }

    /**
     * Reads an instance's bucketed time-series metrics ({@code GET
     * …/postgres/{postgresId}/metrics?from_date&to_date&bucket_size_seconds}): CPU, memory, disk, connections,
     * cache hit ratio and more.
     *
     * @param postgresId the instance id
     * @param params the window and bucket size
     * @return the metrics
     */
    public InstanceMetrics metrics(String postgresId, MetricsParams params) {
        return withRawResponse().metrics(postgresId, params).value();
    }

    /**
     * Lists the slowest query patterns of a window ({@code GET …/postgres/{postgresId}/slowQueryPatterns}), one
     * page: the list is offset-paged with {@link ListSlowQueryPatternsParams#limit()} and {@link
     * ListSlowQueryPatternsParams#offset()}.
     *
     * @param postgresId the instance id
     * @param params the window, filters, order and page
     * @return the patterns
     */
    public List<SlowQueryPattern> slowQueryPatterns(String postgresId, ListSlowQueryPatternsParams params) {
        return withRawResponse().slowQueryPatterns(postgresId, params).value();
    }

    /**
     * Gets one slow query pattern with its recent executions ({@code GET
     * …/postgres/{postgresId}/slowQueryPatterns/{queryId}}).
     *
     * @param postgresId the instance id
     * @param queryId the pattern's id exactly as listed (often negative)
     * @param params the pattern's database, user and operation
     * @return the pattern and its recent executions
     */
    public SlowQueryPatternDetail slowQueryPattern(String postgresId, String queryId, SlowQueryPatternParams params) {
        return withRawResponse().slowQueryPattern(postgresId, queryId, params).value();
    }

    /**
     * Reads an instance's metrics in the Prometheus text format ({@code GET …/postgres/{postgresId}/prometheus};
     * an evolving endpoint).
     *
     * @param postgresId the instance id
     * @return the metrics text
     */
    public String prometheusMetrics(String postgresId) {
        return withRawResponse().prometheusMetrics(postgresId).value();
    }

    /**
     * Reads the metrics of every instance of the organization (at most 100) in the Prometheus text format ({@code
     * GET …/postgres/prometheus}; an evolving endpoint).
     *
     * @return the metrics text
     */
    public String organizationPrometheusMetrics() {
        return withRawResponse().organizationPrometheusMetrics().value();
    }

    /**
     * Waits until an instance is {@code running}, as after a create, a read replica, a restore or a restart. A
     * waiter: it polls {@code GET …/postgres/{postgresId}} until the state is {@code running}; a 404 is polled
     * through for the first {@code 2} minutes, as a new instance may not be known yet.
     *
     * @param postgresId the instance id
     * @param timeout how long to wait in all; the Terraform provider allows 30 minutes for a create
     * @return the running instance
     * @throws WaitFailedException if the instance is {@code stopped} or {@code deleting} (it never runs from
     *     there), or a poll fails; {@code lastObserved(PostgresInstance.class)} shows the last instance read
     * @throws WaitTimeoutException if time runs out, with the last instance read
     */
    public PostgresInstance waitUntilRunning(String postgresId, Duration timeout) {
        return waiters.running(postgresId, timeout);
    }

    /**
     * Waits until an {@link #update(String, UpdateInstanceParams) update} is applied. A waiter: it polls {@code GET
     * …/postgres/{postgresId}} until the instance is {@code running} and shows every value {@code update} sets
     * (tags compared as a set) on {@link #STABLE_POLLS} polls in a row, as the Terraform provider does: right
     * after a PATCH the API may still show the old values.
     *
     * @param postgresId the instance id
     * @param update the update that was sent
     * @param timeout how long to wait in all
     * @return the instance showing the update
     * @throws WaitFailedException if the instance is {@code stopped} or {@code deleting}, or a poll fails
     * @throws WaitTimeoutException if time runs out, with the last instance read
     */
    public PostgresInstance waitUntilApplied(String postgresId, UpdateInstanceParams update, Duration timeout) {
        return waiters.applied(postgresId, update, timeout);
    }

    /**
     * Waits until an instance is gone, as after a {@link #delete(String) delete}. A waiter: it polls {@code GET
     * …/postgres/{postgresId}} until it answers 404, through every state (right after the DELETE it may still
     * read its previous state; no state is known to mean that a delete was abandoned).
     *
     * @param postgresId the instance id
     * @param timeout how long to wait in all
     * @throws WaitTimeoutException if the instance is still there when time runs out, with it as last read
     * @throws WaitFailedException if a poll fails with anything but 404
     */
    public void waitUntilDeleted(String postgresId, Duration timeout) {
        waiters.deleted(postgresId, timeout);
    }

    /**
     * {@link #deleteSafely(String, SafeDeleteParams)} with the defaults: a transient {@code 409} retried every 10
     * seconds for up to 15 minutes, then up to 20 minutes of waiting until the instance is gone.
     *
     * @param postgresId the instance id
     */
    public void deleteSafely(String postgresId) {
        deleteSafely(postgresId, SafeDeleteParams.builder().build());
    }

    /**
     * Deletes an instance and all its data the way a cleanup job needs. A workflow: {@code GET} (an instance
     * already gone ends the call, one already {@code deleting} is not deleted again), then {@code DELETE} (a 404
     * counts as deleted; a transient {@code 409} is followed by one {@code GET}, and the DELETE is sent again every
     * {@link SafeDeleteParams#conflictInterval()} until {@link SafeDeleteParams#conflictTimeout()}), then, unless
     * {@link SafeDeleteParams#waitUntilGone()} is false, {@link #waitUntilDeleted} for up to {@link
     * SafeDeleteParams#goneTimeout()}. Its {@code stopTimeout} and {@code pollInterval} are not used (polls follow
     * the {@code pollInterval} of the client or of {@link #withOptions}). A {@code 409} mentioning a replica is
     * thrown at once: replicas are never deleted or promoted for you. Other errors are thrown as they came.
     *
     * <pre>{@code
     * try {
     *     pg.instances().deleteSafely(primaryId);
     * } catch (ConflictException e) {
     *     // read replicas are still attached: delete or promote them first, then try again
     * }
     * }</pre>
     *
     * @param postgresId the instance id
     * @param params how long to retry and to wait
     * @throws ConflictException if the instance is a primary that still has read replicas
     * @throws WaitTimeoutException if a transient {@code 409} (the cause) still came when {@code conflictTimeout}
     *     ran out, or the instance was still there when {@code goneTimeout} ran out (its last observed)
     */
    public void deleteSafely(String postgresId, SafeDeleteParams params) {
        new SafeDelete(withRawResponse(), waiters).run(postgresId, params);
    }

    /**
     * The single-request operations of {@link Instances} returning {@link ApiResponse}; each is documented there.
     * Each sends exactly one request (retries of it aside; the first call of a client without a configured
     * organization also looks the organization up). The workflows are on {@link Instances} only.
     */
    public static final class WithRawResponse extends RawResource<WithRawResponse> {
        private final OrganizationInvoker org;

        WithRawResponse(Invoker invoker, OrganizationResolver organization) {
            super(invoker, i -> new WithRawResponse(i, organization));
            this.org = new OrganizationInvoker(organization, invoker);
        }

        /** {@link Instances#list()}, with the response. */
        public ApiResponse<List<PostgresInstance>> list() {
            return org.send(InstanceEndpoints.LIST);
        }

        /** {@link Instances#create(CreateInstanceParams)}, with the response. */
        public ApiResponse<PostgresInstance> create(CreateInstanceParams params) {
            return org.sendWith(InstanceEndpoints.CREATE, params);
        }

        /** {@link Instances#get(String)}, with the response. */
        public ApiResponse<PostgresInstance> get(String postgresId) {
            return org.send(InstanceEndpoints.GET, postgresId);
        }

        /**
         * {@code PATCH …/postgres/{postgresId}} with {@code params} exactly as given. Unlike {@link
         * Instances#update(String, UpdateInstanceParams)}, it keeps no tags: without {@link
         * UpdateInstanceParams#tags() tags}, the API clears every tag of the instance.
         */
        public ApiResponse<PostgresInstance> update(String postgresId, UpdateInstanceParams params) {
            return patch(postgresId, InstancePatch.of(requireNonNull(params, "params == null")));
        }

        /** {@link Instances#delete(String)}, with the response. */
        public ApiResponse<Void> delete(String postgresId) {
            return org.send(InstanceEndpoints.DELETE, postgresId);
        }

        /** {@link Instances#restart(String)}, with the response. */
        public ApiResponse<PostgresInstance> restart(String postgresId) {
            return org.sendCommand(InstanceEndpoints.STATE, "restart", postgresId);
        }

        /** {@link Instances#promote(String)}, with the response. */
        public ApiResponse<PostgresInstance> promote(String postgresId) {
            return org.sendCommand(InstanceEndpoints.STATE, "promote", postgresId);
        }

        /** {@link Instances#switchover(String)}, with the response. */
        public ApiResponse<PostgresInstance> switchover(String postgresId) {
            return org.sendCommand(InstanceEndpoints.STATE, "switchover", postgresId);
        }

        /** {@link Instances#resetPassword(String, ResetPasswordParams)}, with the response. */
        public ApiResponse<ResetPasswordResult> resetPassword(String postgresId, ResetPasswordParams params) {
            return org.sendWith(InstanceEndpoints.PASSWORD, params, postgresId);
        }

        /** {@link Instances#createReadReplica(String, CreateReadReplicaParams)}, with the response: one attempt. */
        public ApiResponse<PostgresInstance> createReadReplica(String primaryId, CreateReadReplicaParams params) {
            return org.sendWith(InstanceEndpoints.READ_REPLICA, params, primaryId);
        }

        /** {@link Instances#restore(String, RestoreInstanceParams)}, with the response. */
        public ApiResponse<PostgresInstance> restore(String postgresId, RestoreInstanceParams params) {
            return org.sendWith(InstanceEndpoints.RESTORE, params, postgresId);
        }

        /** {@link Instances#config(String)}, with the response. */
        public ApiResponse<InstanceConfig> config(String postgresId) {
            return org.send(InstanceEndpoints.CONFIG, postgresId);
        }

        /** {@link Instances#replaceConfig(String, ConfigParams)}, with the response. */
        public ApiResponse<InstanceConfig> replaceConfig(String postgresId, ConfigParams params) {
            ConfigBody body = ConfigBody.replacing(requireNonNull(params, "params == null"));
            return org.sendWith(InstanceEndpoints.REPLACE_CONFIG, body, postgresId);
        }

        /** {@link Instances#updateConfig(String, ConfigParams)}, with the response. */
        public ApiResponse<InstanceConfig> updateConfig(String postgresId, ConfigParams params) {
            ConfigBody body = ConfigBody.merging(requireNonNull(params, "params == null"));
            return org.sendWith(InstanceEndpoints.UPDATE_CONFIG, body, postgresId);
        }

        /** {@link Instances#caCertificates(String)}, with the response. */
        public ApiResponse<String> caCertificates(String postgresId) {
            return org.send(InstanceEndpoints.CA_CERTIFICATES, postgresId);
        }

        /** {@link Instances#metrics(String, MetricsParams)}, with the response. */
        public ApiResponse<InstanceMetrics> metrics(String postgresId, MetricsParams params) {
            requireNonNull(params, "params == null");
            return org.send(MonitoringQueries.metrics(org.call(InstanceEndpoints.METRICS, postgresId), params));
        }

        /** {@link Instances#slowQueryPatterns(String, ListSlowQueryPatternsParams)}, with the response. */
        public ApiResponse<List<SlowQueryPattern>> slowQueryPatterns(
                String postgresId, ListSlowQueryPatternsParams params) {
            requireNonNull(params, "params == null");
            return org.send(
                    MonitoringQueries.patterns(org.call(InstanceEndpoints.SLOW_QUERY_PATTERNS, postgresId), params));
        }

        /** {@link Instances#slowQueryPattern(String, String, SlowQueryPatternParams)}, with the response. */
        public ApiResponse<SlowQueryPatternDetail> slowQueryPattern(
                String postgresId, String queryId, SlowQueryPatternParams params) {
            requireNonNull(params, "params == null");
            return org.send(MonitoringQueries.pattern(
                    org.call(InstanceEndpoints.SLOW_QUERY_PATTERN, postgresId, queryId), params));
        }

        /** {@link Instances#prometheusMetrics(String)}, with the response. */
        public ApiResponse<String> prometheusMetrics(String postgresId) {
            return org.send(InstanceEndpoints.PROMETHEUS, postgresId);
        }

        /** {@link Instances#organizationPrometheusMetrics()}, with the response. */
        public ApiResponse<String> organizationPrometheusMetrics() {
            return org.send(InstanceEndpoints.ORGANIZATION_PROMETHEUS);
        }

        /** The PATCH of an instance with a body the caller or a workflow composed. */
        ApiResponse<PostgresInstance> patch(String postgresId, InstancePatch body) {
            return org.sendWith(InstanceEndpoints.UPDATE, body, postgresId);
        }

        /** @return the organization invoker of this view, for the workflows and waiters */
        OrganizationInvoker org() {
            return org;
        }
    }
}
