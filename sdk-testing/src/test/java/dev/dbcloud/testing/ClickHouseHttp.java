package dev.dbcloud.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Raw HTTP against the ClickHouse Cloud API of a local cloud, with its key, under its organization. */
final class ClickHouseHttp {
    static final String UUID = "^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$";

    private final LocalCloud cloud;

    ClickHouseHttp(LocalCloud cloud) {
        this.cloud = cloud;
    }

    /** The URL of a path under the organization, e.g. {@code /postgres}. */
    String url(String path) {
        return cloud.clickHouseCloudUrl() + "/v1/organizations/" + cloud.clickHouseOrganizationId() + path;
    }

    String basic() {
        return "Basic "
                + Base64.getEncoder()
                        .encodeToString((cloud.clickHouseCloudKeyId() + ":" + cloud.clickHouseCloudKeySecret())
                                .getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> send(String method, String path, String body) {
        return Raw.send(method, url(path), body, "Authorization", basic());
    }

    /** The {@code result} of a 200 answer, after checking the envelope. */
    JsonNode ok(String method, String path, String body) {
        HttpResponse<String> response = send(method, path, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode json = Raw.json(response);
        assertThat(json.get("status").asInt()).isEqualTo(200);
        assertThat(json.get("requestId").asText()).matches(UUID);
        return json.get("result");
    }

    JsonNode get(String path) {
        return ok("GET", path, null);
    }

    /** The {@code error} of an answer with that status, after checking the error body. */
    String error(int status, String method, String path, String body) {
        HttpResponse<String> response = send(method, path, body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode json = Raw.json(response);
        assertThat(json.get("status").asInt()).isEqualTo(status);
        assertThat(json.get("requestId").asText()).matches(UUID);
        assertThat(json.has("result")).isFalse();
        return json.get("error").asText();
    }

    /** The id of the seeded service with that name. */
    String serviceId(String name) {
        for (JsonNode service : get("/services")) {
            if (service.get("name").asText().equals(name)) {
                return service.get("id").asText();
            }
        }
        throw new AssertionError("no service " + name);
    }

    /**
     * Polls {@code path} every few milliseconds and returns each value {@code field} took, in order, until it is
     * {@code until}; fails after ten real seconds.
     */
    List<String> watch(String path, String field, String until) {
        List<String> seen = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (seen.isEmpty() || !seen.get(seen.size() - 1).equals(until)) {
            assertThat(System.nanoTime() - deadline)
                    .as("%s never reached %s: %s", path, until, seen)
                    .isNegative();
            String value = get(path).get(field).asText();
            if (seen.isEmpty() || !seen.get(seen.size() - 1).equals(value)) {
                seen.add(value);
            }
            pause();
        }
        return seen;
    }

    /** Polls {@code path} until it answers 404; fails after ten real seconds. */
    void awaitGone(String path) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (send("GET", path, null).statusCode() != 404) {
            assertThat(System.nanoTime() - deadline)
                    .as("%s never went away", path)
                    .isNegative();
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(3);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
