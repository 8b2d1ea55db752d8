package dev.dbcloud.benchmarks;

import java.util.List;
import java.util.Objects;
import okhttp3.OkHttpClient;

/**
 * The canned server, the SDK clients and the raw client. One fork holds both sides, so they meet the same machine
 * at the same time. Before anything is measured, both sides must decode every answer into equal values, so the
 * comparison is of the same work.
 */
class Sides {
    CannedServer server;
    SdkClients sdk;
    RawClient raw;

    /**
     * Starts the server and both sides, and checks that they agree.
     *
     * @param sdkHttp the OkHttp client the SDK shares, or null for its own
     * @param rawHttp the raw side's OkHttp client
     */
    void start(OkHttpClient sdkHttp, OkHttpClient rawHttp) {
        server = CannedApis.start();
        sdk = new SdkClients(server.baseUrl(), sdkHttp);
        raw = new RawClient(server.baseUrl(), rawHttp);
        same("ClickHouse Cloud get", sdk.clickHouseGet(), raw.clickHouseGet());
        same("ClickHouse Cloud list", sdk.clickHouseList(), raw.clickHouseList());
        same("Tinybird get", sdk.tinybirdGet(), raw.tinybirdGet());
        same("Tinybird list", sdk.tinybirdList(), raw.tinybirdList());
        same("Managed Postgres get", sdk.postgresGet(), raw.postgresGet());
        same("Managed Postgres list", sdk.postgresList(), raw.postgresList());
        same("Crunchy Bridge get", sdk.crunchyGet(), raw.crunchyGet());
        same("Crunchy Bridge list", sdk.crunchyList(), raw.crunchyList());
    }

    /** Closes the clients and the server. */
    void close() {
        sdk.close();
        raw.close();
        server.close();
    }

    private static void same(String call, Object sdk, Object raw) {
        if (!Objects.equals(sdk, raw)) {
            throw new IllegalStateException(call + ": the SDK and the raw client decoded different values");
        }
        if (sdk instanceof List<?> list && list.size() != CannedApis.LIST_SIZE) {
            throw new IllegalStateException(call + ": " + list.size() + " items instead of " + CannedApis.LIST_SIZE);
        }
    }
}
