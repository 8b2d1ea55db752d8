package dev.dbcloud.core.errors;

/** The credentials are valid but may not do this (HTTP 403): a key without the needed role, or a read-only token used for a write. */
public class ForbiddenException extends ApiResponseException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a 403 response.
     *
     * @param response what the response said
     */
    public ForbiddenException(ErrorResponse response) {
        super(response);
    }
}
