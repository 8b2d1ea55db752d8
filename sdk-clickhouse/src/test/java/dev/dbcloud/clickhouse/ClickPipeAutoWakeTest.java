package dev.dbcloud.clickhouse;

import static dev.dbcloud.clickhouse.Cloud.body;
import static dev.dbcloud.clickhouse.Cloud.json;
import static dev.dbcloud.clickhouse.Cloud.serviceIn;
import static dev.dbcloud.clickhouse.Cloud.servicePath;
import static dev.dbcloud.clickhouse.Cloud.tree;
import static dev.dbcloud.clickhouse.Pipes.PIPE_ID;
import static dev.dbcloud.clickhouse.Pipes.idle;
import static dev.dbcloud.clickhouse.Pipes.kafkaIn;
import static dev.dbcloud.clickhouse.Pipes.pipePath;
import static dev.dbcloud.clickhouse.Pipes.pipesPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.clickhouse.clickpipes.ClickPipe;
import dev.dbcloud.clickhouse.clickpipes.ClickPipeSource;
import dev.dbcloud.clickhouse.clickpipes.ClickPipes;
import dev.dbcloud.clickhouse.clickpipes.CreateClickPipeParams;
import dev.dbcloud.clickhouse.clickpipes.FieldMapping;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.errors.FailedDependencyException;
import dev.dbcloud.core.errors.WaitTimeoutException;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Auto-wake answers only the 424 of an idle service, and stays within the call's budget. */
class ClickPipeAutoWakeTest extends ClientTest {
    private static final Duration TEN_MINUTES = Duration.ofMinutes(10);
    private static final CreateClickPipeParams ORDERS = CreateClickPipeParams.builder()
            .name("orders")
            .source(ClickPipeSource.kafka(ClickPipesTest.kafka()))
            .destination(ClickPipesTest.streamingDestination())
            .addFieldMappings(FieldMapping.of("id", "id"))
            .build();

    private static MockResponse failedDependency(String detail) {
        return json(424, "{\"status\":424,\"error\":\"FAILED_DEPENDENCY: " + detail + "\",\"requestId\":\"r-424\"}");
    }

    private ClickPipes waking() {
        return ch.clickPipes(Cloud.SERVICE_ID).withAutoWake(TEN_MINUTES);
    }

    @Test
    void aCreateRefusedBecauseTheServiceIsIdleIsSentOnceMoreAfterTheWake() throws Exception {
        server.enqueue(idle());
        server.enqueue(serviceIn("idle"));
        server.enqueue(serviceIn("awaking"));
        server.enqueue(serviceIn("running"));
        server.enqueue(kafkaIn("Provisioning"));
        ClickPipe created = waking().create(ORDERS);
        assertThat(created.id()).isEqualTo(PIPE_ID);
        RecordedRequest first = cloud.expect("POST", pipesPath(""));
        cloud.expect("GET", servicePath(""));
        assertThat(body(cloud.expect("PATCH", servicePath("/state")))).isEqualTo(tree("{\"command\":\"awake\"}"));
        cloud.expect("GET", servicePath(""));
        RecordedRequest retry = cloud.expect("POST", pipesPath(""));
        assertThat(body(retry)).isEqualTo(body(first));
        assertThat(server.getRequestCount()).isEqualTo(5);
    }

    @Test
    void aServiceAlreadyWakingIsAwaitedWithoutAnAwakeCommand() throws Exception {
        server.enqueue(failedDependency("ClickPipe creation is allowed only when the ClickHouse service is running."
                + " Current state: awaking"));
        server.enqueue(serviceIn("starting"));
        server.enqueue(serviceIn("running"));
        server.enqueue(kafkaIn("Provisioning"));
        waking().create(ORDERS);
        cloud.expect("POST", pipesPath(""));
        cloud.expect("GET", servicePath(""));
        cloud.expect("GET", servicePath(""));
        cloud.expect("POST", pipesPath(""));
    }

    @Test
    void a424WhileTheServiceRunsIsThrownUntouched() {
        server.enqueue(failedDependency("Kafka schema registry is unreachable"));
        server.enqueue(serviceIn("running"));
        assertThatThrownBy(() -> waking().create(ORDERS))
                .isInstanceOf(FailedDependencyException.class)
                .hasMessageContaining("schema registry")
                .satisfies(e -> assertThat(e.getSuppressed()).isEmpty());
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void a424ReportingAnotherServiceStateIsThrownWithoutLookingFurther() {
        server.enqueue(failedDependency("ClickPipe creation is allowed only when the ClickHouse service is running."
                + " Current state: stopped"));
        assertThatThrownBy(() -> waking().create(ORDERS))
                .isInstanceOf(FailedDependencyException.class)
                .satisfies(e -> assertThat(e.getSuppressed()).isEmpty());
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void theWakeAndTheRetryFitInTheCallsTimeout() throws Exception {
        server.enqueue(idle());
        server.enqueue(serviceIn("idle"));
        server.enqueue(serviceIn("awaking"));
        for (int i = 0; i < 4; i++) {
            server.enqueue(serviceIn("awaking"));
        }
        server.enqueue(serviceIn("running"));
        server.enqueue(kafkaIn("Running"));
        RequestOptions twelveSeconds =
                RequestOptions.builder().timeout(Duration.ofSeconds(12)).build();
        assertThatThrownBy(() -> waking().withOptions(twelveSeconds).get(PIPE_ID))
                .isInstanceOf(WaitTimeoutException.class)
                .satisfies(e ->
                        assertThat(e.getSuppressed()).singleElement().isInstanceOf(FailedDependencyException.class));
        assertThat(cloud.time.sleeps().stream().reduce(Duration.ZERO, Duration::plus))
                .isLessThanOrEqualTo(Duration.ofSeconds(12));
        int sent = server.getRequestCount();
        cloud.expect("GET", pipePath(""));
        for (int i = 1; i < sent; i++) {
            assertThat(server.takeRequest().getUrl().encodedPath()).startsWith(servicePath(""));
        }
    }

    @Test
    void withEnoughBudgetTheRetryIsSent() throws Exception {
        server.enqueue(idle());
        server.enqueue(serviceIn("idle"));
        server.enqueue(serviceIn("awaking"));
        server.enqueue(serviceIn("awaking"));
        server.enqueue(serviceIn("running"));
        server.enqueue(kafkaIn("Running"));
        RequestOptions twelveSeconds =
                RequestOptions.builder().timeout(Duration.ofSeconds(12)).build();
        assertThat(waking().withOptions(twelveSeconds).get(PIPE_ID).id()).isEqualTo(PIPE_ID);
        assertThat(cloud.time.sleeps()).containsExactly(Duration.ofSeconds(5));
        assertThat(server.getRequestCount()).isEqualTo(6);
    }
}
