package dev.dbcloud.clickhouse;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.clickhouse.internal.ServiceEndpoints;
import dev.dbcloud.clickhouse.internal.ServiceWaiters;
import dev.dbcloud.clickhouse.shared.internal.OrganizationInvoker;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.errors.ApiException;
import dev.dbcloud.core.errors.ConflictException;
import dev.dbcloud.core.errors.NotFoundException;
import dev.dbcloud.core.internal.Checks;
import java.util.Optional;
import java.util.Set;

/**
 * The delete workflows of services, reached from {@link Services#delete(String)} and {@link
 * Services#deleteSafely(String, SafeDeleteParams)}. Every request goes out with the options of the view they were
 * called from; each write of {@code deleteSafely} is sent through its own step ({@code stop}, {@code delete},
 * {@code restop}) so that it would carry a key of its own, should the API ever take idempotency keys (today the
 * engine refuses them for ClickHouse Cloud).
 */
final class ServiceDeletion {
    private static final Set<ServiceState> BEING_DELETED = Set.of(
            ServiceState.TERMINATING, ServiceState.TERMINATED, ServiceState.SOFTDELETING, ServiceState.SOFTDELETED);
    private static final Set<ServiceState> STOP_BEFORE_DELETE =
            Set.of(ServiceState.RUNNING, ServiceState.IDLE, ServiceState.PARTIALLY_RUNNING);

    private ServiceDeletion() {}

    /**
     * {@code DELETE …/services/{serviceId}}; when a repeated attempt (the answer of an earlier one was lost) is
     * answered {@code 409}, one {@code GET …/services/{serviceId}} decides: a service being deleted or gone counts
     * as deleted, otherwise the {@code 409} is thrown (with a failure of that read suppressed).
     */
    static void delete(OrganizationInvoker org, String serviceId) {
        try {
            org.send(ServiceEndpoints.DELETE, serviceId);
        } catch (ConflictException conflict) {
            if (conflict.attempts() <= 1 || !beingDeleted(org, serviceId, conflict)) {
                throw conflict;
            }
        }
    }

    private static boolean beingDeleted(OrganizationInvoker org, String serviceId, ConflictException conflict) {
        try {
            return find(org, serviceId)
                    .map(service -> BEING_DELETED.contains(service.state()))
                    .orElse(true);
        } catch (ApiException readFailure) {
            conflict.addSuppressed(readFailure);
            return false;
        }
    }

    /** {@link #deleteSafely(OrganizationInvoker, String, SafeDeleteParams)} with the default parameters. */
    static void deleteSafely(OrganizationInvoker org, String serviceId) {
        deleteSafely(org, serviceId, SafeDeleteParams.builder().build());
    }

    /**
     * The safe delete; {@link Services#deleteSafely(String, SafeDeleteParams)} lists its requests. The stop wait and
     * the wait until gone poll every {@link SafeDeleteParams#pollInterval()}.
     */
    static void deleteSafely(OrganizationInvoker org, String serviceId, SafeDeleteParams params) {
        Checks.pathSegment(serviceId, "serviceId");
        requireNonNull(params, "params == null");
        OrganizationInvoker polls = org.withOptions(
                RequestOptions.builder().pollInterval(params.pollInterval()).build());
        Optional<Service> service = find(org, serviceId);
        if (service.isEmpty()) {
            return;
        }
        ServiceState state = service.get().state();
        if (!BEING_DELETED.contains(state)) {
            if (STOP_BEFORE_DELETE.contains(state)) {
                state = stop(org.forStep("stop"), serviceId).state();
            }
            if (STOP_BEFORE_DELETE.contains(state) || state.equals(ServiceState.STOPPING)) {
                polls.await(ServiceWaiters.STOPPED, params.stopTimeout(), serviceId);
            }
            org.invoker()
                    .engine()
                    .<Optional<ConflictException>>poller("service " + serviceId + " to accept its deletion")
                    .poll(() -> deleteAllowingConflict(org, serviceId))
                    .fixedInterval(params.conflictInterval())
                    .until(Optional::isEmpty)
                    .describeWith(conflict -> conflict.map(
                                    e -> "409 " + e.errorMessage().orElse(""))
                            .orElse("deleted"))
                    .timeout(params.conflictTimeout())
                    .build()
                    .await();
        }
        if (params.waitUntilGone()) {
            polls.await(ServiceWaiters.DELETED, params.goneTimeout(), serviceId);
        }
    }

    /**
     * Sends the DELETE once. A 409 is followed by one GET: a service already being deleted (or gone) counts as
     * deleted; a service that came up meanwhile (a {@code provisioning} or {@code starting} one that became {@code
     * running}) is stopped again, so that a later attempt can succeed.
     */
    private static Optional<ConflictException> deleteAllowingConflict(OrganizationInvoker org, String serviceId) {
        try {
            org.forStep("delete").send(ServiceEndpoints.DELETE, serviceId);
            return Optional.empty();
        } catch (ConflictException conflict) {
            Optional<Service> now;
            try {
                now = find(org, serviceId);
            } catch (ApiException readFailure) {
                conflict.addSuppressed(readFailure);
                return Optional.of(conflict);
            }
            if (now.isEmpty() || BEING_DELETED.contains(now.get().state())) {
                return Optional.empty();
            }
            if (STOP_BEFORE_DELETE.contains(now.get().state())) {
                try {
                    stop(org.forStep("restop"), serviceId);
                } catch (ConflictException stopConflict) {
                    conflict.addSuppressed(stopConflict);
                }
            }
            return Optional.of(conflict);
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    private static Service stop(OrganizationInvoker org, String serviceId) {
        return org.sendCommand(ServiceEndpoints.CHANGE_STATE, "stop", serviceId).value();
    }

    private static Optional<Service> find(OrganizationInvoker org, String serviceId) {
        try {
            return Optional.of(org.send(ServiceEndpoints.GET, serviceId).value());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
