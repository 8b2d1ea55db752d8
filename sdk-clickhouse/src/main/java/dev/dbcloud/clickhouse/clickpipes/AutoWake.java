package dev.dbcloud.clickhouse.clickpipes;

import dev.dbcloud.clickhouse.ServiceState;
import dev.dbcloud.clickhouse.internal.ServiceEndpoints;
import dev.dbcloud.clickhouse.internal.ServiceWaiters;
import dev.dbcloud.clickhouse.shared.internal.OrganizationInvoker;
import dev.dbcloud.clickhouse.shared.internal.OrganizationResolver;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.errors.ApiException;
import dev.dbcloud.core.errors.ApiTimeoutException;
import dev.dbcloud.core.errors.FailedDependencyException;
import dev.dbcloud.core.internal.Checks;
import dev.dbcloud.core.internal.Invoker;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The auto-wake workflow of {@link ClickPipes#withAutoWake(Duration)}: sends one call of a raw view and, when it
 * fails with a {@code 424 FAILED_DEPENDENCY} because the service is idle, wakes the service and sends the call once
 * more. The requests it sends:
 *
 * <ol>
 *   <li>the call;
 *   <li>on a 424 reporting no service state: {@code GET …/services/{serviceId}}; a service {@code running} or in a
 *       state other than {@code idle}, {@code awaking} or {@code starting} ends here (the 424 is thrown untouched);
 *   <li>on a 424 reporting {@code idle}, {@code awaking} or {@code starting} ({@code … Current state: idle}), or
 *       after the read above: {@code ServiceWaiters.ensureAwake}, that is {@code GET …/services/{serviceId}}, {@code
 *       PATCH …/services/{serviceId}/state {"command":"awake"}} if the service is idle, and {@code GET
 *       …/services/{serviceId}} polls until {@code running}, for at most the auto-wake timeout; a service found
 *       in another state (such as {@code stopped}) ends here with the 424;
 *   <li>the call once more.
 * </ol>
 *
 * <p>A 424 reporting another state is thrown without any request. When the view's {@link RequestOptions#timeout()}
 * is set, it bounds the whole: every request after the first gets the time left until a deadline taken from the
 * client's clock, and the wait is cut short to fit. A failure while waking is thrown with the 424 attached as
 * suppressed.
 */
final class AutoWake {
    private static final Pattern CURRENT_STATE =
            Pattern.compile("Current state: '?([A-Za-z_]+)'?", Pattern.CASE_INSENSITIVE);
    private static final Set<ServiceState> WAKING =
            Set.of(ServiceState.IDLE, ServiceState.AWAKING, ServiceState.STARTING);

    private final OrganizationInvoker org;
    private final String serviceId;
    private final Optional<Duration> timeout;

    AutoWake(OrganizationInvoker org, String serviceId, Optional<Duration> timeout) {
        this.org = org;
        this.serviceId = serviceId;
        this.timeout = timeout;
    }

    /**
     * Sends {@code op} on {@code raw} with the auto-wake setting of a handle ({@link ClickPipes}, {@link
     * ReversePrivateEndpoints}); what every typed operation of those handles is sent through.
     *
     * @param invoker the handle's invoker, with its view's options
     * @param organization resolves the organization of the client
     * @param serviceId the service the handle works on
     * @param timeout how long a call waits for the service, or empty when the handle does not wake it
     * @param raw the handle's raw view, with the same options
     * @param op the one-request operation
     * @param <R> the raw view's type
     * @param <T> the decoded type
     * @return the decoded value of the answer
     */
    static <R extends RawResource<R>, T> T send(
            Invoker invoker,
            OrganizationResolver organization,
            String serviceId,
            Optional<Duration> timeout,
            R raw,
            Function<R, ApiResponse<T>> op) {
        return new AutoWake(new OrganizationInvoker(organization, invoker), serviceId, timeout).call(raw, op);
    }

    /** {@link ClickPipes#withAutoWake(Duration)}: the same handle, waking the service for up to {@code timeout}. */
    static ClickPipes withAutoWake(
            Invoker invoker,
            OrganizationResolver organization,
            String serviceId,
            Optional<Duration> current,
            Duration timeout) {
        Checks.positive(timeout, "timeout");
        return new ClickPipes(invoker, organization, serviceId, Optional.of(timeout));
    }

    /** {@link ClickPipes#withoutAutoWake()}: the same handle, throwing a 424 as is. */
    static ClickPipes withoutAutoWake(
            Invoker invoker, OrganizationResolver organization, String serviceId, Optional<Duration> current) {
        return new ClickPipes(invoker, organization, serviceId, Optional.empty());
    }

    /**
     * Sends {@code op} on {@code raw}, waking the service and sending it once more after a 424 of an idle service.
     *
     * @param raw the raw view, with the call's options
     * @param op the one-request operation
     * @param <R> the raw view's type
     * @param <T> the decoded type
     * @return the decoded value of the answer
     */
    <R extends RawResource<R>, T> T call(R raw, Function<R, ApiResponse<T>> op) {
        if (timeout.isEmpty()) {
            return op.apply(raw).value();
        }
        Clock clock = org.invoker().settings().clock();
        Optional<Instant> deadline =
                org.invoker().options().timeout().map(budget -> clock.instant().plus(budget));
        try {
            return op.apply(raw).value();
        } catch (FailedDependencyException failure) {
            RequestOptions retry;
            try {
                if (!wakeIfIdle(failure, deadline, clock)) {
                    throw failure;
                }
                retry = within(deadline, clock);
            } catch (ApiException wakeFailure) {
                if (wakeFailure != failure) {
                    wakeFailure.addSuppressed(failure);
                }
                throw wakeFailure;
            }
            return op.apply(raw.withOptions(retry)).value();
        }
    }

    /** @return whether the service was idle and now runs, so the call should be sent again */
    private boolean wakeIfIdle(FailedDependencyException failure, Optional<Instant> deadline, Clock clock) {
        Optional<ServiceState> reported = reportedState(failure);
        if (reported.isPresent() && !WAKING.contains(reported.get())) {
            return false;
        }
        if (reported.isEmpty()) {
            ServiceState state = org.withOptions(within(deadline, clock))
                    .send(ServiceEndpoints.GET, serviceId)
                    .value()
                    .state();
            if (!WAKING.contains(state)) {
                return false;
            }
        }
        Duration wait = timeout.orElseThrow();
        if (deadline.isPresent()) {
            wait = min(wait, remaining(deadline.get(), clock));
        }
        try {
            ServiceWaiters.ensureAwake(org.withOptions(within(deadline, clock)), serviceId, wait);
        } catch (IllegalStateException notIdle) {
            return false; // stopped (or another state) meanwhile: never started by this workflow
        }
        return true;
    }

    private static Optional<ServiceState> reportedState(FailedDependencyException failure) {
        Matcher m = CURRENT_STATE.matcher(failure.errorMessage().orElse(""));
        return m.find() ? Optional.of(ServiceState.of(m.group(1).toLowerCase(Locale.ROOT))) : Optional.empty();
    }

    /** Options with the time left until the deadline as their timeout, or none when the call has no deadline. */
    private static RequestOptions within(Optional<Instant> deadline, Clock clock) {
        return deadline.map(d ->
                        RequestOptions.builder().timeout(remaining(d, clock)).build())
                .orElse(RequestOptions.none());
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
}
