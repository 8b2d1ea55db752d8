package dev.dbcloud.core.errors;

/** The API refused the request as invalid (HTTP 400); {@link #errorMessage()} says why. */
public class BadRequestException extends ApiResponseException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a 400 response.
     *
     * @param response what the response said
     */
    public BadRequestException(ErrorResponse response) {
        super(response);
    }
}
