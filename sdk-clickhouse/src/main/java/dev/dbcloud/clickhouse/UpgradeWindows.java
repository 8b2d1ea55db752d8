package dev.dbcloud.clickhouse;

import dev.dbcloud.clickhouse.internal.UpgradeWindowEndpoints;
import dev.dbcloud.clickhouse.shared.internal.OrganizationInvoker;
import dev.dbcloud.clickhouse.shared.internal.OrganizationResolver;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.Resource;
import dev.dbcloud.core.errors.NotFoundException;
import dev.dbcloud.core.internal.Invoker;

/**
 * The upgrade windows of services: the weekly six hours in which ClickHouse upgrades may run, {@code
 * …/services/{serviceId}/upgradeWindow}. Get it from {@link Services#upgradeWindow()}.
 *
 * <pre>{@code
 * UpgradeWindow window = ch.services().upgradeWindow().update(serviceId, UpdateUpgradeWindowParams.of(3, 12));
 * System.out.println(window.duration().orElse(6) + " hours from Wednesday 12:00 UTC");
 * ch.services().upgradeWindow().delete(serviceId);             // back to the default scheduling
 * }</pre>
 *
 * <p>Only primary services take a window (secondary ones inherit their primary's; setting or deleting one there is
 * answered with 400), and setting one needs the scheduled upgrades feature enabled for the organization (403
 * otherwise). Each method sends exactly one request (retries of it aside); {@link #update} is a {@code PUT}, repeated
 * safely after a failure.
 */
public final class UpgradeWindows extends Resource<UpgradeWindows, UpgradeWindows.WithRawResponse> {

    UpgradeWindows(Invoker invoker, OrganizationResolver organization) {
        super(invoker, i -> new UpgradeWindows(i, organization), i -> new WithRawResponse(i, organization));
    }

    /**
     * Gets a service's upgrade window ({@code GET …/services/{serviceId}/upgradeWindow}).
     *
     * @param serviceId the service id
     * @return the window
     * @throws NotFoundException if none is configured, or there is no such service
     */
    public UpgradeWindow get(String serviceId) {
        return withRawResponse().get(serviceId).value();
    }

    /**
     * Sets or replaces a service's upgrade window ({@code PUT …/services/{serviceId}/upgradeWindow}).
     *
     * @param serviceId the id of a primary service
     * @param params the day and hour the window starts
     * @return the window as stored
     */
    public UpgradeWindow update(String serviceId, UpdateUpgradeWindowParams params) {
        return withRawResponse().update(serviceId, params).value();
    }

    /**
     * Deletes a service's upgrade window, restoring the default scheduling ({@code DELETE
     * …/services/{serviceId}/upgradeWindow}); allowed even after the organization lost the feature.
     *
     * @param serviceId the id of a primary service
     * @throws NotFoundException if none is configured
     */
    public void delete(String serviceId) {
        withRawResponse().delete(serviceId);
    }

    /** The operations of {@link UpgradeWindows} returning {@link ApiResponse}; each is documented there. */
    public static final class WithRawResponse extends RawResource<WithRawResponse> {
        private final OrganizationInvoker org;

        WithRawResponse(Invoker invoker, OrganizationResolver organization) {
            super(invoker, i -> new WithRawResponse(i, organization));
            this.org = new OrganizationInvoker(organization, invoker);
        }

        /** {@link UpgradeWindows#get(String)}, with the response. */
        public ApiResponse<UpgradeWindow> get(String serviceId) {
            return org.send(UpgradeWindowEndpoints.GET, serviceId);
        }

        /** {@link UpgradeWindows#update(String, UpdateUpgradeWindowParams)}, with the response. */
        public ApiResponse<UpgradeWindow> update(String serviceId, UpdateUpgradeWindowParams params) {
            return org.sendWith(UpgradeWindowEndpoints.PUT, params, serviceId);
        }

        /** {@link UpgradeWindows#delete(String)}, with the response. */
        public ApiResponse<Void> delete(String serviceId) {
            return org.send(UpgradeWindowEndpoints.DELETE, serviceId);
        }
    }
}
