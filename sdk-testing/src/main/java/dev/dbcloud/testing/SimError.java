package dev.dbcloud.testing;

/** An error answer a simulator gives, rendered by the API's own error body. */
final class SimError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    SimError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
