package dev.dbcloud.testing;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * An in-process, stateful simulation of the hosted-database APIs on loopback, for the example programs and for
 * integration tests that should not touch a real cloud. Each API has its own port and answers on the vendor's
 * own paths, with its JSON, error bodies, status codes and headers; resources move through their states over
 * accelerated time ({@link SimClock}), and {@link #faults()} injects latency, server errors, dropped connections
 * and rate limiting.
 *
 * <pre>{@code
 * try (LocalCloud cloud = LocalCloud.start();
 *      ClickHouseCloudClient ch = ClickHouseCloudClient.builder()
 *              .baseUrl(cloud.clickHouseCloudUrl())
 *              .credentials(Credentials.basic(cloud.clickHouseCloudKeyId(), cloud.clickHouseCloudKeySecret()))
 *              .clock(cloud.clock().clock())
 *              .sleeper(cloud.clock().sleeper())
 *              .build();
 *      CrunchyBridgeClient cb = CrunchyBridgeClient.builder()
 *              .baseUrl(cloud.crunchyBridgeUrl())
 *              .credentials(Credentials.bearer(cloud.crunchyBridgeApiKey()))
 *              .clock(cloud.clock().clock())
 *              .sleeper(cloud.clock().sleeper())
 *              .build()) {
 *     cloud.faults().rateLimitNext(1);                 // the client retries after Retry-After
 *     cb.clusters().list().items().forEach(c -> System.out.println(c.name()));
 *     ch.services().list().forEach(s -> System.out.println(s.name() + " " + s.state()));
 * }
 * }</pre>
 *
 * <p>Simulated today: the ClickHouse Cloud API's organizations, services (with their configuration and ClickStack) and backups, its ClickPipes (with reverse
 * private endpoints and CDC scaling) and its Managed Postgres ({@code /v1/organizations/{id}/postgres}), all on
 * {@link #clickHouseCloudUrl()} with the same key; Crunchy Bridge ({@link #crunchyBridgeUrl()}: teams, clusters,
 * backups, configuration parameters, networks and their firewall rules) and Tinybird's
 * Organizations API for dedicated clusters ({@link #tinybirdUrl()}). Every API accepts exactly one credential, the same for every local cloud and no secret,
 * given by the instance methods ({@link #clickHouseCloudKeyId()}, {@link #clickHouseCloudKeySecret()}, {@link
 * #crunchyBridgeApiKey()}, {@link #tinybirdToken()}); anything else is answered with 401 and the vendor's error
 * body. State lives in memory and is gone when the cloud is closed.
 *
 * <p><b>Close it</b> when done, with try-with-resources: each API's JDK HTTP server runs a non-daemon dispatcher
 * thread that would otherwise keep the JVM alive after {@code main} returns. In JUnit 5 tests, {@link
 * LocalCloudExtension} starts and closes it and builds the clients; by hand, a cloud per test method:
 *
 * <pre>{@code
 * // in a JUnit test method
 * try (LocalCloud cloud = LocalCloud.start(LocalCloud.Options.defaults().withSpeed(1_000));
 *      CrunchyBridgeClient cb = CrunchyBridgeClient.builder()
 *              .baseUrl(cloud.crunchyBridgeUrl())
 *              .credentials(Credentials.bearer(cloud.crunchyBridgeApiKey()))
 *              .clock(cloud.clock().clock())
 *              .sleeper(cloud.clock().sleeper())
 *              .build()) {
 *     Cluster created = cb.clusters().create(params);
 *     assertThat(cb.clusters().waitUntilReady(created.id(), Duration.ofSeconds(5)).state()).contains(ClusterState.READY);
 * }   // servers stopped, ports freed, threads gone
 * }</pre>
 *
 * <p>Starting a local cloud sets the system property {@code sun.net.httpserver.nodelay} to {@code true} when it is
 * not set (an explicit value, even {@code false}, is left alone): the JDK's HTTP server then sends each answer at
 * once instead of waiting for the client's delayed ACK, about 40 ms a request. The property is read once per JVM
 * and applies to every JDK HTTP server in it.
 *
 * <p>Thread-safe.
 */
public final class LocalCloud implements AutoCloseable {
    /** The API key id the simulated ClickHouse Cloud accepts as the HTTP Basic user name. */
    private static final String CLICKHOUSE_CLOUD_KEY_ID = "LOCALCLOUDKEYID0AAAA";

    /** The API key secret the simulated ClickHouse Cloud accepts as the HTTP Basic password. */
    private static final String CLICKHOUSE_CLOUD_KEY_SECRET = "4b1dLocalCloudNotASecret00000000000000000";

    /** The one organization the simulated ClickHouse Cloud API key belongs to. */
    private static final String CLICKHOUSE_ORGANIZATION_ID = "0f3c9d7e-5b1a-4e2f-8c6d-2a9b7e4f1c30";

    /** The API key the simulated Crunchy Bridge accepts as {@code Authorization: Bearer}. */
    private static final String CRUNCHY_BRIDGE_API_KEY = "cbkey_localcloudNotASecret0000000000000";

    /** The token the simulated Tinybird accepts, as a bearer token or {@code token} query parameter. */
    private static final String TINYBIRD_TOKEN = "p.eyJ1IjogImxvY2FsY2xvdWQifQ.localcloud-not-a-secret";

    /** The organization whose dedicated clusters the simulated Tinybird holds. */
    private static final String TINYBIRD_ORGANIZATION_ID = "6c0c9a5e-1d2b-4c8e-9f3a-0b7d2e4f6a81";

    private final Options options;
    private final SimClock clock;
    private final Faults faults = new Faults();
    private final List<ApiServer> servers = new ArrayList<>();
    private final CrunchyBridgeSimulator crunchy;
    private final ClickHouseCloudSimulator clickHouse;
    private final ApiServer clickHouseServer;
    private final ApiServer crunchyServer;
    private final ApiServer tinybirdServer;

    private LocalCloud(Options options) {
        this.options = options;
        this.clock = new SimClock(options.speed());
        this.crunchy = new CrunchyBridgeSimulator(clock, CRUNCHY_BRIDGE_API_KEY, options.crunchyClusters());
        this.clickHouse = new ClickHouseCloudSimulator(
                clock,
                CLICKHOUSE_CLOUD_KEY_ID,
                CLICKHOUSE_CLOUD_KEY_SECRET,
                CLICKHOUSE_ORGANIZATION_ID,
                new ClickPipesSimulator(),
                new ManagedPostgresSimulator());
        try {
            this.clickHouseServer = serve(clickHouse);
            this.crunchyServer = serve(crunchy);
            this.tinybirdServer = serve(new TinybirdSimulator(clock, TINYBIRD_TOKEN, TINYBIRD_ORGANIZATION_ID));
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /**
     * Starts a local cloud with {@link Options#defaults()}: time runs {@value Options#DEFAULT_SPEED} times faster.
     *
     * @return the running cloud; close it when done
     */
    public static LocalCloud start() {
        return start(Options.defaults());
    }

    /**
     * Starts a local cloud.
     *
     * @param options speed and seed data
     * @return the running cloud; close it when done
     */
    public static LocalCloud start(Options options) {
        return new LocalCloud(requireNonNull(options, "options == null"));
    }

    private ApiServer serve(SimulatedApi api) {
        ApiServer server = ApiServer.start(api, faults);
        servers.add(server);
        return server;
    }

    /** @return the options the cloud was started with */
    public Options options() {
        return options;
    }

    /** @return the accelerated clock; give {@code clock().clock()} and {@code clock().sleeper()} to clients */
    public SimClock clock() {
        return clock;
    }

    /** @return the faults injected into the next answers of every API */
    public Faults faults() {
        return faults;
    }

    /**
     * @return the ClickHouse Cloud API root, e.g. {@code http://127.0.0.1:49152}, for {@code
     *     ClickHouseCloudClient.builder().baseUrl(…)}; request paths start with {@code /v1/}
     */
    public String clickHouseCloudUrl() {
        return clickHouseServer.baseUrl();
    }

    /**
     * @return the API key id the simulated ClickHouse Cloud accepts as the HTTP Basic user name, for {@code
     *     Credentials.basic(keyId, keySecret)}; the same for every local cloud, and no secret
     */
    public String clickHouseCloudKeyId() {
        return CLICKHOUSE_CLOUD_KEY_ID;
    }

    /** @return the API key secret the simulated ClickHouse Cloud accepts as the HTTP Basic password */
    public String clickHouseCloudKeySecret() {
        return CLICKHOUSE_CLOUD_KEY_SECRET;
    }

    /**
     * @return the organization of the API key, which clients discover with {@code GET /v1/organizations}; it holds
     *     three seeded services ({@code analytics} running, {@code staging} idle, {@code archive} stopped), two
     *     ClickPipes on {@code analytics} ({@code events-from-kafka}, whose scaling is answered as Kubernetes
     *     quantities, and {@code orders-cdc}, a Postgres CDC pipe), and two Managed Postgres instances ({@code
     *     orders-db}, a running primary with backups, and {@code orders-db-replica}, its read replica)
     */
    public String clickHouseOrganizationId() {
        return CLICKHOUSE_ORGANIZATION_ID;
    }

    /** The simulated ClickHouse Cloud API, for tests that look behind it (such as the stored password hash). */
    ClickHouseCloudSimulator clickHouseCloud() {
        return clickHouse;
    }

    /** @return the Crunchy Bridge API root, e.g. {@code http://127.0.0.1:49152} (for {@code baseUrl}) */
    public String crunchyBridgeUrl() {
        return crunchyServer.baseUrl();
    }

    /** @return the API key the simulated Crunchy Bridge accepts, to pass as {@code Credentials.bearer(…)} */
    public String crunchyBridgeApiKey() {
        return CRUNCHY_BRIDGE_API_KEY;
    }

    /** @return the id of the caller's default team, which holds the seeded clusters */
    public String crunchyBridgeDefaultTeamId() {
        return crunchy.defaultTeamId();
    }

    /** @return the Tinybird API root (for {@code baseUrl}); it stands for every region host */
    public String tinybirdUrl() {
        return tinybirdServer.baseUrl();
    }

    /**
     * @return the token the simulated Tinybird accepts, to pass as {@code Credentials.bearer(…)} or {@code
     *     queryToken(…)}
     */
    public String tinybirdToken() {
        return TINYBIRD_TOKEN;
    }

    /** @return the organization that holds the simulated dedicated clusters */
    public String tinybirdOrganizationId() {
        return TINYBIRD_ORGANIZATION_ID;
    }

    /**
     * Stops every API at once; requests in flight are cut off, the ports are freed and the servers' threads end.
     * Idempotent.
     */
    @Override
    public void close() {
        for (ApiServer server : servers) {
            server.close();
        }
        servers.clear();
    }

    @Override
    public String toString() {
        return "LocalCloud{clickHouseCloud=" + clickHouseServer.baseUrl() + ", crunchyBridge=" + crunchyServer.baseUrl()
                + ", tinybird=" + tinybirdServer.baseUrl() + ", speed=" + clock.speed() + "x}";
    }

    /**
     * How a {@link LocalCloud} starts: how fast simulated time runs, and how many Crunchy Bridge clusters exist
     * from the start (so that listing shows several pages).
     *
     * <pre>{@code
     * LocalCloud.start(LocalCloud.Options.defaults().withSpeed(1_000));   // tests: a 2-minute provisioning in 120 ms
     * }</pre>
     */
    public static final class Options {
        /** Default speed: one simulated minute per real second. */
        public static final double DEFAULT_SPEED = 60;

        /** Default number of Crunchy Bridge clusters present at start. */
        public static final int DEFAULT_CRUNCHY_CLUSTERS = 5;

        private final double speed;
        private final int crunchyClusters;

        private Options(double speed, int crunchyClusters) {
            if (!(speed >= 1) || Double.isInfinite(speed)) {
                throw new IllegalArgumentException("speed must be a finite number >= 1 but was " + speed);
            }
            if (crunchyClusters < 0 || crunchyClusters > 1000) {
                throw new IllegalArgumentException("crunchyClusters must be from 0 to 1000 but was " + crunchyClusters);
            }
            this.speed = speed;
            this.crunchyClusters = crunchyClusters;
        }

        /** @return speed {@value #DEFAULT_SPEED}, {@value #DEFAULT_CRUNCHY_CLUSTERS} seeded clusters */
        public static Options defaults() {
            return new Options(DEFAULT_SPEED, DEFAULT_CRUNCHY_CLUSTERS);
        }

        /**
         * @param speed simulated seconds per real second, at least 1
         * @return a copy with that speed
         */
        public Options withSpeed(double speed) {
            return new Options(speed, crunchyClusters);
        }

        /**
         * @param count Crunchy Bridge clusters present at start, 0 to 1000
         * @return a copy with that many seeded clusters
         */
        public Options withCrunchyClusters(int count) {
            return new Options(speed, count);
        }

        /** @return simulated seconds per real second */
        public double speed() {
            return speed;
        }

        /** @return Crunchy Bridge clusters present at start */
        public int crunchyClusters() {
            return crunchyClusters;
        }

        @Override
        public String toString() {
            return "Options{speed=" + speed + ", crunchyClusters=" + crunchyClusters + "}";
        }
    }
}
