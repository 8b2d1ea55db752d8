package dev.dbcloud.postgres;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.clickhouse.shared.internal.OrganizationResolver;
import dev.dbcloud.core.errors.ApiException;
import dev.dbcloud.core.errors.BadRequestException;
import dev.dbcloud.core.internal.Checks;
import dev.dbcloud.core.internal.Invoker;
import java.time.Duration;
import java.util.Locale;

/**
 * The creation of a read replica that waits for the primary's first backup, reached from {@link
 * Instances#createReadReplica(String, CreateReadReplicaParams, Duration)}. It sends {@code POST
 * …/postgres/{postgresId}/readReplica}, and sends it again every {@link Instances#READ_REPLICA_RETRY_INTERVAL} (20
 * seconds, as the Terraform provider does) while the API refuses it with {@code 400 BAD_REQUEST: Parent server is
 * not ready for read replicas. There are no backups, yet.}, until the given time has passed. Every other error is
 * thrown at once as it came. Each attempt is the same write: the earlier ones were refused and created nothing.
 */
final class ReadReplicaRetry {
    private ReadReplicaRetry() {}

    /**
     * Runs the retry.
     *
     * @param invoker the invoker of the calling view, whose options every attempt carries
     * @param organization the organization of the instances
     * @param primaryId the primary's id
     * @param params the replica
     * @param waitForFirstBackup how long in all to keep retrying
     * @return the new replica
     */
    static PostgresInstance run(
            Invoker invoker,
            OrganizationResolver organization,
            String primaryId,
            CreateReadReplicaParams params,
            Duration waitForFirstBackup) {
        Checks.pathSegment(primaryId, "primaryId");
        requireNonNull(params, "params == null");
        Checks.positive(waitForFirstBackup, "waitForFirstBackup");
        Instances.WithRawResponse raw = new Instances.WithRawResponse(invoker, organization);
        return RetryWhile.run(
                invoker.engine(),
                "primary " + primaryId + " to accept a read replica (it has no backup yet)",
                () -> raw.createReadReplica(primaryId, params).value(),
                ReadReplicaRetry::noBackupYet,
                Instances.READ_REPLICA_RETRY_INTERVAL,
                waitForFirstBackup);
    }

    /**
     * Whether an error is the refusal of a read replica on a primary without backup.
     *
     * @param e the error
     * @return true for a 400 with error code {@code BAD_REQUEST} whose message says there are no backups yet, as
     *     in {@code Parent server is not ready for read replicas. There are no backups, yet.}
     */
    static boolean noBackupYet(ApiException e) {
        if (!(e instanceof BadRequestException bad)
                || bad.statusCode() != 400
                || !bad.errorCode().filter("BAD_REQUEST"::equals).isPresent()) {
            return false;
        }
        return bad.errorMessage()
                .map(m -> m.toLowerCase(Locale.ROOT).contains("no backups"))
                .orElse(false);
    }
}
