package dev.dbcloud.crunchy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dbcloud.core.Credentials;
import dev.dbcloud.core.testing.FakeTime;
import dev.dbcloud.core.testing.Wire;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** Shared test helpers: a client pointed at MockWebServer with fake time, fixtures and JSON trees. */
final class Fixtures {
    static final String API_KEY = "cbkey_TestKey123";
    static final String CLUSTER_ID = "rvf73a77ozfsvcttryebfrnlem";
    static final String REPLICA_ID = "drsve2t4f5e5znkmef6hmchy2e";
    static final String TEAM_ID = "eaevtjiudzeq7bsqbbpiscund4";
    static final String NETWORK_ID = "p56biajnfvgjhftvqs7lqymspe";
    static final String VERSION_ID = "6ibnzig5avgutdgdzei2jwvvt4";

    private Fixtures() {}

    static CrunchyBridgeClient client(MockWebServer server, FakeTime time) {
        return builder(server, time).build();
    }

    static CrunchyBridgeClient.Builder builder(MockWebServer server, FakeTime time) {
        return CrunchyBridgeClient.builder()
                .baseUrl(server.url("/").toString())
                .credentials(Credentials.bearer(API_KEY))
                .clock(time)
                .sleeper(time)
                .jitter(() -> 1.0);
    }

    static String resource(String name) {
        return Wire.resource("/crunchy/" + name);
    }

    static MockResponse json(int code, String body) {
        return Wire.json(code, body)
                .newBuilder()
                .setHeader("X-Request-Id", "7e0a1d5c-1111-4a3b-9c2d-000000000001")
                .build();
    }

    static MockResponse cluster(int code) {
        return json(code, resource("cluster.json"));
    }

    static JsonNode tree(String json) {
        return Wire.tree(json);
    }

    static JsonNode body(RecordedRequest request) {
        return Wire.body(request);
    }

    /** The request's path and query, e.g. {@code /clusters?limit=5}. */
    static String target(RecordedRequest request) {
        String query = request.getUrl().encodedQuery();
        return request.getUrl().encodedPath() + (query == null ? "" : "?" + query);
    }

    /** A list response body with paging fields. */
    static String page(String key, String itemsJson, boolean hasMore, String nextCursor) {
        return "{\"" + key + "\":[" + itemsJson + "],\"has_more\":" + hasMore + ",\"next_cursor\":"
                + (nextCursor == null ? "null" : "\"" + nextCursor + "\"") + "}";
    }

    static String clusterJson(String id, String name) {
        return "{\"id\":\"" + id + "\",\"name\":\"" + name + "\",\"team_id\":\"" + TEAM_ID + "\","
                + "\"plan_id\":\"hobby-2\",\"provider_id\":\"aws\",\"region_id\":\"us-west-2\","
                + "\"is_ha\":false,\"is_suspended\":false,\"major_version\":16,\"storage\":10,\"memory\":2,"
                + "\"created_at\":\"2024-01-01T00:00:00Z\",\"updated_at\":\"2024-01-02T00:00:00Z\"}";
    }
}
