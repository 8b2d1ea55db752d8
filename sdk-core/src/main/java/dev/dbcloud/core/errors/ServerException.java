package dev.dbcloud.core.errors;

/** The API failed with a server error (HTTP 5xx). Safe calls were already retried before this was thrown. {@link #statusCode()} tells which. */
public class ServerException extends ApiResponseException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a 5xx response.
     *
     * @param response what the response said
     */
    public ServerException(ErrorResponse response) {
        super(response);
    }
}
