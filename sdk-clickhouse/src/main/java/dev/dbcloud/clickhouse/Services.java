package dev.dbcloud.clickhouse;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.dbcloud.clickhouse.internal.OrganizationRequests;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.errors.ApiException;
import dev.dbcloud.core.errors.ConflictException;
import dev.dbcloud.core.errors.NotFoundException;
import dev.dbcloud.core.errors.WaitFailedException;
import dev.dbcloud.core.errors.WaitTimeoutException;
import dev.dbcloud.core.internal.ApiRequest;
import dev.dbcloud.core.internal.Checks;
import dev.dbcloud.core.internal.HttpEngine;
import dev.dbcloud.core.internal.HttpMethod;
import dev.dbcloud.core.internal.Json;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The organization's services: create, read, update and delete them, change their state and scaling, reset
 * their password, manage their private and query endpoints, read their metrics, and wait for them.
 *
 * <pre>{@code
 * CreatedService created = ch.services().create(CreateServiceParams.builder()
 *     .name("analytics").provider(CloudProvider.AWS).region(CloudRegion.EU_WEST_1).build());
 * Service running = ch.services().waitUntilRunning(created.service().id(), Duration.ofMinutes(30));
 *
 * ch.services().ensureAwake(serviceId, Duration.ofMinutes(10));   // wake an idle service before work
 * ch.services().deleteSafely(serviceId);                           // stop, wait, delete, wait until gone
 * }</pre>
 *
 * <p>Waiters poll every 5 seconds by default, fail fast with {@link WaitFailedException} when the service reaches
 * {@code failed}, {@code terminated} or {@code softdeleted}, and throw {@link WaitTimeoutException} carrying the last
 * observed {@link Service} when time runs out. Each waiter has an overload taking {@link RequestOptions}, applied to
 * every request it sends.
 *
 * <p>{@link #withRawResponse()} offers every single-request operation returning the whole {@link ApiResponse}
 * (status, headers and the envelope's request id). The helpers that send several requests (the {@code waitUntil…}
 * waiters, {@link #ensureAwake(String, Duration)} and {@link #deleteSafely(String)}) are typed only.
 */
public final class Services {
    /** The default pause between polls of the waiters. */
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(5);

    private static final TypeReference<List<Service>> LIST = new TypeReference<>() {};
    private static final Set<ServiceState> DEAD_ENDS =
            Set.of(ServiceState.FAILED, ServiceState.TERMINATED, ServiceState.SOFTDELETED);
    private static final Set<ServiceState> DELETED = Set.of(ServiceState.TERMINATED, ServiceState.SOFTDELETED);
    private static final Set<ServiceState> BEING_DELETED = Set.of(
            ServiceState.TERMINATING, ServiceState.TERMINATED, ServiceState.SOFTDELETING, ServiceState.SOFTDELETED);
    private static final Set<ServiceState> STOP_BEFORE_DELETE =
            Set.of(ServiceState.RUNNING, ServiceState.IDLE, ServiceState.PARTIALLY_RUNNING);
    private static final Set<ServiceState> WAKING =
            Set.of(ServiceState.AWAKING, ServiceState.STARTING, ServiceState.PROVISIONING);

    private final HttpEngine engine;
    private final WithRawResponse raw;

    Services(HttpEngine engine, OrganizationRequests requests) {
        this.engine = engine;
        this.raw = new WithRawResponse(engine, requests);
    }

    /**
     * The same single-request operations returning the whole {@link ApiResponse}: status, headers and the request
     * id ClickHouse Cloud puts in its envelope, with the decoded value.
     *
     * <pre>{@code
     * ApiResponse<CreatedService> created = ch.services().withRawResponse().create(params, RequestOptions.none());
     * log.info("created {} in request {}", created.value().service().id(), created.requestId().orElse("?"));
     * }</pre>
     *
     * @return the raw view, the same instance on every call
     */
    public WithRawResponse withRawResponse() {
        return raw;
    }

    /**
     * Lists the organization's services ({@code GET …/services}).
     *
     * @return the services
     */
    public List<Service> list() {
        return list(RequestOptions.none());
    }

    /**
     * Lists the organization's services ({@code GET …/services}).
     *
     * @param options per-call options
     * @return the services
     */
    public List<Service> list(RequestOptions options) {
        return list(ListServicesParams.builder().build(), options);
    }

    /**
     * Lists the organization's services matching every given tag filter ({@code GET
     * …/services?filter=tag:Key=Value&filter=tag:OtherKey}).
     *
     * @param params the tag filters
     * @return the matching services
     */
    public List<Service> list(ListServicesParams params) {
        return list(params, RequestOptions.none());
    }

    /**
     * Lists the organization's services matching every given tag filter ({@code GET
     * …/services?filter=tag:Key=Value&filter=tag:OtherKey}).
     *
     * @param params the tag filters
     * @param options per-call options
     * @return the matching services
     */
    public List<Service> list(ListServicesParams params, RequestOptions options) {
        return raw.list(params, options).value();
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
        return create(params, RequestOptions.none());
    }

    /**
     * Creates a service ({@code POST …/services}). It starts asynchronously in state {@code provisioning}; see {@link
     * #waitUntilRunning(String, Duration)}. The result carries the {@code default} user's password, returned only
     * this once.
     *
     * @param params the service to create
     * @param options per-call options
     * @return the new service and its password
     */
    public CreatedService create(CreateServiceParams params, RequestOptions options) {
        return raw.create(params, options).value();
    }

    /**
     * Gets a service ({@code GET …/services/{serviceId}}).
     *
     * @param serviceId the service id
     * @return the service
     * @throws dev.dbcloud.core.errors.NotFoundException if there is no such service
     */
    public Service get(String serviceId) {
        return get(serviceId, RequestOptions.none());
    }

    /**
     * Gets a service ({@code GET …/services/{serviceId}}).
     *
     * @param serviceId the service id
     * @param options per-call options
     * @return the service
     * @throws dev.dbcloud.core.errors.NotFoundException if there is no such service
     */
    public Service get(String serviceId, RequestOptions options) {
        return raw.get(serviceId, options).value();
    }

    /**
     * Updates a service's basic details ({@code PATCH …/services/{serviceId}}); only the fields set are sent.
     *
     * @param serviceId the service id
     * @param params the changes
     * @return the updated service
     */
    public Service update(String serviceId, UpdateServiceParams params) {
        return update(serviceId, params, RequestOptions.none());
    }

    /**
     * Updates a service's basic details ({@code PATCH …/services/{serviceId}}); only the fields set are sent.
     *
     * @param serviceId the service id
     * @param params the changes
     * @param options per-call options
     * @return the updated service
     */
    public Service update(String serviceId, UpdateServiceParams params, RequestOptions options) {
        return raw.update(serviceId, params, options).value();
    }

    /**
     * Deletes a service ({@code DELETE …/services/{serviceId}}). The API accepts it only in the states {@code
     * provisioning, starting, awaking, idle, stopped, degraded, failed} and answers {@code 409} otherwise; deletion
     * then continues asynchronously. {@link #deleteSafely(String, SafeDeleteParams)} stops the service first and
     * retries.
     *
     * @param serviceId the service id
     * @throws dev.dbcloud.core.errors.ConflictException if the service is not in a deletable state
     */
    public void delete(String serviceId) {
        delete(serviceId, RequestOptions.none());
    }

    /**
     * Deletes a service ({@code DELETE …/services/{serviceId}}). The API accepts it only in the states {@code
     * provisioning, starting, awaking, idle, stopped, degraded, failed} and answers {@code 409} otherwise; deletion
     * then continues asynchronously. {@link #deleteSafely(String, SafeDeleteParams)} stops the service first and
     * retries.
     *
     * <p>A DELETE whose answer was lost (a 5xx or a connection failure mid-flight) is sent again; if the first one
     * was applied, the service is already being deleted and the repetition answers {@code 409}. Such a {@code 409}
     * on a repeated attempt is checked with one {@code GET}: a service that is {@code terminating}, {@code
     * terminated}, {@code softdeleting} or {@code softdeleted}, or that is gone (404), counts as deleted.
     *
     * @param serviceId the service id
     * @param options per-call options
     * @throws dev.dbcloud.core.errors.ConflictException if the service is not in a deletable state
     */
    public void delete(String serviceId, RequestOptions options) {
        raw.delete(serviceId, options);
    }

    /**
     * Starts a stopped service ({@code PATCH …/state} with {@code {"command":"start"}}).
     *
     * @param serviceId the service id
     * @return the service, typically in a transitional state
     */
    public Service start(String serviceId) {
        return start(serviceId, RequestOptions.none());
    }

    /**
     * Starts a stopped service ({@code PATCH …/state} with {@code {"command":"start"}}).
     *
     * @param serviceId the service id
     * @param options per-call options
     * @return the service, typically in a transitional state
     */
    public Service start(String serviceId, RequestOptions options) {
        return raw.start(serviceId, options).value();
    }

    /**
     * Stops a service ({@code PATCH …/state} with {@code {"command":"stop"}}).
     *
     * @param serviceId the service id
     * @return the service, typically in a transitional state
     */
    public Service stop(String serviceId) {
        return stop(serviceId, RequestOptions.none());
    }

    /**
     * Stops a service ({@code PATCH …/state} with {@code {"command":"stop"}}).
     *
     * @param serviceId the service id
     * @param options per-call options
     * @return the service, typically in a transitional state
     */
    public Service stop(String serviceId, RequestOptions options) {
        return raw.stop(serviceId, options).value();
    }

    /**
     * Wakes an idle service ({@code PATCH …/state} with {@code {"command":"awake"}}); a no-op on running or waking
     * services. See also {@link #ensureAwake(String, Duration)}.
     *
     * @param serviceId the service id
     * @return the service, typically in a transitional state
     */
    public Service awake(String serviceId) {
        return awake(serviceId, RequestOptions.none());
    }

    /**
     * Wakes an idle service ({@code PATCH …/state} with {@code {"command":"awake"}}); a no-op on running or waking
     * services. See also {@link #ensureAwake(String, Duration)}.
     *
     * @param serviceId the service id
     * @param options per-call options
     * @return the service, typically in a transitional state
     */
    public Service awake(String serviceId, RequestOptions options) {
        return raw.awake(serviceId, options).value();
    }

    /**
     * Changes auto-scaling with the legacy total-memory settings ({@code PATCH …/services/{serviceId}/scaling});
     * prefer {@link #updateReplicaScaling(String, UpdateReplicaScalingParams)}.
     *
     * @param serviceId the service id
     * @param params the changes
     * @return the updated service
     */
    public Service updateScaling(String serviceId, UpdateScalingParams params) {
        return updateScaling(serviceId, params, RequestOptions.none());
    }

    /**
     * Changes auto-scaling with the legacy total-memory settings ({@code PATCH …/services/{serviceId}/scaling});
     * prefer {@link #updateReplicaScaling(String, UpdateReplicaScalingParams)}.
     *
     * @param serviceId the service id
     * @param params the changes
     * @param options per-call options
     * @return the updated service
     */
    public Service updateScaling(String serviceId, UpdateScalingParams params, RequestOptions options) {
        return raw.updateScaling(serviceId, params, options).value();
    }

    /**
     * Changes replica scaling ({@code PATCH …/services/{serviceId}/replicaScaling}).
     *
     * @param serviceId the service id
     * @param params the changes
     * @return the updated service
     */
    public Service updateReplicaScaling(String serviceId, UpdateReplicaScalingParams params) {
        return updateReplicaScaling(serviceId, params, RequestOptions.none());
    }

    /**
     * Changes replica scaling ({@code PATCH …/services/{serviceId}/replicaScaling}).
     *
     * @param serviceId the service id
     * @param params the changes
     * @param options per-call options
     * @return the updated service
     */
    public Service updateReplicaScaling(String serviceId, UpdateReplicaScalingParams params, RequestOptions options) {
        return raw.updateReplicaScaling(serviceId, params, options).value();
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
        return resetPassword(serviceId, params, RequestOptions.none());
    }

    /**
     * Resets the {@code default} user's password ({@code PATCH …/services/{serviceId}/password}): to a
     * server-generated one, returned in the result, with {@link ResetPasswordParams#generated()}; or to a password of
     * your choice with {@link ResetPasswordParams#fromPassword(String)}, which sends only its hashes.
     *
     * @param serviceId the service id
     * @param params how to set the password
     * @param options per-call options
     * @return the generated password, if the server generated one
     */
    public ResetPasswordResult resetPassword(String serviceId, ResetPasswordParams params, RequestOptions options) {
        return raw.resetPassword(serviceId, params, options).value();
    }

    /**
     * Gets what a cloud private endpoint must connect to for this service ({@code GET
     * …/services/{serviceId}/privateEndpointConfig}).
     *
     * @param serviceId the service id
     * @return the configuration
     */
    public PrivateEndpointConfig privateEndpointConfig(String serviceId) {
        return privateEndpointConfig(serviceId, RequestOptions.none());
    }

    /**
     * Gets what a cloud private endpoint must connect to for this service ({@code GET
     * …/services/{serviceId}/privateEndpointConfig}).
     *
     * @param serviceId the service id
     * @param options per-call options
     * @return the configuration
     */
    public PrivateEndpointConfig privateEndpointConfig(String serviceId, RequestOptions options) {
        return raw.privateEndpointConfig(serviceId, options).value();
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
        return createPrivateEndpoint(serviceId, params, RequestOptions.none());
    }

    /**
     * Registers a cloud private endpoint with the service and its organization ({@code POST
     * …/services/{serviceId}/privateEndpoint}).
     *
     * @param serviceId the service id
     * @param params the endpoint
     * @param options per-call options
     * @return the private endpoint
     */
    public PrivateEndpoint createPrivateEndpoint(
            String serviceId, CreatePrivateEndpointParams params, RequestOptions options) {
        return raw.createPrivateEndpoint(serviceId, params, options).value();
    }

    /**
     * Gets the service's query API endpoint ({@code GET …/services/{serviceId}/serviceQueryEndpoint}). The API
     * answers 404 both when none is configured and when the service does not exist, so a 404 is followed by one
     * {@code GET …/services/{serviceId}}: if the service exists, the answer (like one without {@code result}) is
     * empty; if it does not, that read's {@link NotFoundException} is thrown.
     *
     * @param serviceId the service id
     * @return the endpoint, or empty when the service has none
     * @throws NotFoundException if the service does not exist
     */
    public Optional<ServiceQueryEndpoint> queryEndpoint(String serviceId) {
        return queryEndpoint(serviceId, RequestOptions.none());
    }

    /**
     * Gets the service's query API endpoint ({@code GET …/services/{serviceId}/serviceQueryEndpoint}). The API
     * answers 404 both when none is configured and when the service does not exist, so a 404 is followed by one
     * {@code GET …/services/{serviceId}} (with the same options): if the service exists, the answer (like one
     * without {@code result}) is empty; if it does not, that read's {@link NotFoundException} is thrown.
     *
     * @param serviceId the service id
     * @param options per-call options
     * @return the endpoint, or empty when the service has none
     * @throws NotFoundException if the service does not exist
     */
    public Optional<ServiceQueryEndpoint> queryEndpoint(String serviceId, RequestOptions options) {
        return raw.queryEndpoint(serviceId, options).value();
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
        return upsertQueryEndpoint(serviceId, params, RequestOptions.none());
    }

    /**
     * Creates or replaces the service's query API endpoint ({@code POST
     * …/services/{serviceId}/serviceQueryEndpoint}).
     *
     * @param serviceId the service id
     * @param params the endpoint settings
     * @param options per-call options
     * @return the endpoint
     */
    public ServiceQueryEndpoint upsertQueryEndpoint(
            String serviceId, UpsertQueryEndpointParams params, RequestOptions options) {
        return raw.upsertQueryEndpoint(serviceId, params, options).value();
    }

    /**
     * Deletes the service's query API endpoint ({@code DELETE …/services/{serviceId}/serviceQueryEndpoint}).
     *
     * @param serviceId the service id
     */
    public void deleteQueryEndpoint(String serviceId) {
        deleteQueryEndpoint(serviceId, RequestOptions.none());
    }

    /**
     * Deletes the service's query API endpoint ({@code DELETE …/services/{serviceId}/serviceQueryEndpoint}).
     *
     * @param serviceId the service id
     * @param options per-call options
     */
    public void deleteQueryEndpoint(String serviceId, RequestOptions options) {
        raw.deleteQueryEndpoint(serviceId, options);
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
        return prometheusMetrics(serviceId, filteredMetrics, RequestOptions.none());
    }

    /**
     * Reads the service's metrics in the Prometheus text format ({@code GET
     * …/services/{serviceId}/prometheus?filtered_metrics=…}).
     *
     * @param serviceId the service id
     * @param filteredMetrics true for the curated subset of metrics, false for all
     * @param options per-call options
     * @return the metrics text
     */
    public String prometheusMetrics(String serviceId, boolean filteredMetrics, RequestOptions options) {
        return raw.prometheusMetrics(serviceId, filteredMetrics, options).value();
    }

    /**
     * Polls the service every {@link #DEFAULT_POLL_INTERVAL} until it reaches {@code state}.
     *
     * @param serviceId the service id
     * @param state the wanted state
     * @param timeout how long to wait in all
     * @return the service in the wanted state
     * @throws WaitFailedException if the service reaches {@code failed}, {@code terminated} or {@code
     *     softdeleted} (unless that is the wanted state), or a poll fails
     * @throws WaitTimeoutException if time runs out; {@code lastObserved(Service.class)} shows the last state
     */
    public Service waitUntil(String serviceId, ServiceState state, Duration timeout) {
        return waitUntil(serviceId, state, timeout, DEFAULT_POLL_INTERVAL);
    }

    /**
     * Polls the service every {@code interval} until it reaches {@code state}.
     *
     * @param serviceId the service id
     * @param state the wanted state
     * @param timeout how long to wait in all
     * @param interval the pause between polls
     * @return the service in the wanted state
     * @throws WaitFailedException if the service reaches {@code failed}, {@code terminated} or {@code
     *     softdeleted} (unless that is the wanted state), or a poll fails
     * @throws WaitTimeoutException if time runs out; {@code lastObserved(Service.class)} shows the last state
     */
    public Service waitUntil(String serviceId, ServiceState state, Duration timeout, Duration interval) {
        return waitUntil(serviceId, state, timeout, interval, RequestOptions.none());
    }

    /**
     * Polls the service every {@code interval} until it reaches {@code state}, sending every poll with {@code
     * options} (e.g. a shorter per-request timeout or extra headers).
     *
     * @param serviceId the service id
     * @param state the wanted state
     * @param timeout how long to wait in all
     * @param interval the pause between polls
     * @param options per-call options of every poll
     * @return the service in the wanted state
     * @throws WaitFailedException if the service reaches {@code failed}, {@code terminated} or {@code
     *     softdeleted} (unless that is the wanted state), or a poll fails
     * @throws WaitTimeoutException if time runs out; {@code lastObserved(Service.class)} shows the last state
     */
    public Service waitUntil(
            String serviceId, ServiceState state, Duration timeout, Duration interval, RequestOptions options) {
        Checks.pathSegment(serviceId, "serviceId");
        requireNonNull(state, "state == null");
        Checks.positive(timeout, "timeout");
        Checks.positive(interval, "interval");
        requireNonNull(options, "options == null");
        return engine.<Service>poller("service " + serviceId + " to be " + state)
                .poll(() -> get(serviceId, options))
                .fixedInterval(interval)
                .until(s -> s.state().equals(state))
                .failWhen(s -> DEAD_ENDS.contains(s.state()))
                .describeWith(s -> "state " + s.state())
                .timeout(timeout)
                .build()
                .await();
    }

    /**
     * Polls the service every {@link #DEFAULT_POLL_INTERVAL} until it is {@code running}.
     *
     * @param serviceId the service id
     * @param timeout how long to wait in all
     * @return the running service
     * @throws WaitFailedException if the service reaches {@code failed}, {@code terminated} or {@code softdeleted}
     * @throws WaitTimeoutException if time runs out
     */
    public Service waitUntilRunning(String serviceId, Duration timeout) {
        return waitUntilRunning(serviceId, timeout, RequestOptions.none());
    }

    /**
     * Polls the service every {@link #DEFAULT_POLL_INTERVAL} until it is {@code running}, sending every poll with
     * {@code options}.
     *
     * @param serviceId the service id
     * @param timeout how long to wait in all
     * @param options per-call options of every poll
     * @return the running service
     * @throws WaitFailedException if the service reaches {@code failed}, {@code terminated} or {@code softdeleted}
     * @throws WaitTimeoutException if time runs out
     */
    public Service waitUntilRunning(String serviceId, Duration timeout, RequestOptions options) {
        return waitUntil(serviceId, ServiceState.RUNNING, timeout, DEFAULT_POLL_INTERVAL, options);
    }

    /**
     * Makes sure the service is running before work that needs it (ClickPipes, for example, fail on idle
     * services): an {@code idle} service is woken with {@link #awake(String)} and awaited; a service already
     * {@code awaking}, {@code starting} or {@code provisioning} is awaited; a running one is returned at once. A
     * stopped service is not started: that is the caller's decision. Polls every {@link #DEFAULT_POLL_INTERVAL}.
     *
     * @param serviceId the service id
     * @param timeout how long to wait for {@code running}
     * @return the running service
     * @throws IllegalStateException if the service is in another state, e.g. {@code stopped}
     * @throws WaitFailedException if the service reaches {@code failed}, {@code terminated} or {@code softdeleted}
     * @throws WaitTimeoutException if time runs out
     */
    public Service ensureAwake(String serviceId, Duration timeout) {
        return ensureAwake(serviceId, timeout, RequestOptions.none());
    }

    /**
     * Makes sure the service is running, as {@link #ensureAwake(String, Duration)} does, sending every request
     * with {@code options}.
     *
     * @param serviceId the service id
     * @param timeout how long to wait for {@code running}
     * @param options per-call options of every request
     * @return the running service
     * @throws IllegalStateException if the service is in another state, e.g. {@code stopped}
     * @throws WaitFailedException if the service reaches {@code failed}, {@code terminated} or {@code softdeleted}
     * @throws WaitTimeoutException if time runs out
     */
    public Service ensureAwake(String serviceId, Duration timeout, RequestOptions options) {
        Checks.pathSegment(serviceId, "serviceId");
        Checks.positive(timeout, "timeout");
        requireNonNull(options, "options == null");
        Service service = get(serviceId, options);
        ServiceState state = service.state();
        if (state.equals(ServiceState.RUNNING)) {
            return service;
        }
        if (state.equals(ServiceState.IDLE)) {
            awake(serviceId, options);
        } else if (!WAKING.contains(state)) {
            throw new IllegalStateException("service " + serviceId + " is " + state
                    + "; ensureAwake wakes only idle services (start a stopped service with start())");
        }
        return waitUntilRunning(serviceId, timeout, options);
    }

    /**
     * Deletes a service the safe way, with the default {@link SafeDeleteParams}.
     *
     * @param serviceId the service id
     * @see #deleteSafely(String, SafeDeleteParams, RequestOptions)
     */
    public void deleteSafely(String serviceId) {
        deleteSafely(serviceId, SafeDeleteParams.builder().build());
    }

    /**
     * Deletes a service the safe way.
     *
     * @param serviceId the service id
     * @param params how long to wait at each step
     * @see #deleteSafely(String, SafeDeleteParams, RequestOptions)
     */
    public void deleteSafely(String serviceId, SafeDeleteParams params) {
        deleteSafely(serviceId, params, RequestOptions.none());
    }

    /**
     * Deletes a service the way the official Terraform provider does: a service already gone (404) is done; a
     * service already {@code terminating} or {@code softdeleting} (or past it) is not deleted again; a {@code
     * running}, {@code idle} or {@code partially_running} service is stopped first; a stopping one is awaited
     * until {@code stopped}; the delete is retried while the API answers {@code 409 Conflict} (it does for a
     * while after a service reports {@code stopped}), each {@code 409} followed by one {@code GET} so that a delete
     * already applied (the service {@code terminating} or past it, or gone) ends the retries, and a service that
     * came up in the meantime (one still {@code provisioning} or {@code starting} when first read) is stopped; finally, unless {@link SafeDeleteParams#waitUntilGone()}
     * is false, the service is polled until {@code GET} answers 404 (or shows it {@code terminated} or {@code
     * softdeleted}).
     *
     * @param serviceId the service id
     * @param params how long to wait at each step
     * @param options per-call options of every request
     * @throws WaitTimeoutException if a step runs out of time
     * @throws WaitFailedException if the service fails while stopping, or a poll fails
     */
    public void deleteSafely(String serviceId, SafeDeleteParams params, RequestOptions options) {
        Checks.pathSegment(serviceId, "serviceId");
        requireNonNull(params, "params == null");
        requireNonNull(options, "options == null");
        Optional<Service> service = find(serviceId, options);
        if (service.isEmpty()) {
            return;
        }
        ServiceState state = service.get().state();
        if (!BEING_DELETED.contains(state)) {
            if (STOP_BEFORE_DELETE.contains(state)) {
                state = stop(serviceId, options).state();
            }
            if (STOP_BEFORE_DELETE.contains(state) || state.equals(ServiceState.STOPPING)) {
                waitUntil(serviceId, ServiceState.STOPPED, params.stopTimeout(), params.pollInterval(), options);
            }
            engine.<Optional<ConflictException>>poller("service " + serviceId + " to accept its deletion")
                    .poll(() -> deleteAllowingConflict(serviceId, options))
                    .fixedInterval(params.conflictInterval())
                    .until(Optional::isEmpty)
                    .describeWith(conflict -> conflict.map(
                                    e -> "409 " + e.errorMessage().orElse(""))
                            .orElse("deleted"))
                    .timeout(params.conflictTimeout())
                    .build()
                    .await();
        }
        if (params.waitUntilGone()) {
            engine.<Optional<Service>>poller("service " + serviceId + " to be gone")
                    .poll(() -> find(serviceId, options))
                    .fixedInterval(params.pollInterval())
                    .until(s -> s.isEmpty() || DELETED.contains(s.get().state()))
                    .describeWith(s -> s.map(found -> "state " + found.state()).orElse("gone"))
                    .timeout(params.goneTimeout())
                    .build()
                    .await();
        }
    }

    /**
     * Sends the DELETE once. A 409 is followed by one GET: a service already being deleted (or gone) counts as
     * deleted; a service that came up meanwhile (a {@code provisioning} or {@code starting} one that became {@code
     * running}) is stopped again, so that a later attempt can succeed.
     */
    private Optional<ConflictException> deleteAllowingConflict(String serviceId, RequestOptions options) {
        try {
            raw.sendDelete(serviceId, options);
            return Optional.empty();
        } catch (ConflictException conflict) {
            Optional<Service> now;
            try {
                now = find(serviceId, options);
            } catch (ApiException readFailure) {
                conflict.addSuppressed(readFailure);
                return Optional.of(conflict);
            }
            if (now.isEmpty() || BEING_DELETED.contains(now.get().state())) {
                return Optional.empty();
            }
            if (STOP_BEFORE_DELETE.contains(now.get().state())) {
                stopAgain(serviceId, options, conflict);
            }
            return Optional.of(conflict);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private void stopAgain(String serviceId, RequestOptions options, ConflictException deleteConflict) {
        try {
            stop(serviceId, options);
        } catch (ConflictException stopConflict) {
            deleteConflict.addSuppressed(stopConflict);
        }
    }

    private Optional<Service> find(String serviceId, RequestOptions options) {
        return raw.find(serviceId, options);
    }

    /**
     * The single-request operations of {@link Services} returning {@link ApiResponse}: the HTTP status, the
     * response headers and the request id of the envelope, with the decoded value. Get it from {@link
     * Services#withRawResponse()}. The waiters, {@link Services#ensureAwake(String, Duration)} and {@link
     * Services#deleteSafely(String)} send several requests and are offered on {@link Services} only.
     */
    public static final class WithRawResponse {
        private final HttpEngine engine;
        private final OrganizationRequests requests;

        WithRawResponse(HttpEngine engine, OrganizationRequests requests) {
            this.engine = engine;
            this.requests = requests;
        }

        /**
         * Lists the organization's services ({@code GET …/services}).
         *
         * @param options per-call options
         * @return the response with the services
         */
        public ApiResponse<List<Service>> list(RequestOptions options) {
            return list(ListServicesParams.builder().build(), options);
        }

        /**
         * Lists the organization's services matching every given tag filter ({@code GET
         * …/services?filter=tag:Key=Value&filter=tag:OtherKey}).
         *
         * @param params the tag filters
         * @param options per-call options
         * @return the response with the matching services
         */
        public ApiResponse<List<Service>> list(ListServicesParams params, RequestOptions options) {
            requireNonNull(params, "params == null");
            ApiRequest.Builder request = requests.collection(HttpMethod.GET, "", options);
            params.tags().forEach((key, value) -> request.query("filter", "tag:" + key + "=" + value));
            params.tagKeys().forEach(key -> request.query("filter", "tag:" + key));
            return engine.send(request.build(), Json.type(LIST));
        }

        /**
         * Creates a service ({@code POST …/services}); see {@link Services#create(CreateServiceParams)}.
         *
         * @param params the service to create
         * @param options per-call options
         * @return the response with the new service and its password
         */
        public ApiResponse<CreatedService> create(CreateServiceParams params, RequestOptions options) {
            requireNonNull(params, "params == null");
            return engine.send(
                    requests.collection(HttpMethod.POST, "", options)
                            .body(params)
                            .build(),
                    Json.type(CreatedService.class));
        }

        /**
         * Gets a service ({@code GET …/services/{serviceId}}).
         *
         * @param serviceId the service id
         * @param options per-call options
         * @return the response with the service
         * @throws NotFoundException if there is no such service
         */
        public ApiResponse<Service> get(String serviceId, RequestOptions options) {
            return engine.send(
                    requests.member(HttpMethod.GET, "", serviceId, options).build(), Json.type(Service.class));
        }

        /**
         * Updates a service's basic details ({@code PATCH …/services/{serviceId}}); only the fields set are sent.
         *
         * @param serviceId the service id
         * @param params the changes
         * @param options per-call options
         * @return the response with the updated service
         */
        public ApiResponse<Service> update(String serviceId, UpdateServiceParams params, RequestOptions options) {
            requireNonNull(params, "params == null");
            return engine.send(
                    requests.member(HttpMethod.PATCH, "", serviceId, options)
                            .body(params)
                            .build(),
                    Json.type(Service.class));
        }

        /**
         * Deletes a service ({@code DELETE …/services/{serviceId}}), as {@link Services#delete(String,
         * RequestOptions)} does. When the answer of an attempt was lost and the repetition answered {@code 409}
         * while the service turned out to be being deleted or gone, the call succeeds and the response is that
         * {@code 409} answer (its status, headers and request id): the answer of the attempt that deleted the
         * service was never received.
         *
         * @param serviceId the service id
         * @param options per-call options
         * @return the response, without value
         * @throws ConflictException if the service is not in a deletable state
         */
        public ApiResponse<Void> delete(String serviceId, RequestOptions options) {
            try {
                return sendDelete(serviceId, options);
            } catch (ConflictException e) {
                if (e.attempts() <= 1 || !beingDeleted(serviceId, options, e)) {
                    throw e;
                }
                return new ApiResponse<>(
                        e.statusCode(), e.headers(), e.requestId().orElse(null), null);
            }
        }

        private ApiResponse<Void> sendDelete(String serviceId, RequestOptions options) {
            return engine.send(
                    requests.member(HttpMethod.DELETE, "", serviceId, options).build(), Json.type(Void.class));
        }

        /**
         * Whether a service whose DELETE answered {@code 409} is being deleted or gone, read with one {@code GET};
         * a failure of that read is kept as suppressed by {@code conflict}, and the answer is then no.
         */
        private boolean beingDeleted(String serviceId, RequestOptions options, ConflictException conflict) {
            try {
                return find(serviceId, options)
                        .map(service -> BEING_DELETED.contains(service.state()))
                        .orElse(true);
            } catch (ApiException readFailure) {
                conflict.addSuppressed(readFailure);
                return false;
            }
        }

        private Optional<Service> find(String serviceId, RequestOptions options) {
            try {
                return Optional.of(get(serviceId, options).value());
            } catch (NotFoundException e) {
                return Optional.empty();
            }
        }

        /**
         * Starts a stopped service ({@code PATCH …/state} with {@code {"command":"start"}}).
         *
         * @param serviceId the service id
         * @param options per-call options
         * @return the response with the service, typically in a transitional state
         */
        public ApiResponse<Service> start(String serviceId, RequestOptions options) {
            return changeState(serviceId, "start", options);
        }

        /**
         * Stops a service ({@code PATCH …/state} with {@code {"command":"stop"}}).
         *
         * @param serviceId the service id
         * @param options per-call options
         * @return the response with the service, typically in a transitional state
         */
        public ApiResponse<Service> stop(String serviceId, RequestOptions options) {
            return changeState(serviceId, "stop", options);
        }

        /**
         * Wakes an idle service ({@code PATCH …/state} with {@code {"command":"awake"}}).
         *
         * @param serviceId the service id
         * @param options per-call options
         * @return the response with the service, typically in a transitional state
         */
        public ApiResponse<Service> awake(String serviceId, RequestOptions options) {
            return changeState(serviceId, "awake", options);
        }

        private ApiResponse<Service> changeState(String serviceId, String command, RequestOptions options) {
            return engine.send(
                    requests.member(HttpMethod.PATCH, "/state", serviceId, options)
                            .body(Map.of("command", command))
                            .build(),
                    Json.type(Service.class));
        }

        /**
         * Changes auto-scaling with the legacy total-memory settings ({@code PATCH
         * …/services/{serviceId}/scaling}).
         *
         * @param serviceId the service id
         * @param params the changes
         * @param options per-call options
         * @return the response with the updated service
         */
        public ApiResponse<Service> updateScaling(
                String serviceId, UpdateScalingParams params, RequestOptions options) {
            requireNonNull(params, "params == null");
            return engine.send(
                    requests.member(HttpMethod.PATCH, "/scaling", serviceId, options)
                            .body(params)
                            .build(),
                    Json.type(Service.class));
        }

        /**
         * Changes replica scaling ({@code PATCH …/services/{serviceId}/replicaScaling}).
         *
         * @param serviceId the service id
         * @param params the changes
         * @param options per-call options
         * @return the response with the updated service
         */
        public ApiResponse<Service> updateReplicaScaling(
                String serviceId, UpdateReplicaScalingParams params, RequestOptions options) {
            requireNonNull(params, "params == null");
            return engine.send(
                    requests.member(HttpMethod.PATCH, "/replicaScaling", serviceId, options)
                            .body(params)
                            .build(),
                    Json.type(Service.class));
        }

        /**
         * Resets the {@code default} user's password ({@code PATCH …/services/{serviceId}/password}); see {@link
         * Services#resetPassword(String, ResetPasswordParams)}.
         *
         * @param serviceId the service id
         * @param params how to set the password
         * @param options per-call options
         * @return the response with the generated password, if the server generated one
         */
        public ApiResponse<ResetPasswordResult> resetPassword(
                String serviceId, ResetPasswordParams params, RequestOptions options) {
            requireNonNull(params, "params == null");
            return engine.send(
                    requests.member(HttpMethod.PATCH, "/password", serviceId, options)
                            .body(params)
                            .build(),
                    Json.type(ResetPasswordResult.class));
        }

        /**
         * Gets what a cloud private endpoint must connect to for this service ({@code GET
         * …/services/{serviceId}/privateEndpointConfig}).
         *
         * @param serviceId the service id
         * @param options per-call options
         * @return the response with the configuration
         */
        public ApiResponse<PrivateEndpointConfig> privateEndpointConfig(String serviceId, RequestOptions options) {
            return engine.send(
                    requests.member(HttpMethod.GET, "/privateEndpointConfig", serviceId, options)
                            .build(),
                    Json.type(PrivateEndpointConfig.class));
        }

        /**
         * Registers a cloud private endpoint with the service and its organization ({@code POST
         * …/services/{serviceId}/privateEndpoint}).
         *
         * @param serviceId the service id
         * @param params the endpoint
         * @param options per-call options
         * @return the response with the private endpoint
         */
        public ApiResponse<PrivateEndpoint> createPrivateEndpoint(
                String serviceId, CreatePrivateEndpointParams params, RequestOptions options) {
            requireNonNull(params, "params == null");
            return engine.send(
                    requests.member(HttpMethod.POST, "/privateEndpoint", serviceId, options)
                            .body(params)
                            .build(),
                    Json.type(PrivateEndpoint.class));
        }

        /**
         * Gets the service's query API endpoint ({@code GET …/services/{serviceId}/serviceQueryEndpoint}), as
         * {@link Services#queryEndpoint(String, RequestOptions)} does. When the API answers 404 and the following
         * {@code GET …/services/{serviceId}} shows that the service exists, the response is that 404 answer (its
         * status, headers and request id) with an empty value.
         *
         * @param serviceId the service id
         * @param options per-call options
         * @return the response with the endpoint, or with an empty value when the service has none
         * @throws NotFoundException if the service does not exist
         */
        public ApiResponse<Optional<ServiceQueryEndpoint>> queryEndpoint(String serviceId, RequestOptions options) {
            ApiRequest request = requests.member(HttpMethod.GET, "/serviceQueryEndpoint", serviceId, options)
                    .build();
            try {
                return engine.sendOptional(request, Json.type(ServiceQueryEndpoint.class));
            } catch (NotFoundException e) {
                get(serviceId, options);
                return new ApiResponse<>(
                        e.statusCode(), e.headers(), e.requestId().orElse(null), Optional.empty());
            }
        }

        /**
         * Creates or replaces the service's query API endpoint ({@code POST
         * …/services/{serviceId}/serviceQueryEndpoint}).
         *
         * @param serviceId the service id
         * @param params the endpoint settings
         * @param options per-call options
         * @return the response with the endpoint
         */
        public ApiResponse<ServiceQueryEndpoint> upsertQueryEndpoint(
                String serviceId, UpsertQueryEndpointParams params, RequestOptions options) {
            requireNonNull(params, "params == null");
            return engine.send(
                    requests.member(HttpMethod.POST, "/serviceQueryEndpoint", serviceId, options)
                            .body(params)
                            .build(),
                    Json.type(ServiceQueryEndpoint.class));
        }

        /**
         * Deletes the service's query API endpoint ({@code DELETE …/services/{serviceId}/serviceQueryEndpoint}).
         *
         * @param serviceId the service id
         * @param options per-call options
         * @return the response, without value
         */
        public ApiResponse<Void> deleteQueryEndpoint(String serviceId, RequestOptions options) {
            return engine.send(
                    requests.member(HttpMethod.DELETE, "/serviceQueryEndpoint", serviceId, options)
                            .build(),
                    Json.type(Void.class));
        }

        /**
         * Reads the service's metrics in the Prometheus text format ({@code GET
         * …/services/{serviceId}/prometheus?filtered_metrics=…}).
         *
         * @param serviceId the service id
         * @param filteredMetrics true for the curated subset of metrics, false for all
         * @param options per-call options
         * @return the response with the metrics text
         */
        public ApiResponse<String> prometheusMetrics(
                String serviceId, boolean filteredMetrics, RequestOptions options) {
            return engine.sendText(requests.member(HttpMethod.GET, "/prometheus", serviceId, options)
                    .query("filtered_metrics", filteredMetrics)
                    .build());
        }
    }
}
