package dev.dbcloud.core.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
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
 * OkHttp runs once a connection is ready and just before the request is written, on the thread that executes the
 * call; it finds the ticket there, by the OkHttp call, so the request itself carries nothing (no copy of it per
 * attempt, no OkHttp tag).
 *
 * <p>Each thread that makes calls owns a slot holding the ticket of its call in flight; the slots are registered
 * once per thread, and the watcher and {@link #close()} look through them. An attempt only writes its own thread's
 * slot, so threads sharing a client share no state on the call path. The watcher forgets the slots of threads that
 * have ended.
 */
final class InFlightCalls {
    /** How often the watcher looks for interrupted threads. */
    static final long POLL_MILLIS = 10;
    /** How long the watcher waits for new calls before it stops. */
    private static final long LINGER_MILLIS = 500;

    /** The current thread's slot, once it has made a call. */
    private static final ThreadLocal<Slot> SLOT = new ThreadLocal<>();
    /** The slots of every thread that has made a call and had not ended when the watcher last looked. */
    private static final Set<Slot> SLOTS = ConcurrentHashMap.newKeySet();

    private static final Object WATCHER_LOCK = new Object();
    /** Written under WATCHER_LOCK; read without it by {@link #track} to skip the lock while the watcher runs. */
    private static volatile Thread watcher;

    /** Marks the ticket of the call it sees as sent; calls of a shared client that no engine tracks pass through. */
    static final Interceptor MARK_SENT = new MarkSent();

    private final CountDownLatch closed = new CountDownLatch(1);

    /** One thread's call in flight: written only by that thread, read by the watcher and by closing engines. */
    private static final class Slot {
        final Thread thread = Thread.currentThread();
        volatile Ticket current;
    }

    /** One call in flight on one thread; close it when the attempt is over. */
    final class Ticket implements AutoCloseable {
        private final Slot slot;
        private final Call call;
        /** The thread's ticket before this one, when a call was made within a call (a listener's): restored on close. */
        private final Ticket outer;

        private volatile boolean interrupted;
        private volatile boolean cancelledByClose;
        private volatile boolean sent;

        private Ticket(Slot slot, Call call) {
            this.slot = slot;
            this.call = call;
            this.outer = slot.current;
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
            if (slot.thread.isInterrupted()) {
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
            slot.current = outer;
        }
    }

    /**
     * Tracks a call about to be executed on the current thread.
     *
     * @param call the call
     * @return its ticket, to close when the attempt is over (the response read and closed)
     */
    Ticket track(Call call) {
        Slot slot = SLOT.get();
        if (slot == null) {
            slot = new Slot();
            SLOTS.add(slot); // before the slot holds a ticket, so the watcher and close() see it
            SLOT.set(slot);
        }
        Ticket ticket = new Ticket(slot, call);
        slot.current = ticket;
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
        for (Slot slot : SLOTS) {
            for (Ticket ticket = slot.current; ticket != null; ticket = ticket.outer) {
                if (ticket.of(this)) {
                    ticket.cancelForClose();
                }
            }
        }
    }

    /** The network interceptor behind {@link #MARK_SENT}. */
    private static final class MarkSent implements Interceptor {
        @Override
        public Response intercept(Interceptor.Chain chain) throws IOException {
            Slot slot = SLOT.get();
            Ticket ticket = slot == null ? null : slot.current;
            while (ticket != null && ticket.call != chain.call()) {
                ticket = ticket.outer;
            }
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

    /** Looks at every slot once: cancels the calls of interrupted threads, forgets ended threads. */
    private static boolean lookOnce() {
        boolean busy = false;
        for (Slot slot : SLOTS) {
            if (!slot.thread.isAlive()) {
                SLOTS.remove(slot); // an ended thread has no call in flight, whatever its slot last held
                continue;
            }
            Ticket ticket = slot.current;
            if (ticket != null) {
                busy = true;
                for (; ticket != null; ticket = ticket.outer) {
                    ticket.cancelIfInterrupted();
                }
            }
        }
        return busy;
    }

    private static void watch() {
        long idleSince = System.nanoTime();
        while (true) {
            if (lookOnce()) {
                idleSince = System.nanoTime();
            } else if (System.nanoTime() - idleSince > TimeUnit.MILLISECONDS.toNanos(LINGER_MILLIS)) {
                synchronized (WATCHER_LOCK) {
                    // A call tracked now either sees no watcher and starts one, or is seen here: track() fills its
                    // slot before it reads the volatile field, and this clears the field before looking.
                    watcher = null;
                    if (!lookOnce()) {
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
