package dev.dbcloud.benchmarks;

import dev.dbcloud.clickhouse.ClickHouseCloudClient;
import dev.dbcloud.clickhouse.Service;
import dev.dbcloud.clickhouse.tinybird.TinybirdClient;
import dev.dbcloud.core.Credentials;
import dev.dbcloud.crunchy.CrunchyBridgeClient;
import dev.dbcloud.crunchy.ListClustersParams;
import dev.dbcloud.postgres.ManagedPostgresClient;
import dev.dbcloud.postgres.PostgresInstance;
import java.util.Iterator;
import java.util.List;
import okhttp3.OkHttpClient;

/**
 * The four SDK clients pointed at the canned server, each configured as a user would (credentials, organization),
 * and the calls the benchmarks measure.
 */
final class SdkClients implements AutoCloseable {
    /** The page size of the Crunchy list and walk. */
    static final ListClustersParams PAGE_OF_100 =
            ListClustersParams.builder().limit(CannedApis.LIST_SIZE).build();

    private final ClickHouseCloudClient clickHouse;
    private final TinybirdClient tinybird;
    private final ManagedPostgresClient postgres;
    private final CrunchyBridgeClient crunchy;

    /**
     * Builds the clients with the SDK's own OkHttp client.
     *
     * @param baseUrl the canned server
     */
    SdkClients(String baseUrl) {
        this(baseUrl, null);
    }

    /**
     * Builds the clients.
     *
     * @param baseUrl the canned server
     * @param http an OkHttp client to share (its connection pool), or null for the SDK's default
     */
    SdkClients(String baseUrl, OkHttpClient http) {
        ClickHouseCloudClient.Builder ch = ClickHouseCloudClient.builder()
                .baseUrl(baseUrl)
                .credentials(Credentials.basic(CannedApis.CLICKHOUSE_KEY_ID, CannedApis.CLICKHOUSE_KEY_SECRET))
                .organizationId(CannedApis.ORGANIZATION);
        TinybirdClient.Builder tb =
                TinybirdClient.builder().baseUrl(baseUrl).credentials(Credentials.bearer(CannedApis.TINYBIRD_TOKEN));
        ManagedPostgresClient.Builder pg = ManagedPostgresClient.builder()
                .baseUrl(baseUrl)
                .credentials(Credentials.basic(CannedApis.CLICKHOUSE_KEY_ID, CannedApis.CLICKHOUSE_KEY_SECRET))
                .organizationId(CannedApis.ORGANIZATION);
        CrunchyBridgeClient.Builder cb = CrunchyBridgeClient.builder()
                .baseUrl(baseUrl)
                .credentials(Credentials.bearer(CannedApis.CRUNCHY_API_KEY));
        if (http != null) {
            ch.httpClient(http);
            tb.httpClient(http);
            pg.httpClient(http);
            cb.httpClient(http);
        }
        this.clickHouse = ch.build();
        this.tinybird = tb.build();
        this.postgres = pg.build();
        this.crunchy = cb.build();
    }

    Service clickHouseGet() {
        return clickHouse.services().get(CannedApis.SERVICE_ID);
    }

    List<Service> clickHouseList() {
        return clickHouse.services().list();
    }

    dev.dbcloud.clickhouse.tinybird.Cluster tinybirdGet() {
        return tinybird.organization(CannedApis.TINYBIRD_SMALL_ORG).clusters().get(CannedApis.TINYBIRD_CLUSTER_ID);
    }

    List<dev.dbcloud.clickhouse.tinybird.Cluster> tinybirdList() {
        return tinybird.organization(CannedApis.TINYBIRD_LARGE_ORG).clusters().list();
    }

    PostgresInstance postgresGet() {
        return postgres.instances().get(CannedApis.POSTGRES_ID);
    }

    List<PostgresInstance> postgresList() {
        return postgres.instances().list();
    }

    dev.dbcloud.crunchy.Cluster crunchyGet() {
        return crunchy.clusters().get(CannedApis.CRUNCHY_ID);
    }

    List<dev.dbcloud.crunchy.Cluster> crunchyList() {
        return crunchy.clusters().list(PAGE_OF_100).items();
    }

    /**
     * Starts a walk over every Crunchy cluster with the auto-pager. Nothing but the returned iterator refers to
     * the pages, so what stays reachable while walking is what the SDK keeps.
     *
     * @return the iterator
     */
    Iterator<dev.dbcloud.crunchy.Cluster> crunchyWalk() {
        return crunchy.clusters().list(PAGE_OF_100).autoPager().iterator();
    }

    @Override
    public void close() {
        clickHouse.close();
        tinybird.close();
        postgres.close();
        crunchy.close();
    }
}
