package dev.dbcloud.postgres;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.clickhouse.shared.internal.OrganizationInvoker;
import dev.dbcloud.clickhouse.shared.internal.OrganizationResolver;
import dev.dbcloud.core.errors.NotFoundException;
import dev.dbcloud.core.internal.Invoker;
import dev.dbcloud.core.internal.Waiter;
import dev.dbcloud.postgres.internal.InstanceEndpoints;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/**
 * The waiters of Managed Postgres instances, each declared once on {@code GET …/postgres/{postgresId}} and reached
 * from {@link Instances#waitUntilRunning}, {@link Instances#waitUntilApplied}, {@link Instances#waitUntilDeleted}
 * and {@link Instances#deleteSafely}. Polls carry the options of the view they were called from, every {@link
 * Instances#DEFAULT_POLL_INTERVAL} (5 seconds, as the Terraform provider polls) unless the call or the client sets
 * a {@code pollInterval}.
 *
 * <p>{@code stopped} and {@code deleting} end a wait for {@code running} at once: the API has no command to start a
 * stopped instance, and a deleting one becomes nothing else. Every other state, unknown ones included, is waited
 * through.
 */
final class InstanceWaiters {
    /** How long a 404 is polled through while waiting for {@code running}: a new instance may be unknown a moment. */
    static final Duration NOT_FOUND_GRACE = Duration.ofMinutes(2);

    /** The states from which an instance never becomes {@code running}. */
    private static final Set<InstanceState> DEAD_ENDS = Set.of(InstanceState.STOPPED, InstanceState.DELETING);

    /** Until {@code running}; {@code stopped} and {@code deleting} fail at once; 404 tolerated for a grace. */
    static final Waiter<PostgresInstance> RUNNING = Waiter.on(
                    InstanceEndpoints.GET, "Postgres instance %2$s to be running")
            .state(PostgresInstance::state)
            .successOn(InstanceState.RUNNING)
            .failOn(InstanceState.STOPPED, InstanceState.DELETING)
            .tolerate(NotFoundException.class, NOT_FOUND_GRACE)
            .describeWith(InstanceWaiters::describe)
            .schedule(Instances.DEFAULT_POLL_INTERVAL, 1.0, Instances.DEFAULT_POLL_INTERVAL)
            .build();

    /** Until {@code GET} answers 404, through every state. */
    static final Waiter<PostgresInstance> DELETED = Waiter.on(
                    InstanceEndpoints.GET, "Postgres instance %2$s to be deleted")
            .successOnError(NotFoundException.class)
            .describeWith(InstanceWaiters::describe)
            .schedule(Instances.DEFAULT_POLL_INTERVAL, 1.0, Instances.DEFAULT_POLL_INTERVAL)
            .build();

    private InstanceWaiters() {}

    /**
     * Until {@code running} and showing every value the update sets, on {@link Instances#STABLE_POLLS} polls in a
     * row; {@code stopped} and {@code deleting} fail at once. Declared per update, as it compares with it.
     *
     * @param update the update that was sent
     * @return the waiter, for one wait only: it counts the polls in a row
     */
    static Waiter<PostgresInstance> appliedWaiter(UpdateInstanceParams update) {
        int[] streak = {0};
        return Waiter.on(InstanceEndpoints.GET, "update of Postgres instance %2$s to be applied")
                .successWhen(seen -> (streak[0] = shows(seen, update) ? streak[0] + 1 : 0) >= Instances.STABLE_POLLS)
                .failWhen(seen -> DEAD_ENDS.contains(seen.state()))
                .describeWith(InstanceWaiters::describe)
                .schedule(Instances.DEFAULT_POLL_INTERVAL, 1.0, Instances.DEFAULT_POLL_INTERVAL)
                .build();
    }

    /**
     * Waits until the instance is {@code running}, with {@link #RUNNING}.
     *
     * @param invoker the invoker of the calling view, whose options every poll carries
     * @param organization the organization of the instances
     * @param postgresId the instance id
     * @param timeout how long to wait in all
     * @return the running instance
     */
    static PostgresInstance running(
            Invoker invoker, OrganizationResolver organization, String postgresId, Duration timeout) {
        return new OrganizationInvoker(organization, invoker).await(RUNNING, timeout, postgresId);
    }

    /**
     * Waits until the update is applied, with {@link #appliedWaiter}.
     *
     * @param invoker the invoker of the calling view, whose options every poll carries
     * @param organization the organization of the instances
     * @param postgresId the instance id
     * @param update the update that was sent
     * @param timeout how long to wait in all
     * @return the instance showing the update
     */
    static PostgresInstance applied(
            Invoker invoker,
            OrganizationResolver organization,
            String postgresId,
            UpdateInstanceParams update,
            Duration timeout) {
        Waiter<PostgresInstance> waiter = appliedWaiter(requireNonNull(update, "update == null"));
        return new OrganizationInvoker(organization, invoker).await(waiter, timeout, postgresId);
    }

    /**
     * Waits until the instance is gone, with {@link #DELETED}.
     *
     * @param invoker the invoker of the calling view, whose options every poll carries
     * @param organization the organization of the instances
     * @param postgresId the instance id
     * @param timeout how long to wait in all
     */
    static void deleted(Invoker invoker, OrganizationResolver organization, String postgresId, Duration timeout) {
        new OrganizationInvoker(organization, invoker).await(DELETED, timeout, postgresId);
    }

    /** Whether an instance is running and shows every value the update sets (tags compared as a set). */
    private static boolean shows(PostgresInstance seen, UpdateInstanceParams update) {
        return seen.state().equals(InstanceState.RUNNING)
                && update.name()
                        .map(n -> seen.name().filter(n::equals).isPresent())
                        .orElse(true)
                && update.size()
                        .map(s -> seen.size().filter(s::equals).isPresent())
                        .orElse(true)
                && update.haType()
                        .map(h -> seen.haType().filter(h::equals).isPresent())
                        .orElse(true)
                && update.tags()
                        .map(t -> new HashSet<>(t).equals(new HashSet<>(seen.tags())))
                        .orElse(true);
    }

    private static String describe(PostgresInstance i) {
        return "state " + i.state().value() + ", name " + i.name().orElse("?") + ", size "
                + i.size().map(InstanceSize::value).orElse("?") + ", haType "
                + i.haType().map(HaType::value).orElse("?") + ", " + i.tags().size() + " tags";
    }
}
