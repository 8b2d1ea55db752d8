package dev.dbcloud.core.errors;

/** The request conflicts with the resource's current state (HTTP 409), for example deleting a running service or a stale optimistic-concurrency value. Re-read the resource and decide again. */
public class ConflictException extends ApiResponseException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a 409 response.
     *
     * @param response what the response said
     */
    public ConflictException(ErrorResponse response) {
        super(response);
    }
}
