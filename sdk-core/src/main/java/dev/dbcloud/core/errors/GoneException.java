package dev.dbcloud.core.errors;

/**
 * The resource existed but has been deleted (HTTP 410), for example a second delete of the same Crunchy Bridge
 * cluster. Code that deletes idempotently can treat it as success:
 *
 * <pre>{@code
 * try {
 *     cb.clusters().destroy(clusterId);
 * } catch (GoneException | NotFoundException alreadyDeleted) {
 *     // nothing left to delete
 * }
 * }</pre>
 */
public class GoneException extends ApiResponseException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception for a 410 response.
     *
     * @param response what the response said
     */
    public GoneException(ErrorResponse response) {
        super(response);
    }
}
