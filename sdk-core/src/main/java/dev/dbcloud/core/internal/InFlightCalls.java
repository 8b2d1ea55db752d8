package dev.dbcloud.core.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * The OkHttp calls one engine has in flight, so that they end promptly when their thread is interrupted or the
 * engine is closed, and only they: a caller's shared {@code OkHttpClient} may carry other calls that must go on.
 *
 * <p>A thread blocked on a socket does not notice {@link Thread#interrupt()}, so one daemon thread, shared by all
 * engines, looks at the threads of the calls in flight every {@value #POLL_MILLIS} ms and cancels the call of an
 * interrupted one. It runs only while calls are in flight (and a moment after), and never touches a call it was
 * not given. Synchronous calls stay synchronous: nothing goes through the dispatcher's asynchronous limits.
 *
 * <p>A ticket also remembers whether its attempt got as far as sending the request ({@link Ticket#sent()}). A
 * failure before that point (DNS, refused connection, TLS) cannot have reached the server, so any method may be
 * retried; a failure after it may have. The engine installs {@link #MARK_SENT} as a network interceptor, which
 * OkHttp runs once a connection is ready and just before the request is written; it finds the ticket by the OkHttp
 * call, so the request itself carries nothing (no copy of it per attempt, no OkHttp tag).
 *
 * <p>Every engine's tickets are kept in one map, by their OkHttp call, which the watcher, the interceptor and
 * {@link #close()} all read: an attempt costs one insertion and one removal of shared state, nothing more.
 */
final class InFlightCalls {
    /** How often the watcher looks for interrupted threads. */
    static final long POLL_MILLIS = 10;
    /** How long the watcher waits for new calls before it stops. */
    private static final long LINGER_MILLIS = 500;

    /** The tickets of every engine's calls in flight, by their OkHttp call. */
    private static final Map<Call, Ticket> WATCHED = new ConcurrentHashMap<>();

    private static final Object WATCHER_LOCK = new Object();
    /** Written under WATCHER_LOCK; read without it by {@link #track} to skip the lock while the watcher runs. */
    private static volatile Thread watcher;

    /** Marks the ticket of the call it sees as sent; calls of a shared client that no engine tracks pass through. */
    static final Interceptor MARK_SENT = new MarkSent();

    private final CountDownLatch closed = new CountDownLatch(1);

    /** One call in flight on one thread; close it when the attempt is over. */
    final class Ticket implements AutoCloseable {
        private final Thread thread = Thread.currentThread();
        private final Call call;
        private volatile boolean interrupted;
        private volatile boolean cancelledByClose;
        private volatile boolean sent;

        private Ticket(Call call) {
            this.call = call;
        }

        /** @return whether the call was cancelled because its thread was interrupted */
        boolean interrupted() {
            return interrupted;
        }

        /** @return whether the call was cancelled because the engine was closed */
        boolean cancelledByClose() {
            return cancelledByClose;
        }

        /** @return whether the request started to go out on a connection */
        boolean sent() {
            return sent;
        }

        private void cancelIfInterrupted() {
            if (thread.isInterrupted()) {
                interrupted = true;
                call.cancel();
            }
        }

        private void cancelForClose() {
            cancelledByClose = true;
            call.cancel();
        }

        /** @return whether the ticket is one of {@code engine}'s calls */
        private boolean of(InFlightCalls engine) {
            return InFlightCalls.this == engine;
        }

        @Override
        public void close() {
            WATCHED.remove(call, this);
        }
    }

    /**
     * Tracks a call about to be executed on the current thread.
     *
     * @param call the call
     * @return its ticket, to close when the attempt is over (the response read and closed)
     */
    Ticket track(Call call) {
        Ticket ticket = new Ticket(call);
        WATCHED.put(call, ticket);
        if (watcher == null) {
            startWatcher();
        }
        if (isClosed()) {
            ticket.cancelForClose(); // closed between the caller's check and now
        }
        return ticket;
    }

    /** @return whether {@link #close()} was called */
    boolean isClosed() {
        return closed.getCount() == 0;
    }

    /**
     * Pauses with the real clock, returning early when the engine is closed.
     *
     * @param pause how long
     * @return true if the engine was closed
     * @throws InterruptedException if the thread was interrupted
     */
    boolean pauseUnlessClosed(Duration pause) throws InterruptedException {
        return closed.await(pause.toNanos(), TimeUnit.NANOSECONDS);
    }

    /**
     * Cancels this engine's calls in flight and ends pauses; later attempts are refused. A call tracked while this
     * runs either is seen here or sees the engine closed in {@link #track}.
     */
    void close() {
        closed.countDown();
        for (Ticket ticket : WATCHED.values()) {
            if (ticket.of(this)) {
                ticket.cancelForClose();
            }
        }
    }

    /** The network interceptor behind {@link #MARK_SENT}. */
    private static final class MarkSent implements Interceptor {
        @Override
        public Response intercept(Interceptor.Chain chain) throws IOException {
            Ticket ticket = WATCHED.get(chain.call());
            if (ticket != null) {
                ticket.sent = true;
            }
            return chain.proceed(chain.request());
        }
    }

    private static void startWatcher() {
        synchronized (WATCHER_LOCK) {
            if (watcher == null) {
                watcher = new Watcher();
                watcher.start();
            }
        }
    }

    /** The daemon thread that cancels the calls of interrupted threads. */
    private static final class Watcher extends Thread {
        Watcher() {
            super("dbcloud-interrupt-watcher");
            setDaemon(true);
        }

        @Override
        public void run() {
            watch();
        }
    }

    private static void watch() {
        long idleSince = System.nanoTime();
        while (true) {
            for (Ticket ticket : WATCHED.values()) {
                ticket.cancelIfInterrupted();
            }
            if (!WATCHED.isEmpty()) {
                idleSince = System.nanoTime();
            } else if (System.nanoTime() - idleSince > TimeUnit.MILLISECONDS.toNanos(LINGER_MILLIS)) {
                synchronized (WATCHER_LOCK) {
                    // A call tracked now either sees no watcher and starts one, or is seen here: track() adds
                    // its ticket before it reads the volatile field, and this clears the field before looking.
                    watcher = null;
                    if (WATCHED.isEmpty()) {
                        return;
                    }
                    watcher = Thread.currentThread(); // a call came: keep watching
                }
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                synchronized (WATCHER_LOCK) {
                    watcher = null;
                }
                return; // only a JVM shutting down interrupts this thread; calls in flight keep their timeouts
            }
        }
    }
}
