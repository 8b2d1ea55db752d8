package dev.dbcloud.clickhouse;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import dev.dbcloud.clickhouse.clickpipes.CdcScaling;
import dev.dbcloud.clickhouse.clickpipes.ClickPipe;
import dev.dbcloud.clickhouse.clickpipes.ClickPipeSettings;
import dev.dbcloud.clickhouse.clickpipes.ClickPipeState;
import dev.dbcloud.clickhouse.clickpipes.CreateClickPipeParams;
import dev.dbcloud.clickhouse.clickpipes.DiscoveredSchema;
import dev.dbcloud.clickhouse.clickpipes.ReplicationMode;
import dev.dbcloud.clickhouse.clickpipes.SchemaDiscoveryParams;
import dev.dbcloud.clickhouse.clickpipes.SourceKind;
import dev.dbcloud.clickhouse.clickpipes.UpdateClickPipeParams;
import dev.dbcloud.clickhouse.clickpipes.UpdateClickPipeScalingParams;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.errors.ApiException;
import dev.dbcloud.core.errors.WaitException;
import dev.dbcloud.core.errors.WaitFailedException;
import dev.dbcloud.core.errors.WaitTimeoutException;
import dev.dbcloud.core.internal.Checks;
import dev.dbcloud.core.internal.HttpEngine;
import dev.dbcloud.core.internal.HttpMethod;
import dev.dbcloud.core.internal.Json;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The ClickPipes of one service: create, read, update and delete them, start, stop and resync them, change their
 * scaling and settings, the service's CDC scaling, schema discovery, and waiting for a pipe's state. Get a handle
 * with {@link ClickHouseCloudClient#clickPipes(String)}; it is cheap, immutable and thread-safe.
 *
 * <pre>{@code
 * ClickPipes pipes = ch.clickPipes(serviceId).withAutoWake(Duration.ofMinutes(10));
 * ClickPipe pipe = pipes.create(CreateClickPipeParams.builder()…build());
 * pipes.waitUntilRunning(pipe.id(), Duration.ofMinutes(10));
 * pipes.updateScaling(pipe.id(), UpdateClickPipeScalingParams.builder().replicas(2).build());
 * pipes.stop(pipe.id());
 * pipes.waitUntil(pipe.id(), Set.of(ClickPipeState.STOPPED), Duration.ofMinutes(5));
 * }</pre>
 *
 * <p><b>Idle services.</b> ClickPipes calls on an {@code idle} service fail with {@code 424 FAILED_DEPENDENCY}
 * ({@link dev.dbcloud.core.errors.FailedDependencyException}). A handle made with {@link #withAutoWake(Duration)}
 * answers that 424, and only that one, by waking the service and sending the call once more: when the 424 reports
 * the service {@code idle}, {@code awaking} or {@code starting} ({@code … Current state: idle}), or reports no state
 * and a {@code GET} of the service shows one of those, an idle service gets {@code awake}, the service is awaited
 * until {@code running}, and the call is sent again. A 424 while the service runs, one reporting another state (a
 * stopped service is never started), or any other failure is thrown untouched. Without it (the default), every 424
 * is thrown as is.
 *
 * <p><b>Waiting.</b> {@link #waitUntil(String, Set, Duration)} polls every {@link #DEFAULT_POLL_INTERVAL}, the pause
 * growing up to {@link #MAX_POLL_INTERVAL}, fails fast with {@link WaitFailedException} when the pipe reaches
 * {@code Failed} or {@code InternalError} (unless that is awaited), and throws {@link WaitTimeoutException} carrying
 * the last observed {@link ClickPipe} when time runs out. {@link #waitUntilRunning(String, Duration)} knows what
 * "running" means for each kind of pipe.
 *
 * <p><b>Editing database pipes.</b> The API edits database (CDC) pipes only while they are stopped or paused; {@link
 * #updateWithPause(String, UpdateClickPipeParams, Duration)} stops, waits, updates, waits for the update to settle
 * and starts again. Streaming and object storage pipes are updated directly.
 *
 * <p>{@link #withRawResponse()} offers every single-request operation returning the whole {@link ApiResponse};
 * reverse private endpoints are reached with {@link #reversePrivateEndpoints()}.
 */
public final class ClickPipes {
    /** The first pause between polls of the waiters. */
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(5);

    /** The longest pause between polls of the waiters, which grow by half each poll. */
    public static final Duration MAX_POLL_INTERVAL = Duration.ofMinutes(2);

    private static final TypeReference<List<ClickPipe>> LIST = new TypeReference<>() {};
    private static final Set<ClickPipeState> FAILURES = Set.of(ClickPipeState.FAILED, ClickPipeState.INTERNAL_ERROR);
    private static final Set<ClickPipeState> HALTED = Set.of(ClickPipeState.STOPPED, ClickPipeState.PAUSED);
    private static final Set<ClickPipeState> EDITABLE =
            Set.of(ClickPipeState.STOPPED, ClickPipeState.PAUSED, ClickPipeState.FAILED);
    private static final Set<ClickPipeState> STOPPING = Set.of(ClickPipeState.PAUSING, ClickPipeState.STOPPING);
    private static final Set<ClickPipeState> INTERNAL_FAILURE = Set.of(ClickPipeState.INTERNAL_ERROR);
    private static final Set<ClickPipeState> STREAMING_UP = Set.of(ClickPipeState.RUNNING);
    private static final Set<ClickPipeState> OBJECT_STORAGE_UP =
            Set.of(ClickPipeState.RUNNING, ClickPipeState.COMPLETED);
    private static final Set<ClickPipeState> CDC_UP = Set.of(ClickPipeState.RUNNING, ClickPipeState.SNAPSHOT);
    private static final Set<ClickPipeState> SNAPSHOT_UP = Set.of(ClickPipeState.COMPLETED, ClickPipeState.SNAPSHOT);

    private final HttpEngine engine;
    private final String serviceId;
    private final WithRawResponse raw;
    private final ReversePrivateEndpoints reversePrivateEndpoints;

    ClickPipes(ClickPipeCalls calls) {
        this.engine = calls.engine;
        this.serviceId = calls.serviceId;
        this.raw = new WithRawResponse(calls);
        this.reversePrivateEndpoints = new ReversePrivateEndpoints(calls);
    }

    /**
     * The service this handle works on.
     *
     * @return the service id
     */
    public String serviceId() {
        return serviceId;
    }

    /**
     * How long a call waits for an idle service to wake before its single retry.
     *
     * @return the timeout, or empty when this handle does not wake services
     */
    public Optional<Duration> autoWakeTimeout() {
        return raw.calls.autoWake;
    }

    /**
     * A handle on the same service that wakes it when a call fails because it is idle (see the class
     * documentation): on a {@code 424 FAILED_DEPENDENCY} caused by an idle or waking service, it wakes the service,
     * waits up to {@code timeout} for {@code running}, then sends the call once more. When the call's {@link
     * RequestOptions#timeout()} is set, it bounds the whole (the first attempt, the service reads, the wake, the wait
     * and the retry share one deadline from the client's clock), and the wait is cut short to fit. A failure while
     * waking (a {@link WaitTimeoutException}, a {@link WaitFailedException}, an {@link
     * dev.dbcloud.core.errors.ApiTimeoutException} when the budget ran out) is thrown with the 424 attached as
     * suppressed. The handle's reverse private endpoints behave alike.
     *
     * @param timeout how long to wait for the service to be {@code running}
     * @return the new handle; this one is unchanged
     */
    public ClickPipes withAutoWake(Duration timeout) {
        Checks.positive(timeout, "timeout");
        return new ClickPipes(raw.calls.withAutoWake(Optional.of(timeout)));
    }

    /**
     * A handle on the same service that throws {@code 424 FAILED_DEPENDENCY} as is, the default.
     *
     * @return the new handle; this one is unchanged
     */
    public ClickPipes withoutAutoWake() {
        return new ClickPipes(raw.calls.withAutoWake(Optional.empty()));
    }

    /**
     * The same single-request operations returning the whole {@link ApiResponse}: status, headers and the request
     * id ClickHouse Cloud puts in its envelope, with the decoded value. With {@link #withAutoWake(Duration)}, the
     * response of a call retried after waking the service is that of the retry.
     *
     * @return the raw view, the same instance on every call
     */
    public WithRawResponse withRawResponse() {
        return raw;
    }

    /**
     * The service's reverse private endpoints, which let ClickPipes reach sources in private networks. They share
     * this handle's auto-wake setting.
     *
     * @return the reverse private endpoints of the service
     */
    public ReversePrivateEndpoints reversePrivateEndpoints() {
        return reversePrivateEndpoints;
    }

    /**
     * Lists the service's ClickPipes ({@code GET …/services/{serviceId}/clickpipes}).
     *
     * @return the pipes
     */
    public List<ClickPipe> list() {
        return list(RequestOptions.none());
    }

    /**
     * Lists the service's ClickPipes ({@code GET …/services/{serviceId}/clickpipes}).
     *
     * @param options per-call options
     * @return the pipes
     */
    public List<ClickPipe> list(RequestOptions options) {
        return raw.list(options).value();
    }

    /**
     * Creates a ClickPipe ({@code POST …/services/{serviceId}/clickpipes}). The service must be running (see {@link
     * #withAutoWake(Duration)}). Postgres CDC pipes are created synchronously and slowly: when the answer is lost
     * (a {@code 504} from the CDN after 30 seconds), list the pipes before creating again.
     *
     * @param params the pipe to create
     * @return the new pipe, typically {@code Provisioning}
     */
    public ClickPipe create(CreateClickPipeParams params) {
        return create(params, RequestOptions.none());
    }

    /**
     * Creates a ClickPipe ({@code POST …/services/{serviceId}/clickpipes}); see {@link
     * #create(CreateClickPipeParams)}.
     *
     * @param params the pipe to create
     * @param options per-call options
     * @return the new pipe, typically {@code Provisioning}
     */
    public ClickPipe create(CreateClickPipeParams params, RequestOptions options) {
        return raw.create(params, options).value();
    }

    /**
     * Gets a ClickPipe ({@code GET …/services/{serviceId}/clickpipes/{clickPipeId}}).
     *
     * @param pipeId the pipe id
     * @return the pipe
     * @throws dev.dbcloud.core.errors.NotFoundException if there is no such pipe
     */
    public ClickPipe get(String pipeId) {
        return get(pipeId, RequestOptions.none());
    }

    /**
     * Gets a ClickPipe ({@code GET …/services/{serviceId}/clickpipes/{clickPipeId}}).
     *
     * @param pipeId the pipe id
     * @param options per-call options
     * @return the pipe
     * @throws dev.dbcloud.core.errors.NotFoundException if there is no such pipe
     */
    public ClickPipe get(String pipeId, RequestOptions options) {
        return raw.get(pipeId, options).value();
    }

    /**
     * Updates a ClickPipe ({@code PATCH …/services/{serviceId}/clickpipes/{clickPipeId}}); only the fields set are
     * sent. A running Postgres pipe answers {@code 400 … must be paused to edit}: use {@link #updateWithPause(String,
     * UpdateClickPipeParams, Duration)}.
     *
     * @param pipeId the pipe id
     * @param params the changes
     * @return the updated pipe
     */
    public ClickPipe update(String pipeId, UpdateClickPipeParams params) {
        return update(pipeId, params, RequestOptions.none());
    }

    /**
     * Updates a ClickPipe ({@code PATCH …/services/{serviceId}/clickpipes/{clickPipeId}}); only the fields set are
     * sent.
     *
     * @param pipeId the pipe id
     * @param params the changes
     * @param options per-call options
     * @return the updated pipe
     */
    public ClickPipe update(String pipeId, UpdateClickPipeParams params, RequestOptions options) {
        return raw.update(pipeId, params, options).value();
    }

    /**
     * Deletes a ClickPipe ({@code DELETE …/services/{serviceId}/clickpipes/{clickPipeId}}).
     *
     * @param pipeId the pipe id
     */
    public void delete(String pipeId) {
        delete(pipeId, RequestOptions.none());
    }

    /**
     * Deletes a ClickPipe ({@code DELETE …/services/{serviceId}/clickpipes/{clickPipeId}}).
     *
     * @param pipeId the pipe id
     * @param options per-call options
     */
    public void delete(String pipeId, RequestOptions options) {
        raw.delete(pipeId, options);
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
        return updateScaling(pipeId, params, RequestOptions.none());
    }

    /**
     * Changes the scaling of a Kafka, Kinesis or object storage pipe ({@code PATCH
     * …/clickpipes/{clickPipeId}/scaling}); only the fields set are sent.
     *
     * @param pipeId the pipe id
     * @param params the new scaling
     * @param options per-call options
     * @return the pipe
     */
    public ClickPipe updateScaling(String pipeId, UpdateClickPipeScalingParams params, RequestOptions options) {
        return raw.updateScaling(pipeId, params, options).value();
    }

    /**
     * Starts a pipe that is {@code Stopped} or {@code Failed} ({@code PATCH …/clickpipes/{clickPipeId}/state} with
     * {@code {"command":"start"}}); a running pipe answers {@code 400 … already running}.
     *
     * @param pipeId the pipe id
     * @return the pipe, typically in a transitional state
     */
    public ClickPipe start(String pipeId) {
        return start(pipeId, RequestOptions.none());
    }

    /**
     * Starts a pipe that is {@code Stopped} or {@code Failed} ({@code PATCH …/clickpipes/{clickPipeId}/state} with
     * {@code {"command":"start"}}).
     *
     * @param pipeId the pipe id
     * @param options per-call options
     * @return the pipe, typically in a transitional state
     */
    public ClickPipe start(String pipeId, RequestOptions options) {
        return raw.start(pipeId, options).value();
    }

    /**
     * Stops a pipe from any state ({@code PATCH …/clickpipes/{clickPipeId}/state} with {@code
     * {"command":"stop"}}); database pipes end {@code Paused}, the others {@code Stopped}.
     *
     * @param pipeId the pipe id
     * @return the pipe, typically {@code Stopping} or {@code Pausing}
     */
    public ClickPipe stop(String pipeId) {
        return stop(pipeId, RequestOptions.none());
    }

    /**
     * Stops a pipe from any state ({@code PATCH …/clickpipes/{clickPipeId}/state} with {@code
     * {"command":"stop"}}).
     *
     * @param pipeId the pipe id
     * @param options per-call options
     * @return the pipe, typically {@code Stopping} or {@code Pausing}
     */
    public ClickPipe stop(String pipeId, RequestOptions options) {
        return raw.stop(pipeId, options).value();
    }

    /**
     * Copies a Postgres or MySQL pipe's tables again from scratch ({@code PATCH …/clickpipes/{clickPipeId}/state}
     * with {@code {"command":"resync"}}), from any state.
     *
     * @param pipeId the pipe id
     * @return the pipe
     */
    public ClickPipe resync(String pipeId) {
        return resync(pipeId, RequestOptions.none());
    }

    /**
     * Copies a Postgres or MySQL pipe's tables again from scratch ({@code PATCH …/clickpipes/{clickPipeId}/state}
     * with {@code {"command":"resync"}}).
     *
     * @param pipeId the pipe id
     * @param options per-call options
     * @return the pipe
     */
    public ClickPipe resync(String pipeId, RequestOptions options) {
        return raw.resync(pipeId, options).value();
    }

    /**
     * Gets a pipe's advanced settings ({@code GET …/clickpipes/{clickPipeId}/settings}).
     *
     * @param pipeId the pipe id
     * @return the settings
     */
    public ClickPipeSettings settings(String pipeId) {
        return settings(pipeId, RequestOptions.none());
    }

    /**
     * Gets a pipe's advanced settings ({@code GET …/clickpipes/{clickPipeId}/settings}).
     *
     * @param pipeId the pipe id
     * @param options per-call options
     * @return the settings
     */
    public ClickPipeSettings settings(String pipeId, RequestOptions options) {
        return raw.settings(pipeId, options).value();
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
        return updateSettings(pipeId, settings, RequestOptions.none());
    }

    /**
     * Replaces a pipe's advanced settings ({@code PUT …/clickpipes/{clickPipeId}/settings}, snake_case keys); the
     * settings left empty are not sent.
     *
     * @param pipeId the pipe id
     * @param settings the settings
     * @param options per-call options
     * @return the settings after the change
     */
    public ClickPipeSettings updateSettings(String pipeId, ClickPipeSettings settings, RequestOptions options) {
        return raw.updateSettings(pipeId, settings, options).value();
    }

    /**
     * Gets the compute shared by the service's database pipes ({@code GET
     * …/services/{serviceId}/clickpipesCdcScaling});
     * it exists once the first database pipe was provisioned.
     *
     * @return the CDC scaling
     */
    public CdcScaling cdcScaling() {
        return cdcScaling(RequestOptions.none());
    }

    /**
     * Gets the compute shared by the service's database pipes ({@code GET
     * …/services/{serviceId}/clickpipesCdcScaling}).
     *
     * @param options per-call options
     * @return the CDC scaling
     */
    public CdcScaling cdcScaling(RequestOptions options) {
        return raw.cdcScaling(options).value();
    }

    /**
     * Changes the compute shared by the service's database pipes ({@code PATCH
     * …/services/{serviceId}/clickpipesCdcScaling}); the change takes minutes to apply. Only the fields set are
     * sent; a scaling with neither is refused ({@link IllegalArgumentException}).
     *
     * @param scaling the new scaling
     * @return the CDC scaling
     */
    public CdcScaling updateCdcScaling(CdcScaling scaling) {
        return updateCdcScaling(scaling, RequestOptions.none());
    }

    /**
     * Changes the compute shared by the service's database pipes ({@code PATCH
     * …/services/{serviceId}/clickpipesCdcScaling}).
     *
     * @param scaling the new scaling
     * @param options per-call options
     * @return the CDC scaling
     */
    public CdcScaling updateCdcScaling(CdcScaling scaling, RequestOptions options) {
        return raw.updateCdcScaling(scaling, options).value();
    }

    /**
     * Infers the schema of a Kafka or Kinesis source from samples ({@code POST
     * …/services/{serviceId}/clickpipes/schemaDiscovery}).
     *
     * @param params the source to sample
     * @return the inferred fields
     */
    public DiscoveredSchema discoverSchema(SchemaDiscoveryParams params) {
        return discoverSchema(params, RequestOptions.none());
    }

    /**
     * Infers the schema of a Kafka or Kinesis source from samples ({@code POST
     * …/services/{serviceId}/clickpipes/schemaDiscovery}).
     *
     * @param params the source to sample
     * @param options per-call options
     * @return the inferred fields
     */
    public DiscoveredSchema discoverSchema(SchemaDiscoveryParams params, RequestOptions options) {
        return raw.discoverSchema(params, options).value();
    }

    /**
     * Polls the pipe until it is in one of {@code states}.
     *
     * @param pipeId the pipe id
     * @param states the wanted states
     * @param timeout how long to wait in all
     * @return the pipe in a wanted state
     * @throws WaitFailedException if the pipe reaches {@code Failed} or {@code InternalError} (unless wanted), or a
     *     poll fails
     * @throws WaitTimeoutException if time runs out; {@code lastObserved(ClickPipe.class)} shows the last state
     */
    public ClickPipe waitUntil(String pipeId, Set<ClickPipeState> states, Duration timeout) {
        return waitUntil(pipeId, states, timeout, RequestOptions.none());
    }

    /**
     * Polls the pipe until it is in one of {@code states}, sending every poll with {@code options}.
     *
     * @param pipeId the pipe id
     * @param states the wanted states
     * @param timeout how long to wait in all
     * @param options per-call options of every poll
     * @return the pipe in a wanted state
     * @throws WaitFailedException if the pipe reaches {@code Failed} or {@code InternalError} (unless wanted), or a
     *     poll fails
     * @throws WaitTimeoutException if time runs out; {@code lastObserved(ClickPipe.class)} shows the last state
     */
    public ClickPipe waitUntil(String pipeId, Set<ClickPipeState> states, Duration timeout, RequestOptions options) {
        Checks.pathSegment(pipeId, "pipeId");
        requireNonNull(states, "states == null");
        if (states.isEmpty()) {
            throw new IllegalArgumentException("states must not be empty");
        }
        Set<ClickPipeState> wanted = Set.copyOf(states);
        return await(pipeId, describe(wanted), pipe -> wanted, FAILURES, timeout, options);
    }

    /**
     * Polls the pipe until it is up, as its kind understands it: streaming pipes (Kafka, Kinesis, Pub/Sub) {@code
     * Running}; object storage pipes {@code Running} or, for a one-off load, {@code Completed}; CDC database pipes
     * {@code Running} or {@code Snapshot} (the initial copy); snapshot-only database pipes (BigQuery, or replication
     * mode {@code snapshot}) {@code Snapshot} or {@code Completed}.
     *
     * @param pipeId the pipe id
     * @param timeout how long to wait in all
     * @return the pipe, up
     * @throws WaitFailedException if the pipe reaches {@code Failed} or {@code InternalError}, or a poll fails
     * @throws WaitTimeoutException if time runs out
     */
    public ClickPipe waitUntilRunning(String pipeId, Duration timeout) {
        return waitUntilRunning(pipeId, timeout, RequestOptions.none());
    }

    /**
     * Polls the pipe until it is up, as {@link #waitUntilRunning(String, Duration)} does, sending every poll with
     * {@code options}.
     *
     * @param pipeId the pipe id
     * @param timeout how long to wait in all
     * @param options per-call options of every poll
     * @return the pipe, up
     * @throws WaitFailedException if the pipe reaches {@code Failed} or {@code InternalError}, or a poll fails
     * @throws WaitTimeoutException if time runs out
     */
    public ClickPipe waitUntilRunning(String pipeId, Duration timeout, RequestOptions options) {
        Checks.pathSegment(pipeId, "pipeId");
        return await(pipeId, "running", ClickPipes::upStates, FAILURES, timeout, options);
    }

    /**
     * Polls the pipe until it is {@code Stopped} or {@code Paused}.
     *
     * @param pipeId the pipe id
     * @param timeout how long to wait in all
     * @return the stopped pipe
     * @throws WaitFailedException if the pipe reaches {@code Failed} or {@code InternalError}, or a poll fails
     * @throws WaitTimeoutException if time runs out
     */
    public ClickPipe waitUntilStopped(String pipeId, Duration timeout) {
        return waitUntilStopped(pipeId, timeout, RequestOptions.none());
    }

    /**
     * Polls the pipe until it is {@code Stopped} or {@code Paused}, sending every poll with {@code options}.
     *
     * @param pipeId the pipe id
     * @param timeout how long to wait in all
     * @param options per-call options of every poll
     * @return the stopped pipe
     * @throws WaitFailedException if the pipe reaches {@code Failed} or {@code InternalError}, or a poll fails
     * @throws WaitTimeoutException if time runs out
     */
    public ClickPipe waitUntilStopped(String pipeId, Duration timeout, RequestOptions options) {
        return waitUntil(pipeId, HALTED, timeout, options);
    }

    /**
     * Updates a database (CDC) pipe, which the API edits only while it is stopped or paused ({@code 400 … must be
     * paused to edit}): stop, wait, update, wait, start. Only database pipes (Postgres, MySQL, MongoDB, BigQuery)
     * need the pause; a streaming or object storage pipe (Kafka, Kinesis, Pub/Sub, object storage) is updated
     * directly with {@link #update(String, UpdateClickPipeParams)}, whatever its state.
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
        return updateWithPause(pipeId, params, stopTimeout, RequestOptions.none());
    }

    /**
     * Updates a database pipe the API edits only while it is stopped or paused, as {@link #updateWithPause(String,
     * UpdateClickPipeParams, Duration)} does, sending every request with {@code options}.
     *
     * @param pipeId the pipe id
     * @param params the changes
     * @param stopTimeout how long each wait may last
     * @param options per-call options of every request
     * @return the pipe as the restart (or, for a pipe not stopped by this helper, the update) returned it
     * @throws ClickPipeLeftStoppedException if the pipe was stopped by this helper and is not started again
     */
    public ClickPipe updateWithPause(
            String pipeId, UpdateClickPipeParams params, Duration stopTimeout, RequestOptions options) {
        Checks.pathSegment(pipeId, "pipeId");
        requireNonNull(params, "params == null");
        Checks.positive(stopTimeout, "stopTimeout");
        requireNonNull(options, "options == null");
        ClickPipe current = get(pipeId, options);
        boolean streaming = current.kind().filter(kind -> !kind.isDatabase()).isPresent();
        if (streaming || EDITABLE.contains(current.state())) {
            return update(pipeId, params, options);
        }
        boolean stoppedByOthers = STOPPING.contains(current.state());
        if (!stoppedByOthers) {
            stop(pipeId, options);
        }
        try {
            awaitEditable(pipeId, stopTimeout, options);
        } catch (WaitException e) {
            if (stoppedByOthers) {
                throw e;
            }
            throw new ClickPipeLeftStoppedException(
                    "ClickPipe " + pipeId + " was stopped to be updated but did not reach Stopped or Paused ("
                            + e.getMessage() + "); it was neither updated nor started again",
                    pipeId,
                    null,
                    e);
        }
        if (stoppedByOthers) {
            return update(pipeId, params, options);
        }
        ClickPipe updated;
        try {
            updated = update(pipeId, params, options);
        } catch (ApiException updateFailure) {
            try {
                start(pipeId, options);
            } catch (ApiException startFailure) {
                ClickPipeLeftStoppedException left = new ClickPipeLeftStoppedException(
                        "ClickPipe " + pipeId + " was stopped to be updated; the update failed ("
                                + updateFailure.getMessage() + ") and starting it again failed too ("
                                + startFailure.getMessage() + "): it is left stopped",
                        pipeId,
                        null,
                        updateFailure);
                left.addSuppressed(startFailure);
                throw left;
            }
            throw updateFailure;
        }
        try {
            awaitEditable(pipeId, stopTimeout, options);
        } catch (WaitException e) {
            throw new ClickPipeLeftStoppedException(
                    "ClickPipe " + pipeId + " was updated but the update did not settle (" + e.getMessage()
                            + "); it was not started again and is left stopped",
                    pipeId,
                    updated,
                    e);
        }
        try {
            return start(pipeId, options);
        } catch (ApiException startFailure) {
            throw new ClickPipeLeftStoppedException(
                    "ClickPipe " + pipeId + " was updated but starting it again failed (" + startFailure.getMessage()
                            + "): it is left stopped",
                    pipeId,
                    updated,
                    startFailure);
        }
    }

    /** Waits until the pipe is editable: stopped, paused or failed, and not modifying. */
    private ClickPipe awaitEditable(String pipeId, Duration timeout, RequestOptions options) {
        return await(pipeId, describe(EDITABLE), pipe -> EDITABLE, INTERNAL_FAILURE, timeout, options);
    }

    private ClickPipe await(
            String pipeId,
            String description,
            Function<ClickPipe, Set<ClickPipeState>> wanted,
            Set<ClickPipeState> failures,
            Duration timeout,
            RequestOptions options) {
        Checks.positive(timeout, "timeout");
        requireNonNull(options, "options == null");
        return engine.<ClickPipe>poller("ClickPipe " + pipeId + " to be " + description)
                .poll(() -> get(pipeId, options))
                .until(pipe -> wanted.apply(pipe).contains(pipe.state()))
                .failWhen(pipe ->
                        failures.contains(pipe.state()) && !wanted.apply(pipe).contains(pipe.state()))
                .describeWith(pipe -> "state " + pipe.state())
                .interval(DEFAULT_POLL_INTERVAL)
                .maxInterval(MAX_POLL_INTERVAL)
                .timeout(timeout)
                .build()
                .await();
    }

    private static String describe(Set<ClickPipeState> states) {
        return states.stream().map(ClickPipeState::value).sorted().collect(Collectors.joining(" or "));
    }

    static Set<ClickPipeState> upStates(ClickPipe pipe) {
        Optional<SourceKind> kind = pipe.kind();
        if (kind.isEmpty()) {
            return STREAMING_UP;
        }
        switch (kind.get()) {
            case OBJECT_STORAGE:
                return OBJECT_STORAGE_UP;
            case BIGQUERY:
                return SNAPSHOT_UP;
            case POSTGRES:
            case MYSQL:
            case MONGODB:
                return replicationMode(pipe)
                                .filter(ReplicationMode.SNAPSHOT::equals)
                                .isPresent()
                        ? SNAPSHOT_UP
                        : CDC_UP;
            default:
                return STREAMING_UP;
        }
    }

    private static Optional<ReplicationMode> replicationMode(ClickPipe pipe) {
        return pipe.source().flatMap(source -> source.postgres()
                .flatMap(pg -> pg.settings().flatMap(s -> s.replicationMode()))
                .or(() -> source.mysql().flatMap(my -> my.settings().flatMap(s -> s.replicationMode())))
                .or(() -> source.mongodb().flatMap(mongo -> mongo.settings().flatMap(s -> s.replicationMode()))));
    }

    /**
     * The single-request operations of {@link ClickPipes} returning {@link ApiResponse}: the HTTP status, the
     * response headers and the request id of the envelope, with the decoded value. Get it from {@link
     * ClickPipes#withRawResponse()}. The waiters and {@link ClickPipes#updateWithPause(String, UpdateClickPipeParams,
     * Duration)} send several requests and are offered on {@link ClickPipes} only.
     */
    public static final class WithRawResponse {
        private final ClickPipeCalls calls;

        WithRawResponse(ClickPipeCalls calls) {
            this.calls = calls;
        }

        /**
         * Lists the service's ClickPipes ({@code GET …/services/{serviceId}/clickpipes}).
         *
         * @param options per-call options
         * @return the response with the pipes
         */
        public ApiResponse<List<ClickPipe>> list(RequestOptions options) {
            return send(HttpMethod.GET, "/clickpipes", null, options, Json.type(LIST));
        }

        /**
         * Creates a ClickPipe ({@code POST …/services/{serviceId}/clickpipes}).
         *
         * @param params the pipe to create
         * @param options per-call options
         * @return the response with the new pipe
         */
        public ApiResponse<ClickPipe> create(CreateClickPipeParams params, RequestOptions options) {
            requireNonNull(params, "params == null");
            return send(HttpMethod.POST, "/clickpipes", params, options, Json.type(ClickPipe.class));
        }

        /**
         * Gets a ClickPipe ({@code GET …/services/{serviceId}/clickpipes/{clickPipeId}}).
         *
         * @param pipeId the pipe id
         * @param options per-call options
         * @return the response with the pipe
         */
        public ApiResponse<ClickPipe> get(String pipeId, RequestOptions options) {
            return send(
                    HttpMethod.GET,
                    "/clickpipes/{clickPipeId}",
                    null,
                    options,
                    Json.type(ClickPipe.class),
                    pipe(pipeId));
        }

        /**
         * Updates a ClickPipe ({@code PATCH …/services/{serviceId}/clickpipes/{clickPipeId}}).
         *
         * @param pipeId the pipe id
         * @param params the changes
         * @param options per-call options
         * @return the response with the updated pipe
         */
        public ApiResponse<ClickPipe> update(String pipeId, UpdateClickPipeParams params, RequestOptions options) {
            requireNonNull(params, "params == null");
            return send(
                    HttpMethod.PATCH,
                    "/clickpipes/{clickPipeId}",
                    params,
                    options,
                    Json.type(ClickPipe.class),
                    pipe(pipeId));
        }

        /**
         * Deletes a ClickPipe ({@code DELETE …/services/{serviceId}/clickpipes/{clickPipeId}}).
         *
         * @param pipeId the pipe id
         * @param options per-call options
         * @return the response, without value
         */
        public ApiResponse<Void> delete(String pipeId, RequestOptions options) {
            return send(
                    HttpMethod.DELETE, "/clickpipes/{clickPipeId}", null, options, Json.type(Void.class), pipe(pipeId));
        }

        /**
         * Changes a pipe's scaling ({@code PATCH …/clickpipes/{clickPipeId}/scaling}).
         *
         * @param pipeId the pipe id
         * @param params the new scaling
         * @param options per-call options
         * @return the response with the pipe
         */
        public ApiResponse<ClickPipe> updateScaling(
                String pipeId, UpdateClickPipeScalingParams params, RequestOptions options) {
            requireNonNull(params, "params == null");
            return send(
                    HttpMethod.PATCH,
                    "/clickpipes/{clickPipeId}/scaling",
                    params,
                    options,
                    Json.type(ClickPipe.class),
                    pipe(pipeId));
        }

        /**
         * Starts a pipe ({@code PATCH …/clickpipes/{clickPipeId}/state} with {@code {"command":"start"}}).
         *
         * @param pipeId the pipe id
         * @param options per-call options
         * @return the response with the pipe
         */
        public ApiResponse<ClickPipe> start(String pipeId, RequestOptions options) {
            return command(pipeId, "start", options);
        }

        /**
         * Stops a pipe ({@code PATCH …/clickpipes/{clickPipeId}/state} with {@code {"command":"stop"}}).
         *
         * @param pipeId the pipe id
         * @param options per-call options
         * @return the response with the pipe
         */
        public ApiResponse<ClickPipe> stop(String pipeId, RequestOptions options) {
            return command(pipeId, "stop", options);
        }

        /**
         * Resyncs a database pipe ({@code PATCH …/clickpipes/{clickPipeId}/state} with {@code
         * {"command":"resync"}}).
         *
         * @param pipeId the pipe id
         * @param options per-call options
         * @return the response with the pipe
         */
        public ApiResponse<ClickPipe> resync(String pipeId, RequestOptions options) {
            return command(pipeId, "resync", options);
        }

        private ApiResponse<ClickPipe> command(String pipeId, String command, RequestOptions options) {
            return send(
                    HttpMethod.PATCH,
                    "/clickpipes/{clickPipeId}/state",
                    Map.of("command", command),
                    options,
                    Json.type(ClickPipe.class),
                    pipe(pipeId));
        }

        /**
         * Gets a pipe's advanced settings ({@code GET …/clickpipes/{clickPipeId}/settings}).
         *
         * @param pipeId the pipe id
         * @param options per-call options
         * @return the response with the settings
         */
        public ApiResponse<ClickPipeSettings> settings(String pipeId, RequestOptions options) {
            return send(
                    HttpMethod.GET,
                    "/clickpipes/{clickPipeId}/settings",
                    null,
                    options,
                    Json.type(ClickPipeSettings.class),
                    pipe(pipeId));
        }

        /**
         * Replaces a pipe's advanced settings ({@code PUT …/clickpipes/{clickPipeId}/settings}).
         *
         * @param pipeId the pipe id
         * @param settings the settings; those left empty are not sent
         * @param options per-call options
         * @return the response with the settings
         */
        public ApiResponse<ClickPipeSettings> updateSettings(
                String pipeId, ClickPipeSettings settings, RequestOptions options) {
            requireNonNull(settings, "settings == null");
            return send(
                    HttpMethod.PUT,
                    "/clickpipes/{clickPipeId}/settings",
                    settings,
                    options,
                    Json.type(ClickPipeSettings.class),
                    pipe(pipeId));
        }

        /**
         * Gets the service's CDC scaling ({@code GET …/services/{serviceId}/clickpipesCdcScaling}).
         *
         * @param options per-call options
         * @return the response with the CDC scaling
         */
        public ApiResponse<CdcScaling> cdcScaling(RequestOptions options) {
            return send(HttpMethod.GET, "/clickpipesCdcScaling", null, options, Json.type(CdcScaling.class));
        }

        /**
         * Changes the service's CDC scaling ({@code PATCH …/services/{serviceId}/clickpipesCdcScaling}).
         *
         * @param scaling the new scaling
         * @param options per-call options
         * @return the response with the CDC scaling
         */
        public ApiResponse<CdcScaling> updateCdcScaling(CdcScaling scaling, RequestOptions options) {
            requireNonNull(scaling, "scaling == null");
            if (scaling.replicaCpuMillicores().isEmpty()
                    && scaling.replicaMemoryGb().isEmpty()) {
                throw new IllegalArgumentException(
                        "scaling must set replicaCpuMillicores or replicaMemoryGb: an empty update changes nothing");
            }
            return send(HttpMethod.PATCH, "/clickpipesCdcScaling", scaling, options, Json.type(CdcScaling.class));
        }

        /**
         * Infers a Kafka or Kinesis source's schema ({@code POST …/services/{serviceId}/clickpipes/schemaDiscovery}).
         *
         * @param params the source to sample
         * @param options per-call options
         * @return the response with the inferred fields
         */
        public ApiResponse<DiscoveredSchema> discoverSchema(SchemaDiscoveryParams params, RequestOptions options) {
            requireNonNull(params, "params == null");
            return send(
                    HttpMethod.POST, "/clickpipes/schemaDiscovery", params, options, Json.type(DiscoveredSchema.class));
        }

        private static String pipe(String pipeId) {
            return Checks.pathSegment(pipeId, "pipeId");
        }

        private <T> ApiResponse<T> send(
                HttpMethod method, String suffix, Object body, RequestOptions options, JavaType type, String... more) {
            return calls.send(method, suffix, body, options, type, more);
        }
    }
}
