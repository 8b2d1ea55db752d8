package dev.dbcloud.core;

import static java.util.Objects.requireNonNull;

import dev.dbcloud.core.internal.Checks;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The settings every dbcloud-java client builder shares. Each API's builder extends it with what that API needs
 * (an organization id, a region), so these setters read the same on every client:
 *
 * <pre>{@code
 * CrunchyBridgeClient cb = CrunchyBridgeClient.builder()
 *     .credentials(Credentials.bearer(apiKey))
 *     .timeout(Duration.ofSeconds(90))     // per call, retries included (default 2 minutes)
 *     .maxRetries(5)                       // default 3
 *     .httpClient(sharedOkHttp)            // optional: share your connection pool
 *     .build();
 * }</pre>
 *
 * <p>Setters refuse invalid values at once with an {@link IllegalArgumentException} naming the setting.
 *
 * @param <B> the concrete builder type, returned by every setter
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {
    /** Default overall budget of one call. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);
    /** Default budget of one attempt. */
    public static final Duration DEFAULT_ATTEMPT_TIMEOUT = Duration.ofSeconds(60);
    /** Default budget for opening a connection. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Default number of retries after a failed attempt. */
    public static final int DEFAULT_MAX_RETRIES = 3;
    /** Default cap on a single pause between attempts. */
    public static final Duration DEFAULT_MAX_RETRY_WAIT = Duration.ofSeconds(60);
    /** Default cap on a successful response's decompressed body: 64 MiB. */
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 64L * 1024 * 1024;

    // Package-private: ClientSettings(ClientBuilder) reads them once every setter has checked its value.
    String baseUrl;
    boolean baseUrlSet;
    Credentials credentials;
    OkHttpClient httpClient;
    Duration timeout = DEFAULT_TIMEOUT;
    Duration attemptTimeout = DEFAULT_ATTEMPT_TIMEOUT;
    Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    int maxRetries = DEFAULT_MAX_RETRIES;
    Duration maxRetryWait = DEFAULT_MAX_RETRY_WAIT;
    long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    boolean allowInsecureHttp;
    Duration pollInterval;
    Clock clock = Clock.systemUTC();
    Sleeper sleeper = Sleeper.SYSTEM;
    DoubleSupplier jitter = RandomJitter.INSTANCE;
    CallListener callListener = CallListener.NONE;

    /** The default jitter: a uniform random value per retry. A class rather than a lambda, which costs a cold start more. */
    private static final class RandomJitter implements DoubleSupplier {
        static final RandomJitter INSTANCE = new RandomJitter();

        @Override
        public double getAsDouble() {
            return ThreadLocalRandom.current().nextDouble();
        }
    }

    /**
     * Creates a builder.
     *
     * @param defaultBaseUrl the API's production root, used unless {@link #baseUrl(String)} is called
     */
    protected ClientBuilder(String defaultBaseUrl) {
        this.baseUrl = requireNonNull(defaultBaseUrl, "defaultBaseUrl == null");
    }

    /**
     * Returns this builder as its concrete type.
     *
     * @return {@code this}
     */
    protected abstract B self();

    /**
     * Sends requests to another root URL than the API's production host: a staging host, a proxy, or a local
     * test server. Plain {@code http://} is accepted only for loopback hosts unless {@link
     * #allowInsecureHttp(boolean)} is set.
     *
     * @param baseUrl an absolute {@code https://} URL, optionally with a path prefix
     * @return this builder
     */
    public B baseUrl(String baseUrl) {
        this.baseUrl = requireNonNull(baseUrl, "baseUrl == null");
        this.baseUrlSet = true;
        return self();
    }

    /**
     * Sets how requests authenticate.
     *
     * @param credentials the credentials
     * @return this builder
     */
    public B credentials(Credentials credentials) {
        this.credentials = requireNonNull(credentials, "credentials == null");
        return self();
    }

    /**
     * Shares the caller's OkHttp client, so the SDK uses its connection pool, dispatcher and interceptors.
     * The SDK derives its own configuration from it (timeouts, no redirects across hosts) and never shuts it
     * down: {@code close()} on the SDK client leaves it untouched.
     *
     * @param httpClient the client to share
     * @return this builder
     */
    public B httpClient(OkHttpClient httpClient) {
        this.httpClient = requireNonNull(httpClient, "httpClient == null");
        return self();
    }

    /**
     * Sets the overall budget of one call: every attempt and every pause between retries. Default: {@link
     * #DEFAULT_TIMEOUT}. A call can override it with {@link RequestOptions.Builder#timeout(Duration)}.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public B timeout(Duration timeout) {
        this.timeout = Checks.positive(timeout, "timeout");
        return self();
    }

    /**
     * Sets the budget of a single attempt, from sending the request to reading the whole response. Default:
     * {@link #DEFAULT_ATTEMPT_TIMEOUT}; an attempt never outlives the call's overall timeout.
     *
     * @param attemptTimeout a positive duration
     * @return this builder
     */
    public B attemptTimeout(Duration attemptTimeout) {
        this.attemptTimeout = Checks.positive(attemptTimeout, "attemptTimeout");
        return self();
    }

    /**
     * Sets the budget for opening a connection. Default: {@link #DEFAULT_CONNECT_TIMEOUT}.
     *
     * @param connectTimeout a positive duration
     * @return this builder
     */
    public B connectTimeout(Duration connectTimeout) {
        this.connectTimeout = Checks.positive(connectTimeout, "connectTimeout");
        return self();
    }

    /**
     * Sets how often a failed attempt may be retried; 0 disables retries. Default: {@link #DEFAULT_MAX_RETRIES}.
     * Only failures that are safe to retry are: see the README's "Retries" section.
     *
     * @param maxRetries zero or more
     * @return this builder
     */
    public B maxRetries(int maxRetries) {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must be >= 0 but was " + maxRetries);
        }
        this.maxRetries = maxRetries;
        return self();
    }

    /**
     * Caps a single pause between attempts. When the server asks for a longer pause (through {@code
     * Retry-After} or a rate-limit reset header) the SDK gives up at once and throws, so the caller can decide.
     * Default: {@link #DEFAULT_MAX_RETRY_WAIT}.
     *
     * @param maxRetryWait a positive duration
     * @return this builder
     */
    public B maxRetryWait(Duration maxRetryWait) {
        this.maxRetryWait = Checks.positive(maxRetryWait, "maxRetryWait");
        return self();
    }

    /**
     * Caps the size of a successful response's body, counted after decompression: a larger body ends the call
     * with {@link dev.dbcloud.core.errors.ApiResponseTooLargeException} instead of exhausting memory (a small
     * gzip body can inflate to gigabytes). Default: {@link #DEFAULT_MAX_RESPONSE_BYTES}. A call can override it
     * with {@link RequestOptions.Builder#maxResponseBytes(long)}. Error bodies are always read only up to 64 KiB.
     *
     * @param maxResponseBytes a positive number of bytes
     * @return this builder
     */
    public B maxResponseBytes(long maxResponseBytes) {
        this.maxResponseBytes = Checks.positiveBytes(maxResponseBytes, "maxResponseBytes");
        return self();
    }

    /**
     * Sets a steady pause between the polls of every waiter ({@code waitUntil…}) of this client. Unset, each
     * waiter follows its own schedule, typically 5 seconds growing by half after each poll up to 30 seconds. One
     * call can change it with {@code withOptions(RequestOptions.builder().pollInterval(…).build())}.
     *
     * @param pollInterval a positive duration
     * @return this builder
     */
    public B pollInterval(Duration pollInterval) {
        this.pollInterval = Checks.positive(pollInterval, "pollInterval");
        return self();
    }

    /**
     * Allows a plain {@code http://} base URL for a host that is not loopback. Credentials then travel
     * unencrypted: use it only inside a trusted network.
     *
     * @param allow whether to allow it
     * @return this builder
     */
    public B allowInsecureHttp(boolean allow) {
        this.allowInsecureHttp = allow;
        return self();
    }

    /**
     * Replaces the time source used for deadlines and waiting, typically with a fake in tests.
     *
     * @param clock the clock
     * @return this builder
     */
    public B clock(Clock clock) {
        this.clock = requireNonNull(clock, "clock == null");
        return self();
    }

    /**
     * Replaces how the SDK pauses between attempts and polls, typically with a fake in tests that advances a
     * fake {@link #clock(Clock)}.
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public B sleeper(Sleeper sleeper) {
        this.sleeper = requireNonNull(sleeper, "sleeper == null");
        return self();
    }

    /**
     * Replaces the randomness that spreads retry pauses, typically with a constant in tests so pauses are exact:
     * {@code 1.0} gives the full exponential backoff (0.5 s, 1 s, 2 s, …), {@code 0.0} half of it.
     *
     * @param jitter a source of values from 0 to 1
     * @return this builder
     */
    public B jitter(DoubleSupplier jitter) {
        this.jitter = requireNonNull(jitter, "jitter == null");
        return self();
    }

    /**
     * Sets who hears every attempt, call and waiter poll of the client, for metrics and tracing; see {@link
     * CallListener}. Default: {@link CallListener#NONE}.
     *
     * @param callListener the listener
     * @return this builder
     */
    public B callListener(CallListener callListener) {
        this.callListener = requireNonNull(callListener, "callListener == null");
        return self();
    }

    /**
     * Whether {@link #baseUrl(String)} was called, so a builder that also offers regions can refuse both.
     *
     * @return true once a base URL was set explicitly
     */
    protected final boolean baseUrlSet() {
        return baseUrlSet;
    }

    /**
     * Whether credentials were set; API modules use it to require them.
     *
     * @return true once {@link #credentials(Credentials)} was called
     */
    protected final boolean hasCredentials() {
        return credentials != null;
    }

    /**
     * Resolves the settings of a client whose API needs credentials of certain kinds, refusing the others with one
     * wording across the SDK.
     *
     * <pre>{@code
     * ClientSettings settings = settingsWithCredentials(
     *         "Crunchy Bridge", "Credentials.bearer(apiKey)", "CB_API_KEY", Set.of(Credentials.Bearer.class));
     * }</pre>
     *
     * @param api the API's name, for messages
     * @param expected the credentials to pass, as code, for messages
     * @param environment the variables {@code fromEnv()} reads them from, for messages
     * @param accepted the kinds of credentials the API accepts
     * @return the resolved settings
     * @throws IllegalStateException if no credentials were set
     * @throws IllegalArgumentException if they are of another kind, or another setting is invalid
     */
    protected final ClientSettings settingsWithCredentials(
            String api, String expected, String environment, Set<Class<? extends Credentials>> accepted) {
        if (credentials == null) {
            throw new IllegalStateException("credentials are required: set credentials(" + expected
                    + "), or use fromEnv() with " + environment);
        }
        if (!accepted.contains(credentials.getClass())) {
            String kind = credentials instanceof Credentials.Basic
                    ? "basic"
                    : credentials instanceof Credentials.Bearer ? "bearer" : "query-token";
            throw new IllegalArgumentException(
                    "credentials must be " + expected + " for the " + api + " API, not " + kind + " credentials");
        }
        return settings();
    }

    /**
     * Checks every setting together and resolves them.
     *
     * @return the resolved settings
     * @throws IllegalArgumentException if the base URL is not a valid, allowed URL
     */
    protected final ClientSettings settings() {
        return new ClientSettings(this);
    }

    static HttpUrl parseBaseUrl(String baseUrl, boolean allowInsecureHttp) {
        HttpUrl url = HttpUrl.parse(baseUrl.trim());
        if (url == null) {
            // The value is not repeated: a mistyped URL may still carry a password or a token.
            throw new IllegalArgumentException(
                    "baseUrl must be an absolute http:// or https:// URL such as https://api.example.com");
        }
        if (url.query() != null || url.fragment() != null) {
            throw new IllegalArgumentException("baseUrl must not have a query or fragment: " + url.redact());
        }
        if (!url.username().isEmpty() || !url.password().isEmpty()) {
            throw new IllegalArgumentException("baseUrl must not carry user info; use credentials(...) instead");
        }
        if (!url.isHttps() && !allowInsecureHttp && !Checks.isLoopback(url.host())) {
            throw new IllegalArgumentException("baseUrl uses plain http:// for the non-loopback host " + url.host()
                    + "; use https:// or allowInsecureHttp(true)");
        }
        return url;
    }
}
