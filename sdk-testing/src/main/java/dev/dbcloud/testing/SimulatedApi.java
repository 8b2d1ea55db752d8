package dev.dbcloud.testing;

import java.util.Map;

/**
 * What one simulated vendor API contributes to an {@link ApiServer}: its routes, how it checks credentials, how
 * its error bodies and rate-limit headers look.
 */
interface SimulatedApi {

    /** A short name for thread names and messages, e.g. {@code crunchy-bridge}. */
    String name();

    /** Registers the API's routes. */
    void register(Router router);

    /** Whether the request carries the credentials this API accepts. */
    boolean authorized(SimRequest request);

    /** The vendor's error answer. */
    SimResponse error(int status, String message, String requestId);

    /** Headers the vendor sends with a 429 answer. */
    Map<String, String> rateLimitHeaders();

    /** Headers on every answer, e.g. a request id. */
    Map<String, String> commonHeaders(String requestId);
}
