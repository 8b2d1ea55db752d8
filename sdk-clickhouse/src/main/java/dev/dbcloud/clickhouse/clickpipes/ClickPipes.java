package dev.dbcloud.clickhouse.clickpipes;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.clickhouse.internal.ClickPipeEndpoints;
import dev.dbcloud.clickhouse.shared.internal.OrganizationResolver;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.Beta;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.errors.WaitFailedException;
import dev.dbcloud.core.errors.WaitTimeoutException;
import dev.dbcloud.core.internal.Checks;
import dev.dbcloud.core.internal.Invoker;
import java.time.Duration;
import java.util.Optional;

/**
 * The ClickPipes of one service: create, read, update and delete them, start, stop and resync them, change their
 * scaling and settings, the service's CDC scaling, schema discovery, and waiting for a pipe's state. Get a handle
 * with {@code ch.clickPipes(serviceId)} ({@link dev.dbcloud.clickhouse.ClickHouseCloudClient#clickPipes(String)});
 * it is cheap, immutable and thread-safe.
 *
 * <pre>{@code
 * ClickPipes pipes = ch.clickPipes(serviceId).withAutoWake(Duration.ofMinutes(10));
 * ClickPipe pipe = pipes.create(CreateClickPipeParams.builder()…build());
 * pipes.waitUntilRunning(pipe.id(), Duration.ofMinutes(10));
 * pipes.updateScaling(pipe.id(), UpdateClickPipeScalingParams.builder().replicas(2).build());
 * pipes.stop(pipe.id());
 * pipes.waitUntilStopped(pipe.id(), Duration.ofMinutes(5));
 *
 * RequestOptions traced = RequestOptions.builder().header("X-Trace", traceId).build();
 * ApiResponse<ClickPipe> raw = pipes.withOptions(traced).withRawResponse().get(pipe.id());
 * }</pre>
 *
 * <p>Every method sends exactly one request (retries of it aside), except the waiters {@code waitUntil…}, {@link
 * #updateWithPause(String, UpdateClickPipeParams, Duration)} and, on a handle made with {@link
 * #withAutoWake(Duration)}, a call that meets an idle service; their Javadoc lists what they send. Per-call options
 * (timeout, retries, headers, poll interval) come from {@link #withOptions(RequestOptions)} (or {@code
 * ch.withOptions(options).clickPipes(serviceId)}) and go with every request of a call, waiters' polls included.
 *
 * <p><b>Idle services.</b> ClickPipes calls on an {@code idle} service fail with {@code 424 FAILED_DEPENDENCY}
 * ({@link dev.dbcloud.core.errors.FailedDependencyException}). A handle made with {@link #withAutoWake(Duration)}
 * answers that 424, and only that one, by waking the service and sending the call once more. Without it (the
 * default), every 424 is thrown as is.
 *
 * <p><b>Waiting.</b> {@link #waitUntilRunning(String, Duration)} knows what "running" means for each kind of pipe;
 * {@link #waitUntilStopped(String, Duration)} waits for {@code Stopped} or {@code Paused}. Both fail fast with
 * {@link WaitFailedException} on {@code Failed} or {@code InternalError} and throw {@link WaitTimeoutException}
 * carrying the last observed {@link ClickPipe} when time runs out. They poll every 5 seconds, the pause growing by
 * half up to 2 minutes, unless {@link RequestOptions.Builder#pollInterval(Duration)} or the client sets a steady
 * interval.
 *
 * <p><b>The pipes themselves.</b> {@link #list()} sends {@code GET …/services/{serviceId}/clickpipes}; {@link
 * #create(Object) create} sends {@code POST …/clickpipes}, needs a running service (see {@link
 * #withAutoWake(Duration)}) and returns the pipe, typically {@code Provisioning}. Postgres CDC pipes are created
 * synchronously and slowly: when the answer is lost (a {@code 504} from the CDN after 30 seconds), list the pipes
 * before creating again. {@link #get(String) get}, {@link #update(String, Object) update} and {@link
 * #delete(String) delete} send {@code GET}, {@code PATCH} and {@code DELETE …/clickpipes/{clickPipeId}}; an
 * update sends only the fields set, and a running Postgres pipe answers it {@code 400 … must be paused to edit}:
 * use {@link #updateWithPause(String, UpdateClickPipeParams, Duration)}.
 *
 * <p><b>Editing database pipes.</b> The API edits database (CDC) pipes only while they are stopped or paused; {@link
 * #updateWithPause(String, UpdateClickPipeParams, Duration)} stops, waits, updates, waits for the update to settle
 * and starts again. Streaming and object storage pipes are updated directly.
 */
public final class ClickPipes
        extends ServiceCollection<
                ClickPipes, ClickPipes.WithRawResponse, ClickPipe, CreateClickPipeParams, UpdateClickPipeParams> {
    private static final Endpoints<ClickPipe> PIPES = new Endpoints<>(
            ClickPipeEndpoints.LIST,
            ClickPipeEndpoints.CREATE,
            ClickPipeEndpoints.GET,
            ClickPipeEndpoints.UPDATE,
            ClickPipeEndpoints.DELETE);

    private final OrganizationResolver organization;
    private final ReversePrivateEndpoints reversePrivateEndpoints;

    /**
     * Creates the handle; {@code ClickHouseCloudClient.clickPipes(serviceId)} does this, applications call that.
     *
     * @param organization resolves the organization of the client
     * @param invoker the client's invoker, with its view's options
     * @param serviceId the service id, already checked
     */
    public ClickPipes(OrganizationResolver organization, Invoker invoker, String serviceId) {
        this(organization, invoker, serviceId, Optional.empty());
    }

    private ClickPipes(
            OrganizationResolver organization, Invoker invoker, String serviceId, Optional<Duration> autoWake) {
        super(organization, invoker, serviceId, autoWake, ClickPipes::new, WithRawResponse::new);
        this.organization = organization;
        this.reversePrivateEndpoints = new ReversePrivateEndpoints(organization, invoker, serviceId, autoWake);
    }

    /**
     * The service this handle works on.
     *
     * @return the service id
     */
    public String serviceId() {
        return service();
    }

    /**
     * How long a call waits for an idle service to wake before its single retry.
     *
     * @return the timeout, or empty when this handle does not wake services
     */
    public Optional<Duration> autoWakeTimeout() {
        return wake().timeout();
    }

    /**
     * A handle on the same service whose calls wake it when it is idle. On a {@code 424 FAILED_DEPENDENCY} that
     * reports the service {@code idle}, {@code awaking} or {@code starting} ({@code … Current state: idle}), or
     * that reports no state while a {@code GET} of the service shows one of those, the call: wakes an idle service
     * ({@code PATCH …/services/{serviceId}/state {"command":"awake"}}), polls the service until {@code running} for
     * up to {@code timeout}, then sends the call once more. A 424 while the service runs, one reporting another
     * state (a stopped service is never started), or any other failure is thrown untouched. When the call's {@link
     * RequestOptions#timeout()} is set, it bounds the whole (the first attempt, the service reads, the wake, the
     * wait and the retry share one deadline from the client's clock), and the wait is cut short to fit. A failure
     * while waking (a {@link WaitTimeoutException}, a {@link WaitFailedException}, an {@link
     * dev.dbcloud.core.errors.ApiTimeoutException} when the budget ran out) is thrown with the 424 attached as
     * suppressed.
     *
     * <p>The typed operations of the handle and of its {@link #reversePrivateEndpoints()} wake the service; the
     * raw views ({@link #withRawResponse()}) and the waiters' polls send one request each and never wake it.
     *
     * @param timeout how long to wait for the service to be {@code running}
     * @return the new handle; this one is unchanged
     */
    public ClickPipes withAutoWake(Duration timeout) {
        Checks.positive(timeout, "timeout");
        return new ClickPipes(organization, invoker(), service(), Optional.of(timeout));
    }

    /**
     * A handle on the same service that throws {@code 424 FAILED_DEPENDENCY} as is, the default.
     *
     * @return the new handle; this one is unchanged
     */
    public ClickPipes withoutAutoWake() {
        return new ClickPipes(organization, invoker(), service(), Optional.empty());
    }

    /**
     * The service's reverse private endpoints, which let ClickPipes reach sources in private networks. They share
     * this handle's options and auto-wake setting.
     *
     * @return the reverse private endpoints of the service
     */
    public ReversePrivateEndpoints reversePrivateEndpoints() {
        return reversePrivateEndpoints;
    }

    /**
     * Changes the scaling of a Kafka, Kinesis or object storage pipe ({@code PATCH
     * …/clickpipes/{clickPipeId}/scaling}); only the fields set are sent.
     *
     * @param pipeId the pipe id
     * @param params the new scaling
     * @return the pipe
     */
    public ClickPipe updateScaling(String pipeId, UpdateClickPipeScalingParams params) {
        return call(raw -> raw.updateScaling(pipeId, params));
    }

    /**
     * Starts a pipe that is {@code Stopped} or {@code Failed} ({@code PATCH …/clickpipes/{clickPipeId}/state} with
     * {@code {"command":"start"}}); a running pipe answers {@code 400 … already running}.
     *
     * @param pipeId the pipe id
     * @return the pipe, typically in a transitional state
     */
    public ClickPipe start(String pipeId) {
        return call(raw -> raw.start(pipeId));
    }

    /**
     * Stops a pipe from any state ({@code PATCH …/clickpipes/{clickPipeId}/state} with {@code
     * {"command":"stop"}}); database pipes end {@code Paused}, the others {@code Stopped}.
     *
     * @param pipeId the pipe id
     * @return the pipe, typically {@code Stopping} or {@code Pausing}
     */
    public ClickPipe stop(String pipeId) {
        return call(raw -> raw.stop(pipeId));
    }

    /**
     * Copies a Postgres or MySQL pipe's tables again from scratch ({@code PATCH …/clickpipes/{clickPipeId}/state}
     * with {@code {"command":"resync"}}), from any state.
     *
     * @param pipeId the pipe id
     * @return the pipe
     */
    public ClickPipe resync(String pipeId) {
        return call(raw -> raw.resync(pipeId));
    }

    /**
     * Gets a pipe's advanced settings ({@code GET …/clickpipes/{clickPipeId}/settings}).
     *
     * @param pipeId the pipe id
     * @return the settings
     */
    public ClickPipeSettings settings(String pipeId) {
        return call(raw -> raw.settings(pipeId));
    }

    /**
     * Replaces a pipe's advanced settings ({@code PUT …/clickpipes/{clickPipeId}/settings}, snake_case keys); the
     * settings left empty are not sent.
     *
     * @param pipeId the pipe id
     * @param settings the settings
     * @return the settings after the change
     */
    public ClickPipeSettings updateSettings(String pipeId, ClickPipeSettings settings) {
        return call(raw -> raw.updateSettings(pipeId, settings));
    }

    /**
     * Gets the compute shared by the service's database pipes ({@code GET
     * …/services/{serviceId}/clickpipesCdcScaling}); it exists once the first database pipe was provisioned.
     *
     * @return the CDC scaling
     */
    public CdcScaling cdcScaling() {
        return call(WithRawResponse::cdcScaling);
    }

    /**
     * Changes the compute shared by the service's database pipes ({@code PATCH
     * …/services/{serviceId}/clickpipesCdcScaling}); the change takes minutes to apply. Only the fields set are
     * sent, so a scaling with neither goes out as {@code {}} (the specification's {@code
     * ClickPipesCdcScalingPatchRequest} requires no field).
     *
     * @param scaling the new scaling
     * @return the CDC scaling
     */
    public CdcScaling updateCdcScaling(CdcScaling scaling) {
        return call(raw -> raw.updateCdcScaling(scaling));
    }

    /**
     * Infers the schema of a Kafka or Kinesis source from samples ({@code POST
     * …/services/{serviceId}/clickpipes/schemaDiscovery}). Beta in the API's specification: its shape may change
     * in any release.
     *
     * @param params the source to sample
     * @return the inferred fields
     */
    @Beta
    public DiscoveredSchema discoverSchema(SchemaDiscoveryParams params) {
        return call(raw -> raw.discoverSchema(params));
    }

    /**
     * Polls {@code GET …/clickpipes/{clickPipeId}} until the pipe is up, as its kind understands it: streaming
     * pipes (Kafka, Kinesis, Pub/Sub) {@code Running}; object storage pipes {@code Running} or, for a one-off load,
     * {@code Completed}; CDC database pipes {@code Running} or {@code Snapshot} (the initial copy); snapshot-only
     * database pipes (BigQuery, or replication mode {@code snapshot}) {@code Snapshot} or {@code Completed}.
     *
     * @param pipeId the pipe id
     * @param timeout how long to wait in all
     * @return the pipe, up
     * @throws IllegalArgumentException if {@code pipeId} is blank, {@code .} or {@code ..}, or {@code timeout} is
     *     not positive; nothing is sent
     * @throws WaitFailedException if the pipe reaches {@code Failed} or {@code InternalError}, or a poll fails
     * @throws WaitTimeoutException if time runs out; {@code lastObserved(ClickPipe.class)} shows the last state
     */
    public ClickPipe waitUntilRunning(String pipeId, Duration timeout) {
        return org().await(ClickPipeWaiters.RUNNING, timeout, service(), pipeId);
    }

    /**
     * Polls {@code GET …/clickpipes/{clickPipeId}} until the pipe is {@code Stopped} or {@code Paused} (database
     * pipes pause when stopped).
     *
     * @param pipeId the pipe id
     * @param timeout how long to wait in all
     * @return the stopped pipe
     * @throws IllegalArgumentException if {@code pipeId} is blank, {@code .} or {@code ..}, or {@code timeout} is
     *     not positive; nothing is sent
     * @throws WaitFailedException if the pipe reaches {@code Failed} or {@code InternalError}, or a poll fails
     * @throws WaitTimeoutException if time runs out; {@code lastObserved(ClickPipe.class)} shows the last state
     */
    public ClickPipe waitUntilStopped(String pipeId, Duration timeout) {
        return org().await(ClickPipeWaiters.STOPPED, timeout, service(), pipeId);
    }

    /**
     * Updates a database (CDC) pipe, which the API edits only while it is stopped or paused ({@code 400 … must be
     * paused to edit}): stop, wait, update, wait, start. Only database pipes (Postgres, MySQL, MongoDB, BigQuery)
     * need the pause; a streaming or object storage pipe is updated directly, whatever its state. It sends: {@code
     * GET} of the pipe; {@code stop}; polls until editable; the {@code PATCH}; polls until the update settled;
     * {@code start} (the steps that do not apply, as below, are left out).
     *
     * <ul>
     *   <li>A pipe already {@code Stopped}, {@code Paused} or {@code Failed} (all editable) is updated and left in
     *       its state: start it when ready.
     *   <li>A pipe already {@code Pausing} or {@code Stopping} is not sent {@code stop} again: it is awaited until
     *       it is editable, updated, and left stopped, as whoever stopped it asked.
     *   <li>Any other pipe is stopped and awaited until {@code Stopped}, {@code Paused} or {@code Failed} (a pipe
     *       failing while it stops is editable too); then it is updated, awaited again until the update has settled
     *       ({@code Stopped}, {@code Paused} or {@code Failed}, no longer {@code Modifying}), and started.
     * </ul>
     *
     * <p>Each wait lasts at most {@code stopTimeout} and fails fast only on {@code InternalError}. If the update
     * fails, the pipe is started again all the same and the update's exception is thrown. Whenever a pipe this
     * helper stopped is not started again (a wait failed or timed out, or the restart failed), the helper throws
     * {@link ClickPipeLeftStoppedException}, which says so and tells whether the update was applied; it never leaves
     * a pipe stopped silently.
     *
     * @param pipeId the pipe id
     * @param params the changes
     * @param stopTimeout how long each wait (for the stop, then for the update to settle) may last
     * @return the pipe as the restart (or, for a pipe not stopped by this helper, the update) returned it; await
     *     {@link #waitUntilRunning(String, Duration)} for it to be up again
     * @throws ClickPipeLeftStoppedException if the pipe was stopped by this helper and is not started again
     */
    public ClickPipe updateWithPause(String pipeId, UpdateClickPipeParams params, Duration stopTimeout) {
        Checks.pathSegment(pipeId, "pipeId");
        requireNonNull(params, "params == null");
        Checks.positive(stopTimeout, "stopTimeout");
        return new PausedUpdate(this, pipeId, stopTimeout).run(params);
    }

    /** This handle for one write of a workflow ({@link Invoker#forStep(String)}). */
    ClickPipes forStep(String step) {
        return new ClickPipes(organization, invoker().forStep(step), service(), wake().timeout());
    }

    /** Waits until the pipe is editable: {@code Stopped}, {@code Paused} or {@code Failed}. */
    ClickPipe awaitEditable(String pipeId, Duration timeout) {
        return org().await(ClickPipeWaiters.EDITABLE, timeout, service(), pipeId);
    }

    /**
     * The operations of {@link ClickPipes} returning {@link ApiResponse}; each is documented there and sends
     * exactly one request (retries of it aside), without waking an idle service.
     */
    public static final class WithRawResponse
            extends ServiceCollection.Raw<WithRawResponse, ClickPipe, CreateClickPipeParams, UpdateClickPipeParams> {
        WithRawResponse(OrganizationResolver organization, Invoker invoker, String serviceId) {
            super(organization, invoker, serviceId, PIPES, WithRawResponse::new);
        }

        /** {@link ClickPipes#updateScaling(String, UpdateClickPipeScalingParams)}, with the response. */
        public ApiResponse<ClickPipe> updateScaling(String pipeId, UpdateClickPipeScalingParams params) {
            return sendWith(ClickPipeEndpoints.UPDATE_SCALING, params, pipeId);
        }

        /** {@link ClickPipes#start(String)}, with the response. */
        public ApiResponse<ClickPipe> start(String pipeId) {
            return sendCommand(ClickPipeEndpoints.CHANGE_STATE, "start", pipeId);
        }

        /** {@link ClickPipes#stop(String)}, with the response. */
        public ApiResponse<ClickPipe> stop(String pipeId) {
            return sendCommand(ClickPipeEndpoints.CHANGE_STATE, "stop", pipeId);
        }

        /** {@link ClickPipes#resync(String)}, with the response. */
        public ApiResponse<ClickPipe> resync(String pipeId) {
            return sendCommand(ClickPipeEndpoints.CHANGE_STATE, "resync", pipeId);
        }

        /** {@link ClickPipes#settings(String)}, with the response. */
        public ApiResponse<ClickPipeSettings> settings(String pipeId) {
            return send(ClickPipeEndpoints.SETTINGS, pipeId);
        }

        /** {@link ClickPipes#updateSettings(String, ClickPipeSettings)}, with the response. */
        public ApiResponse<ClickPipeSettings> updateSettings(String pipeId, ClickPipeSettings settings) {
            requireNonNull(settings, "settings == null");
            return sendWith(ClickPipeEndpoints.UPDATE_SETTINGS, settings, pipeId);
        }

        /** {@link ClickPipes#cdcScaling()}, with the response. */
        public ApiResponse<CdcScaling> cdcScaling() {
            return send(ClickPipeEndpoints.CDC_SCALING);
        }

        /** {@link ClickPipes#updateCdcScaling(CdcScaling)}, with the response. */
        public ApiResponse<CdcScaling> updateCdcScaling(CdcScaling scaling) {
            requireNonNull(scaling, "scaling == null");
            return sendWith(ClickPipeEndpoints.UPDATE_CDC_SCALING, scaling);
        }

        /** {@link ClickPipes#discoverSchema(SchemaDiscoveryParams)}, with the response. */
        @Beta
        public ApiResponse<DiscoveredSchema> discoverSchema(SchemaDiscoveryParams params) {
            return sendWith(ClickPipeEndpoints.DISCOVER_SCHEMA, params);
        }
    }
}
