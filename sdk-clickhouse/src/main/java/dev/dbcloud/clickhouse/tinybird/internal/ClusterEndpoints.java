package dev.dbcloud.clickhouse.tinybird.internal;

import dev.dbcloud.clickhouse.tinybird.Cluster;
import dev.dbcloud.clickhouse.tinybird.ClustersConfiguration;
import dev.dbcloud.clickhouse.tinybird.RegionInfo;
import dev.dbcloud.core.internal.Endpoint;
import dev.dbcloud.core.internal.ResponseKind;
import java.util.List;
import java.util.function.Function;

/**
 * The endpoints of Tinybird's Organizations API, declared once. The three writes are never repeated once the
 * server may have seen them (their {@code old_weights} may already be consumed) and answer with text that {@link
 * LenientAnswer} reads, since neither their status nor their body is documented.
 */
public final class ClusterEndpoints {
    private static final String CLUSTERS = "/v0/organizations/{organizationId}/clusters";
    private static final String REPLICAS = CLUSTERS + "/{clusterId}/replicas";

    /** {@code GET /v0/organizations/{org}/clusters}: every cluster in one response, an empty list when none. */
    public static final Endpoint<List<Cluster>> LIST =
            Endpoint.get(CLUSTERS).returns(ResponseKind.listUnder("clusters", Cluster.class));

    /** {@code GET /v0/organizations/{org}/clusters-configuration}: the dedicated-cluster catalogue. */
    public static final Endpoint<ClustersConfiguration> CONFIGURATION = Endpoint.get(
                    "/v0/organizations/{organizationId}/clusters-configuration")
            .returns(ClustersConfiguration.class);

    /** {@code PUT …/clusters/{cluster}/weights} with {@code {old_weights, new_weights}}. */
    public static final Endpoint<String> UPDATE_WEIGHTS = Endpoint.put(CLUSTERS + "/{clusterId}/weights")
            .jsonBody()
            .notRepeatable()
            .returns(ResponseKind.text());

    /** {@code POST …/clusters/{cluster}/replicas}: a replica the server names. */
    public static final Endpoint<String> ADD_REPLICA =
            Endpoint.post(REPLICAS).jsonBody().notRepeatable().returns(ResponseKind.text());

    /** {@code POST …/clusters/{cluster}/replicas/{name}}: a replica named by the caller. */
    public static final Endpoint<String> ADD_NAMED_REPLICA = Endpoint.post(REPLICAS + "/{replicaName}")
            .jsonBody()
            .notRepeatable()
            .returns(ResponseKind.text());

    /** {@code DELETE …/clusters/{cluster}/replicas/{name}}, with a JSON body. */
    public static final Endpoint<String> REMOVE_REPLICA = Endpoint.delete(REPLICAS + "/{replicaName}")
            .jsonBody()
            .notRepeatable()
            .returns(ResponseKind.text());

    /** {@code GET /v0/regions}: public, sent without credentials. */
    public static final Endpoint<List<RegionInfo>> REGIONS =
            Endpoint.get("/v0/regions").unauthenticated().returns(ResponseKind.listUnder("regions", RegionInfo.class));

    private ClusterEndpoints() {}

    /**
     * The cluster list read as one cluster: Tinybird has no endpoint for a single cluster, so this is {@link #LIST}
     * with {@code pick} choosing the cluster (or throwing when it is missing).
     *
     * @param pick chooses the cluster out of the list
     * @return the endpoint, taking the organization id
     */
    public static Endpoint<Cluster> one(Function<List<Cluster>, Cluster> pick) {
        return Endpoint.get(CLUSTERS)
                .returns(ResponseKind.listUnder("clusters", Cluster.class).map(pick));
    }
}
