package dev.dbcloud.testing;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that runs a {@link LocalCloud} for a test class (or for each test) and hands tests ready
 * clients for it, on its simulated time: polls and retry pauses last the simulated duration divided by the
 * speed, and a waiter's timeout is simulated time too, so {@code waitUntilReady(id, Duration.ofMinutes(30))}
 * finishes in milliseconds and gives up after 1.8 real seconds at worst.
 *
 * <pre>{@code
 * @ExtendWith(LocalCloudExtension.class)          // one cloud for the class, at LocalCloudExtension.DEFAULT_SPEED
 * class ClusterSetupTest {
 *     @Test
 *     void createsAReadyCluster(CrunchyBridgeClient cb, LocalCloud cloud) {
 *         cloud.faults().rateLimitNext(1);         // the client retries after Retry-After
 *         Cluster created = cb.clusters().create(CreateClusterParams.builder()
 *                 .name("it").teamId(cloud.crunchyBridgeDefaultTeamId()).planId("hobby-2").build());
 *         assertThat(cb.clusters().waitUntilReady(created.id(), Duration.ofMinutes(30)).state())
 *                 .contains(ClusterState.READY);
 *     }
 * }
 * }</pre>
 *
 * <p>Test methods, constructors and {@code @BeforeEach}/{@code @BeforeAll} methods may declare parameters of the
 * types {@link LocalCloud}, {@link SimClock}, {@link Faults}, and the clients of the API modules on the test class
 * path: {@code CrunchyBridgeClient}, {@code ClickHouseCloudClient} (with the cloud's organization set), {@code
 * TinybirdClient} and {@code ManagedPostgresClient}. The API modules are optional dependencies of {@code
 * sdk-testing}: declare the ones your tests use, the others are never loaded. Each client is built once per
 * cloud, on first use, and closed with it.
 *
 * <p>To choose per-test clouds or another speed, register it in a static field instead; the field then also
 * reaches the running cloud:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final LocalCloudExtension cloud = LocalCloudExtension.perTest()        // a fresh cloud for each test
 *         .withOptions(LocalCloud.Options.defaults().withSpeed(10_000).withCrunchyClusters(0));
 *
 * @Test
 * void survivesServerErrors() {
 *     cloud.faults().failNext(2, 503);
 *     CrunchyBridgeClient cb = cloud.client(CrunchyBridgeClient.class);
 *     …
 * }
 * }</pre>
 *
 * <p>Faults left queued by a test are cleared after it, so the next test of a shared cloud starts clean; state
 * (clusters created, services stopped) carries over between the tests of a class unless the cloud is per test.
 * Time: the clients' {@link SimClock#clock() clock} runs ahead of the wall clock, by which the simulators stamp
 * timestamps such as {@code created_at}; compare those with {@link SimClock#now()}.
 *
 * <p>Thread-safe for tests run one at a time; with per-test clouds and parallel test execution, take the cloud and
 * clients as parameters rather than through {@link #cloud()} and {@link #client(Class)}.
 */
public final class LocalCloudExtension
        implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback, ParameterResolver {
    /**
     * Default speed of the extension's clouds: a thousand simulated seconds per real second, so a two-minute
     * provisioning takes 120 ms and a five-second poll interval 5 ms.
     */
    public static final double DEFAULT_SPEED = 1_000;

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(LocalCloudExtension.class);

    private final boolean perTest;
    private final LocalCloud.Options options;
    private volatile Running current;

    /**
     * One cloud per test class at {@link #DEFAULT_SPEED}: what {@code @ExtendWith(LocalCloudExtension.class)}
     * creates.
     */
    public LocalCloudExtension() {
        this(false, LocalCloud.Options.defaults().withSpeed(DEFAULT_SPEED));
    }

    private LocalCloudExtension(boolean perTest, LocalCloud.Options options) {
        this.perTest = perTest;
        this.options = options;
    }

    /**
     * One cloud for all the tests of the class (and its {@code @Nested} classes), started before the first and
     * closed after the last. Register it in a static field.
     *
     * @return the extension, at {@link #DEFAULT_SPEED}
     */
    public static LocalCloudExtension perClass() {
        return new LocalCloudExtension();
    }

    /**
     * A fresh cloud for each test, closed after it.
     *
     * @return the extension, at {@link #DEFAULT_SPEED}
     */
    public static LocalCloudExtension perTest() {
        return new LocalCloudExtension(true, LocalCloud.Options.defaults().withSpeed(DEFAULT_SPEED));
    }

    /**
     * Starts the clouds with other options, such as a speed or the number of seeded Crunchy Bridge clusters.
     *
     * @param options the options
     * @return a copy of this extension with those options
     */
    public LocalCloudExtension withOptions(LocalCloud.Options options) {
        return new LocalCloudExtension(perTest, requireNonNull(options, "options == null"));
    }

    /**
     * @return the options the clouds start with
     */
    public LocalCloud.Options options() {
        return options;
    }

    /**
     * The running cloud, for a test that reaches it through the registered field.
     *
     * @return the cloud of the current test class or test
     * @throws IllegalStateException if no test of this extension is running
     */
    public LocalCloud cloud() {
        return running().cloud;
    }

    /**
     * The fault switches of the running cloud: {@code cloud.faults().failNext(1, 503)}.
     *
     * @return the running cloud's faults
     * @throws IllegalStateException if no test of this extension is running
     */
    public Faults faults() {
        return cloud().faults();
    }

    /**
     * The running cloud's time, e.g. to check how much simulated time a wait took.
     *
     * @return the running cloud's clock
     * @throws IllegalStateException if no test of this extension is running
     */
    public SimClock clock() {
        return cloud().clock();
    }

    /**
     * The running cloud's client of an API, built on first use and closed with the cloud: {@code
     * cloud.client(CrunchyBridgeClient.class)}.
     *
     * @param type {@code CrunchyBridgeClient.class}, {@code ClickHouseCloudClient.class}, {@code
     *     TinybirdClient.class} or {@code ManagedPostgresClient.class}
     * @param <C> the client type
     * @return the client
     * @throws IllegalArgumentException if the type is not one of those clients
     * @throws IllegalStateException if no test of this extension is running
     */
    public <C> C client(Class<C> type) {
        requireNonNull(type, "type == null");
        return type.cast(running().client(type));
    }

    private Running running() {
        Running running = current;
        if (running == null) {
            throw new IllegalStateException(
                    "no local cloud is running: call this during a test of a class that registers the extension"
                            + (perTest ? "" : " in a static field"));
        }
        return running;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!perTest) {
            current = runningFor(context);
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        current = runningFor(context);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (perTest) {
            current = null;
            close(context);
        } else {
            Running running = classContext(context).getStore(NAMESPACE).get(this, Running.class);
            if (running != null) {
                running.cloud.faults().clear();
            }
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (!perTest) {
            close(context);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == LocalCloud.class
                || type == SimClock.class
                || type == Faults.class
                || LocalClients.supports(type);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        if (perTest && context.getTestMethod().isEmpty()) {
            throw new ParameterResolutionException("a per-test local cloud exists only for test methods and their"
                    + " @BeforeEach and @AfterEach methods; for " + parameter.getDeclaringExecutable()
                    + " use LocalCloudExtension.perClass()");
        }
        Running running = runningFor(context);
        Class<?> type = parameter.getParameter().getType();
        if (type == LocalCloud.class) {
            return running.cloud;
        }
        if (type == SimClock.class) {
            return running.cloud.clock();
        }
        if (type == Faults.class) {
            return running.cloud.faults();
        }
        return running.client(type);
    }

    /** The cloud of this context, started if it has none: stored at the class level, or the test's. */
    private Running runningFor(ExtensionContext context) {
        ExtensionContext owner = perTest ? context : classContext(context);
        return owner.getStore(NAMESPACE).getOrComputeIfAbsent(this, key -> new Running(options), Running.class);
    }

    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext owner = context;
        while (owner.getTestMethod().isPresent() && owner.getParent().isPresent()) {
            owner = owner.getParent().get();
        }
        return owner;
    }

    /** Closes the cloud this very context started, if any (a nested class shares its outer class's). */
    private void close(ExtensionContext context) {
        ExtensionContext owner = perTest ? context : classContext(context);
        Running running = owner.getStore(NAMESPACE).remove(this, Running.class);
        if (running != null) {
            if (current == running) {
                current = null;
            }
            running.close();
        }
    }

    @Override
    public String toString() {
        return "LocalCloudExtension{" + (perTest ? "perTest" : "perClass") + ", " + options + "}";
    }

    /**
     * A running cloud and the clients built for it so far. Also {@link AutoCloseable} so that JUnit closes it with
     * its context if the extension's own callbacks were not called (a non-static registration field).
     */
    static final class Running implements AutoCloseable {
        final LocalCloud cloud;
        private final Map<Class<?>, AutoCloseable> clients = new ConcurrentHashMap<>();

        Running(LocalCloud.Options options) {
            this.cloud = LocalCloud.start(options);
        }

        Object client(Class<?> type) {
            return clients.computeIfAbsent(type, t -> LocalClients.create(t, cloud));
        }

        @Override
        public void close() {
            RuntimeException failure = null;
            for (AutoCloseable client : clients.values()) {
                try {
                    client.close();
                } catch (Exception e) {
                    if (failure == null) {
                        failure = new IllegalStateException("closing a local cloud client failed", e);
                    } else {
                        failure.addSuppressed(e);
                    }
                }
            }
            clients.clear();
            cloud.close();
            if (failure != null) {
                throw failure;
            }
        }
    }
}
