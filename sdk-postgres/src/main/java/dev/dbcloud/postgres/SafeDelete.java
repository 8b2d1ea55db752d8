package dev.dbcloud.postgres;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.clickhouse.SafeDeleteParams;
import dev.dbcloud.clickhouse.shared.internal.OrganizationResolver;
import dev.dbcloud.core.errors.ApiException;
import dev.dbcloud.core.errors.ConflictException;
import dev.dbcloud.core.errors.NotFoundException;
import dev.dbcloud.core.internal.Checks;
import dev.dbcloud.core.internal.Invoker;
import java.util.Locale;
import java.util.Optional;

/**
 * The delete a cleanup job needs, reached from {@link Instances#deleteSafely(String, SafeDeleteParams)}. It sends:
 *
 * <ol>
 *   <li>{@code GET …/postgres/{postgresId}}: a 404 means the instance is already gone and ends the call; an
 *       instance already {@code deleting} is not deleted again.
 *   <li>{@code DELETE …/postgres/{postgresId}}; a 404 counts as deleted (a repetition of the DELETE after a lost
 *       answer gets one too). A {@code 409} whose message mentions a replica is thrown at once: a primary that
 *       still has read replicas cannot be deleted, and replicas are never deleted or promoted for you. Other
 *       {@code 409}s are transient: each is followed by one {@code GET} (an instance gone or {@code deleting} counts
 *       as deleted; a failure of that read is kept as suppressed by the conflict), and the DELETE is sent again
 *       every {@link SafeDeleteParams#conflictInterval()} until {@link SafeDeleteParams#conflictTimeout()}.
 *   <li>Unless {@link SafeDeleteParams#waitUntilGone()} is false, {@code GET} until it answers 404, for up to {@link
 *       SafeDeleteParams#goneTimeout()}, as {@link Instances#waitUntilDeleted} does.
 * </ol>
 */
final class SafeDelete {
    private final Invoker invoker;
    private final OrganizationResolver organization;
    private final Instances.WithRawResponse raw;

    private SafeDelete(Invoker invoker, OrganizationResolver organization) {
        this.invoker = invoker;
        this.organization = organization;
        this.raw = new Instances.WithRawResponse(invoker, organization);
    }

    /**
     * Deletes with the defaults of {@link SafeDeleteParams}.
     *
     * @param invoker the invoker of the calling view, whose options every request carries
     * @param organization the organization of the instances
     * @param postgresId the instance id
     */
    static void withDefaults(Invoker invoker, OrganizationResolver organization, String postgresId) {
        run(invoker, organization, postgresId, SafeDeleteParams.builder().build());
    }

    /**
     * Deletes as the class describes.
     *
     * @param invoker the invoker of the calling view, whose options every request carries
     * @param organization the organization of the instances
     * @param postgresId the instance id
     * @param params how long to retry and to wait
     */
    static void run(Invoker invoker, OrganizationResolver organization, String postgresId, SafeDeleteParams params) {
        new SafeDelete(invoker, organization).delete(postgresId, params);
    }

    private void delete(String postgresId, SafeDeleteParams params) {
        Checks.pathSegment(postgresId, "postgresId");
        requireNonNull(params, "params == null");
        Optional<PostgresInstance> instance = find(postgresId);
        if (instance.isEmpty()) {
            return;
        }
        if (!beingDeleted(instance.get())) {
            RetryWhile.run(
                    invoker.engine(),
                    "Postgres instance " + postgresId + " to accept its deletion",
                    () -> deleteOnce(postgresId),
                    e -> e instanceof ConflictException conflict && !hasReadReplicas(conflict),
                    params.conflictInterval(),
                    params.conflictTimeout());
        }
        if (params.waitUntilGone()) {
            InstanceWaiters.deleted(invoker, organization, postgresId, params.goneTimeout());
        }
    }

    /**
     * Sends the DELETE once. A 404 counts as deleted; a {@code 409} about read replicas is thrown as it came; any
     * other {@code 409} is followed by one GET, and counts as deleted if the instance is gone or {@code deleting},
     * otherwise it is thrown for the caller to retry.
     */
    private boolean deleteOnce(String postgresId) {
        try {
            raw.delete(postgresId);
        } catch (NotFoundException gone) {
            return true;
        } catch (ConflictException conflict) {
            if (hasReadReplicas(conflict)) {
                throw conflict;
            }
            Optional<PostgresInstance> now;
            try {
                now = find(postgresId);
            } catch (ApiException readFailure) {
                conflict.addSuppressed(readFailure);
                throw conflict;
            }
            if (now.isPresent() && !beingDeleted(now.get())) {
                throw conflict;
            }
        }
        return true;
    }

    /**
     * Whether a {@code 409} refuses to delete a primary because it still has read replicas. The API has not
     * published the wording of that refusal: it is recognized by the word {@code replica}.
     *
     * @param conflict the refusal
     * @return true if its error message (or, lacking one, its body) mentions a replica, in any case
     */
    static boolean hasReadReplicas(ConflictException conflict) {
        return conflict.errorMessage()
                .orElseGet(conflict::responseBody)
                .toLowerCase(Locale.ROOT)
                .contains("replica");
    }

    private static boolean beingDeleted(PostgresInstance instance) {
        return instance.state().equals(InstanceState.DELETING);
    }

    private Optional<PostgresInstance> find(String postgresId) {
        try {
            return Optional.of(raw.get(postgresId).value());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
