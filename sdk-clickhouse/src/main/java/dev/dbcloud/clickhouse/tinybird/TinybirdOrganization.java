package dev.dbcloud.clickhouse.tinybird;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.internal.ApiRequest;
import dev.dbcloud.core.internal.HttpEngine;
import dev.dbcloud.core.internal.HttpMethod;
import dev.dbcloud.core.internal.Json;

/**
 * One Tinybird organization, as the Organizations API sees it. Get it from {@link
 * TinybirdClient#organization(String)}; it is cheap, so ask for it wherever convenient:
 *
 * <pre>{@code
 * TinybirdOrganization org = tb.organization(orgId);
 * ClustersConfiguration catalogue = org.configuration();   // sizes per provider, regions, roles
 * List<Cluster> clusters = org.clusters().list();
 *
 * ApiResponse<ClustersConfiguration> raw = org.withRawResponse().configuration(RequestOptions.none());
 * raw.header("X-RateLimit-Remaining");   // status, headers and request id with the catalogue
 * }</pre>
 */
public final class TinybirdOrganization {
    private static final String CONFIGURATION = "/v0/organizations/{organizationId}/clusters-configuration";

    private final String id;
    private final Clusters clusters;
    private final WithRawResponse raw;

    TinybirdOrganization(HttpEngine engine, String id) {
        this.id = id;
        this.clusters = new Clusters(engine, id);
        this.raw = new WithRawResponse(engine, id);
    }

    /**
     * The organization's own operations returning the whole {@link ApiResponse}: status, headers (such as {@code
     * X-RateLimit-Remaining}) and request id, with the decoded value. The clusters have their own raw view, {@link
     * Clusters#withRawResponse()}.
     *
     * @return the raw view, the same instance on every call on this organization
     */
    public WithRawResponse withRawResponse() {
        return raw;
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
     * The organization's dedicated clusters.
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
        return raw.configuration(RequestOptions.none()).value();
    }

    /**
     * Reads the dedicated-cluster catalogue.
     *
     * @param options per-call options
     * @return the catalogue
     */
    public ClustersConfiguration configuration(RequestOptions options) {
        return raw.configuration(options).value();
    }

    @Override
    public String toString() {
        return "TinybirdOrganization{" + id + '}';
    }

    /**
     * The organization's operations returning {@link ApiResponse}. Get it from {@link
     * TinybirdOrganization#withRawResponse()}.
     */
    public static final class WithRawResponse {
        private final HttpEngine engine;
        private final String id;

        WithRawResponse(HttpEngine engine, String id) {
            this.engine = engine;
            this.id = id;
        }

        /**
         * Reads the dedicated-cluster catalogue ({@code GET /v0/organizations/{org}/clusters-configuration}).
         *
         * @param options per-call options
         * @return the response with the catalogue
         */
        public ApiResponse<ClustersConfiguration> configuration(RequestOptions options) {
            requireNonNull(options, "options == null");
            return engine.send(
                    ApiRequest.builder(HttpMethod.GET, CONFIGURATION, id)
                            .options(options)
                            .build(),
                    Json.type(ClustersConfiguration.class));
        }
    }
}
