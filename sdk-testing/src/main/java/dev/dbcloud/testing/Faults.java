package dev.dbcloud.testing;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Failures the local cloud injects into its answers, to show (and test) that clients survive them. Switch them on
 * from a program or a test; each queued fault is used by the next request to any of the local cloud's APIs:
 *
 * <pre>{@code
 * cloud.faults().rateLimitNext(2);       // two 429 answers with the vendor's Retry-After / X-RateLimit-* headers
 * cloud.faults().dropNext(1);            // one connection closed without an answer
 * cloud.faults().loseAnswerNext(1);      // one request handled, then its answer lost
 * cloud.faults().failNext(1, 503);       // one 503 with the vendor's error body
 * cloud.faults().latency(Duration.ofMillis(50));   // every answer from now on, in real time
 * }</pre>
 *
 * <p>Queued faults are used in the order they were queued. A dropped, rate-limited or failed request never
 * reaches the simulated API, so it changes nothing there; a request whose answer is lost did. Thread-safe.
 */
public final class Faults {
    /** What happens to one request. */
    enum Kind {
        NONE,
        DROP,
        LOSE_ANSWER,
        RATE_LIMIT,
        FAIL
    }

    /** The fault chosen for one request; {@code status} only for {@link Kind#FAIL}. */
    record Fault(Kind kind, int status, Duration latency) {}

    private final Deque<Fault> queue = new ArrayDeque<>();
    private Duration latency = Duration.ZERO;
    private long injected;

    Faults() {}

    /**
     * Answers the next {@code count} requests with 429 Too Many Requests and the vendor's rate-limit headers.
     *
     * @param count how many requests, at least 1
     * @return these faults, to chain calls
     */
    public Faults rateLimitNext(int count) {
        return enqueue(count, Kind.RATE_LIMIT, 429);
    }

    /**
     * Closes the connection of the next {@code count} requests without answering, before the API sees them.
     *
     * @param count how many requests, at least 1
     * @return these faults
     */
    public Faults dropNext(int count) {
        return enqueue(count, Kind.DROP, 0);
    }

    /**
     * Lets the API handle the next {@code count} requests, then closes their connections without sending the
     * answer: the change happened, but the client cannot know. Only a retry that the API recognises as the same
     * request (such as a Crunchy Bridge request with the same {@code Idempotency-Key}) is then safe.
     *
     * @param count how many requests, at least 1
     * @return these faults
     */
    public Faults loseAnswerNext(int count) {
        return enqueue(count, Kind.LOSE_ANSWER, 0);
    }

    /**
     * Answers the next {@code count} requests with a server error and the vendor's error body.
     *
     * @param count how many requests, at least 1
     * @param status a status from 500 to 599
     * @return these faults
     */
    public Faults failNext(int count, int status) {
        if (status < 500 || status > 599) {
            throw new IllegalArgumentException("status must be from 500 to 599 but was " + status);
        }
        return enqueue(count, Kind.FAIL, status);
    }

    /**
     * Delays every answer from now on by {@code latency} of real time; {@link Duration#ZERO} switches it off.
     *
     * @param latency the delay, zero or positive
     * @return these faults
     */
    public synchronized Faults latency(Duration latency) {
        requireNonNull(latency, "latency == null");
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency must not be negative but was " + latency);
        }
        this.latency = latency;
        return this;
    }

    /** Forgets every queued fault and switches latency off. */
    public synchronized void clear() {
        queue.clear();
        latency = Duration.ZERO;
    }

    /** @return how many queued faults have not been used yet */
    public synchronized int pending() {
        return queue.size();
    }

    /** @return how many requests were dropped, rate limited or failed so far */
    public synchronized long injected() {
        return injected;
    }

    private synchronized Faults enqueue(int count, Kind kind, int status) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be >= 1 but was " + count);
        }
        for (int i = 0; i < count; i++) {
            queue.add(new Fault(kind, status, Duration.ZERO));
        }
        return this;
    }

    /** Takes the fault for the request being handled now. */
    synchronized Fault next() {
        Fault queued = queue.poll();
        if (queued == null) {
            return new Fault(Kind.NONE, 0, latency);
        }
        injected++;
        return new Fault(queued.kind(), queued.status(), latency);
    }
}
