package dev.dbcloud.clickhouse.clickpipes;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.clickhouse.shared.internal.OrganizationInvoker;
import dev.dbcloud.clickhouse.shared.internal.OrganizationResolver;
import dev.dbcloud.core.errors.ApiException;
import dev.dbcloud.core.errors.WaitException;
import dev.dbcloud.core.internal.Checks;
import dev.dbcloud.core.internal.Invoker;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * The workflow behind {@link ClickPipes#updateWithPause(String, UpdateClickPipeParams, Duration)}: edits a database
 * pipe, which the API edits only while it is stopped or paused. The requests it sends, all with the handle's
 * options (and through its auto-wake, if set):
 *
 * <ol>
 *   <li>{@code GET …/clickpipes/{clickPipeId}}; a streaming or object storage pipe, or one already {@code Stopped},
 *       {@code Paused} or {@code Failed}, gets only {@code PATCH …/clickpipes/{clickPipeId}} and the workflow ends;
 *   <li>{@code PATCH …/clickpipes/{clickPipeId}/state {"command":"stop"}}, unless the pipe is already {@code
 *       Pausing} or {@code Stopping};
 *   <li>{@code GET …/clickpipes/{clickPipeId}} polls until {@code Stopped}, {@code Paused} or {@code Failed};
 *   <li>{@code PATCH …/clickpipes/{clickPipeId}} with the changes; a pipe stopped by someone else ends here, left
 *       stopped;
 *   <li>{@code GET …/clickpipes/{clickPipeId}} polls until the update settled ({@code Stopped}, {@code Paused} or
 *       {@code Failed});
 *   <li>{@code PATCH …/clickpipes/{clickPipeId}/state {"command":"start"}}, also after a failed update.
 * </ol>
 *
 * <p>The stop, the update and the start are sent through the steps {@code stop}, {@code update} and {@code start}
 * of the view's invoker. Whenever the pipe it stopped is not started again, it throws {@link
 * ClickPipeLeftStoppedException}.
 */
final class PausedUpdate {
    private static final Set<ClickPipeState> EDITABLE =
            Set.of(ClickPipeState.STOPPED, ClickPipeState.PAUSED, ClickPipeState.FAILED);
    private static final Set<ClickPipeState> STOPPING = Set.of(ClickPipeState.PAUSING, ClickPipeState.STOPPING);

    private final Handle handle;
    private final ClickPipes pipes;
    private final String pipeId;
    private final Duration stopTimeout;

    private PausedUpdate(Handle handle, String pipeId, Duration stopTimeout) {
        this.handle = handle;
        this.pipes = handle.pipes(handle.invoker());
        this.pipeId = pipeId;
        this.stopTimeout = stopTimeout;
    }

    /**
     * {@link ClickPipes#updateWithPause(String, UpdateClickPipeParams, Duration)} on a handle made with these.
     *
     * @param invoker the handle's invoker, with its view's options
     * @param organization resolves the organization of the client
     * @param serviceId the service of the handle
     * @param autoWake the handle's auto-wake timeout, if any
     * @param pipeId the pipe id
     * @param params the changes
     * @param stopTimeout how long each wait may last
     * @return the pipe
     */
    static ClickPipe run(
            Invoker invoker,
            OrganizationResolver organization,
            String serviceId,
            Optional<Duration> autoWake,
            String pipeId,
            UpdateClickPipeParams params,
            Duration stopTimeout) {
        Checks.pathSegment(pipeId, "pipeId");
        requireNonNull(params, "params == null");
        Checks.positive(stopTimeout, "stopTimeout");
        return new PausedUpdate(new Handle(invoker, organization, serviceId, autoWake), pipeId, stopTimeout)
                .run(params);
    }

    /** What the handle that updates was made with. */
    private record Handle(
            Invoker invoker, OrganizationResolver organization, String serviceId, Optional<Duration> autoWake) {
        ClickPipes pipes(Invoker view) {
            return new ClickPipes(view, organization, serviceId, autoWake);
        }
    }

    private ClickPipes forStep(String step) {
        return handle.pipes(handle.invoker().forStep(step));
    }

    private ClickPipe awaitEditable() {
        return new OrganizationInvoker(handle.organization(), handle.invoker())
                .await(ClickPipeWaiters.EDITABLE, stopTimeout, handle.serviceId(), pipeId);
    }

    private ClickPipe run(UpdateClickPipeParams params) {
        ClickPipe current = pipes.get(pipeId);
        boolean streaming = current.kind().filter(kind -> !kind.isDatabase()).isPresent();
        if (streaming || EDITABLE.contains(current.state())) {
            return update(params);
        }
        boolean stoppedByOthers = STOPPING.contains(current.state());
        if (!stoppedByOthers) {
            forStep("stop").stop(pipeId);
        }
        try {
            awaitEditable();
        } catch (WaitException e) {
            if (stoppedByOthers) {
                throw e;
            }
            throw leftStopped(
                    "was stopped to be updated but did not reach Stopped or Paused (%s); it was neither"
                            + " updated nor started again",
                    null, e);
        }
        if (stoppedByOthers) {
            return update(params);
        }
        ClickPipe updated = updateOrRestart(params);
        try {
            awaitEditable();
        } catch (WaitException e) {
            throw leftStopped(
                    "was updated but the update did not settle (%s); it was not started again and is left stopped",
                    updated, e);
        }
        try {
            return start();
        } catch (ApiException startFailure) {
            throw leftStopped(
                    "was updated but starting it again failed (%s): it is left stopped", updated, startFailure);
        }
    }

    /** Updates the stopped pipe; when that fails, starts it again and throws the update's failure. */
    private ClickPipe updateOrRestart(UpdateClickPipeParams params) {
        try {
            return update(params);
        } catch (ApiException updateFailure) {
            try {
                start();
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
    }

    /** The exception for a pipe left stopped: {@code what} with {@code %s} for the cause's message. */
    private ClickPipeLeftStoppedException leftStopped(String what, ClickPipe updated, Exception cause) {
        return new ClickPipeLeftStoppedException(
                "ClickPipe " + pipeId + " " + String.format(what, cause.getMessage()), pipeId, updated, cause);
    }

    private ClickPipe update(UpdateClickPipeParams params) {
        return forStep("update").update(pipeId, params);
    }

    private ClickPipe start() {
        return forStep("start").start(pipeId);
    }
}
