package dev.dbcloud.clickhouse.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.dbcloud.clickhouse.Activity;
import dev.dbcloud.core.internal.Endpoint;
import java.util.List;

/**
 * The endpoints under {@code /v1/organizations/{organizationId}/activities}, each declared once; {@code
 * Activities} sends them through an {@code OrganizationInvoker}, which fills in the organization.
 */
public final class ActivityEndpoints {
    private ActivityEndpoints() {}

    /** {@code GET …/activities}, optionally between {@code from_date} and {@code to_date}. */
    public static final Endpoint<List<Activity>> LIST = OrganizationEndpoints.ORGANIZATION
            .get("/activities")
            .query("from_date", "to_date")
            .returns(new TypeReference<List<Activity>>() {});

    /** {@code GET …/activities/{activityId}}. */
    public static final Endpoint<Activity> GET =
            OrganizationEndpoints.ORGANIZATION.get("/activities/{activityId}").returns(Activity.class);
}
