package dev.dbcloud.clickhouse;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JavaType;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.errors.ApiException;
import dev.dbcloud.core.errors.FailedDependencyException;
import dev.dbcloud.core.internal.ApiRequest;
import dev.dbcloud.core.internal.HttpEngine;
import dev.dbcloud.core.internal.HttpMethod;
import java.time.Duration;
import java.util.Optional;

/**
 * Sends the requests of one service's ClickPipes and reverse private endpoints, and, when the handle was made with
 * auto-wake, answers a {@code 424 FAILED_DEPENDENCY} by waking the service ({@link Services#ensureAwake(String,
 * Duration, RequestOptions)}) and sending the request once more.
 */
final class ClickPipeCalls {
    final HttpEngine engine;
    final ServiceRequests requests;
    final Services services;
    final String serviceId;
    final Optional<Duration> autoWake;

    ClickPipeCalls(
            HttpEngine engine,
            ServiceRequests requests,
            Services services,
            String serviceId,
            Optional<Duration> autoWake) {
        this.engine = engine;
        this.requests = requests;
        this.services = services;
        this.serviceId = serviceId;
        this.autoWake = autoWake;
    }

    ClickPipeCalls withAutoWake(Optional<Duration> timeout) {
        return new ClickPipeCalls(engine, requests, services, serviceId, timeout);
    }

    /**
     * Sends {@code …/services/{serviceId}} + {@code suffix}.
     *
     * @param method the HTTP method
     * @param suffix the path after the service, with placeholders for {@code more}
     * @param body the JSON body, or null
     * @param options the call's options
     * @param type the result type
     * @param more the placeholders' values, already checked
     * @param <T> the result type
     * @return the response
     */
    <T> ApiResponse<T> send(
            HttpMethod method, String suffix, Object body, RequestOptions options, JavaType type, String... more) {
        requireNonNull(options, "options == null");
        try {
            return sendOnce(method, suffix, body, options, type, more);
        } catch (FailedDependencyException idle) {
            if (autoWake.isEmpty()) {
                throw idle;
            }
            try {
                services.ensureAwake(serviceId, autoWake.get(), options);
            } catch (IllegalStateException notIdle) {
                idle.addSuppressed(notIdle);
                throw idle;
            } catch (ApiException wakeFailure) {
                wakeFailure.addSuppressed(idle);
                throw wakeFailure;
            }
            return sendOnce(method, suffix, body, options, type, more);
        }
    }

    private <T> ApiResponse<T> sendOnce(
            HttpMethod method, String suffix, Object body, RequestOptions options, JavaType type, String... more) {
        ApiRequest.Builder request = requests.service(method, suffix, serviceId, options, more);
        if (body != null) {
            request.body(body);
        }
        return engine.send(request.build(), type);
    }
}
