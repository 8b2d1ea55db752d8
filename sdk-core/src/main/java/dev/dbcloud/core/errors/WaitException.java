package dev.dbcloud.core.errors;

import java.util.Optional;

/**
 * Waiting for a resource ended without reaching the wanted state. Subclasses say why: {@link
 * WaitTimeoutException} or {@link WaitFailedException}. Either way {@link #lastObserved()} holds the resource as
 * last seen, so callers can report its state.
 */
public class WaitException extends ApiException {
    private static final long serialVersionUID = 1L;

    private final transient Object lastObserved;

    /**
     * Creates the exception.
     *
     * @param message what was awaited and what happened
     * @param lastObserved the last value polled, or null if none was
     * @param cause the failure that ended the wait, or null
     */
    public WaitException(String message, Object lastObserved, Throwable cause) {
        super(message, cause);
        this.lastObserved = lastObserved;
    }

    /**
     * The resource as last observed.
     *
     * @return the last polled value, empty if no poll succeeded
     */
    public Optional<Object> lastObserved() {
        return Optional.ofNullable(lastObserved);
    }

    /**
     * The resource as last observed, typed.
     *
     * @param type the expected type, e.g. {@code Service.class}
     * @param <T> the expected type
     * @return the last polled value, empty if none was polled or it is not a {@code type}
     */
    public <T> Optional<T> lastObserved(Class<T> type) {
        return type.isInstance(lastObserved) ? Optional.of(type.cast(lastObserved)) : Optional.empty();
    }
}
