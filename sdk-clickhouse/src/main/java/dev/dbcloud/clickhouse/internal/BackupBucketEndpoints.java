package dev.dbcloud.clickhouse.internal;

import dev.dbcloud.clickhouse.BackupBucket;
import dev.dbcloud.core.Beta;
import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.core.internal.EndpointGroup;

/**
 * The backup bucket endpoints of a service, {@code …/services/{serviceId}/backupBucket}, each declared once; {@code
 * BackupBuckets} sends them. The specification calls every one of them a (stable) beta. Answers describe where the
 * bucket is, with an access key id for GCP: they are kept out of exception excerpts and TRACE lines.
 */
@Beta
public final class BackupBucketEndpoints {
    private static final EndpointGroup SERVICE = ServiceEndpoints.SERVICE;

    private BackupBucketEndpoints() {}

    /** {@code GET …/services/{serviceId}/backupBucket}. */
    public static final Endpoint<BackupBucket> GET =
            SERVICE.get("/backupBucket").secretResponse().returns(BackupBucket.class);

    /** {@code POST …/services/{serviceId}/backupBucket}, with a secret in the body for GCP and Azure. */
    public static final Endpoint<BackupBucket> CREATE =
            SERVICE.post("/backupBucket").jsonBody().secretResponse().returns(BackupBucket.class);

    /** {@code PATCH …/services/{serviceId}/backupBucket}, with the provider's secret in the body. */
    public static final Endpoint<BackupBucket> UPDATE =
            SERVICE.patch("/backupBucket").jsonBody().secretResponse().returns(BackupBucket.class);

    /** {@code DELETE …/services/{serviceId}/backupBucket}. */
    public static final Endpoint<Void> DELETE = SERVICE.delete("/backupBucket").returnsNothing();
}
