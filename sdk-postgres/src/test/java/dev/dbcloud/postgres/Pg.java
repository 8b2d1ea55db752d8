package dev.dbcloud.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dbcloud.core.Credentials;
import dev.dbcloud.core.testing.FakeTime;
import dev.dbcloud.core.testing.Wire;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** Test support: a client pointed at a MockWebServer with fake time, envelopes and fixtures. */
final class Pg {
    static final String ORG = "0b6f7c1a-1111-4222-8333-444455556666";
    static final String ID = "f71df78e-ddad-82d0-8dfa-abbec741b82e";
    /** base64("key-id:key-secret"). */
    static final String BASIC = "Basic a2V5LWlkOmtleS1zZWNyZXQ=";

    final MockWebServer server;
    final FakeTime time = new FakeTime();

    Pg(MockWebServer server) {
        this.server = server;
    }

    ManagedPostgresClient.Builder builder() {
        return ManagedPostgresClient.builder()
                .baseUrl(server.url("/").toString())
                .credentials(Credentials.basic("key-id", "key-secret"))
                .clock(time)
                .sleeper(time)
                .jitter(() -> 1.0);
    }

    ManagedPostgresClient client() {
        return builder().organizationId(ORG).build();
    }

    static String fixture(String name) {
        return Wire.resource("/postgres/" + name);
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

    static MockResponse text(String contentType, String body) {
        return new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", contentType)
                .body(body)
                .build();
    }

    /** The instance fixture in another state. */
    static MockResponse instanceIn(String state) {
        return ok(fixture("instance.json").replace("\"state\": \"running\"", "\"state\": \"" + state + "\""));
    }

    /** The read replica refusal of a primary without backup, as the API words it. */
    static MockResponse noBackupsYet() {
        return json(
                400,
                "{\"error\":\"BAD_REQUEST: Parent server is not ready for read replicas. There are no backups, yet.\","
                        + "\"status\":400}");
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

    static String path(String suffix) {
        return "/v1/organizations/" + ORG + "/postgres" + suffix;
    }

    static String instancePath(String suffix) {
        return path("/" + ID + suffix);
    }
}
