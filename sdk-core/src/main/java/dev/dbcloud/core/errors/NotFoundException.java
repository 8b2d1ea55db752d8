package dev.dbcloud.core.errors;

/** The resource, or one of its parents, does not exist or is not visible to these credentials (HTTP 404). */
public class NotFoundException extends ApiResponseException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a 404 response.
     *
     * @param response what the response said
     */
    public NotFoundException(ErrorResponse response) {
        super(response);
    }
}
