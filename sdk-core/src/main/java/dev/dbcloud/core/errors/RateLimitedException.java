package dev.dbcloud.core.errors;

import java.time.Duration;
import java.util.Optional;

/**
 * The API's rate limit was exceeded (HTTP 429) and the retries allowed for the call did not get through, or the
 * server asked for a longer pause than the SDK may wait. {@link #retryAfter()} says how long the server asked to
 * wait before trying again.
 */
public class RateLimitedException extends ApiResponseException {
    private static final long serialVersionUID = 1L;

    /** The pause the server asked for, or null. */
    private final Duration retryAfter;

    /**
     * Creates the exception for a 429 response.
     *
     * @param response what the response said
     * @param retryAfter the pause the server asked for, or null if it gave none
     */
    public RateLimitedException(ErrorResponse response, Duration retryAfter) {
        super(response);
        this.retryAfter = retryAfter;
    }

    /**
     * The pause the server asked for, from {@code Retry-After} or the API's rate-limit reset header.
     *
     * @return the pause, if the server gave one
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
