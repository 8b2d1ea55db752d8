package dev.dbcloud.clickhouse;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.clickhouse.internal.ActivityEndpoints;
import dev.dbcloud.clickhouse.shared.internal.OrganizationInvoker;
import dev.dbcloud.clickhouse.shared.internal.OrganizationResolver;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.Resource;
import dev.dbcloud.core.internal.Invoker;
import java.util.List;

/**
 * The activity log of the organization the client works in: {@code
 * /v1/organizations/{organizationId}/activities}. Get it from {@link Organizations#activities()}.
 *
 * <pre>{@code
 * for (Activity a : ch.organizations().activities().list(ListActivitiesParams.builder()
 *         .fromDate(Instant.parse("2026-03-01T00:00:00Z"))
 *         .build())) {
 *     System.out.println(a.createdAt().orElse(null) + " " + a.type().map(ActivityType::value).orElse("?"));
 * }
 * }</pre>
 *
 * <p>Per-call options come from {@link #withOptions(RequestOptions)}; {@link #withRawResponse()} offers the same
 * operations returning the whole {@link ApiResponse}.
 */
public final class Activities extends Resource<Activities, Activities.WithRawResponse> {
    Activities(Invoker invoker, OrganizationResolver organization) {
        super(invoker, i -> new Activities(i, organization), i -> new WithRawResponse(i, organization));
    }

    /**
     * Lists the organization's activities, over the period the API picks when none is given ({@code GET
     * …/activities}).
     *
     * @return the activities
     */
    public List<Activity> list() {
        return withRawResponse().list().value();
    }

    /**
     * Lists the organization's activities between two instants ({@code GET …/activities?from_date=…&to_date=…}).
     *
     * @param params the period; either end may be left open
     * @return the activities
     */
    public List<Activity> list(ListActivitiesParams params) {
        return withRawResponse().list(params).value();
    }

    /**
     * Gets an activity ({@code GET …/activities/{activityId}}).
     *
     * @param activityId the activity's {@link Activity#id()}
     * @return the activity
     */
    public Activity get(String activityId) {
        return withRawResponse().get(activityId).value();
    }

    /** The operations of {@link Activities} returning {@link ApiResponse}; each is documented there. */
    public static final class WithRawResponse extends RawResource<WithRawResponse> {
        private final OrganizationInvoker org;

        WithRawResponse(Invoker invoker, OrganizationResolver organization) {
            super(invoker, i -> new WithRawResponse(i, organization));
            this.org = new OrganizationInvoker(organization, invoker);
        }

        /** {@link Activities#list()}, with the response. */
        public ApiResponse<List<Activity>> list() {
            return list(ListActivitiesParams.builder().build());
        }

        /** {@link Activities#list(ListActivitiesParams)}, with the response. */
        public ApiResponse<List<Activity>> list(ListActivitiesParams params) {
            requireNonNull(params, "params == null");
            return org.send(org.call(ActivityEndpoints.LIST)
                    .query("from_date", params.fromDate().orElse(null))
                    .query("to_date", params.toDate().orElse(null)));
        }

        /** {@link Activities#get(String)}, with the response. */
        public ApiResponse<Activity> get(String activityId) {
            return org.send(ActivityEndpoints.GET, activityId);
        }
    }
}
