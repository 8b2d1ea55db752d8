package dev.dbcloud.clickhouse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dbcloud.core.Credentials;
import dev.dbcloud.core.testing.FakeTime;
import dev.dbcloud.core.testing.Wire;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** Test support: a client pointed at a MockWebServer with fake time, envelopes and fixtures. */
final class Cloud {
    static final String ORG = "0b6f7c1a-1111-4222-8333-444455556666";
    static final String SERVICE_ID = "7f4e9b5c-2d1a-4c3e-9f8b-1a2b3c4d5e6f";
    /** base64("key-id:key-secret"). */
    static final String BASIC = "Basic a2V5LWlkOmtleS1zZWNyZXQ=";

    final MockWebServer server;
    final FakeTime time = new FakeTime();

    Cloud(MockWebServer server) {
        this.server = server;
    }

    ClickHouseCloudClient.Builder builder() {
        return ClickHouseCloudClient.builder()
                .baseUrl(server.url("/").toString())
                .credentials(Credentials.basic("key-id", "key-secret"))
                .clock(time)
                .sleeper(time)
                .jitter(() -> 1.0);
    }

    ClickHouseCloudClient client() {
        return builder().organizationId(ORG).build();
    }

    static String fixture(String name) {
        return Wire.resource("/clickhouse/" + name);
    }

    /** A success envelope around {@code resultJson}. */
    static MockResponse ok(String resultJson) {
        return json(
                200,
                "{\"status\":200,\"requestId\":\"a5957990-dbe5-46fd-b5ce-a7f8f79e50fe\",\"result\":" + resultJson
                        + "}");
    }

    /** A success envelope without result, as DELETEs answer. */
    static MockResponse okEmpty() {
        return json(200, "{\"requestId\":\"ac9bbffa-e370-410c-8bdd-bd24bf3d7f82\",\"status\":200}");
    }

    static MockResponse json(int code, String body) {
        return Wire.json(code, body);
    }

    static MockResponse serviceIn(String state) {
        return ok(fixture("service.json").replace("\"state\": \"running\"", "\"state\": \"" + state + "\""));
    }

    static MockResponse notFound() {
        return json(404, "{\"status\":404,\"error\":\"NOT_FOUND: Unknown Error\",\"requestId\":\"r-404\"}");
    }

    static JsonNode tree(String json) {
        return Wire.tree(json);
    }

    static JsonNode body(RecordedRequest request) {
        return Wire.body(request);
    }

    /** Asserts method, path and Basic auth of the next request and returns it. */
    RecordedRequest expect(String method, String path) throws InterruptedException {
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo(method);
        assertThat(request.getUrl().encodedPath()).isEqualTo(path);
        assertThat(request.getHeaders().get("Authorization")).isEqualTo(BASIC);
        return request;
    }

    static String servicePath(String suffix) {
        return "/v1/organizations/" + ORG + "/services/" + SERVICE_ID + suffix;
    }
}
