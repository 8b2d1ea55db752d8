package dev.dbcloud.clickhouse.clickpipes;

import dev.dbcloud.clickhouse.internal.ClickPipeEndpoints;
import dev.dbcloud.clickhouse.internal.ReversePrivateEndpointEndpoints;
import dev.dbcloud.core.internal.Waiter;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * The waiters of ClickPipes and reverse private endpoints, declared once each. Every one repeats one read ({@code
 * GET …/clickpipes/{clickPipeId}} or {@code GET …/clickpipesReversePrivateEndpoints/{id}}) with the options of the
 * view it is called from. The pause between polls starts at 5 seconds and grows by half after each poll up to 2
 * minutes, unless {@code RequestOptions.pollInterval} or the client's {@code pollInterval} sets a steady one.
 */
final class ClickPipeWaiters {
    private static final Duration FIRST = Duration.ofSeconds(5);
    private static final Duration LONGEST = Duration.ofMinutes(2);
    private static final double GROWTH = 1.5;

    private static final Set<ClickPipeState> FAILURES = Set.of(ClickPipeState.FAILED, ClickPipeState.INTERNAL_ERROR);
    private static final Set<ClickPipeState> STREAMING_UP = Set.of(ClickPipeState.RUNNING);
    private static final Set<ClickPipeState> OBJECT_STORAGE_UP =
            Set.of(ClickPipeState.RUNNING, ClickPipeState.COMPLETED);
    private static final Set<ClickPipeState> CDC_UP = Set.of(ClickPipeState.RUNNING, ClickPipeState.SNAPSHOT);
    private static final Set<ClickPipeState> SNAPSHOT_UP = Set.of(ClickPipeState.COMPLETED, ClickPipeState.SNAPSHOT);

    /** Until the pipe is up as its kind understands it; fails at once on {@code Failed} or {@code InternalError}. */
    static final Waiter<ClickPipe> RUNNING = Waiter.on(ClickPipeEndpoints.GET, "ClickPipe %3$s to be running")
            .successWhen(pipe -> upStates(pipe).contains(pipe.state()))
            .failWhen(pipe -> FAILURES.contains(pipe.state()))
            .describeWith(ClickPipeWaiters::describe)
            .schedule(FIRST, GROWTH, LONGEST)
            .build();

    /** Until {@code Stopped} or {@code Paused}; fails at once on {@code Failed} or {@code InternalError}. */
    static final Waiter<ClickPipe> STOPPED = Waiter.on(ClickPipeEndpoints.GET, "ClickPipe %3$s to be Paused or Stopped")
            .state(ClickPipe::state)
            .successOn(ClickPipeState.STOPPED, ClickPipeState.PAUSED)
            .failOn(ClickPipeState.FAILED, ClickPipeState.INTERNAL_ERROR)
            .schedule(FIRST, GROWTH, LONGEST)
            .build();

    /** Until the pipe is editable, {@code Stopped}, {@code Paused} or {@code Failed}; fails on {@code InternalError}. */
    static final Waiter<ClickPipe> EDITABLE = Waiter.on(
                    ClickPipeEndpoints.GET, "ClickPipe %3$s to be Failed or Paused or Stopped")
            .state(ClickPipe::state)
            .successOn(ClickPipeState.STOPPED, ClickPipeState.PAUSED, ClickPipeState.FAILED)
            .failOn(ClickPipeState.INTERNAL_ERROR)
            .schedule(FIRST, GROWTH, LONGEST)
            .build();

    /**
     * Until {@code Ready} or {@code PendingAcceptance}; fails at once on {@code Failed}, {@code Rejected}, {@code
     * Expired} and {@code Deleting}, and polls on through any other status or none.
     */
    static final Waiter<ReversePrivateEndpoint> PROVISIONED = Waiter.on(
                    ReversePrivateEndpointEndpoints.GET, "reverse private endpoint %3$s to be provisioned")
            .state(ReversePrivateEndpoint::status)
            .successOn(ReversePrivateEndpointStatus.READY, ReversePrivateEndpointStatus.PENDING_ACCEPTANCE)
            .failOn(
                    ReversePrivateEndpointStatus.FAILED,
                    ReversePrivateEndpointStatus.REJECTED,
                    ReversePrivateEndpointStatus.EXPIRED,
                    ReversePrivateEndpointStatus.DELETING)
            .describeWith(endpoint -> "status "
                    + endpoint.status().map(ReversePrivateEndpointStatus::value).orElse("(none)"))
            .schedule(FIRST, GROWTH, LONGEST)
            .build();

    private ClickPipeWaiters() {}

    private static String describe(ClickPipe pipe) {
        return "state " + pipe.state();
    }

    /** What "up" means for the pipe's kind. */
    static Set<ClickPipeState> upStates(ClickPipe pipe) {
        Optional<SourceKind> kind = pipe.kind();
        if (kind.isEmpty()) {
            return STREAMING_UP;
        }
        switch (kind.get()) {
            case OBJECT_STORAGE:
                return OBJECT_STORAGE_UP;
            case BIGQUERY:
                return SNAPSHOT_UP;
            case POSTGRES:
            case MYSQL:
            case MONGODB:
                return replicationMode(pipe)
                                .filter(ReplicationMode.SNAPSHOT::equals)
                                .isPresent()
                        ? SNAPSHOT_UP
                        : CDC_UP;
            default:
                return STREAMING_UP;
        }
    }

    private static Optional<ReplicationMode> replicationMode(ClickPipe pipe) {
        return pipe.source().flatMap(source -> source.postgres()
                .flatMap(pg -> pg.settings().flatMap(s -> s.replicationMode()))
                .or(() -> source.mysql().flatMap(my -> my.settings().flatMap(s -> s.replicationMode())))
                .or(() -> source.mongodb().flatMap(mongo -> mongo.settings().flatMap(s -> s.replicationMode()))));
    }
}
