package dev.dbcloud.clickhouse;

import dev.dbcloud.clickhouse.internal.ClickStackEndpoints;
import dev.dbcloud.clickhouse.shared.internal.OrganizationInvoker;
import dev.dbcloud.clickhouse.shared.internal.OrganizationResolver;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.Beta;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.Resource;
import dev.dbcloud.core.internal.Invoker;
import java.util.List;

/**
 * The ClickStack saved searches of a service, {@code …/services/{serviceId}/clickstack/saved-searches}. Get it from
 * {@link ClickStack#savedSearches()}.
 *
 * <pre>{@code
 * ClickStackSavedSearches searches = ch.services().clickStack().savedSearches();
 * ClickStackSavedSearch s = searches.create(serviceId, ClickStackSavedSearchParams.builder()
 *         .name("Production Errors").sourceId(sourceId).where("SeverityText:ERROR").build());
 * searches.update(serviceId, s.id(), ClickStackSavedSearchParams.builder()
 *         .name("Production Errors").sourceId(sourceId).where("SeverityText:FATAL").build());  // full replace
 * searches.delete(serviceId, s.id());
 * }</pre>
 *
 * <p>The API calls these operations beta (with a stable contract), hence {@link Beta}. The list holds at most the
 * API's default page (1000 searches). Each method sends exactly one request (retries of it aside); a blank id is
 * refused before sending, naming {@code savedSearchId}.
 */
@Beta
public final class ClickStackSavedSearches
        extends Resource<ClickStackSavedSearches, ClickStackSavedSearches.WithRawResponse> {

    ClickStackSavedSearches(Invoker invoker, OrganizationResolver organization) {
        super(invoker, i -> new ClickStackSavedSearches(i, organization), i -> new WithRawResponse(i, organization));
    }

    /**
     * Lists a service's saved searches ({@code GET …/clickstack/saved-searches}).
     *
     * @param serviceId the service id
     * @return the saved searches
     */
    public List<ClickStackSavedSearch> list(String serviceId) {
        return withRawResponse().list(serviceId).value();
    }

    /**
     * Creates a saved search ({@code POST …/clickstack/saved-searches}).
     *
     * @param serviceId the service id
     * @param params the search
     * @return the search created, with its id
     */
    public ClickStackSavedSearch create(String serviceId, ClickStackSavedSearchParams params) {
        return withRawResponse().create(serviceId, params).value();
    }

    /**
     * Gets a saved search ({@code GET …/clickstack/saved-searches/{savedSearchId}}).
     *
     * @param serviceId the service id
     * @param savedSearchId the saved search's id
     * @return the search
     */
    public ClickStackSavedSearch get(String serviceId, String savedSearchId) {
        return withRawResponse().get(serviceId, savedSearchId).value();
    }

    /**
     * Replaces a saved search ({@code PUT …/clickstack/saved-searches/{savedSearchId}}): every field left out of
     * {@code params} is reset to its default.
     *
     * @param serviceId the service id
     * @param savedSearchId the saved search's id
     * @param params the whole search
     * @return the search after the change
     */
    public ClickStackSavedSearch update(String serviceId, String savedSearchId, ClickStackSavedSearchParams params) {
        return withRawResponse().update(serviceId, savedSearchId, params).value();
    }

    /**
     * Deletes a saved search and the alerts attached to it ({@code DELETE …/clickstack/saved-searches/{savedSearchId}}).
     *
     * @param serviceId the service id
     * @param savedSearchId the saved search's id
     */
    public void delete(String serviceId, String savedSearchId) {
        withRawResponse().delete(serviceId, savedSearchId);
    }

    /** The operations of {@link ClickStackSavedSearches} returning {@link ApiResponse}; each is documented there. */
    @Beta
    public static final class WithRawResponse extends RawResource<WithRawResponse> {
        private final OrganizationInvoker org;

        WithRawResponse(Invoker invoker, OrganizationResolver organization) {
            super(invoker, i -> new WithRawResponse(i, organization));
            this.org = new OrganizationInvoker(organization, invoker);
        }

        /** {@link ClickStackSavedSearches#list(String)}, with the response. */
        public ApiResponse<List<ClickStackSavedSearch>> list(String serviceId) {
            return org.send(ClickStackEndpoints.LIST_SAVED_SEARCHES, serviceId);
        }

        /** {@link ClickStackSavedSearches#create(String, ClickStackSavedSearchParams)}, with the response. */
        public ApiResponse<ClickStackSavedSearch> create(String serviceId, ClickStackSavedSearchParams params) {
            return org.sendWith(ClickStackEndpoints.CREATE_SAVED_SEARCH, params, serviceId);
        }

        /** {@link ClickStackSavedSearches#get(String, String)}, with the response. */
        public ApiResponse<ClickStackSavedSearch> get(String serviceId, String savedSearchId) {
            return org.send(ClickStackEndpoints.GET_SAVED_SEARCH, serviceId, savedSearchId);
        }

        /** {@link ClickStackSavedSearches#update(String, String, ClickStackSavedSearchParams)}, with the response. */
        public ApiResponse<ClickStackSavedSearch> update(
                String serviceId, String savedSearchId, ClickStackSavedSearchParams params) {
            return org.sendWith(ClickStackEndpoints.UPDATE_SAVED_SEARCH, params, serviceId, savedSearchId);
        }

        /** {@link ClickStackSavedSearches#delete(String, String)}, with the response. */
        public ApiResponse<Void> delete(String serviceId, String savedSearchId) {
            return org.send(ClickStackEndpoints.DELETE_SAVED_SEARCH, serviceId, savedSearchId);
        }
    }
}
