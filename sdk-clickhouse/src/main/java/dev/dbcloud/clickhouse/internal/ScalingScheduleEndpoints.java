package dev.dbcloud.clickhouse.internal;

import dev.dbcloud.clickhouse.ScalingSchedule;
import dev.dbcloud.core.Beta;
import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.core.internal.EndpointGroup;

/**
 * The scaling schedule endpoints of a service, {@code …/services/{serviceId}/scalingSchedule}, each declared once;
 * {@code ScalingSchedules} sends them. The specification calls every one of them an evolving beta.
 */
@Beta
public final class ScalingScheduleEndpoints {
    private static final EndpointGroup SERVICE = ServiceEndpoints.SERVICE;

    private ScalingScheduleEndpoints() {}

    /** {@code GET …/services/{serviceId}/scalingSchedule}; 404 when no schedule is configured. */
    public static final Endpoint<ScalingSchedule> GET =
            SERVICE.get("/scalingSchedule").returns(ScalingSchedule.class);

    /** {@code POST …/services/{serviceId}/scalingSchedule}: creates or replaces the whole schedule. */
    public static final Endpoint<ScalingSchedule> UPSERT =
            SERVICE.post("/scalingSchedule").jsonBody().returns(ScalingSchedule.class);

    /** {@code DELETE …/services/{serviceId}/scalingSchedule}; 404 when no schedule exists. */
    public static final Endpoint<Void> DELETE =
            SERVICE.delete("/scalingSchedule").returnsNothing();
}
