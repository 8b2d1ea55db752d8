package dev.dbcloud.core;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The resolved configuration of one client, produced by {@link ClientBuilder} once every setting has been
 * checked; only a builder can create one. API modules turn it into their engine; users rarely need it except to
 * inspect what a client uses.
 */
public final class ClientSettings {
    private final HttpUrl baseUrl;
    private final Credentials credentials;
    private final OkHttpClient httpClient;
    private final Duration timeout;
    private final Duration attemptTimeout;
    private final Duration connectTimeout;
    private final int maxRetries;
    private final Duration maxRetryWait;
    private final long maxResponseBytes;
    private final Clock clock;
    private final Sleeper sleeper;
    private final DoubleSupplier jitter;
    private final CallListener callListener;
    private final boolean allowInsecureHttp;
    private final Duration pollInterval;

    /** Resolves a builder's settings; its setters have checked every value. */
    ClientSettings(ClientBuilder<?> builder) {
        this.baseUrl = ClientBuilder.parseBaseUrl(builder.baseUrl, builder.allowInsecureHttp);
        this.credentials = builder.credentials;
        this.httpClient = builder.httpClient;
        this.timeout = builder.timeout;
        // An attempt never outlives the call.
        this.attemptTimeout =
                builder.attemptTimeout.compareTo(builder.timeout) > 0 ? builder.timeout : builder.attemptTimeout;
        this.connectTimeout = builder.connectTimeout;
        this.maxRetries = builder.maxRetries;
        this.maxRetryWait = builder.maxRetryWait;
        this.maxResponseBytes = builder.maxResponseBytes;
        this.clock = builder.clock;
        this.sleeper = builder.sleeper;
        this.jitter = builder.jitter;
        this.callListener = builder.callListener;
        this.allowInsecureHttp = builder.allowInsecureHttp;
        this.pollInterval = builder.pollInterval;
    }

    /**
     * The API root every request path is appended to.
     *
     * @return the base URL
     */
    public HttpUrl baseUrl() {
        return baseUrl;
    }

    /**
     * How requests authenticate.
     *
     * @return the credentials, empty for a client that only calls public endpoints
     */
    public Optional<Credentials> credentials() {
        return Optional.ofNullable(credentials);
    }

    /**
     * The caller's OkHttp client to share.
     *
     * @return the client, empty when the SDK creates (and later closes) its own
     */
    public Optional<OkHttpClient> httpClient() {
        return Optional.ofNullable(httpClient);
    }

    /**
     * The overall budget of one call, every attempt and retry pause included.
     *
     * @return the timeout
     */
    public Duration timeout() {
        return timeout;
    }

    /**
     * The budget of a single attempt.
     *
     * @return the attempt timeout
     */
    public Duration attemptTimeout() {
        return attemptTimeout;
    }

    /**
     * The budget for opening a connection.
     *
     * @return the connect timeout
     */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /**
     * How often a failed attempt may be retried.
     *
     * @return the retry limit
     */
    public int maxRetries() {
        return maxRetries;
    }

    /**
     * The longest single pause before a retry.
     *
     * @return the cap
     */
    public Duration maxRetryWait() {
        return maxRetryWait;
    }

    /**
     * The largest successful response body a call reads, counted after decompression.
     *
     * @return the cap in bytes
     */
    public long maxResponseBytes() {
        return maxResponseBytes;
    }

    /**
     * The time source for deadlines and waiting.
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    /**
     * How the SDK pauses between attempts and polls.
     *
     * @return the sleeper
     */
    public Sleeper sleeper() {
        return sleeper;
    }

    /**
     * The source of randomness that spreads retry pauses: values from 0 (inclusive) to 1 (exclusive).
     *
     * @return the jitter source
     */
    public DoubleSupplier jitter() {
        return jitter;
    }

    /**
     * Who hears every attempt, call and waiter poll of the client.
     *
     * @return the listener, {@link CallListener#NONE} unless one was set
     */
    public CallListener callListener() {
        return callListener;
    }

    /**
     * Whether a plain {@code http://} base URL was allowed for a host that is not loopback.
     *
     * @return the setting
     */
    public boolean allowInsecureHttp() {
        return allowInsecureHttp;
    }

    /**
     * The steady pause between the polls of every waiter, when the client sets one.
     *
     * @return the interval, or empty when each waiter follows its own schedule
     */
    public Optional<Duration> pollInterval() {
        return Optional.ofNullable(pollInterval);
    }

    @Override
    public String toString() {
        return "ClientSettings{baseUrl=" + baseUrl + ", credentials=" + credentials + ", timeout=" + timeout
                + ", attemptTimeout=" + attemptTimeout + ", connectTimeout=" + connectTimeout + ", maxRetries="
                + maxRetries + ", maxRetryWait=" + maxRetryWait + ", maxResponseBytes=" + maxResponseBytes + '}';
    }
}
