package dev.dbcloud.clickhouse.tinybird;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.internal.ApiRequest;
import dev.dbcloud.core.internal.HttpEngine;
import dev.dbcloud.core.internal.HttpMethod;

/**
 * One Tinybird organization, as the Organizations API sees it. Get it from {@link
 * TinybirdClient#organization(String)}; it is cheap, so ask for it wherever convenient:
 *
 * <pre>{@code
 * Organization org = tb.organization(orgId);
 * ClustersConfiguration catalogue = org.configuration();   // sizes per provider, regions, roles
 * List<Cluster> clusters = org.clusters().list();
 * }</pre>
 */
public final class Organization {
    private final HttpEngine engine;
    private final String id;
    private final Clusters clusters;

    Organization(HttpEngine engine, String id) {
        this.engine = engine;
        this.id = id;
        this.clusters = new Clusters(engine, id);
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
        return configuration(RequestOptions.none());
    }

    /**
     * Reads the dedicated-cluster catalogue.
     *
     * @param options per-call options
     * @return the catalogue
     */
    public ClustersConfiguration configuration(RequestOptions options) {
        requireNonNull(options, "options == null");
        return engine.call(
                ApiRequest.builder(HttpMethod.GET, "/v0/organizations/{organizationId}/clusters-configuration", id)
                        .options(options)
                        .build(),
                ClustersConfiguration.class);
    }

    @Override
    public String toString() {
        return "Organization{" + id + '}';
    }
}
