package dev.dbcloud.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.clickhouse.tinybird.TinybirdClient;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.Credentials;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.errors.ApiConnectionException;
import dev.dbcloud.core.errors.RateLimitedException;
import dev.dbcloud.crunchy.Cluster;
import dev.dbcloud.crunchy.CreateClusterParams;
import dev.dbcloud.crunchy.CrunchyBridgeClient;
import dev.dbcloud.crunchy.CrunchyResponses;
import dev.dbcloud.crunchy.ListClustersParams;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FaultsTest {
    private final LocalCloud cloud =
            LocalCloud.start(LocalCloud.Options.defaults().withSpeed(1_000));
    private final CrunchyBridgeClient cb = CrunchyBridgeClient.builder()
            .baseUrl(cloud.crunchyBridgeUrl())
            .credentials(Credentials.bearer(cloud.crunchyBridgeApiKey()))
            .sleeper(cloud.clock().sleeper())
            .jitter(() -> 1.0)
            .build();
    private final TinybirdClient tb = TinybirdClient.builder()
            .baseUrl(cloud.tinybirdUrl())
            .credentials(Credentials.bearer(cloud.tinybirdToken()))
            .sleeper(cloud.clock().sleeper())
            .jitter(() -> 1.0)
            .build();

    @AfterEach
    void close() {
        cb.close();
        tb.close();
        cloud.close();
    }

    @Test
    void crunchyRateLimitsAnswer429WithRetryAfterAndTheSdkRetriesThroughThem() {
        cloud.faults().rateLimitNext(1);
        HttpResponse<String> limited = Raw.send("GET", cloud.crunchyBridgeUrl() + "/clusters", null);

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).contains("1");
        assertThat(limited.headers().firstValue("X-Request-Id")).isPresent();
        assertThat(Raw.json(limited).get("is_transient").asBoolean()).isTrue();

        cloud.faults().rateLimitNext(2);
        assertThat(cb.clusters().list().items()).hasSize(LocalCloud.Options.DEFAULT_CRUNCHY_CLUSTERS);
        assertThat(cloud.faults().injected()).isEqualTo(3);
        assertThat(cloud.faults().pending()).isZero();
    }

    @Test
    void tinybirdRateLimitsCarryRetryAfterAndRateLimitHeaders() {
        cloud.faults().rateLimitNext(1);
        HttpResponse<String> limited = Raw.send("GET", cloud.tinybirdUrl() + "/v0/regions", null);

        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("Retry-After")).contains("1");
        assertThat(limited.headers().firstValue("X-RateLimit-Limit")).isPresent();
        assertThat(limited.headers().firstValue("X-RateLimit-Remaining")).contains("0");
        assertThat(limited.headers().firstValue("X-RateLimit-Reset")).contains("1");
        assertThat(Raw.json(limited).get("error").asText()).contains("rate limit");

        cloud.faults().rateLimitNext(1);
        assertThat(tb.organization(cloud.tinybirdOrganizationId()).clusters().list())
                .hasSize(3);
    }

    @Test
    void theSdkGivesUpWhenRateLimitingOutlastsItsRetries() {
        cloud.faults().rateLimitNext(4);

        assertThatThrownBy(() -> cb.clusters().list())
                .isInstanceOfSatisfying(RateLimitedException.class, e -> assertThat(e.retryAfter())
                        .contains(Duration.ofSeconds(1)));
        assertThat(cloud.faults().pending()).isZero();
    }

    @Test
    void aDroppedConnectionGetsNoAnswerAndAnIdempotentCallIsRetried() {
        cloud.faults().dropNext(1);
        assertThatThrownBy(() -> cb.clusters()
                        .withOptions(RequestOptions.builder().maxRetries(0).build())
                        .list(ListClustersParams.builder().build()))
                .isInstanceOf(ApiConnectionException.class)
                .hasMessageContaining("connection failed on attempt 1");

        cloud.faults().dropNext(2);
        assertThat(cb.providers().list()).isNotEmpty();
        assertThat(cloud.faults().injected()).isEqualTo(3);
    }

    @Test
    void aServerErrorOnACreateIsRetriedWithTheSameIdempotencyKeyAndCreatesOnce() {
        cloud.faults().failNext(1, 503).dropNext(1);

        Cluster created = cb.clusters()
                .create(CreateClusterParams.builder()
                        .name("retried")
                        .teamId(cloud.crunchyBridgeDefaultTeamId())
                        .planId("hobby-2")
                        .build());

        assertThat(created.name()).isEqualTo("retried");
        assertThat(cb.clusters().listAll(ListClustersParams.builder().build()))
                .extracting(Cluster::name)
                .containsOnlyOnce("retried");
    }

    @Test
    void aLostAnswerLeavesTheChangeMadeAndTheKeyedRetryIsReplayed() {
        cloud.faults().loseAnswerNext(1);

        ApiResponse<Cluster> created = cb.clusters()
                .withRawResponse()
                .create(CreateClusterParams.builder()
                        .name("lost")
                        .teamId(cloud.crunchyBridgeDefaultTeamId())
                        .planId("hobby-2")
                        .build());

        assertThat(CrunchyResponses.isIdempotencyReplay(created)).isTrue();
        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(cb.clusters().listAll(ListClustersParams.builder().build()))
                .extracting(Cluster::name)
                .containsOnlyOnce("lost");
    }

    @Test
    void latencyDelaysEveryAnswerUntilSwitchedOff() {
        cloud.faults().latency(Duration.ofMillis(150));
        long started = System.nanoTime();
        Raw.send("GET", cloud.crunchyBridgeUrl() + "/providers", null);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(150));

        cloud.faults().clear();
        assertThat(cloud.faults().next().latency()).isZero();
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> cloud.faults().failNext(1, 404)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cloud.faults().loseAnswerNext(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cloud.faults().latency(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LocalCloud.Options.defaults().withSpeed(0.5))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
