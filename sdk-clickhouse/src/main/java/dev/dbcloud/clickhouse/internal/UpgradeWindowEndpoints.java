package dev.dbcloud.clickhouse.internal;

import dev.dbcloud.clickhouse.UpgradeWindow;
import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.core.internal.EndpointGroup;

/**
 * The upgrade window endpoints of a service, {@code …/services/{serviceId}/upgradeWindow}, each declared once;
 * {@code UpgradeWindows} sends them.
 */
public final class UpgradeWindowEndpoints {
    private static final EndpointGroup SERVICE = ServiceEndpoints.SERVICE;

    private UpgradeWindowEndpoints() {}

    /** {@code GET …/services/{serviceId}/upgradeWindow}; 404 when none is configured. */
    public static final Endpoint<UpgradeWindow> GET =
            SERVICE.get("/upgradeWindow").returns(UpgradeWindow.class);

    /** {@code PUT …/services/{serviceId}/upgradeWindow} with {@code {weekday, startHourUtc}}. */
    public static final Endpoint<UpgradeWindow> PUT =
            SERVICE.put("/upgradeWindow").jsonBody().returns(UpgradeWindow.class);

    /** {@code DELETE …/services/{serviceId}/upgradeWindow}; 404 when none is configured. */
    public static final Endpoint<Void> DELETE = SERVICE.delete("/upgradeWindow").returnsNothing();
}
