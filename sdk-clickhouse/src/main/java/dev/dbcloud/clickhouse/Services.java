package dev.dbcloud.clickhouse;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.dbcloud.clickhouse.internal.OrganizationResolver;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.errors.ConflictException;
import dev.dbcloud.core.errors.NotFoundException;
import dev.dbcloud.core.errors.WaitFailedException;
import dev.dbcloud.core.errors.WaitTimeoutException;
import dev.dbcloud.core.internal.ApiRequest;
import dev.dbcloud.core.internal.Checks;
import dev.dbcloud.core.internal.HttpEngine;
import dev.dbcloud.core.internal.HttpMethod;
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
 * observed {@link
 * Service} when time runs out.
 */
public final class Services {
    /** The default pause between polls of the waiters. */
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(5);

    private static final String SERVICES = "/v1/organizations/{organizationId}/services";
    private static final String SERVICE = SERVICES + "/{serviceId}";
    private static final TypeReference<List<Service>> LIST = new TypeReference<>() {};
    private static final Set<ServiceState> DEAD_ENDS =
            Set.of(ServiceState.FAILED, ServiceState.TERMINATED, ServiceState.SOFTDELETED);
    private static final Set<ServiceState> DELETED = Set.of(ServiceState.TERMINATED, ServiceState.SOFTDELETED);
    private static final Set<ServiceState> STOP_BEFORE_DELETE =
            Set.of(ServiceState.RUNNING, ServiceState.IDLE, ServiceState.PARTIALLY_RUNNING);
    private static final Set<ServiceState> WAKING =
            Set.of(ServiceState.AWAKING, ServiceState.STARTING, ServiceState.PROVISIONING);

    private final HttpEngine engine;
    private final OrganizationResolver organization;

    Services(HttpEngine engine, OrganizationResolver organization) {
        this.engine = engine;
        this.organization = organization;
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
     * Lists the organization's services carrying every given tag ({@code GET …/services?filter=tag:Key=Value}).
     *
     * @param params the tag filters
     * @return the matching services
     */
    public List<Service> list(ListServicesParams params) {
        return list(params, RequestOptions.none());
    }

    /**
     * Lists the organization's services carrying every given tag ({@code GET …/services?filter=tag:Key=Value}).
     *
     * @param params the tag filters
     * @param options per-call options
     * @return the matching services
     */
    public List<Service> list(ListServicesParams params, RequestOptions options) {
        requireNonNull(params, "params == null");
        requireNonNull(options, "options == null");
        ApiRequest.Builder request = ApiRequest.builder(HttpMethod.GET, SERVICES, organization.organizationId(options))
                .options(options);
        params.tags().forEach((key, value) -> request.query("filter", "tag:" + key + "=" + value));
        return engine.call(request.build(), LIST);
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
        requireNonNull(params, "params == null");
        requireNonNull(options, "options == null");
        return engine.call(
                ApiRequest.builder(HttpMethod.POST, SERVICES, organization.organizationId(options))
                        .body(params)
                        .options(options)
                        .build(),
                CreatedService.class);
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
        return engine.call(request(HttpMethod.GET, "", serviceId, options).build(), Service.class);
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
        requireNonNull(params, "params == null");
        return engine.call(
                request(HttpMethod.PATCH, "", serviceId, options).body(params).build(), Service.class);
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
     * @param serviceId the service id
     * @param options per-call options
     * @throws dev.dbcloud.core.errors.ConflictException if the service is not in a deletable state
     */
    public void delete(String serviceId, RequestOptions options) {
        engine.call(request(HttpMethod.DELETE, "", serviceId, options).build(), Void.class);
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
        return changeState(serviceId, "start", options);
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
        return changeState(serviceId, "stop", options);
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
        return changeState(serviceId, "awake", options);
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
        requireNonNull(params, "params == null");
        return engine.call(
                request(HttpMethod.PATCH, "/scaling", serviceId, options)
                        .body(params)
                        .build(),
                Service.class);
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
        requireNonNull(params, "params == null");
        return engine.call(
                request(HttpMethod.PATCH, "/replicaScaling", serviceId, options)
                        .body(params)
                        .build(),
                Service.class);
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
        requireNonNull(params, "params == null");
        return engine.call(
                request(HttpMethod.PATCH, "/password", serviceId, options)
                        .body(params)
                        .build(),
                ResetPasswordResult.class);
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
        return engine.call(
                request(HttpMethod.GET, "/privateEndpointConfig", serviceId, options)
                        .build(),
                PrivateEndpointConfig.class);
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
        requireNonNull(params, "params == null");
        return engine.call(
                request(HttpMethod.POST, "/privateEndpoint", serviceId, options)
                        .body(params)
                        .build(),
                PrivateEndpoint.class);
    }

    /**
     * Gets the service's query API endpoint ({@code GET …/services/{serviceId}/serviceQueryEndpoint}). The API
     * answers 404 when none is configured; that is returned as empty.
     *
     * @param serviceId the service id
     * @return the endpoint, or empty when the service has none
     */
    public Optional<ServiceQueryEndpoint> queryEndpoint(String serviceId) {
        return queryEndpoint(serviceId, RequestOptions.none());
    }

    /**
     * Gets the service's query API endpoint ({@code GET …/services/{serviceId}/serviceQueryEndpoint}). The API
     * answers 404 when none is configured; that is returned as empty.
     *
     * @param serviceId the service id
     * @param options per-call options
     * @return the endpoint, or empty when the service has none
     */
    public Optional<ServiceQueryEndpoint> queryEndpoint(String serviceId, RequestOptions options) {
        ApiRequest request = request(HttpMethod.GET, "/serviceQueryEndpoint", serviceId, options)
                .build();
        try {
            return Optional.of(engine.call(request, ServiceQueryEndpoint.class));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
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
        requireNonNull(params, "params == null");
        return engine.call(
                request(HttpMethod.POST, "/serviceQueryEndpoint", serviceId, options)
                        .body(params)
                        .build(),
                ServiceQueryEndpoint.class);
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
        engine.call(
                request(HttpMethod.DELETE, "/serviceQueryEndpoint", serviceId, options)
                        .build(),
                Void.class);
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
        return engine.text(request(HttpMethod.GET, "/prometheus", serviceId, options)
                .query("filtered_metrics", filteredMetrics)
                .build());
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
        Checks.pathSegment(serviceId, "serviceId");
        requireNonNull(state, "state == null");
        Checks.positive(timeout, "timeout");
        Checks.positive(interval, "interval");
        return engine.<Service>poller("service " + serviceId + " to be " + state)
                .poll(() -> get(serviceId))
                .until(s -> s.state().equals(state))
                .failWhen(s -> DEAD_ENDS.contains(s.state()))
                .describeWith(s -> "state " + s.state())
                .interval(interval)
                .backoffMultiplier(1.0)
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
        return waitUntil(serviceId, ServiceState.RUNNING, timeout);
    }

    /**
     * Makes sure the service is running before work that needs it (ClickPipes, for example, fail on idle
     * services): an {@code idle} service is woken with {@link #awake(String)} and awaited; a service already
     * {@code awaking}, {@code starting} or {@code provisioning} is awaited; a running one is returned at once. A
     * stopped service is not started: that is the caller's decision.
     *
     * @param serviceId the service id
     * @param timeout how long to wait for {@code running}
     * @return the running service
     * @throws IllegalStateException if the service is in another state, e.g. {@code stopped}
     * @throws WaitFailedException if the service reaches {@code failed}, {@code terminated} or {@code softdeleted}
     * @throws WaitTimeoutException if time runs out
     */
    public Service ensureAwake(String serviceId, Duration timeout) {
        Checks.pathSegment(serviceId, "serviceId");
        Checks.positive(timeout, "timeout");
        Service service = get(serviceId);
        ServiceState state = service.state();
        if (state.equals(ServiceState.RUNNING)) {
            return service;
        }
        if (state.equals(ServiceState.IDLE)) {
            awake(serviceId);
        } else if (!WAKING.contains(state)) {
            throw new IllegalStateException("service " + serviceId + " is " + state
                    + "; ensureAwake wakes only idle services (start a stopped service with start())");
        }
        return waitUntilRunning(serviceId, timeout);
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
     * Deletes a service the way the official Terraform provider does: a service already gone (404) is done; a
     * {@code running}, {@code idle} or {@code partially_running} service is stopped first; a stopping one is
     * awaited until {@code stopped}; the delete is retried while the API answers {@code 409 Conflict} (it does for
     * a while after a service reports {@code stopped}); finally, unless {@link SafeDeleteParams#waitUntilGone()}
     * is false, the service is polled until {@code GET} answers 404 (or shows it {@code terminated} or {@code
     * softdeleted}).
     *
     * @param serviceId the service id
     * @param params how long to wait at each step
     * @throws WaitTimeoutException if a step runs out of time
     * @throws WaitFailedException if the service fails while stopping, or a poll fails
     */
    public void deleteSafely(String serviceId, SafeDeleteParams params) {
        Checks.pathSegment(serviceId, "serviceId");
        requireNonNull(params, "params == null");
        Service service;
        try {
            service = get(serviceId);
        } catch (NotFoundException e) {
            return;
        }
        ServiceState state = service.state();
        if (STOP_BEFORE_DELETE.contains(state)) {
            state = stop(serviceId).state();
        }
        if (!state.equals(ServiceState.STOPPED)
                && (STOP_BEFORE_DELETE.contains(state) || state.equals(ServiceState.STOPPING))) {
            waitUntil(serviceId, ServiceState.STOPPED, params.stopTimeout(), params.pollInterval());
        }
        engine.<Optional<ConflictException>>poller("service " + serviceId + " to accept its deletion")
                .poll(() -> deleteAllowingConflict(serviceId))
                .until(Optional::isEmpty)
                .describeWith(conflict ->
                        conflict.map(e -> "409 " + e.errorMessage().orElse("")).orElse("deleted"))
                .interval(params.conflictInterval())
                .backoffMultiplier(1.0)
                .timeout(params.conflictTimeout())
                .build()
                .await();
        if (params.waitUntilGone()) {
            engine.<Service>poller("service " + serviceId + " to be gone")
                    .poll(() -> getOrNull(serviceId))
                    .until(s -> s == null || DELETED.contains(s.state()))
                    .describeWith(s -> s == null ? "gone" : "state " + s.state())
                    .interval(params.pollInterval())
                    .backoffMultiplier(1.0)
                    .timeout(params.goneTimeout())
                    .build()
                    .await();
        }
    }

    private Optional<ConflictException> deleteAllowingConflict(String serviceId) {
        try {
            delete(serviceId);
            return Optional.empty();
        } catch (ConflictException e) {
            return Optional.of(e);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private Service getOrNull(String serviceId) {
        try {
            return get(serviceId);
        } catch (NotFoundException e) {
            return null;
        }
    }

    private Service changeState(String serviceId, String command, RequestOptions options) {
        return engine.call(
                request(HttpMethod.PATCH, "/state", serviceId, options)
                        .body(Map.of("command", command))
                        .build(),
                Service.class);
    }

    private ApiRequest.Builder request(HttpMethod method, String suffix, String serviceId, RequestOptions options) {
        Checks.pathSegment(serviceId, "serviceId");
        requireNonNull(options, "options == null");
        return ApiRequest.builder(method, SERVICE + suffix, organization.organizationId(options), serviceId)
                .options(options);
    }
}
