package dev.dbcloud.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dbcloud.core.RequestOptions;
import dev.dbcloud.core.errors.GoneException;
import dev.dbcloud.core.errors.NotFoundException;
import dev.dbcloud.core.errors.WaitFailedException;
import dev.dbcloud.core.errors.WaitTimeoutException;
import dev.dbcloud.core.testing.Wire;
import java.time.Duration;
import java.util.Optional;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The declarative waiter on top of Poller. */
class WaiterTest {
    record Thing(String id, String state) {
        Optional<String> maybeState() {
            return Optional.ofNullable(state);
        }
    }

    static final Endpoint<Thing> GET = Endpoint.get("/things/{id}").returns(Thing.class);

    static final Waiter<Thing> READY = Waiter.on(GET, "thing %s to be ready")
            .state(Thing::maybeState)
            .successOn("ready")
            .failOn("failed")
            .tolerate(NotFoundException.class, Duration.ofSeconds(30))
            .build();

    static final Waiter<Thing> DELETED = Waiter.on(GET, "thing %s to be deleted")
            .successOnError(NotFoundException.class)
            .successOnError(GoneException.class)
            .schedule(Duration.ofSeconds(2), 1.0, Duration.ofSeconds(2))
            .build();

    @StartStop
    final MockWebServer server = new MockWebServer();

    private final EngineFixture fixture = new EngineFixture(server);
    private HttpEngine engine;

    private Invoker invoker(java.util.function.UnaryOperator<dev.dbcloud.core.testing.TestClientBuilder> configure) {
        engine = fixture.engine(configure, false);
        return Invoker.create(engine);
    }

    @AfterEach
    void close() {
        if (engine != null) {
            engine.close();
        }
    }

    private static String thing(String state) {
        return "{\"id\":\"a\",\"state\":" + (state == null ? "null" : "\"" + state + "\"") + "}";
    }

    @Test
    void toleratesA404RightAfterCreateThenReturnsTheLastValueRead() {
        server.enqueue(Wire.json(404, "{\"message\":\"not found\"}"));
        server.enqueue(Wire.json(200, thing("creating")));
        server.enqueue(Wire.json(200, thing("ready")));

        Thing ready = READY.await(invoker(b -> b), Duration.ofMinutes(10), "a");

        assertThat(ready).isEqualTo(new Thing("a", "ready"));
        assertThat(fixture.time.sleeps()).containsExactly(Duration.ofSeconds(5), Duration.ofMillis(7500));
    }

    @Test
    void a404AfterTheToleranceWindowEndsTheWait() {
        for (int i = 0; i < 10; i++) {
            server.enqueue(Wire.json(404, "{\"message\":\"not found\"}"));
        }
        assertThatThrownBy(() -> READY.await(invoker(b -> b), Duration.ofMinutes(10), "a"))
                .isInstanceOf(WaitFailedException.class)
                .hasCauseInstanceOf(NotFoundException.class)
                .hasMessageContaining("thing a to be ready");
        assertThat(fixture.time.sleeps())
                .containsExactly(
                        Duration.ofSeconds(5),
                        Duration.ofMillis(7500),
                        Duration.ofMillis(11250),
                        Duration.ofMillis(16875));
    }

    @Test
    void aDeadEndStateFailsAtOnceWithIt() {
        server.enqueue(Wire.json(200, thing("failed")));
        assertThatThrownBy(() -> READY.await(invoker(b -> b), Duration.ofMinutes(10), "a"))
                .isInstanceOfSatisfying(WaitFailedException.class, e -> {
                    assertThat(e.getMessage()).contains("reached state failed");
                    assertThat(e.lastObserved(Thing.class)).contains(new Thing("a", "failed"));
                });
        assertThat(fixture.time.sleeps()).isEmpty();
    }

    @Test
    void timesOutWithTheLastValueAndShowsAMissingState() {
        for (int i = 0; i < 5; i++) {
            server.enqueue(Wire.json(200, thing(null)));
        }
        assertThatThrownBy(() -> READY.await(invoker(b -> b), Duration.ofSeconds(12), "a"))
                .isInstanceOfSatisfying(WaitTimeoutException.class, e -> {
                    assertThat(e.getMessage()).contains("state (none)");
                    assertThat(e.lastObserved(Thing.class)).contains(new Thing("a", null));
                });
    }

    @Test
    void anErrorThatMeansSuccessEndsTheWaitWithNothing() {
        server.enqueue(Wire.json(200, thing("deleting")));
        server.enqueue(Wire.json(410, "{\"message\":\"gone\"}"));

        assertThat(DELETED.await(invoker(b -> b), Duration.ofMinutes(1), "a")).isNull();
        assertThat(fixture.time.sleeps()).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void thePollIntervalOfTheViewWinsOverTheClientsWhichWinsOverTheSchedule() {
        for (int i = 0; i < 6; i++) {
            server.enqueue(Wire.json(200, thing(i % 3 == 2 ? "ready" : "creating")));
        }
        Invoker client = invoker(b -> b.pollInterval(Duration.ofSeconds(3)));

        READY.await(client, Duration.ofMinutes(1), "a");
        READY.await(
                client.withOptions(RequestOptions.builder()
                        .pollInterval(Duration.ofSeconds(1))
                        .build()),
                Duration.ofMinutes(1),
                "a");

        assertThat(fixture.time.sleeps())
                .containsExactly(
                        Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    @Test
    void badArgumentsAreRefusedBeforeAnythingIsSent() {
        Invoker invoker = invoker(b -> b);
        assertThatIllegalArgumentException().isThrownBy(() -> READY.await(invoker, Duration.ZERO, "a"));
        assertThatIllegalArgumentException().isThrownBy(() -> READY.await(invoker, Duration.ofSeconds(1), ".."));
        assertThatNullPointerException().isThrownBy(() -> Waiter.on(GET, "x").build());
        assertThatNullPointerException().isThrownBy(() -> Waiter.on(GET, "x").successOn("a"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Waiter.on(GET, "x").schedule(Duration.ofSeconds(1), 0.5, Duration.ofSeconds(1)));
        assertThat(server.getRequestCount()).isZero();
        assertThat(READY.read()).isSameAs(GET);
        assertThat(READY).hasToString("Waiter{thing %s to be ready by GET /things/{id}}");
    }

    @Test
    void aCustomConditionAndDescription() {
        server.enqueue(Wire.json(200, thing("x")));
        Waiter<Thing> waiter = Waiter.on(GET, "thing %s to have an id")
                .successWhen(t -> t.id() != null)
                .failWhen(t -> false)
                .describeWith(Thing::id)
                .build();
        assertThat(waiter.await(invoker(b -> b), Duration.ofSeconds(1), "a").id())
                .isEqualTo("a");
    }
}
