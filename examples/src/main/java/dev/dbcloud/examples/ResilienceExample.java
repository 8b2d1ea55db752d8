package dev.dbcloud.examples;

import dev.dbcloud.clickhouse.ClickHouseCloudClient;
import dev.dbcloud.clickhouse.clickpipes.ClickPipe;
import dev.dbcloud.clickhouse.clickpipes.ClickPipes;
import dev.dbcloud.clickhouse.clickpipes.CreateClickPipeParams;
import dev.dbcloud.clickhouse.tinybird.TinybirdClient;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.errors.ApiConnectionException;
import dev.dbcloud.core.errors.RateLimitedException;
import dev.dbcloud.crunchy.Cluster;
import dev.dbcloud.crunchy.Clusters;
import dev.dbcloud.crunchy.CreateClusterParams;
import dev.dbcloud.crunchy.CrunchyBridgeClient;
import dev.dbcloud.crunchy.CrunchyResponses;
import dev.dbcloud.postgres.ManagedPostgresClient;
import dev.dbcloud.postgres.PostgresInstance;
import dev.dbcloud.testing.LocalCloud;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Retries at work: the local cloud answers with 429s (and the vendor's {@code Retry-After} / {@code X-RateLimit-*}
 * headers, such as ClickHouse Cloud's fractional {@code X-RateLimit-Reset}, which Managed Postgres shares), drops
 * connections and fails with 503,
 * and the SDK's DEBUG log shows each attempt and each pause. A create is retried safely because it carries an
 * {@code Idempotency-Key}; repeating it with the same key returns the same cluster with {@code Idempotency-Replay:
 * true}, which also saves a create whose answer was lost. Finally the SDK gives up when rate limiting outlasts its
 * retries, and injected latency shows in the timings.
 *
 * <p>A ClickPipe create carries no such key: its 429 is retried (the API did not handle the request), but a lost
 * answer is not (the pipe may exist), and listing the pipes tells whether it was created.
 *
 * <p>Faults can only be injected locally, so this program always runs against a local cloud it starts itself.
 * Pauses the SDK reports (such as "retrying in 1000 ms") pass at the local cloud's speed.
 */
public final class ResilienceExample {
    private ResilienceExample() {}

    /**
     * Runs the example against a local cloud, as a command-line tool: a failure ends it with one line on standard
     * error and exit status 1.
     *
     * @param args {@code --verbose} to print the stack trace of a failure after its one-line reason
     */
    public static void main(String[] args) {
        Launch.asTool(args, () -> start(args));
    }

    private static void start(String[] args) {
        try (LocalCloud cloud = LocalCloud.start();
                ClickHouseCloudClient ch = Launch.clickHouseCloud(cloud);
                CrunchyBridgeClient cb = Launch.crunchyBridge(cloud);
                TinybirdClient tb = Launch.tinybird(cloud)) {
            run(cloud, ch, cb, tb, Narrator.local(System.out, cloud));
        }
    }

    static void run(
            LocalCloud cloud, ClickHouseCloudClient ch, CrunchyBridgeClient cb, TinybirdClient tb, Narrator out) {
        out.section("Resilience: retries through injected faults");
        String organization = ch.organizationId();
        try (SdkLog log = SdkLog.printTo(out)) {
            out.step("ClickHouse Cloud (organization " + organization + "): the next request is answered 429"
                    + " {\"error\":\"TOO_MANY_REQUESTS\"} with X-RateLimit-Reset: 1.5");
            cloud.faults().rateLimitNext(1);
            int services = ch.services().list().size();
            out.step("listed " + services + " services in " + attempts(log)
                    + ": the SDK waited the 1.5 s X-RateLimit-Reset asked for");
            clickPipeCreate(cloud, ch, log, out);

            try (ManagedPostgresClient pg = ManagedPostgresClient.from(ch)) {
                out.step("Managed Postgres (the ClickHouse Cloud host and key, one connection pool): a 429, then a"
                        + " dropped connection");
                cloud.faults().rateLimitNext(1).dropNext(1);
                List<PostgresInstance> instances = pg.instances().list();
                out.step("listed " + instances.size() + " Postgres instances in " + attempts(log));
            }

            out.step("Crunchy Bridge: the next 2 requests are answered 429 with Retry-After: 1");
            cloud.faults().rateLimitNext(2);
            int clusters = cb.clusters().list().items().size();
            out.step("listed " + clusters + " clusters in " + attempts(log));

            out.step("Crunchy Bridge: the next connection is dropped without an answer");
            cloud.faults().dropNext(1);
            int teams = cb.teams().list().items().size();
            out.step("listed " + teams + " teams in " + attempts(log));

            CreateClusterParams params = CreateClusterParams.builder()
                    .name("resilience-" + Long.toString(System.nanoTime() % 1_000_000, 36))
                    .teamId(cb.teams().list().items().get(0).id())
                    .planId("hobby-2")
                    .build();
            log.takeAttempts();
            out.step("Crunchy Bridge: a create meets a 503, then a dropped connection");
            cloud.faults().failNext(1, 503).dropNext(1);
            Cluster created = cb.clusters().create(params);
            out.step("created " + created.id() + " (" + created.name().orElse("?") + ") in " + attempts(log)
                    + ": every attempt carried the same Idempotency-Key, so it exists once");

            String key = UUID.randomUUID().toString();
            RequestOptions withKey =
                    RequestOptions.builder().idempotencyKey(key).build();
            CreateClusterParams again = params.withName(params.name() + "-keyed");
            Clusters.WithRawResponse keyed = cb.clusters().withOptions(withKey).withRawResponse();
            ApiResponse<Cluster> first = keyed.create(again);
            ApiResponse<Cluster> replay = keyed.create(again);
            out.step("the same create twice with our own Idempotency-Key " + key + ": "
                    + first.value().id()
                    + " then " + replay.value().id() + " (Idempotency-Replay: "
                    + CrunchyResponses.isIdempotencyReplay(replay) + ")");
            log.takeAttempts();

            out.step("Crunchy Bridge: a create is handled but its answer is lost on the way back");
            cloud.faults().loseAnswerNext(1);
            ApiResponse<Cluster> recovered =
                    cb.clusters().withRawResponse().create(params.withName(params.name() + "-lost"));
            out.step("created " + recovered.value().id() + " in " + attempts(log) + ": the retry carried the same"
                    + " Idempotency-Key, so the API answered it from the first attempt (Idempotency-Replay: "
                    + CrunchyResponses.isIdempotencyReplay(recovered) + ") instead of creating a second cluster");

            out.step("Tinybird: a 429 with X-RateLimit-* headers, then a dropped connection");
            cloud.faults().rateLimitNext(1).dropNext(1);
            int dedicated = tb.organization(cloud.tinybirdOrganizationId())
                    .clusters()
                    .list()
                    .size();
            out.step("listed " + dedicated + " dedicated clusters in " + attempts(log));

            out.step("Crunchy Bridge: 429 on every attempt (4 in a row)");
            cloud.faults().rateLimitNext(4);
            try {
                cb.clusters().list();
                throw new IllegalStateException("the rate-limited call succeeded");
            } catch (RateLimitedException e) {
                out.step("gave up after " + attempts(log) + ": " + e.statusCode() + " "
                        + e.errorMessage().orElse("") + ", Retry-After "
                        + e.retryAfter().map(Duration::toString).orElse("none"));
            }

            out.step("Tinybird: every answer delayed by 200 ms of real time");
            cloud.faults().latency(Duration.ofMillis(200));
            long started = System.nanoTime();
            tb.regions();
            out.step(String.format(
                    Locale.ROOT,
                    "regions answered in %.2fs, in %s",
                    (System.nanoTime() - started) / 1e9,
                    attempts(log)));
        } finally {
            cloud.faults().clear();
        }
        out.step("Resilience example done");
    }

    private static String attempts(SdkLog log) {
        int attempts = log.takeAttempts();
        return attempts + (attempts == 1 ? " attempt" : " attempts");
    }

    /**
     * A ClickPipe create (a POST without idempotency key) meets a 429, which is retried, then loses its answer,
     * which is not: the pipe may exist, and only listing tells. The pipe is deleted again.
     */
    private static void clickPipeCreate(LocalCloud cloud, ClickHouseCloudClient ch, SdkLog log, Narrator out) {
        out.step("ClickPipes: a create on analytics meets a 429, then its answer is lost on the way back");
        ClickPipes pipes = ch.clickPipes(ClickPipesExample.serviceNamed(ch, "analytics"));
        CreateClickPipeParams params = ClickPipesExample.kafkaPipe(
                "resilience-" + Long.toString(System.nanoTime() % 1_000_000, 36), ClickPipesExample.Sources.example());
        log.takeAttempts();
        cloud.faults().rateLimitNext(1).loseAnswerNext(1);
        try {
            pipes.create(params);
            throw new IllegalStateException("the create whose answer was lost succeeded");
        } catch (ApiConnectionException e) {
            out.step("the create gave up after " + attempts(log) + ": the 429 was retried (the API had not handled"
                    + " the request), the lost answer was not (a POST without idempotency key may have been"
                    + " handled, and sending it again could create a second pipe)");
        }
        List<ClickPipe> found = pipes.list().stream()
                .filter(p -> p.name().equals(params.name()))
                .toList();
        out.step("listing the pipes tells: " + found.size() + " named " + params.name() + " ("
                + found.stream().map(p -> p.id() + " " + p.state()).toList() + "), created once; deleting it");
        found.forEach(p -> pipes.delete(p.id()));
        log.takeAttempts();
    }
}
