package dev.dbcloud.core.errors;

/** The credentials are missing, wrong or expired (HTTP 401). */
public class UnauthorizedException extends ApiResponseException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a 401 response.
     *
     * @param response what the response said
     */
    public UnauthorizedException(ErrorResponse response) {
        super(response);
    }
}
