package dev.dbcloud.clickhouse;

import dev.dbcloud.clickhouse.internal.OrganizationEndpoints;
import dev.dbcloud.clickhouse.shared.internal.OrganizationResolver;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.internal.Invoker;
import java.util.List;

/**
 * The organizations an API key can see. A key belongs to one organization, so {@link #list()} answers with one
 * element: an easy way to find the organization id.
 *
 * <pre>{@code
 * // find the organization id of an API key, e.g. to put it in CLICKHOUSE_ORG_ID
 * try (ClickHouseCloudClient ch = ClickHouseCloudClient.builder()
 *         .credentials(Credentials.basic(keyId, keySecret))
 *         .build()) {
 *     Organization org = ch.organizations().current();   // the configured or the only visible one
 *     System.out.println(org.id() + " " + org.name().orElse(""));
 *     org.privateEndpoints().forEach(pe -> System.out.println(pe.id() + " " + pe.description().orElse("")));
 * }
 * }</pre>
 *
 * <p>{@link ClickHouseCloudClient#organizationId()} gives just the id the client works in. Per-call options come
 * from {@link #withOptions(RequestOptions)}; {@link #withRawResponse()} offers {@code list} and {@code get}
 * returning the whole {@link ApiResponse} (status, headers and the envelope's request id); {@link #current()},
 * which may first discover the organization, is typed only.
 */
public final class Organizations {
    private final OrganizationResolver organization;
    private final Invoker invoker;
    private final WithRawResponse raw;

    Organizations(Invoker invoker, OrganizationResolver organization) {
        this.organization = organization;
        this.invoker = invoker;
        this.raw = new WithRawResponse(invoker);
    }

    /**
     * This resource with per-call options on every request it sends.
     *
     * @param options the options
     * @return a view of this resource bound to them
     */
    public Organizations withOptions(RequestOptions options) {
        return new Organizations(invoker.withOptions(options), organization);
    }

    /**
     * The same single-request operations returning the whole {@link ApiResponse}: status, headers and the request
     * id ClickHouse Cloud puts in its envelope, with the decoded value.
     *
     * @return the raw view, with this view's options
     */
    public WithRawResponse withRawResponse() {
        return raw;
    }

    /**
     * Lists the organizations the API key can see ({@code GET /v1/organizations}).
     *
     * @return the organizations
     */
    public List<Organization> list() {
        return raw.list().value();
    }

    /**
     * Gets an organization ({@code GET /v1/organizations/{organizationId}}).
     *
     * @param organizationId the organization id
     * @return the organization
     */
    public Organization get(String organizationId) {
        return raw.get(organizationId).value();
    }

    /**
     * Gets the organization the client works in: the configured one or the only one the key sees. When none was
     * configured and none was discovered yet, {@code GET /v1/organizations} comes first.
     *
     * @return the organization
     */
    public Organization current() {
        return get(organization.organizationId(invoker.options()));
    }

    /** The single-request operations of {@link Organizations} returning {@link ApiResponse}; see there. */
    public static final class WithRawResponse {
        private final Invoker invoker;

        WithRawResponse(Invoker invoker) {
            this.invoker = invoker;
        }

        /** This raw view bound to per-call options; see {@link Organizations#withOptions(RequestOptions)}. */
        public WithRawResponse withOptions(RequestOptions options) {
            return new WithRawResponse(invoker.withOptions(options));
        }

        /** {@link Organizations#list()}, with the response. */
        public ApiResponse<List<Organization>> list() {
            return invoker.send(OrganizationEndpoints.LIST.call());
        }

        /** {@link Organizations#get(String)}, with the response. */
        public ApiResponse<Organization> get(String organizationId) {
            return invoker.send(OrganizationEndpoints.GET.call(organizationId));
        }
    }
}
