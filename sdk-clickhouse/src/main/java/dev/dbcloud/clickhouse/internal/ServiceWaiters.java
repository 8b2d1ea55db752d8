package dev.dbcloud.clickhouse.internal;

import dev.dbcloud.clickhouse.Service;
import dev.dbcloud.clickhouse.ServiceState;
import dev.dbcloud.clickhouse.shared.internal.OrganizationInvoker;
import dev.dbcloud.core.errors.NotFoundException;
import dev.dbcloud.core.internal.Checks;
import dev.dbcloud.core.internal.Waiter;
import java.time.Duration;
import java.util.Set;

/**
 * The waiters of services, declared once each, and {@link #ensureAwake}, the wake-up workflow that {@code
 * Services.ensureAwake} offers users and that ClickPipes' auto-wake reuses. Public only for the other packages of
 * this module.
 *
 * <p>Every waiter reads {@code GET …/services/{serviceId}} with the options of the view it is called from. The
 * pause between polls is a steady 5 seconds, as the official Terraform provider polls, unless {@code
 * RequestOptions.pollInterval} or the client's {@code pollInterval} sets another. Waiting for a state other than
 * {@code failed}, {@code terminated} and {@code softdeleted} fails at once on those.
 */
public final class ServiceWaiters {
    /** The pause between polls unless the call or the client sets one. */
    public static final Duration POLL_INTERVAL = Duration.ofSeconds(5);

    /** How long a 404 is polled through when waiting for {@code running}: a service just created may be unknown. */
    public static final Duration NOT_FOUND_GRACE = Duration.ofMinutes(2);

    private static final Set<ServiceState> WAKING =
            Set.of(ServiceState.AWAKING, ServiceState.STARTING, ServiceState.PROVISIONING);

    /** Until {@code running}; a 404 is tolerated for {@link #NOT_FOUND_GRACE}. */
    public static final Waiter<Service> RUNNING = Waiter.on(ServiceEndpoints.GET, "service %2$s to be running")
            .state(Service::state)
            .successOn(ServiceState.RUNNING)
            .failOn(ServiceState.FAILED, ServiceState.TERMINATED, ServiceState.SOFTDELETED)
            .tolerate(NotFoundException.class, NOT_FOUND_GRACE)
            .schedule(POLL_INTERVAL, 1.0, POLL_INTERVAL)
            .build();

    /** Until {@code stopped}. */
    public static final Waiter<Service> STOPPED = until(ServiceState.STOPPED);

    /** Until {@code idle}. */
    public static final Waiter<Service> IDLE = until(ServiceState.IDLE);

    /** Until {@code GET} answers 404, or shows the service {@code terminated} or {@code softdeleted}. */
    public static final Waiter<Service> DELETED = Waiter.on(ServiceEndpoints.GET, "service %2$s to be gone")
            .state(Service::state)
            .successOn(ServiceState.TERMINATED, ServiceState.SOFTDELETED)
            .successOnError(NotFoundException.class)
            .schedule(POLL_INTERVAL, 1.0, POLL_INTERVAL)
            .build();

    private ServiceWaiters() {}

    private static Waiter<Service> until(ServiceState state) {
        return Waiter.on(ServiceEndpoints.GET, "service %2$s to be " + state)
                .state(Service::state)
                .successOn(state)
                .failOn(ServiceState.FAILED, ServiceState.TERMINATED, ServiceState.SOFTDELETED)
                .schedule(POLL_INTERVAL, 1.0, POLL_INTERVAL)
                .build();
    }

    /**
     * Makes sure a service is running: one {@code GET …/services/{serviceId}}; a {@code running} service is
     * returned at once; an {@code idle} one is woken with {@code PATCH …/state {"command":"awake"}}; then, for an
     * idle or an {@code awaking}, {@code starting} or {@code provisioning} one, {@link #RUNNING} polls. A service in
     * any other state (such as {@code stopped}) is not started: that is the caller's decision.
     *
     * @param org the view to send with; the wake is sent through the step {@code awake}
     * @param serviceId the service id
     * @param timeout how long to wait for {@code running}
     * @return the running service
     * @throws IllegalStateException if the service is in another state, e.g. {@code stopped}
     */
    public static Service ensureAwake(OrganizationInvoker org, String serviceId, Duration timeout) {
        Checks.pathSegment(serviceId, "serviceId");
        Checks.positive(timeout, "timeout");
        Service service = org.send(ServiceEndpoints.GET, serviceId).value();
        ServiceState state = service.state();
        if (state.equals(ServiceState.RUNNING)) {
            return service;
        }
        if (state.equals(ServiceState.IDLE)) {
            OrganizationInvoker wake = org.forStep("awake");
            wake.sendCommand(ServiceEndpoints.CHANGE_STATE, "awake", serviceId);
        } else if (!WAKING.contains(state)) {
            throw new IllegalStateException("service " + serviceId + " is " + state
                    + "; ensureAwake wakes only idle services (start a stopped service with start())");
        }
        return org.await(RUNNING, timeout, serviceId);
    }
}
