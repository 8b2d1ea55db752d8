package dev.dbcloud.clickhouse;

import dev.dbcloud.clickhouse.internal.ScalingScheduleEndpoints;
import dev.dbcloud.clickhouse.shared.internal.OrganizationInvoker;
import dev.dbcloud.clickhouse.shared.internal.OrganizationResolver;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.Beta;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.Resource;
import dev.dbcloud.core.errors.NotFoundException;
import dev.dbcloud.core.internal.Invoker;

/**
 * The autoscaling schedules of services: scaling that changes by weekday and hour, {@code
 * …/services/{serviceId}/scalingSchedule}. Get it from {@link Services#scalingSchedule()}.
 *
 * <pre>{@code
 * ScalingSchedule schedule = ch.services().scalingSchedule().upsert(serviceId,
 *         UpsertScalingScheduleParams.builder()
 *                 .addEntries(ScalingScheduleEntryParams.builder()
 *                         .name("Business hours")
 *                         .addWeekdays(1, 2, 3, 4, 5)             // Monday to Friday
 *                         .startHourUtc(9).endHourUtc(17)
 *                         .minReplicaMemoryGb(16).maxReplicaMemoryGb(64)
 *                         .numReplicas(3)
 *                         .build())
 *                 .build());
 * schedule.activeEntryId().ifPresent(id -> System.out.println("active now: " + id));
 * ch.services().scalingSchedule().delete(serviceId);              // back to the base scaling
 * }</pre>
 *
 * <p>The scaling in effect when no entry is active is the service's own, changed with {@link
 * Services#updateReplicaScaling(String, UpdateReplicaScalingParams)}. The API calls these operations an evolving
 * beta whose contract may change, hence {@link Beta}, and needs the scheduled autoscaling feature enabled for the
 * organization. Each method sends exactly one request (retries of it aside).
 */
@Beta
public final class ScalingSchedules extends Resource<ScalingSchedules, ScalingSchedules.WithRawResponse> {

    ScalingSchedules(Invoker invoker, OrganizationResolver organization) {
        super(invoker, i -> new ScalingSchedules(i, organization), i -> new WithRawResponse(i, organization));
    }

    /**
     * Gets a service's scaling schedule ({@code GET …/services/{serviceId}/scalingSchedule}).
     *
     * @param serviceId the service id
     * @return the schedule
     * @throws NotFoundException if the service has no schedule (none was set, or it was cleared), or there is no
     *     such service
     */
    public ScalingSchedule get(String serviceId) {
        return withRawResponse().get(serviceId).value();
    }

    /**
     * Creates or replaces a service's whole scaling schedule ({@code POST …/services/{serviceId}/scalingSchedule}).
     * Parameters without entries clear the schedule: the answer's {@code baseConfig} is then empty, and {@link
     * #get(String)} answers 404.
     *
     * @param serviceId the service id
     * @param params the entries, all of them
     * @return the schedule as stored
     */
    public ScalingSchedule upsert(String serviceId, UpsertScalingScheduleParams params) {
        return withRawResponse().upsert(serviceId, params).value();
    }

    /**
     * Deletes a service's scaling schedule ({@code DELETE …/services/{serviceId}/scalingSchedule}); an entry active
     * at the time gives way to the base scaling first.
     *
     * @param serviceId the service id
     * @throws NotFoundException if the service has no schedule
     */
    public void delete(String serviceId) {
        withRawResponse().delete(serviceId);
    }

    /** The operations of {@link ScalingSchedules} returning {@link ApiResponse}; each is documented there. */
    @Beta
    public static final class WithRawResponse extends RawResource<WithRawResponse> {
        private final OrganizationInvoker org;

        WithRawResponse(Invoker invoker, OrganizationResolver organization) {
            super(invoker, i -> new WithRawResponse(i, organization));
            this.org = new OrganizationInvoker(organization, invoker);
        }

        /** {@link ScalingSchedules#get(String)}, with the response. */
        public ApiResponse<ScalingSchedule> get(String serviceId) {
            return org.send(ScalingScheduleEndpoints.GET, serviceId);
        }

        /** {@link ScalingSchedules#upsert(String, UpsertScalingScheduleParams)}, with the response. */
        public ApiResponse<ScalingSchedule> upsert(String serviceId, UpsertScalingScheduleParams params) {
            return org.sendWith(ScalingScheduleEndpoints.UPSERT, params, serviceId);
        }

        /** {@link ScalingSchedules#delete(String)}, with the response. */
        public ApiResponse<Void> delete(String serviceId) {
            return org.send(ScalingScheduleEndpoints.DELETE, serviceId);
        }
    }
}
