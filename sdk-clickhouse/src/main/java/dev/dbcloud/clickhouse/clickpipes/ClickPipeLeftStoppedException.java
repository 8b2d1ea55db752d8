package dev.dbcloud.clickhouse.clickpipes;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.core.errors.ApiException;
import java.util.Optional;

/**
 * {@link ClickPipes#updateWithPause(String, dev.dbcloud.clickhouse.clickpipes.UpdateClickPipeParams,
 * java.time.Duration)}
 * stopped a running pipe to edit it and could not start it again: the pipe is left stopped (or stopping), and
 * needs {@link ClickPipes#start(String)} once the cause is dealt with. {@link #updated()} tells whether the update
 * itself was applied; {@link #getCause()} is the failure that ended the helper (the update's, a wait's or the
 * restart's), and a later failure is attached as suppressed.
 */
public final class ClickPipeLeftStoppedException extends ApiException {
    private static final long serialVersionUID = 1L;

    /** The id of the pipe left stopped. */
    private final String pipeId;

    private final transient ClickPipe updated;

    ClickPipeLeftStoppedException(String message, String pipeId, ClickPipe updated, Throwable cause) {
        super(message, requireNonNull(cause, "cause == null"));
        this.pipeId = requireNonNull(pipeId, "pipeId == null");
        this.updated = updated;
    }

    /**
     * The id of the pipe left stopped.
     *
     * @return the pipe id
     */
    public String pipeId() {
        return pipeId;
    }

    /**
     * The pipe as the update returned it, when the update was applied (before the wait for it to settle, or the
     * restart, failed).
     *
     * @return the updated pipe, or empty when the update was not applied
     */
    public Optional<ClickPipe> updated() {
        return Optional.ofNullable(updated);
    }
}
