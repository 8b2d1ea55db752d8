package dev.dbcloud.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.dbcloud.clickhouse.ClickHouseCloudClient;
import dev.dbcloud.clickhouse.tinybird.TinybirdClient;
import dev.dbcloud.core.errors.WaitTimeoutException;
import dev.dbcloud.crunchy.Cluster;
import dev.dbcloud.crunchy.ClusterState;
import dev.dbcloud.crunchy.CreateClusterParams;
import dev.dbcloud.crunchy.CrunchyBridgeClient;
import dev.dbcloud.postgres.ManagedPostgresClient;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

class LocalCloudExtensionTest {
    /** What the sample classes below saw; they run one at a time, inside the tests of this class. */
    static final List<Object> seen = new CopyOnWriteArrayList<>();

    private static Events run(Class<?> sample) {
        seen.clear();
        return EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(sample))
                .execute()
                .testEvents();
    }

    @Test
    void injectsTheCloudAndAReadyClientOfEachApiOnTheCloudsTime() {
        Events events = run(PerClassSample.class);

        events.assertStatistics(stats -> stats.started(3).succeeded(3));
        assertThat(seen).hasSize(3);
        LocalCloud cloud = (LocalCloud) seen.get(0);
        assertThat(seen).allSatisfy(c -> assertThat(c).isSameAs(cloud));
        assertThatThrownBy(() -> Raw.send("GET", cloud.crunchyBridgeUrl() + "/providers", null))
                .as("closed after the class")
                .isInstanceOf(UncheckedIOException.class);
    }

    @ExtendWith(LocalCloudExtension.class)
    static class PerClassSample {
        @Test
        void everyClientWorks(
                LocalCloud cloud,
                SimClock clock,
                Faults faults,
                CrunchyBridgeClient cb,
                ClickHouseCloudClient ch,
                TinybirdClient tb,
                ManagedPostgresClient pg) {
            seen.add(cloud);
            assertThat(clock).isSameAs(cloud.clock());
            assertThat(faults).isSameAs(cloud.faults());
            assertThat(cloud.options().speed()).isEqualTo(LocalCloudExtension.DEFAULT_SPEED);
            assertThat(cb.clusters().list().items()).hasSize(LocalCloud.Options.DEFAULT_CRUNCHY_CLUSTERS);
            assertThat(ch.organizationId()).isEqualTo(cloud.clickHouseOrganizationId());
            assertThat(ch.services().list()).isNotEmpty();
            assertThat(tb.organization(cloud.tinybirdOrganizationId())
                            .clusters()
                            .list())
                    .isNotEmpty();
            assertThat(pg.instances().list()).isNotEmpty();
            assertThat(ch.settings().clock().instant()).isAfter(Instant.now().plusSeconds(1));
            faults.failNext(5, 503); // left queued: cleared before the next test
        }

        @Test
        void waitersWaitInSimulatedTime(LocalCloud cloud, CrunchyBridgeClient cb) {
            seen.add(cloud);
            assertThat(cloud.faults().pending()).isZero();
            Instant simulatedStart = cloud.clock().clock().instant();
            long realStart = System.nanoTime();

            Cluster created = cb.clusters().create(params(cloud, "waits"));
            assertThat(cb.clusters()
                            .waitUntilReady(created.id(), Duration.ofMinutes(30))
                            .state())
                    .contains(ClusterState.READY);

            assertThat(Duration.between(simulatedStart, cloud.clock().clock().instant()))
                    .isGreaterThanOrEqualTo(CrunchyClusters.CREATE_TIME);
            assertThat(Duration.ofNanos(System.nanoTime() - realStart)).isLessThan(Duration.ofSeconds(20));
        }

        @Test
        void aWaiterTimeoutIsSimulatedTime(LocalCloud cloud, CrunchyBridgeClient cb) {
            seen.add(cloud);
            Cluster created = cb.clusters().create(params(cloud, "never-in-time"));

            // On the wall clock, five seconds would be plenty for a two-minute provisioning (120 ms) at this speed.
            assertThatThrownBy(() -> cb.clusters().waitUntilReady(created.id(), Duration.ofSeconds(5)))
                    .isInstanceOf(WaitTimeoutException.class);
        }
    }

    @Test
    void aPerTestCloudIsFreshForEachTestAndReachableThroughTheField() {
        Events events = run(PerTestSample.class);

        events.assertStatistics(stats -> stats.started(2).succeeded(2));
        assertThat(seen).hasSize(2).doesNotHaveDuplicates();
        assertThat(PerTestSample.cloud.toString()).contains("perTest", "speed=10000");
        assertThatThrownBy(() -> PerTestSample.cloud.cloud())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("no local cloud is running");
    }

    static class PerTestSample {
        @RegisterExtension
        static final LocalCloudExtension cloud = LocalCloudExtension.perTest()
                .withOptions(LocalCloud.Options.defaults().withSpeed(10_000).withCrunchyClusters(0));

        @Test
        void first(LocalCloud injected) {
            check(injected);
        }

        @Test
        void second(LocalCloud injected) {
            check(injected);
        }

        private static void check(LocalCloud injected) {
            seen.add(injected);
            assertThat(cloud.cloud()).isSameAs(injected);
            assertThat(cloud.clock()).isSameAs(injected.clock());
            assertThat(cloud.faults()).isSameAs(injected.faults());
            assertThat(cloud.options().crunchyClusters()).isZero();
            CrunchyBridgeClient cb = cloud.client(CrunchyBridgeClient.class);
            assertThat(cloud.client(CrunchyBridgeClient.class)).isSameAs(cb);
            cloud.faults().failNext(1, 503); // retried
            assertThat(cb.clusters().list().items()).isEmpty();
            assertThatThrownBy(() -> cloud.client(String.class))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("but was java.lang.String");
        }
    }

    @Test
    void aPerTestCloudIsRefusedToBeforeAllMethods() {
        EngineTestKit.engine("junit-jupiter")
                .selectors(selectClass(PerTestInBeforeAll.class))
                .execute()
                .containerEvents()
                .assertThatEvents()
                .haveExactly(
                        1,
                        event(finishedWithFailure(
                                instanceOf(ParameterResolutionException.class),
                                message(m -> m.contains("use LocalCloudExtension.perClass()")))));
    }

    static class PerTestInBeforeAll {
        @RegisterExtension
        static final LocalCloudExtension cloud = LocalCloudExtension.perTest();

        @BeforeAll
        static void start(LocalCloud cloud) {}

        @Test
        void never() {}
    }

    @Test
    void nestedClassesShareTheOuterClassCloud() {
        Events events = run(OuterSample.class);

        events.assertStatistics(stats -> stats.started(2).succeeded(2));
        assertThat(seen).hasSize(2);
        assertThat(seen.get(0)).isSameAs(seen.get(1));
        events.assertThatEvents().doNotHave(event(test(), finishedWithFailure()));
    }

    static class OuterSample {
        @RegisterExtension
        static final LocalCloudExtension cloud = LocalCloudExtension.perClass();

        @Test
        void outer(LocalCloud injected) {
            seen.add(injected);
        }

        @Nested
        class Inner {
            @Test
            void inner(LocalCloud injected) {
                seen.add(injected);
                assertThat(cloud.cloud()).isSameAs(injected);
            }
        }
    }

    private static CreateClusterParams params(LocalCloud cloud, String name) {
        return CreateClusterParams.builder()
                .name(name)
                .teamId(cloud.crunchyBridgeDefaultTeamId())
                .planId("hobby-2")
                .providerId("aws")
                .regionId("us-west-2")
                .build();
    }
}
