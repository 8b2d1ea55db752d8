package dev.dbcloud.clickhouse;

import dev.dbcloud.clickhouse.internal.BackupEndpoints;
import dev.dbcloud.core.internal.Waiter;

/** The waiter of {@link Backups#waitUntilDone}, built on the first wait rather than with every client. */
final class BackupWaiters {
    /**
     * {@code GET …/backups/{backupId}} until {@code done}; {@code error} ends the wait at once. Polls every 5 seconds,
     * growing by half up to 30 seconds, unless the call or the client sets a poll interval.
     */
    static final Waiter<Backup> DONE = Waiter.on(BackupEndpoints.GET, "backup %3$s of service %2$s to be done")
            .state(Backup::status)
            .successOn(BackupStatus.DONE)
            .failOn(BackupStatus.ERROR)
            .build();

    private BackupWaiters() {}
}
