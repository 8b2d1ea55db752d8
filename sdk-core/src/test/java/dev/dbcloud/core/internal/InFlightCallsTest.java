package dev.dbcloud.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Call;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Each thread keeps its call in flight in a slot of its own: closing an engine finds its calls on every thread,
 * and only its calls, also behind a call made within a call on the same thread.
 */
class InFlightCallsTest {
    private static final OkHttpClient HTTP = new OkHttpClient();

    @AfterAll
    static void shutDown() {
        HTTP.dispatcher().executorService().shutdown();
    }

    /** A call that is never executed: tracking and cancelling it sends nothing. */
    private static Call call() {
        return HTTP.newCall(new Request.Builder().url("http://127.0.0.1:9/").build());
    }

    @Test
    void closingAnEngineCancelsItsCallsOnEveryThreadAndNoOtherEnginesCalls() throws Exception {
        InFlightCalls engine = new InFlightCalls();
        InFlightCalls other = new InFlightCalls();
        Call here = call();
        Call elsewhere = call();
        Call others = call();
        AtomicReference<InFlightCalls.Ticket> elsewhereTicket = new AtomicReference<>();
        CountDownLatch tracked = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        Thread thread = new Thread(() -> {
            try (InFlightCalls.Ticket ticket = engine.track(elsewhere)) {
                elsewhereTicket.set(ticket);
                tracked.countDown();
                closed.await(); // the call stays in flight on this thread until the engine is closed
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        thread.start();
        tracked.await();

        try (InFlightCalls.Ticket ticket = engine.track(here);
                InFlightCalls.Ticket untouched = other.track(others)) {
            engine.close();

            assertThat(ticket.cancelledByClose()).isTrue();
            assertThat(here.isCanceled()).isTrue();
            assertThat(elsewhereTicket.get().cancelledByClose()).isTrue();
            assertThat(elsewhere.isCanceled()).isTrue();
            assertThat(untouched.cancelledByClose()).isFalse();
            assertThat(others.isCanceled()).isFalse();
        } finally {
            closed.countDown();
            thread.join();
        }
    }

    @Test
    void callsMadeWithinACallLeaveTheOuterOneTracked() {
        InFlightCalls outerEngine = new InFlightCalls();
        InFlightCalls innerEngine = new InFlightCalls();
        Call outer = call();
        Call later = call();

        try (InFlightCalls.Ticket outerTicket = outerEngine.track(outer)) {
            innerEngine.track(call()).close(); // a call made and finished within the outer one
            try (InFlightCalls.Ticket laterTicket = innerEngine.track(later)) {
                outerEngine.close(); // finds the outer call behind the one now in flight

                assertThat(outerTicket.cancelledByClose()).isTrue();
                assertThat(outer.isCanceled()).isTrue();
                assertThat(laterTicket.cancelledByClose()).isFalse();
                assertThat(later.isCanceled()).isFalse();
            }
        }
    }

    @Test
    void aFinishedCallIsNotCancelledByALaterClose() {
        InFlightCalls engine = new InFlightCalls();
        Call done = call();
        engine.track(done).close();

        engine.close();

        assertThat(done.isCanceled()).isFalse();
    }

    @Test
    void aCallTrackedAfterTheEngineClosedIsCancelledAtOnce() {
        InFlightCalls engine = new InFlightCalls();
        engine.close();
        Call late = call();

        try (InFlightCalls.Ticket ticket = engine.track(late)) {
            assertThat(ticket.cancelledByClose()).isTrue();
            assertThat(late.isCanceled()).isTrue();
            assertThat(engine.isClosed()).isTrue();
        }
    }
}
