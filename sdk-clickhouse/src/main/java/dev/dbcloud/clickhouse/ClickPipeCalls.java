package dev.dbcloud.clickhouse;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JavaType;
import dev.dbcloud.clickhouse.shared.internal.OrganizationRequests;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.errors.ApiException;
import dev.dbcloud.core.errors.ApiTimeoutException;
import dev.dbcloud.core.errors.FailedDependencyException;
import dev.dbcloud.core.internal.ApiRequest;
import dev.dbcloud.core.internal.HttpEngine;
import dev.dbcloud.core.internal.HttpMethod;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends the requests of one service's ClickPipes and reverse private endpoints, and, when the handle was made with
 * auto-wake, answers a {@code 424 FAILED_DEPENDENCY} caused by an idle service by waking it and sending the request
 * once more.
 *
 * <p>A 424 is taken as "the service is idle" when its message reports the service's state as {@code idle}, {@code
 * awaking} or {@code starting} ({@code FAILED_DEPENDENCY: … Current state: idle}), or, when it reports no state,
 * when a {@code GET} of the service shows one of those. Any other 424 (the service running, stopped, or a
 * dependency that is not the service) is thrown untouched. When the call's {@link RequestOptions#timeout()} is set,
 * it bounds the whole: the service reads, the wake, the wait for {@code running} and the retry share one deadline
 * taken from the client's clock.
 */
final class ClickPipeCalls {
    private static final Pattern CURRENT_STATE =
            Pattern.compile("Current state: '?([A-Za-z_]+)'?", Pattern.CASE_INSENSITIVE);
    private static final Set<ServiceState> WAKING =
            Set.of(ServiceState.IDLE, ServiceState.AWAKING, ServiceState.STARTING);

    final HttpEngine engine;
    final OrganizationRequests requests;
    final Services services;
    final String serviceId;
    final Optional<Duration> autoWake;

    ClickPipeCalls(
            HttpEngine engine,
            OrganizationRequests requests,
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
        if (autoWake.isEmpty()) {
            return sendOnce(method, suffix, body, options, type, more);
        }
        Clock clock = engine.settings().clock();
        Optional<Instant> deadline =
                options.timeout().map(budget -> clock.instant().plus(budget));
        try {
            return sendOnce(method, suffix, body, options, type, more);
        } catch (FailedDependencyException failure) {
            RequestOptions retry;
            try {
                if (!wakeIfIdle(failure, options, deadline, clock)) {
                    throw failure;
                }
                retry = within(options, deadline, clock);
            } catch (ApiException wakeFailure) {
                if (wakeFailure != failure) {
                    wakeFailure.addSuppressed(failure);
                }
                throw wakeFailure;
            }
            return sendOnce(method, suffix, body, retry, type, more);
        }
    }

    /**
     * Wakes the service if {@code failure} came from its being idle, and waits until it runs.
     *
     * @return whether the service was idle (and is now running), so the call should be sent again
     */
    private boolean wakeIfIdle(
            FailedDependencyException failure, RequestOptions options, Optional<Instant> deadline, Clock clock) {
        Optional<ServiceState> reported = reportedState(failure);
        if (reported.isPresent() && !WAKING.contains(reported.get())) {
            return false;
        }
        ServiceState state = services.withOptions(within(options, deadline, clock))
                .get(serviceId)
                .state();
        if (state.equals(ServiceState.RUNNING)) {
            return reported.isPresent();
        }
        if (!WAKING.contains(state)) {
            return false;
        }
        if (state.equals(ServiceState.IDLE)) {
            services.withOptions(within(options, deadline, clock)).awake(serviceId);
        }
        Duration wait = autoWake.orElseThrow();
        if (deadline.isPresent()) {
            wait = min(wait, remaining(deadline.get(), clock));
        }
        services.withOptions(within(options, deadline, clock)).waitUntilRunning(serviceId, wait);
        return true;
    }

    private static Optional<ServiceState> reportedState(FailedDependencyException failure) {
        Matcher m = CURRENT_STATE.matcher(failure.errorMessage().orElse(""));
        return m.find() ? Optional.of(ServiceState.of(m.group(1).toLowerCase(Locale.ROOT))) : Optional.empty();
    }

    /** The options with the time left until the deadline as their timeout, if the call has a deadline. */
    private static RequestOptions within(RequestOptions options, Optional<Instant> deadline, Clock clock) {
        if (deadline.isEmpty()) {
            return options;
        }
        return options.toBuilder().timeout(remaining(deadline.get(), clock)).build();
    }

    private static Duration remaining(Instant deadline, Clock clock) {
        Duration left = Duration.between(clock.instant(), deadline);
        if (left.isNegative() || left.isZero()) {
            throw new ApiTimeoutException(
                    "the call's timeout was spent waking the idle service before the call could be sent again", null);
        }
        return left;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private <T> ApiResponse<T> sendOnce(
            HttpMethod method, String suffix, Object body, RequestOptions options, JavaType type, String... more) {
        ApiRequest.Builder request = requests.member(method, suffix, serviceId, options, more);
        if (body != null) {
            request.body(body);
        }
        return engine.send(request.build(), type);
    }
}
