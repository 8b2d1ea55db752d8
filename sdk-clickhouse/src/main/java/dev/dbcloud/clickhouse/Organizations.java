package dev.dbcloud.clickhouse;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.clickhouse.internal.OrganizationEndpoints;
import dev.dbcloud.clickhouse.shared.internal.OrganizationInvoker;
import dev.dbcloud.clickhouse.shared.internal.OrganizationResolver;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.Beta;
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
 * <p>The organization the client works in is also administered from here: {@link #update(UpdateOrganizationParams)},
 * {@link #usageCost(UsageCostParams)} and {@link #prometheusMetrics(boolean)}, and what lives under it: {@link
 * #apiKeys()}, {@link #members()}, {@link #invitations()}, {@link #roles()}, {@link #activities()}, {@link
 * #quotas()}, {@link #udfs()} and {@link #byocInfrastructure()}.
 *
 * <pre>{@code
 * ch.organizations().update(UpdateOrganizationParams.builder().name("Acme analytics").build());
 * UsageCost cost = ch.organizations().usageCost(UsageCostParams.builder()
 *     .fromDate(LocalDate.parse("2026-03-01")).toDate(LocalDate.parse("2026-03-31")).build());
 * }</pre>
 *
 * <p>{@link ClickHouseCloudClient#organizationId()} gives just the id the client works in. Per-call options come
 * from {@link #withOptions(RequestOptions)}; {@link #withRawResponse()} offers every single-request operation
 * returning the whole {@link ApiResponse} (status, headers and the envelope's request id); {@link #current()},
 * which may first discover the organization, is typed only.
 */
public final class Organizations extends Resource<Organizations, Organizations.WithRawResponse> {
    private final OrganizationResolver organization;
    // Made on first use, with this view's options.
    private final Lazy<ApiKeys> apiKeys = new Lazy<>();
    private final Lazy<Members> members = new Lazy<>();
    private final Lazy<Invitations> invitations = new Lazy<>();
    private final Lazy<Activities> activities = new Lazy<>();
    private final Lazy<Quotas> quotas = new Lazy<>();
    private final Lazy<Roles> roles = new Lazy<>();
    private final Lazy<Udfs> udfs = new Lazy<>();
    private final Lazy<ByocInfrastructures> byocInfrastructure = new Lazy<>();

    Organizations(Invoker invoker, OrganizationResolver organization) {
        super(invoker, i -> new Organizations(i, organization), i -> new WithRawResponse(i, organization));
        this.organization = organization;
    }

    /**
     * The API keys of the organization the client works in, {@code …/keys}, with this view's options.
     *
     * @return the API keys
     */
    public ApiKeys apiKeys() {
        return apiKeys.get(this, o -> new ApiKeys(o.invoker(), o.organization));
    }

    /**
     * The members of the organization the client works in, {@code …/members}, with this view's options.
     *
     * @return the members
     */
    public Members members() {
        return members.get(this, o -> new Members(o.invoker(), o.organization));
    }

    /**
     * The invitations to the organization the client works in, {@code …/invitations}, with this view's options.
     *
     * @return the invitations
     */
    public Invitations invitations() {
        return invitations.get(this, o -> new Invitations(o.invoker(), o.organization));
    }

    /**
     * The activity log of the organization the client works in, {@code …/activities}, with this view's options.
     *
     * @return the activities
     */
    public Activities activities() {
        return activities.get(this, o -> new Activities(o.invoker(), o.organization));
    }

    /**
     * The resource quotas of the organization the client works in, {@code …/quotas}, with this view's options.
     * Beta in the API.
     *
     * @return the quotas
     */
    @Beta
    public Quotas quotas() {
        return quotas.get(this, o -> new Quotas(o.invoker(), o.organization));
    }

    /**
     * The roles, system and custom, of the organization the client works in, {@code …/roles}, with this view's
     * options.
     *
     * @return the roles
     */
    public Roles roles() {
        return roles.get(this, o -> new Roles(o.invoker(), o.organization));
    }

    /**
     * The user-defined functions of the organization the client works in, {@code …/udfs}, with their versions and
     * attachments to services, with this view's options. Beta in the API.
     *
     * @return the user-defined functions
     */
    @Beta
    public Udfs udfs() {
        return udfs.get(this, o -> new Udfs(o.invoker(), o.organization));
    }

    /**
     * The Bring Your Own Cloud infrastructures of the organization the client works in, {@code
     * …/byocInfrastructure}, with this view's options; {@link Organization#byocConfig()} lists them.
     *
     * @return the BYOC infrastructures
     */
    public ByocInfrastructures byocInfrastructure() {
        return byocInfrastructure.get(this, o -> new ByocInfrastructures(o.invoker(), o.organization));
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

    /**
     * Updates the organization the client works in ({@code PATCH /v1/organizations/{organizationId}}): only what
     * the parameters set changes. Needs a key with the admin role.
     *
     * @param params the changes
     * @return the organization as updated
     */
    public Organization update(UpdateOrganizationParams params) {
        return withRawResponse().update(params).value();
    }

    /**
     * Reads the usage cost of the organization the client works in over a period of at most 31 days ({@code GET
     * …/usageCost?from_date=…&to_date=…}, with a {@code filter} per tag).
     *
     * @param params the period and the tag filters
     * @return the grand total and the daily records per entity
     */
    public UsageCost usageCost(UsageCostParams params) {
        return withRawResponse().usageCost(params).value();
    }

    /**
     * Reads the metrics of every service of the organization the client works in, in the Prometheus text format
     * ({@code GET …/prometheus?filtered_metrics=…}).
     *
     * @param filteredMetrics true for the curated subset of metrics, false for all
     * @return the metrics text
     */
    public String prometheusMetrics(boolean filteredMetrics) {
        return withRawResponse().prometheusMetrics(filteredMetrics).value();
    }

    /** The single-request operations of {@link Organizations} returning {@link ApiResponse}; see there. */
    public static final class WithRawResponse extends RawResource<WithRawResponse> {
        private final OrganizationInvoker org;

        WithRawResponse(Invoker invoker, OrganizationResolver organization) {
            super(invoker, i -> new WithRawResponse(i, organization));
            this.org = new OrganizationInvoker(organization, invoker);
        }

        /** {@link Organizations#list()}, with the response. */
        public ApiResponse<List<Organization>> list() {
            return send(OrganizationEndpoints.LIST.call());
        }

        /** {@link Organizations#get(String)}, with the response. */
        public ApiResponse<Organization> get(String organizationId) {
            return send(OrganizationEndpoints.GET.call(organizationId));
        }

        /** {@link Organizations#update(UpdateOrganizationParams)}, with the response. */
        public ApiResponse<Organization> update(UpdateOrganizationParams params) {
            return org.sendWith(OrganizationEndpoints.UPDATE, params);
        }

        /** {@link Organizations#usageCost(UsageCostParams)}, with the response. */
        public ApiResponse<UsageCost> usageCost(UsageCostParams params) {
            requireNonNull(params, "params == null");
            var call = org.call(OrganizationEndpoints.USAGE_COST)
                    .query("from_date", params.fromDate())
                    .query("to_date", params.toDate());
            TagFilters.values(params.tags(), params.tagKeys()).forEach(filter -> call.query("filter", filter));
            return org.send(call);
        }

        /** {@link Organizations#prometheusMetrics(boolean)}, with the response. */
        public ApiResponse<String> prometheusMetrics(boolean filteredMetrics) {
            return org.send(org.call(OrganizationEndpoints.PROMETHEUS).query("filtered_metrics", filteredMetrics));
        }
    }
}
