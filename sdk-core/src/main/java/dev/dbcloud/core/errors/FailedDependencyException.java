package dev.dbcloud.core.errors;

/** The operation depends on another resource that is not ready (HTTP 424), for example an idle ClickHouse service. */
public class FailedDependencyException extends ApiResponseException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a 424 response.
     *
     * @param response what the response said
     */
    public FailedDependencyException(ErrorResponse response) {
        super(response);
    }
}
