package dev.dbcloud.clickhouse;

import static dev.dbcloud.clickhouse.Cloud.servicePath;
import static dev.dbcloud.clickhouse.Pipes.ENDPOINT_ID;
import static dev.dbcloud.clickhouse.Pipes.PIPE_ID;
import static dev.dbcloud.clickhouse.Pipes.fixture;
import static dev.dbcloud.clickhouse.Pipes.idle;
import static dev.dbcloud.clickhouse.Pipes.pipePath;
import static dev.dbcloud.clickhouse.Pipes.pipesPath;
import static dev.dbcloud.clickhouse.RawResponses.answer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.clickhouse.clickpipes.CdcScaling;
import dev.dbcloud.clickhouse.clickpipes.ClickPipeSettings;
import dev.dbcloud.clickhouse.clickpipes.ClickPipeSource;
import dev.dbcloud.clickhouse.clickpipes.ClickPipes;
import dev.dbcloud.clickhouse.clickpipes.CreateClickPipeParams;
import dev.dbcloud.clickhouse.clickpipes.CreateReversePrivateEndpointParams;
import dev.dbcloud.clickhouse.clickpipes.CustomPrivateDnsMapping;
import dev.dbcloud.clickhouse.clickpipes.FieldMapping;
import dev.dbcloud.clickhouse.clickpipes.ReversePrivateEndpointType;
import dev.dbcloud.clickhouse.clickpipes.ReversePrivateEndpoints;
import dev.dbcloud.clickhouse.clickpipes.SchemaDiscoveryParams;
import dev.dbcloud.clickhouse.clickpipes.UpdateClickPipeParams;
import dev.dbcloud.clickhouse.clickpipes.UpdateClickPipeScalingParams;
import dev.dbcloud.clickhouse.clickpipes.UpdateReversePrivateEndpointParams;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.errors.FailedDependencyException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every method of the raw views of ClickPipes and reverse private endpoints sends exactly one request, with the
 * options of every view it was reached through (the client's, the resource's and the raw view's), and never wakes
 * an idle service, even on a handle with auto-wake.
 */
class ClickPipeRawViewsTest extends ClientTest {
    private static final String PIPE = fixture("pipe-kafka.json");
    private static final String ENDPOINT = fixture("reverse-private-endpoint.json");
    private static final String ENDPOINTS = servicePath("/clickpipesReversePrivateEndpoints");

    private record Case(
            String name,
            String result,
            String method,
            String path,
            Function<ClickHouseCloudClient, ApiResponse<?>> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> cases() {
        CreateClickPipeParams create = CreateClickPipeParams.builder()
                .name("orders")
                .source(ClickPipeSource.kafka(ClickPipesTest.kafka()))
                .destination(ClickPipesTest.streamingDestination())
                .addFieldMappings(FieldMapping.of("id", "id"))
                .build();
        return Stream.of(
                        new Case("list", "[]", "GET", pipesPath(""), ch -> pipes(ch)
                                .list()),
                        new Case("create", PIPE, "POST", pipesPath(""), ch -> pipes(ch)
                                .create(create)),
                        new Case("get", PIPE, "GET", pipePath(""), ch -> pipes(ch)
                                .get(PIPE_ID)),
                        new Case("update", PIPE, "PATCH", pipePath(""), ch -> pipes(ch)
                                .update(
                                        PIPE_ID,
                                        UpdateClickPipeParams.builder()
                                                .name("x")
                                                .build())),
                        new Case("delete", null, "DELETE", pipePath(""), ch -> pipes(ch)
                                .delete(PIPE_ID)),
                        new Case("updateScaling", PIPE, "PATCH", pipePath("/scaling"), ch -> pipes(ch)
                                .updateScaling(
                                        PIPE_ID,
                                        UpdateClickPipeScalingParams.builder()
                                                .replicas(2)
                                                .build())),
                        new Case("start", PIPE, "PATCH", pipePath("/state"), ch -> pipes(ch)
                                .start(PIPE_ID)),
                        new Case("stop", PIPE, "PATCH", pipePath("/state"), ch -> pipes(ch)
                                .stop(PIPE_ID)),
                        new Case("resync", PIPE, "PATCH", pipePath("/state"), ch -> pipes(ch)
                                .resync(PIPE_ID)),
                        new Case("settings", "{}", "GET", pipePath("/settings"), ch -> pipes(ch)
                                .settings(PIPE_ID)),
                        new Case("updateSettings", "{}", "PUT", pipePath("/settings"), ch -> pipes(ch)
                                .updateSettings(
                                        PIPE_ID,
                                        ClickPipeSettings.builder()
                                                .streamingMaxInsertWaitMs(1000)
                                                .build())),
                        new Case("cdcScaling", "{}", "GET", servicePath("/clickpipesCdcScaling"), ch -> pipes(ch)
                                .cdcScaling()),
                        new Case(
                                "updateCdcScaling", "{}", "PATCH", servicePath("/clickpipesCdcScaling"), ch -> pipes(ch)
                                        .updateCdcScaling(CdcScaling.of(4000, 16))),
                        new Case(
                                "discoverSchema", "{\"fields\":[]}", "POST", pipesPath("/schemaDiscovery"), ch -> pipes(
                                                ch)
                                        .discoverSchema(SchemaDiscoveryParams.of(
                                                ClickPipeSource.kafka(ClickPipesTest.kafka())))),
                        new Case("endpoints.list", "[]", "GET", ENDPOINTS, ch -> endpoints(ch)
                                .list()),
                        new Case("endpoints.create", ENDPOINT, "POST", ENDPOINTS, ch -> endpoints(ch)
                                .create(CreateReversePrivateEndpointParams.builder()
                                        .description("orders")
                                        .type(ReversePrivateEndpointType.VPC_ENDPOINT_SERVICE)
                                        .vpcEndpointServiceName(
                                                "com.amazonaws.vpce.us-east-1.vpce-svc-12345678901234567")
                                        .build())),
                        new Case("endpoints.get", ENDPOINT, "GET", ENDPOINTS + "/" + ENDPOINT_ID, ch -> endpoints(ch)
                                .get(ENDPOINT_ID)),
                        new Case("endpoints.update", ENDPOINT, "PATCH", ENDPOINTS + "/" + ENDPOINT_ID, ch -> endpoints(
                                        ch)
                                .update(
                                        ENDPOINT_ID,
                                        UpdateReversePrivateEndpointParams.of(
                                                List.of(CustomPrivateDnsMapping.of("*.example.com"))))),
                        new Case("endpoints.delete", null, "DELETE", ENDPOINTS + "/" + ENDPOINT_ID, ch -> endpoints(ch)
                                .delete(ENDPOINT_ID)))
                .map(Arguments::of);
    }

    private static RequestOptions header(String name, String value) {
        return RequestOptions.builder().header(name, value).build();
    }

    private static ClickPipes handle(ClickHouseCloudClient ch) {
        return ch.withOptions(header("X-Client", "client"))
                .clickPipes(Cloud.SERVICE_ID)
                .withAutoWake(Duration.ofMinutes(10))
                .withOptions(header("X-View", "resource"));
    }

    private static ClickPipes.WithRawResponse pipes(ClickHouseCloudClient ch) {
        return handle(ch).withRawResponse().withOptions(header("X-Raw", "raw"));
    }

    private static ReversePrivateEndpoints.WithRawResponse endpoints(ClickHouseCloudClient ch) {
        return handle(ch).reversePrivateEndpoints().withRawResponse().withOptions(header("X-Raw", "raw"));
    }

    @ParameterizedTest
    @MethodSource("cases")
    void sendsExactlyOneRequestWithTheViewsOptions(Case c) throws Exception {
        for (int i = 0; i < 3; i++) {
            server.enqueue(answer(200, c.result()));
        }
        ApiResponse<?> response = c.call().apply(ch);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(server.getRequestCount()).isEqualTo(1);
        RecordedRequest request = cloud.expect(c.method(), c.path());
        assertThat(request.getHeaders().get("X-Client")).isEqualTo("client");
        assertThat(request.getHeaders().get("X-View")).isEqualTo("resource");
        assertThat(request.getHeaders().get("X-Raw")).isEqualTo("raw");
    }

    @ParameterizedTest
    @MethodSource("cases")
    void anIdleServicesAnswerIsThrownWithoutWakingIt(Case c) {
        server.enqueue(idle());
        server.enqueue(Cloud.serviceIn("idle"));
        assertThatThrownBy(() -> c.call().apply(ch)).isInstanceOf(FailedDependencyException.class);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aClientViewsOptionsGoWithTheWakeTheWaitAndTheRetry() throws Exception {
        server.enqueue(idle());
        server.enqueue(Cloud.serviceIn("idle"));
        server.enqueue(Cloud.serviceIn("awaking"));
        server.enqueue(Cloud.serviceIn("running"));
        server.enqueue(Cloud.ok(PIPE));
        server.enqueue(Cloud.ok(PIPE));
        ClickPipes pipes = ch.withOptions(header("X-Client", "client"))
                .clickPipes(Cloud.SERVICE_ID)
                .withAutoWake(Duration.ofMinutes(10));
        pipes.get(PIPE_ID);
        pipes.waitUntilRunning(PIPE_ID, Duration.ofMinutes(1));
        assertThat(server.getRequestCount()).isEqualTo(6);
        for (int i = 0; i < 6; i++) {
            assertThat(server.takeRequest().getHeaders().get("X-Client")).isEqualTo("client");
        }
    }

    /**
     * The table lists every method of both raw views: a ClickPipes method by its name ({@code settings}), a reverse
     * private endpoints one as {@code endpoints.<name>}, with as many rows as methods.
     */
    @Test
    void theTableListsEveryMethodOfBothRawViews() {
        List<String> methods = Stream.concat(
                        publicMethods(ClickPipes.WithRawResponse.class, ""),
                        publicMethods(ReversePrivateEndpoints.WithRawResponse.class, "endpoints."))
                .toList();
        List<String> rows =
                cases().map(arguments -> arguments.get()[0].toString()).toList();
        assertThat(methods).isNotEmpty();
        assertThat(rows).containsExactlyInAnyOrderElementsOf(methods);
    }

    private static Stream<String> publicMethods(Class<?> view, String prefix) {
        return Stream.of(view.getDeclaredMethods())
                .filter(method -> Modifier.isPublic(method.getModifiers()) && !method.isSynthetic())
                .map(Method::getName)
                .map(name -> prefix + name);
    }
}
