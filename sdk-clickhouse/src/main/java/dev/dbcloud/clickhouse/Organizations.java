package dev.dbcloud.clickhouse;

import dev.dbcloud.clickhouse.internal.OrganizationEndpoints;
import dev.dbcloud.clickhouse.shared.internal.OrganizationResolver;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.Resource;
import dev.dbcloud.core.internal.Invoker;
import dev.dbcloud.core.internal.Lazy;
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
public final class Organizations extends Resource<Organizations, Organizations.WithRawResponse> {
    private final OrganizationResolver organization;
    // Made on first use, with this view's options.
    private final Lazy<ApiKeys> apiKeys;
    private final Lazy<Members> members;
    private final Lazy<Invitations> invitations;

    Organizations(Invoker invoker, OrganizationResolver organization) {
        super(invoker, i -> new Organizations(i, organization), WithRawResponse::new);
        this.organization = organization;
        this.apiKeys = new Lazy<>(() -> new ApiKeys(invoker, organization));
        this.members = new Lazy<>(() -> new Members(invoker, organization));
        this.invitations = new Lazy<>(() -> new Invitations(invoker, organization));
    }

    /**
     * The API keys of the organization the client works in, {@code …/keys}, with this view's options.
     *
     * @return the API keys
     */
    public ApiKeys apiKeys() {
        return apiKeys.get();
    }

    /**
     * The members of the organization the client works in, {@code …/members}, with this view's options.
     *
     * @return the members
     */
    public Members members() {
        return members.get();
    }

    /**
     * The invitations to the organization the client works in, {@code …/invitations}, with this view's options.
     *
     * @return the invitations
     */
    public Invitations invitations() {
        return invitations.get();
    }

    /**
     * Lists the organizations the API key can see ({@code GET /v1/organizations}).
     *
     * @return the organizations
     */
    public List<Organization> list() {
        return withRawResponse().list().value();
    }

    /**
     * Gets an organization ({@code GET /v1/organizations/{organizationId}}).
     *
     * @param organizationId the organization id
     * @return the organization
     */
    public Organization get(String organizationId) {
        return withRawResponse().get(organizationId).value();
    }

    /**
     * Gets the organization the client works in: the configured one or the only one the key sees. When none was
     * configured and none was discovered yet, {@code GET /v1/organizations} comes first.
     *
     * @return the organization
     */
    public Organization current() {
        return get(organization.organizationId(invoker().options()));
    }

    /** The single-request operations of {@link Organizations} returning {@link ApiResponse}; see there. */
    public static final class WithRawResponse extends RawResource<WithRawResponse> {
        WithRawResponse(Invoker invoker) {
            super(invoker, WithRawResponse::new);
        }

        /** {@link Organizations#list()}, with the response. */
        public ApiResponse<List<Organization>> list() {
            return send(OrganizationEndpoints.LIST.call());
        }

        /** {@link Organizations#get(String)}, with the response. */
        public ApiResponse<Organization> get(String organizationId) {
            return send(OrganizationEndpoints.GET.call(organizationId));
        }
    }
}
