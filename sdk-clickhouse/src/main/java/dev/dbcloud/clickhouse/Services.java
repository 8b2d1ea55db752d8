package dev.dbcloud.clickhouse;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.clickhouse.internal.ServiceAccessEndpoints;
import dev.dbcloud.clickhouse.internal.ServiceEndpoints;
import dev.dbcloud.clickhouse.internal.ServiceWaiters;
import dev.dbcloud.clickhouse.shared.internal.OrganizationInvoker;
import dev.dbcloud.clickhouse.shared.internal.OrganizationResolver;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.Beta;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.Resource;
import dev.dbcloud.core.errors.NotFoundException;
import dev.dbcloud.core.errors.WaitFailedException;
import dev.dbcloud.core.errors.WaitTimeoutException;
import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.core.internal.Invoker;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The organization's services: create, read, update and delete them, change their state and scaling, reset
 * their password, manage their private and query endpoints, read their metrics, and wait for them. Get it from
 * {@link ClickHouseCloudClient#services()}.
 *
 * <pre>{@code
 * CreatedService created = ch.services().create(CreateServiceParams.builder()
 *     .name("analytics").provider(CloudProvider.AWS).region(CloudRegion.EU_WEST_1).build());
 * Service running = ch.services().waitUntilRunning(created.service().id(), Duration.ofMinutes(30));
 *
 * ch.services().ensureAwake(serviceId, Duration.ofMinutes(10));   // wake an idle service before work
 * ch.services().deleteSafely(serviceId);                           // stop, wait, delete, wait until gone
 *
 * RequestOptions traced = RequestOptions.builder().header("X-Trace", traceId).build();
 * ApiResponse<Service> raw = ch.services().withOptions(traced).withRawResponse().get(serviceId);
 * }</pre>
 *
 * <p>Every method sends exactly one request (retries of it aside), except the workflows whose Javadoc lists what
 * they send: {@link #delete(String)} (one more read after a lost answer), {@link #queryEndpoint(String)}, the
 * waiters {@code waitUntil…}, {@link #ensureAwake(String, Duration)} and {@link #deleteSafely(String,
 * SafeDeleteParams)}. Per-call options (timeout, retries, headers, poll interval) come from {@link
 * #withOptions(RequestOptions)} and apply to every request of a call, waiters' polls included.
 *
 * <p>A service's configuration has sub-resources, each taking the service id per call: {@link
 * #clickhouseSettings()}, {@link #scalingSchedule()}, {@link #upgradeWindow()}, {@link #backupBucket()} and {@link #clickStack()}.
 *
 * <p>Waiters poll every 5 seconds unless {@link RequestOptions.Builder#pollInterval(Duration)} or the client sets
 * another interval, fail fast with {@link WaitFailedException} when the service reaches {@code failed}, {@code
 * terminated} or {@code softdeleted}, and throw {@link WaitTimeoutException} carrying the last observed {@link
 * Service} when time runs out.
 */
public final class Services extends Resource<Services, Services.WithRawResponse> {
    private final OrganizationResolver organization;
    private final OrganizationInvoker org;

    Services(Invoker invoker, OrganizationResolver organization) {
        super(invoker, i -> new Services(i, organization), i -> new WithRawResponse(i, organization));
        this.organization = organization;
        this.org = new OrganizationInvoker(organization, invoker);
    }

    /**
     * @return the ClickHouse settings of a service, {@code …/services/{serviceId}/clickhouseSettings} (beta), with
     *     this view's options
     */
    @Beta
    public ClickHouseSettings clickhouseSettings() {
        return new ClickHouseSettings(invoker(), organization);
    }

    /**
     * @return the autoscaling schedule of a service, {@code …/services/{serviceId}/scalingSchedule} (beta), with
     *     this view's options
     */
    @Beta
    public ScalingSchedules scalingSchedule() {
        return new ScalingSchedules(invoker(), organization);
    }

    /**
     * @return the upgrade window of a service, {@code …/services/{serviceId}/upgradeWindow}, with this view's
     *     options
     */
    public UpgradeWindows upgradeWindow() {
        return new UpgradeWindows(invoker(), organization);
    }

    /**
     * @return the custom backup bucket of a service, {@code …/services/{serviceId}/backupBucket} (beta), with this
     *     view's options
     */
    @Beta
    public BackupBuckets backupBucket() {
        return new BackupBuckets(invoker(), organization);
    }

    /**
     * @return ClickStack, the observability stack of a service, {@code …/services/{serviceId}/clickstack/…} (beta):
     *     saved searches and more, with this view's options
     */
    @Beta
    public ClickStack clickStack() {
        return new ClickStack(invoker(), organization);
    }

    /**
     * Lists the organization's services ({@code GET …/services}).
     *
     * @return the services
     */
    public List<Service> list() {
        return withRawResponse().list().value();
    }

    /**
     * Lists the organization's services matching every given tag filter ({@code GET
     * …/services?filter=tag:Key=Value&filter=tag:OtherKey}).
     *
     * @param params the tag filters
     * @return the matching services
     */
    public List<Service> list(ListServicesParams params) {
        return withRawResponse().list(params).value();
    }

    /**
     * Creates a service ({@code POST …/services}). It starts asynchronously in state {@code provisioning}; see {@link
     * #waitUntilRunning(String, Duration)}. The result carries the {@code default} user's password, returned only
     * this once.
     *
     * @param params the service to create
     * @return the new service and its password
     */
    public CreatedService create(CreateServiceParams params) {
        return withRawResponse().create(params).value();
    }

    /**
     * Gets a service ({@code GET …/services/{serviceId}}).
     *
     * @param serviceId the service id
     * @return the service
     * @throws NotFoundException if there is no such service
     */
    public Service get(String serviceId) {
        return withRawResponse().get(serviceId).value();
    }

    /**
     * Updates a service's basic details ({@code PATCH …/services/{serviceId}}); only the fields set are sent.
     *
     * @param serviceId the service id
     * @param params the changes
     * @return the updated service
     */
    public Service update(String serviceId, UpdateServiceParams params) {
        return withRawResponse().update(serviceId, params).value();
    }

    /**
     * Deletes a service ({@code DELETE …/services/{serviceId}}). The API accepts it only in the states {@code
     * provisioning, starting, awaking, idle, stopped, degraded, failed} and answers {@code 409} otherwise; deletion
     * then continues asynchronously (see {@link #waitUntilDeleted(String, Duration)}). {@link
     * #deleteSafely(String, SafeDeleteParams)} stops the service first and retries.
     *
     * <p>A DELETE whose answer was lost (a 5xx or a connection failure mid-flight) is sent again; if the first one
     * was applied, the service is already being deleted and the repetition answers {@code 409}. Such a {@code 409}
     * on a repeated attempt is checked with one {@code GET …/services/{serviceId}}: a service that is {@code
     * terminating}, {@code terminated}, {@code softdeleting} or {@code softdeleted}, or that is gone (404), counts
     * as deleted. {@code withRawResponse().delete} sends the DELETE alone and throws that {@code 409}.
     *
     * @param serviceId the service id
     * @throws dev.dbcloud.core.errors.ConflictException if the service is not in a deletable state
     */
    public void delete(String serviceId) {
        ServiceDeletion.delete(org, serviceId);
    }

    /**
     * Starts a stopped service ({@code PATCH …/state} with {@code {"command":"start"}}).
     *
     * @param serviceId the service id
     * @return the service, typically in a transitional state
     */
    public Service start(String serviceId) {
        return withRawResponse().start(serviceId).value();
    }

    /**
     * Stops a service ({@code PATCH …/state} with {@code {"command":"stop"}}).
     *
     * @param serviceId the service id
     * @return the service, typically in a transitional state
     */
    public Service stop(String serviceId) {
        return withRawResponse().stop(serviceId).value();
    }

    /**
     * Wakes an idle service ({@code PATCH …/state} with {@code {"command":"awake"}}); a no-op on running or waking
     * services. See also {@link #ensureAwake(String, Duration)}.
     *
     * @param serviceId the service id
     * @return the service, typically in a transitional state
     */
    public Service awake(String serviceId) {
        return withRawResponse().awake(serviceId).value();
    }

    /**
     * Changes auto-scaling with the legacy total-memory settings ({@code PATCH …/services/{serviceId}/scaling});
     * prefer {@link #updateReplicaScaling(String, UpdateReplicaScalingParams)}.
     *
     * @param serviceId the service id
     * @param params the changes
     * @return the updated service
     * @deprecated the API deprecates {@code PATCH …/scaling}; use {@link #updateReplicaScaling(String,
     *     UpdateReplicaScalingParams)}, which sets the same limits per replica
     */
    @Deprecated
    public Service updateScaling(String serviceId, UpdateScalingParams params) {
        return withRawResponse().updateScaling(serviceId, params).value();
    }

    /**
     * Changes replica scaling ({@code PATCH …/services/{serviceId}/replicaScaling}).
     *
     * @param serviceId the service id
     * @param params the changes
     * @return the updated service
     */
    public Service updateReplicaScaling(String serviceId, UpdateReplicaScalingParams params) {
        return withRawResponse().updateReplicaScaling(serviceId, params).value();
    }

    /**
     * Resets the {@code default} user's password ({@code PATCH …/services/{serviceId}/password}): to a
     * server-generated one, returned in the result, with {@link ResetPasswordParams#generated()}; or to a password of
     * your choice with {@link ResetPasswordParams#fromPassword(String)}, which sends only its hashes.
     *
     * @param serviceId the service id
     * @param params how to set the password
     * @return the generated password, if the server generated one
     */
    public ResetPasswordResult resetPassword(String serviceId, ResetPasswordParams params) {
        return withRawResponse().resetPassword(serviceId, params).value();
    }

    /**
     * Gets what a cloud private endpoint must connect to for this service ({@code GET
     * …/services/{serviceId}/privateEndpointConfig}).
     *
     * @param serviceId the service id
     * @return the configuration
     */
    public PrivateEndpointConfig privateEndpointConfig(String serviceId) {
        return withRawResponse().privateEndpointConfig(serviceId).value();
    }

    /**
     * Registers a cloud private endpoint with the service and its organization ({@code POST
     * …/services/{serviceId}/privateEndpoint}).
     *
     * @param serviceId the service id
     * @param params the endpoint
     * @return the private endpoint
     */
    public PrivateEndpoint createPrivateEndpoint(String serviceId, CreatePrivateEndpointParams params) {
        return withRawResponse().createPrivateEndpoint(serviceId, params).value();
    }

    /**
     * Gets the service's query API endpoint ({@code GET …/services/{serviceId}/serviceQueryEndpoint}). The API
     * answers 404 both when none is configured and when the service does not exist, so a 404 is followed by one
     * {@code GET …/services/{serviceId}}: if the service exists, the answer (like one without {@code result}) is
     * empty; if it does not, that read's {@link NotFoundException} is thrown. {@code
     * withRawResponse().queryEndpoint} sends the first request alone and throws its 404.
     *
     * @param serviceId the service id
     * @return the endpoint, or empty when the service has none
     * @throws NotFoundException if the service does not exist
     */
    public Optional<ServiceQueryEndpoint> queryEndpoint(String serviceId) {
        return QueryEndpointLookup.find(org, serviceId);
    }

    /**
     * Creates or replaces the service's query API endpoint ({@code POST
     * …/services/{serviceId}/serviceQueryEndpoint}).
     *
     * @param serviceId the service id
     * @param params the endpoint settings
     * @return the endpoint
     */
    public ServiceQueryEndpoint upsertQueryEndpoint(String serviceId, UpsertQueryEndpointParams params) {
        return withRawResponse().upsertQueryEndpoint(serviceId, params).value();
    }

    /**
     * Deletes the service's query API endpoint ({@code DELETE …/services/{serviceId}/serviceQueryEndpoint}).
     *
     * @param serviceId the service id
     */
    public void deleteQueryEndpoint(String serviceId) {
        withRawResponse().deleteQueryEndpoint(serviceId);
    }

    /**
     * Reads the service's metrics in the Prometheus text format ({@code GET
     * …/services/{serviceId}/prometheus?filtered_metrics=…}).
     *
     * @param serviceId the service id
     * @param filteredMetrics true for the curated subset of metrics, false for all
     * @return the metrics text
     */
    public String prometheusMetrics(String serviceId, boolean filteredMetrics) {
        return withRawResponse().prometheusMetrics(serviceId, filteredMetrics).value();
    }

    /**
     * Polls {@code GET …/services/{serviceId}} until the service is {@code running}, as after a create, a start or
     * a wake. A 404 is polled through for the first two minutes, as a service just created may not be known yet.
     *
     * @param serviceId the service id
     * @param timeout how long to wait in all
     * @return the running service
     * @throws IllegalArgumentException if {@code serviceId} is blank, {@code .} or {@code ..}, or {@code timeout}
     *     is not positive; nothing is sent
     * @throws WaitFailedException if the service reaches {@code failed}, {@code terminated} or {@code softdeleted},
     *     or a poll fails
     * @throws WaitTimeoutException if time runs out; {@code lastObserved(Service.class)} shows the last state
     */
    public Service waitUntilRunning(String serviceId, Duration timeout) {
        return org.await(ServiceWaiters.RUNNING, timeout, serviceId);
    }

    /**
     * Polls {@code GET …/services/{serviceId}} until the service is {@code stopped}, as after {@link
     * #stop(String)}.
     *
     * @param serviceId the service id
     * @param timeout how long to wait in all
     * @return the stopped service
     * @throws WaitFailedException if the service reaches {@code failed}, {@code terminated} or {@code softdeleted},
     *     or a poll fails
     * @throws WaitTimeoutException if time runs out; {@code lastObserved(Service.class)} shows the last state
     */
    public Service waitUntilStopped(String serviceId, Duration timeout) {
        return org.await(ServiceWaiters.STOPPED, timeout, serviceId);
    }

    /**
     * Polls {@code GET …/services/{serviceId}} until the service is {@code idle}, as a service with idle scaling
     * becomes after a while without queries.
     *
     * @param serviceId the service id
     * @param timeout how long to wait in all
     * @return the idle service
     * @throws WaitFailedException if the service reaches {@code failed}, {@code terminated} or {@code softdeleted},
     *     or a poll fails
     * @throws WaitTimeoutException if time runs out; {@code lastObserved(Service.class)} shows the last state
     */
    public Service waitUntilIdle(String serviceId, Duration timeout) {
        return org.await(ServiceWaiters.IDLE, timeout, serviceId);
    }

    /**
     * Polls {@code GET …/services/{serviceId}} until it answers 404 or shows the service {@code terminated} or
     * {@code softdeleted}, as after {@link #delete(String)}.
     *
     * @param serviceId the service id
     * @param timeout how long to wait in all
     * @throws WaitFailedException if a poll fails
     * @throws WaitTimeoutException if time runs out; {@code lastObserved(Service.class)} shows the last state
     */
    public void waitUntilDeleted(String serviceId, Duration timeout) {
        org.await(ServiceWaiters.DELETED, timeout, serviceId);
    }

    /**
     * Makes sure the service is running before work that needs it (ClickPipes, for example, fail on idle
     * services). A workflow: one {@code GET …/services/{serviceId}}; a running service is returned at once; an
     * {@code idle} one is woken ({@code PATCH …/state} with {@code {"command":"awake"}}) and awaited as {@link
     * #waitUntilRunning(String, Duration)} does; one already {@code awaking}, {@code starting} or {@code
     * provisioning} is awaited. A stopped service is not started: that is the caller's decision.
     *
     * @param serviceId the service id
     * @param timeout how long to wait for {@code running}
     * @return the running service
     * @throws IllegalStateException if the service is in another state, e.g. {@code stopped}
     * @throws WaitFailedException if the service reaches {@code failed}, {@code terminated} or {@code softdeleted}
     * @throws WaitTimeoutException if time runs out
     */
    public Service ensureAwake(String serviceId, Duration timeout) {
        return ServiceWaiters.ensureAwake(org, serviceId, timeout);
    }

    /**
     * Deletes a service the safe way, with the default {@link SafeDeleteParams}.
     *
     * @param serviceId the service id
     * @see #deleteSafely(String, SafeDeleteParams)
     */
    public void deleteSafely(String serviceId) {
        deleteSafely(serviceId, SafeDeleteParams.builder().build());
    }

    /**
     * Deletes a service the way the official Terraform provider does. A workflow: one {@code GET} (a service
     * already gone, 404, is done; one already {@code terminating} or {@code softdeleting}, or past it, is not
     * deleted again); a {@code running}, {@code idle} or {@code partially_running} service is stopped ({@code PATCH
     * …/state}) and a stopping one is polled until {@code stopped}; the {@code DELETE} is retried every {@link
     * SafeDeleteParams#conflictInterval()} while the API answers {@code 409 Conflict} (it does for a while after a
     * service reports {@code stopped}), each {@code 409} followed by one {@code GET} so that a delete already
     * applied (the service {@code terminating} or past it, or gone) ends the retries, and a service that came up in
     * the meantime is stopped again; finally, unless {@link SafeDeleteParams#waitUntilGone()} is false, {@code GET}
     * is polled until it answers 404 (or shows the service {@code terminated} or {@code softdeleted}). The waits
     * poll every {@link SafeDeleteParams#pollInterval()}.
     *
     * @param serviceId the service id
     * @param params how long to wait at each step
     * @throws WaitTimeoutException if a step runs out of time
     * @throws WaitFailedException if the service fails while stopping, or a poll fails
     */
    public void deleteSafely(String serviceId, SafeDeleteParams params) {
        ServiceDeletion.deleteSafely(org, serviceId, params);
    }

    /** The single-request operations of {@link Services} returning {@link ApiResponse}; each is documented there. */
    public static final class WithRawResponse extends RawResource<WithRawResponse> {
        private final OrganizationInvoker org;

        WithRawResponse(Invoker invoker, OrganizationResolver organization) {
            super(invoker, i -> new WithRawResponse(i, organization));
            this.org = new OrganizationInvoker(organization, invoker);
        }

        /** {@link Services#list()}, with the response. */
        public ApiResponse<List<Service>> list() {
            return list(ListServicesParams.builder().build());
        }

        /** {@link Services#list(ListServicesParams)}, with the response. */
        public ApiResponse<List<Service>> list(ListServicesParams params) {
            requireNonNull(params, "params == null");
            Endpoint.Call<List<Service>> call = org.call(ServiceEndpoints.LIST);
            TagFilters.values(params.tags(), params.tagKeys()).forEach(filter -> call.query("filter", filter));
            return org.send(call);
        }

        /** {@link Services#create(CreateServiceParams)}, with the response. */
        public ApiResponse<CreatedService> create(CreateServiceParams params) {
            return org.sendWith(ServiceEndpoints.CREATE, params);
        }

        /** {@link Services#get(String)}, with the response. */
        public ApiResponse<Service> get(String serviceId) {
            return org.send(ServiceEndpoints.GET, serviceId);
        }

        /** {@link Services#update(String, UpdateServiceParams)}, with the response. */
        public ApiResponse<Service> update(String serviceId, UpdateServiceParams params) {
            return org.sendWith(ServiceEndpoints.UPDATE, params, serviceId);
        }

        /**
         * The DELETE of {@link Services#delete(String)} alone, with the response: a {@code 409} answering a
         * repeated attempt is thrown; {@link dev.dbcloud.core.errors.ConflictException#attempts()} above 1 tells
         * that an earlier attempt may have deleted the service.
         */
        public ApiResponse<Void> delete(String serviceId) {
            return org.send(ServiceEndpoints.DELETE, serviceId);
        }

        /** {@link Services#start(String)}, with the response. */
        public ApiResponse<Service> start(String serviceId) {
            return org.sendCommand(ServiceEndpoints.CHANGE_STATE, "start", serviceId);
        }

        /** {@link Services#stop(String)}, with the response. */
        public ApiResponse<Service> stop(String serviceId) {
            return org.sendCommand(ServiceEndpoints.CHANGE_STATE, "stop", serviceId);
        }

        /** {@link Services#awake(String)}, with the response. */
        public ApiResponse<Service> awake(String serviceId) {
            return org.sendCommand(ServiceEndpoints.CHANGE_STATE, "awake", serviceId);
        }

        /**
         * {@link Services#updateScaling(String, UpdateScalingParams)}, with the response.
         *
         * @param serviceId the service id
         * @param params the changes
         * @return the response
         * @deprecated the API deprecates {@code PATCH …/scaling}; use {@link #updateReplicaScaling(String,
         *     UpdateReplicaScalingParams)}
         */
        @Deprecated
        public ApiResponse<Service> updateScaling(String serviceId, UpdateScalingParams params) {
            return org.sendWith(ServiceEndpoints.UPDATE_SCALING, params, serviceId);
        }

        /** {@link Services#updateReplicaScaling(String, UpdateReplicaScalingParams)}, with the response. */
        public ApiResponse<Service> updateReplicaScaling(String serviceId, UpdateReplicaScalingParams params) {
            return org.sendWith(ServiceEndpoints.UPDATE_REPLICA_SCALING, params, serviceId);
        }

        /** {@link Services#resetPassword(String, ResetPasswordParams)}, with the response. */
        public ApiResponse<ResetPasswordResult> resetPassword(String serviceId, ResetPasswordParams params) {
            return org.sendWith(ServiceAccessEndpoints.RESET_PASSWORD, params, serviceId);
        }

        /** {@link Services#privateEndpointConfig(String)}, with the response. */
        public ApiResponse<PrivateEndpointConfig> privateEndpointConfig(String serviceId) {
            return org.send(ServiceAccessEndpoints.PRIVATE_ENDPOINT_CONFIG, serviceId);
        }

        /** {@link Services#createPrivateEndpoint(String, CreatePrivateEndpointParams)}, with the response. */
        public ApiResponse<PrivateEndpoint> createPrivateEndpoint(
                String serviceId, CreatePrivateEndpointParams params) {
            return org.sendWith(ServiceAccessEndpoints.CREATE_PRIVATE_ENDPOINT, params, serviceId);
        }

        /**
         * The first request of {@link Services#queryEndpoint(String)} alone, with the response: empty when the
         * answer carries no result; a 404 (no endpoint, or no service) is thrown as {@link NotFoundException}.
         */
        public ApiResponse<Optional<ServiceQueryEndpoint>> queryEndpoint(String serviceId) {
            return org.send(ServiceAccessEndpoints.GET_QUERY_ENDPOINT, serviceId);
        }

        /** {@link Services#upsertQueryEndpoint(String, UpsertQueryEndpointParams)}, with the response. */
        public ApiResponse<ServiceQueryEndpoint> upsertQueryEndpoint(
                String serviceId, UpsertQueryEndpointParams params) {
            return org.sendWith(ServiceAccessEndpoints.UPSERT_QUERY_ENDPOINT, params, serviceId);
        }

        /** {@link Services#deleteQueryEndpoint(String)}, with the response. */
        public ApiResponse<Void> deleteQueryEndpoint(String serviceId) {
            return org.send(ServiceAccessEndpoints.DELETE_QUERY_ENDPOINT, serviceId);
        }

        /** {@link Services#prometheusMetrics(String, boolean)}, with the response. */
        public ApiResponse<String> prometheusMetrics(String serviceId, boolean filteredMetrics) {
            return org.send(
                    org.call(ServiceAccessEndpoints.PROMETHEUS, serviceId).query("filtered_metrics", filteredMetrics));
        }
    }
}
