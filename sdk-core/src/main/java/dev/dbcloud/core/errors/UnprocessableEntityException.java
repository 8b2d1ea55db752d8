package dev.dbcloud.core.errors;

/** The request was well-formed but the API could not process it (HTTP 422). */
public class UnprocessableEntityException extends ApiResponseException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a 422 response.
     *
     * @param response what the response said
     */
    public UnprocessableEntityException(ErrorResponse response) {
        super(response);
    }
}
