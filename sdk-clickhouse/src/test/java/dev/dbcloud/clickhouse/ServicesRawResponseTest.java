package dev.dbcloud.clickhouse;

import static dev.dbcloud.clickhouse.Cloud.SERVICE_ID;
import static dev.dbcloud.clickhouse.Cloud.body;
import static dev.dbcloud.clickhouse.Cloud.fixture;
import static dev.dbcloud.clickhouse.Cloud.json;
import static dev.dbcloud.clickhouse.Cloud.servicePath;
import static dev.dbcloud.clickhouse.Cloud.tree;
import static dev.dbcloud.clickhouse.RawResponses.HEADER_REQUEST_ID;
import static dev.dbcloud.clickhouse.RawResponses.REQUEST_ID;
import static dev.dbcloud.clickhouse.RawResponses.answer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.errors.ConflictException;
import dev.dbcloud.core.errors.NotFoundException;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class ServicesRawResponseTest extends ClientTest {

    @Test
    void theRawViewIsOneInstance() {
        assertThat(ch.services().withRawResponse()).isSameAs(ch.services().withRawResponse());
    }

    @Test
    void getKeepsStatusHeadersAndTheEnvelopeRequestId() throws Exception {
        server.enqueue(answer(200, fixture("service.json")));
        ApiResponse<Service> response = ch.services().withRawResponse().get(SERVICE_ID);
        cloud.expect("GET", servicePath(""));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.requestId()).contains(REQUEST_ID).isNotEqualTo(Optional.of(HEADER_REQUEST_ID));
        assertThat(response.header("x-ratelimit-remaining")).contains("41");
        assertThat(response.header("X-Request-Id")).contains(HEADER_REQUEST_ID);
        assertThat(response.value().id()).isEqualTo(SERVICE_ID);
        assertThat(response.value().state()).isEqualTo(ServiceState.RUNNING);
    }

    @Test
    void createListAndStateChanges() throws Exception {
        server.enqueue(answer(201, "{\"service\":" + fixture("service.json") + ",\"password\":\"p\"}"));
        server.enqueue(answer(200, "[" + fixture("service.json") + "]"));
        server.enqueue(answer(200, fixture("service.json").replace("\"running\"", "\"stopping\"")));
        Services.WithRawResponse raw = ch.services().withRawResponse();
        CreateServiceParams params = CreateServiceParams.builder()
                .name("analytics")
                .provider(CloudProvider.AWS)
                .region(CloudRegion.EU_WEST_1)
                .build();

        ApiResponse<CreatedService> created = raw.create(params);
        ApiResponse<List<Service>> listed =
                raw.list(ListServicesParams.builder().putTags("env", "prod").build());
        ApiResponse<Service> stopped = raw.stop(SERVICE_ID);

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.requestId()).contains(REQUEST_ID);
        assertThat(created.value().password()).contains("p");
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(listed.value()).extracting(Service::id).containsExactly(SERVICE_ID);
        assertThat(stopped.header("X-RateLimit-Remaining")).contains("41");
        assertThat(stopped.value().state()).isEqualTo(ServiceState.STOPPING);
        assertThat(body(cloud.expect("POST", "/v1/organizations/" + Cloud.ORG + "/services"))
                        .get("name")
                        .asText())
                .isEqualTo("analytics");
        RecordedRequest list = cloud.expect("GET", "/v1/organizations/" + Cloud.ORG + "/services");
        assertThat(list.getUrl().queryParameter("filter")).isEqualTo("tag:env=prod");
        assertThat(body(cloud.expect("PATCH", servicePath("/state")))).isEqualTo(tree("{\"command\":\"stop\"}"));
    }

    @Test
    void callsWithoutResultAnswerVoid() throws Exception {
        server.enqueue(answer(200, null));
        server.enqueue(answer(200, null));
        ApiResponse<Void> deleted = ch.services().withRawResponse().delete(SERVICE_ID);
        ApiResponse<Void> endpointDeleted = ch.services().withRawResponse().deleteQueryEndpoint(SERVICE_ID);
        assertThat(deleted.statusCode()).isEqualTo(200);
        assertThat(deleted.requestId()).contains(REQUEST_ID);
        assertThat(deleted.header("X-RateLimit-Remaining")).contains("41");
        assertThat(deleted.value()).isNull();
        assertThat(endpointDeleted.requestId()).contains(REQUEST_ID);
        assertThat(endpointDeleted.value()).isNull();
        cloud.expect("DELETE", servicePath(""));
        cloud.expect("DELETE", servicePath("/serviceQueryEndpoint"));
    }

    @Test
    void aRawDeleteSendsOnlyTheDeleteAndThrowsTheConflictOfARepeatedAttempt() {
        server.enqueue(json(503, "{\"error\":\"Service Unavailable\"}"));
        server.enqueue(json(
                409, "{\"status\":409,\"error\":\"CONFLICT: Current state: 'terminating'\",\"requestId\":\"r-409\"}"));
        assertThatThrownBy(() -> ch.services().withRawResponse().delete(SERVICE_ID))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.attempts()).isEqualTo(2);
                    assertThat(e.requestId()).contains("r-409");
                });
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aFirstConflictIsStillThrown() {
        server.enqueue(json(409, "{\"status\":409,\"error\":\"CONFLICT: Current state: 'running'\"}"));
        assertThatThrownBy(() -> ch.services().withRawResponse().delete(SERVICE_ID))
                .isInstanceOf(ConflictException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void queryEndpointIsOptionalAndARawReadSendsOneRequest() throws Exception {
        server.enqueue(answer(200, "{\"id\":\"qe-1\",\"openApiKeys\":[\"key-1\"],\"roles\":[\"sql_console_admin\"]}"));
        server.enqueue(answer(200, null));
        server.enqueue(Cloud.notFound());
        Services.WithRawResponse raw = ch.services().withRawResponse();

        ApiResponse<Optional<ServiceQueryEndpoint>> found = raw.queryEndpoint(SERVICE_ID);
        ApiResponse<Optional<ServiceQueryEndpoint>> noResult = raw.queryEndpoint(SERVICE_ID);

        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.requestId()).contains(REQUEST_ID);
        assertThat(found.value().orElseThrow().id()).contains("qe-1");
        assertThat(noResult.header("X-RateLimit-Remaining")).contains("41");
        assertThat(noResult.value()).isEmpty();
        assertThatThrownBy(() -> raw.queryEndpoint(SERVICE_ID))
                .isInstanceOfSatisfying(
                        NotFoundException.class, e -> assertThat(e.requestId()).contains("r-404"));
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    @SuppressWarnings("deprecation") // updateScaling: the API deprecates PATCH …/scaling, still sent
    void scalingPasswordAndPrivateEndpoints() throws Exception {
        server.enqueue(answer(200, fixture("service.json")));
        server.enqueue(answer(200, fixture("service.json")));
        server.enqueue(answer(200, "{\"password\":\"generated\"}"));
        server.enqueue(answer(200, "{\"endpointServiceId\":\"com.amazonaws.vpce.eu-west-1.vpce-svc-1\"}"));
        server.enqueue(answer(200, "{\"id\":\"vpce-1\",\"description\":\"prod\"}"));
        server.enqueue(answer(200, fixture("service.json")));
        server.enqueue(answer(200, "{\"id\":\"qe-1\",\"openApiKeys\":[],\"roles\":[\"sql_console_admin\"]}"));
        Services.WithRawResponse raw = ch.services().withRawResponse();

        assertThat(raw.updateScaling(
                                SERVICE_ID,
                                UpdateScalingParams.builder().numReplicas(3).build())
                        .requestId())
                .contains(REQUEST_ID);
        assertThat(raw.updateReplicaScaling(
                                SERVICE_ID,
                                UpdateReplicaScalingParams.builder()
                                        .minReplicaMemoryGb(16)
                                        .maxReplicaMemoryGb(16)
                                        .build())
                        .statusCode())
                .isEqualTo(200);
        ApiResponse<ResetPasswordResult> reset = raw.resetPassword(SERVICE_ID, ResetPasswordParams.generated());
        assertThat(reset.value().password()).contains("generated");
        assertThat(reset.requestId()).contains(REQUEST_ID);
        assertThat(raw.privateEndpointConfig(SERVICE_ID).value().endpointServiceId())
                .contains("com.amazonaws.vpce.eu-west-1.vpce-svc-1");
        ApiResponse<PrivateEndpoint> endpoint = raw.createPrivateEndpoint(
                SERVICE_ID, CreatePrivateEndpointParams.builder().id("vpce-1").build());
        assertThat(endpoint.value().id()).isEqualTo("vpce-1");
        assertThat(endpoint.header("X-RateLimit-Remaining")).contains("41");
        assertThat(raw.update(
                                SERVICE_ID,
                                UpdateServiceParams.builder().name("renamed").build())
                        .value()
                        .id())
                .isEqualTo(SERVICE_ID);
        assertThat(raw.upsertQueryEndpoint(
                                SERVICE_ID,
                                UpsertQueryEndpointParams.builder()
                                        .addRoles(QueryEndpointRole.SQL_CONSOLE_ADMIN)
                                        .build())
                        .requestId())
                .contains(REQUEST_ID);
        cloud.expect("PATCH", servicePath("/scaling"));
        cloud.expect("PATCH", servicePath("/replicaScaling"));
        cloud.expect("PATCH", servicePath("/password"));
        cloud.expect("GET", servicePath("/privateEndpointConfig"));
        cloud.expect("POST", servicePath("/privateEndpoint"));
        assertThat(body(cloud.expect("PATCH", servicePath("")))).isEqualTo(tree("{\"name\":\"renamed\"}"));
        cloud.expect("POST", servicePath("/serviceQueryEndpoint"));
    }

    @Test
    void prometheusMetricsKeepTheirHeaders() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .code(200)
                .setHeader("Content-Type", "text/plain; version=0.0.4")
                .setHeader("X-Request-Id", HEADER_REQUEST_ID)
                .body("ClickHouse_ServiceInfo 1\n")
                .build());
        ApiResponse<String> metrics = ch.services().withRawResponse().prometheusMetrics(SERVICE_ID, true);
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.header("content-type")).contains("text/plain; version=0.0.4");
        assertThat(metrics.requestId()).contains(HEADER_REQUEST_ID);
        assertThat(metrics.value()).isEqualTo("ClickHouse_ServiceInfo 1\n");
        assertThat(cloud.expect("GET", servicePath("/prometheus")).getUrl().queryParameter("filtered_metrics"))
                .isEqualTo("true");
    }

    @Test
    void startAndAwake() throws Exception {
        server.enqueue(answer(200, fixture("service.json").replace("\"running\"", "\"starting\"")));
        server.enqueue(answer(200, fixture("service.json").replace("\"running\"", "\"awaking\"")));
        Services.WithRawResponse raw = ch.services().withRawResponse();
        assertThat(raw.start(SERVICE_ID).value().state()).isEqualTo(ServiceState.STARTING);
        assertThat(raw.awake(SERVICE_ID).requestId()).contains(REQUEST_ID);
        assertThat(body(cloud.expect("PATCH", servicePath("/state")))).isEqualTo(tree("{\"command\":\"start\"}"));
        assertThat(body(cloud.expect("PATCH", servicePath("/state")))).isEqualTo(tree("{\"command\":\"awake\"}"));
    }

    @Test
    void listWithoutFilters() throws Exception {
        server.enqueue(answer(200, "[]"));
        ApiResponse<List<Service>> listed = ch.services().withRawResponse().list();
        assertThat(listed.value()).isEmpty();
        assertThat(listed.requestId()).contains(REQUEST_ID);
        assertThat(cloud.expect("GET", "/v1/organizations/" + Cloud.ORG + "/services")
                        .getUrl()
                        .queryParameter("filter"))
                .isNull();
    }
}
