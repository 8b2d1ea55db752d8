package dev.dbcloud.clickhouse.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.dbcloud.clickhouse.Backup;
import dev.dbcloud.clickhouse.BackupConfiguration;
import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.core.internal.EndpointGroup;
import java.util.List;

/** The backup endpoints of a service, each declared once; {@code Backups} sends them. */
public final class BackupEndpoints {
    private static final EndpointGroup SERVICE = ServiceEndpoints.SERVICE;

    private BackupEndpoints() {}

    /** {@code GET …/services/{serviceId}/backups}. */
    public static final Endpoint<List<Backup>> LIST =
            SERVICE.get("/backups").returns(new TypeReference<List<Backup>>() {});

    /** {@code GET …/services/{serviceId}/backups/{backupId}}. */
    public static final Endpoint<Backup> GET =
            SERVICE.get("/backups/{backupId}").returns(Backup.class);

    /** {@code GET …/services/{serviceId}/backupConfiguration}. */
    public static final Endpoint<BackupConfiguration> GET_CONFIGURATION =
            SERVICE.get("/backupConfiguration").returns(BackupConfiguration.class);

    /** {@code PATCH …/services/{serviceId}/backupConfiguration}. */
    public static final Endpoint<BackupConfiguration> UPDATE_CONFIGURATION =
            SERVICE.patch("/backupConfiguration").jsonBody().returns(BackupConfiguration.class);
}
