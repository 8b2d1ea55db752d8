package dev.dbcloud.clickhouse.tinybird;

import dev.dbcloud.clickhouse.tinybird.internal.ClusterEndpoints;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RawResource;
import dev.dbcloud.core.Resource;
import dev.dbcloud.core.internal.Invoker;

/**
 * One Tinybird organization, as the Organizations API sees it. Get it from {@link
 * TinybirdClient#organization(String)}; it is cheap, so ask for it wherever convenient:
 *
 * <pre>{@code
 * TinybirdOrganization org = tb.organization(orgId);
 * ClustersConfiguration catalogue = org.configuration();   // sizes per provider, regions, roles
 * List<Cluster> clusters = org.clusters().list();
 *
 * ApiResponse<ClustersConfiguration> raw = org.withRawResponse().configuration();
 * raw.header("X-RateLimit-Remaining");   // status, headers and request id with the catalogue
 * }</pre>
 *
 * <p>{@code withOptions(…)} gives a view of the organization whose every request, its clusters' included, carries
 * the options.
 */
public final class TinybirdOrganization extends Resource<TinybirdOrganization, TinybirdOrganization.WithRawResponse> {
    private final String id;
    private final Clusters clusters;

    TinybirdOrganization(Invoker invoker, String id) {
        super(invoker, view -> new TinybirdOrganization(view, id), view -> new WithRawResponse(view, id));
        this.id = id;
        this.clusters = new Clusters(invoker, id);
    }

    /**
     * The organization id the calls use.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * The organization's dedicated clusters, with this view's options.
     *
     * @return the clusters resource
     */
    public Clusters clusters() {
        return clusters;
    }

    /**
     * Reads the dedicated-cluster catalogue ({@code GET /v0/organizations/{org}/clusters-configuration}): cloud
     * regions and replica sizes per provider, and the roles that can be managed.
     *
     * @return the catalogue
     */
    public ClustersConfiguration configuration() {
        return withRawResponse().configuration().value();
    }

    @Override
    public String toString() {
        return "TinybirdOrganization{" + id + '}';
    }

    /**
     * The organization's own operations returning {@link ApiResponse}: status, headers (such as {@code
     * X-RateLimit-Remaining}) and request id, with the decoded value. The clusters have their own raw view, {@link
     * Clusters#withRawResponse()}. Get it from {@link TinybirdOrganization#withRawResponse()}.
     */
    public static final class WithRawResponse extends RawResource<WithRawResponse> {
        private final String id;

        WithRawResponse(Invoker invoker, String id) {
            super(invoker, view -> new WithRawResponse(view, id));
            this.id = id;
        }

        /**
         * Reads the dedicated-cluster catalogue; see {@link TinybirdOrganization#configuration()}.
         *
         * @return the response with the catalogue
         */
        public ApiResponse<ClustersConfiguration> configuration() {
            return send(ClusterEndpoints.CONFIGURATION.call(id));
        }
    }
}
