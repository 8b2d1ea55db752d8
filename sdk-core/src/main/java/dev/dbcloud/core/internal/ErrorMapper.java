package dev.dbcloud.core.internal;

import dev.dbcloud.core.errors.ApiResponseException;
import dev.dbcloud.core.errors.BadRequestException;
import dev.dbcloud.core.errors.ConflictException;
import dev.dbcloud.core.errors.ErrorResponse;
import dev.dbcloud.core.errors.FailedDependencyException;
import dev.dbcloud.core.errors.ForbiddenException;
import dev.dbcloud.core.errors.GoneException;
import dev.dbcloud.core.errors.NotFoundException;
import dev.dbcloud.core.errors.RateLimitedException;
import dev.dbcloud.core.errors.ServerException;
import dev.dbcloud.core.errors.UnauthorizedException;
import dev.dbcloud.core.errors.UnprocessableEntityException;
import java.time.Duration;

/** Chooses the exception class for an unsuccessful status. */
public final class ErrorMapper {
    private ErrorMapper() {}

    /**
     * Creates the exception for a response.
     *
     * @param response what the response said
     * @param retryAfter the pause the server asked for, or null
     * @return the most specific exception for the status
     */
    public static ApiResponseException toException(ErrorResponse response, Duration retryAfter) {
        int status = response.statusCode();
        return switch (status) {
            case 400 -> new BadRequestException(response);
            case 401 -> new UnauthorizedException(response);
            case 403 -> new ForbiddenException(response);
            case 404 -> new NotFoundException(response);
            case 409 -> new ConflictException(response);
            case 410 -> new GoneException(response);
            case 422 -> new UnprocessableEntityException(response);
            case 424 -> new FailedDependencyException(response);
            case 429 -> new RateLimitedException(response, retryAfter);
            default ->
                status >= 500 && status <= 599 ? new ServerException(response) : new ApiResponseException(response);
        };
    }
}
