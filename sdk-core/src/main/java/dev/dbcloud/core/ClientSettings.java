package dev.dbcloud.core;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The resolved configuration of one client, produced by {@link ClientBuilder} after every setting has been
 * checked. API modules turn it into their engine; users rarely need it except to inspect what a client uses.
 *
 * @param baseUrl the API root every request path is appended to
 * @param credentials how requests authenticate, empty for a client that only calls public endpoints
 * @param httpClient the caller's OkHttp client to share, empty when the SDK creates (and later closes) its own
 * @param timeout the overall budget of one call, every attempt and retry wait included
 * @param attemptTimeout the budget of a single attempt
 * @param connectTimeout the budget for opening a connection
 * @param maxRetries how often a failed attempt may be retried
 * @param maxRetryWait the longest the SDK waits before one retry, server hints included
 * @param clock the time source for deadlines
 * @param sleeper how the SDK pauses between attempts
 */
public record ClientSettings(
        HttpUrl baseUrl,
        Optional<Credentials> credentials,
        Optional<OkHttpClient> httpClient,
        Duration timeout,
        Duration attemptTimeout,
        Duration connectTimeout,
        int maxRetries,
        Duration maxRetryWait,
        Clock clock,
        Sleeper sleeper) {}
