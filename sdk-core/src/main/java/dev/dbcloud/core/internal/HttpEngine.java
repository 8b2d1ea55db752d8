package dev.dbcloud.core.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.ClientSettings;
import dev.dbcloud.core.Page;
import dev.dbcloud.core.Poller;
import dev.dbcloud.core.errors.ApiException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import okhttp3.Authenticator;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * The one place where an {@link ApiRequest} becomes HTTP and comes back typed. A resource client builds the
 * request and names the result type; the engine does the rest — URL and credentials, JSON body, retries with
 * backoff and server hints, timeouts, logging with redaction, error mapping, and response unwrapping through the
 * module's {@link ApiDialect}. Each client owns one engine; engines are thread-safe.
 *
 * <pre>{@code
 * Service service = engine.call(
 *         ApiRequest.builder(HttpMethod.GET, "/v1/organizations/{organizationId}/services/{serviceId}", org, id)
 *                 .options(options)
 *                 .build(),
 *         Service.class);
 * }</pre>
 */
public final class HttpEngine implements AutoCloseable {
    /** The logger of every HTTP attempt. */
    static final System.Logger LOG = System.getLogger("dev.dbcloud.http");

    private final ClientSettings settings;
    /** Idle connections the pool of an SDK-created OkHttp client keeps: enough for 64 threads in steady use. */
    static final int POOLED_IDLE_CONNECTIONS = 64;
    /** How long an idle pooled connection is kept, as in OkHttp's default pool. */
    static final int POOL_KEEP_ALIVE_MINUTES = 5;

    private final SafeDialect dialect;
    private final HttpRequests requests;
    private final CredentialScrubber scrubber;
    private final OkHttpClient http;
    private final boolean ownsHttpClient;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final InFlightCalls calls = new InFlightCalls();

    private HttpEngine(ClientSettings settings, ApiDialect dialect) {
        this.settings = requireNonNull(settings, "settings == null");
        this.dialect = new SafeDialect(requireNonNull(dialect, "dialect == null"));
        this.requests = new HttpRequests(settings, dialect);
        this.scrubber = new CredentialScrubber(settings.credentials());
        this.ownsHttpClient = settings.httpClient().isEmpty();
        OkHttpClient given = settings.httpClient().orElse(null);
        this.http = (given != null ? given.newBuilder() : ownClient())
                .connectTimeout(settings.connectTimeout())
                .readTimeout(Duration.ZERO) // each attempt is bounded by its call timeout instead
                .writeTimeout(Duration.ZERO)
                .followRedirects(false) // followed by the exchange, and only to the same origin
                .followSslRedirects(false)
                .retryOnConnectionFailure(false) // retried by the exchange, which knows the method
                .authenticator(Authenticator.NONE) // an authenticator would resend any method on 401
                .addNetworkInterceptor(InFlightCalls.MARK_SENT)
                .build();
    }

    /**
     * The OkHttp client the SDK creates when the caller shares none: its pool keeps up to {@value
     * #POOLED_IDLE_CONNECTIONS} idle connections (OkHttp's default is 5) for {@value #POOL_KEEP_ALIVE_MINUTES}
     * minutes, so a client shared by many threads reuses its connections instead of opening (and handshaking) a
     * new one for most calls.
     */
    private static OkHttpClient.Builder ownClient() {
        return new OkHttpClient.Builder()
                .connectionPool(new ConnectionPool(POOLED_IDLE_CONNECTIONS, POOL_KEEP_ALIVE_MINUTES, TimeUnit.MINUTES));
    }

    /**
     * Creates the engine of a client.
     *
     * @param settings the client's resolved settings
     * @param dialect the API's dialect
     * @return the engine; close it with the client
     * @throws IllegalArgumentException if the settings use query-token credentials the API does not accept
     */
    public static HttpEngine create(ClientSettings settings, ApiDialect dialect) {
        return new HttpEngine(settings, dialect);
    }

    /** @return the settings this engine was built from */
    public ClientSettings settings() {
        return settings;
    }

    /**
     * The OkHttp client the engine sends with. Another client built with it as its {@code httpClient} shares
     * this one's connection pool and is not shut down by this engine's {@link #close()}, nor shuts it down.
     *
     * @return the OkHttp client
     */
    public OkHttpClient httpClient() {
        return http;
    }

    /**
     * Sends a request and decodes the JSON payload. The body is decoded by what it holds, whatever its {@code
     * Content-Type} says: JSON labelled {@code text/plain} is accepted, and anything that is not JSON fails with an
     * {@code ApiDecodingException}.
     *
     * @param request the request
     * @param type the payload type; {@code Void.class} for calls without result
     * @param <T> the payload type
     * @return the payload
     */
    public <T> T call(ApiRequest request, Class<T> type) {
        return this.<T>send(request, Json.type(type)).value();
    }

    /**
     * Sends a request and decodes a generic JSON payload such as a list.
     *
     * @param request the request
     * @param type the payload type
     * @param <T> the payload type
     * @return the payload
     */
    public <T> T call(ApiRequest request, TypeReference<T> type) {
        return this.<T>send(request, Json.type(type)).value();
    }

    /**
     * Sends a request and returns the decoded JSON payload with the response's status, headers and request id.
     * {@code Void} ignores the body.
     *
     * @param request the request
     * @param type the payload type
     * @param <T> the payload type
     * @return the response
     * @throws ApiException or a subclass for every failure
     */
    public <T> ApiResponse<T> send(ApiRequest request, JavaType type) {
        Exchange.Received received = exchange(request, new Exchange.Expected(type, false));
        received.release();
        @SuppressWarnings("unchecked") // decoded as the JavaType the caller named for T
        T value = (T) received.value();
        return new ApiResponse<>(received.status(), received.headers(), received.requestId(), value);
    }

    /**
     * Sends a request whose successful answer may carry no payload: an empty body (such as a 204) or, in an
     * enveloped API, no result. A body that is present must still decode as {@code type}.
     *
     * @param request the request
     * @param type the payload type
     * @param <T> the payload type
     * @return the payload, or empty when the answer carried none
     */
    public <T> Optional<T> callOptional(ApiRequest request, Class<T> type) {
        return this.<T>sendOptional(request, Json.type(type)).value();
    }

    /**
     * Like {@link #callOptional(ApiRequest, Class)}, keeping the response's status, headers and request id.
     *
     * @param request the request
     * @param type the payload type
     * @param <T> the payload type
     * @return the response, whose value is empty when the answer carried no payload
     * @throws ApiException or a subclass for every failure
     */
    public <T> ApiResponse<Optional<T>> sendOptional(ApiRequest request, JavaType type) {
        Exchange.Received received = exchange(request, new Exchange.Expected(type, true));
        received.release();
        @SuppressWarnings("unchecked") // decoded as the JavaType the caller named for T
        T value = (T) received.value();
        return new ApiResponse<>(
                received.status(), received.headers(), received.requestId(), Optional.ofNullable(value));
    }

    /**
     * Sends a request whose successful answer is a JSON object holding a list under one member, such as {@code
     * {"roles": […]}}, and returns that list. The member's array is decoded straight from the stream; the
     * object's other members are skipped. An absent or {@code null} member, and {@code null} items, read as
     * nothing: the list is then empty or shorter, never null.
     *
     * @param request the request
     * @param member the member holding the list, e.g. {@code roles}
     * @param itemType the type of one item
     * @param <T> the item type
     * @return the response with the list, unmodifiable
     * @throws ApiException or a subclass for every failure
     */
    public <T> ApiResponse<List<T>> sendList(ApiRequest request, String member, JavaType itemType) {
        requireNonNull(member, "member == null");
        JavaType listType = Json.listOf(requireNonNull(itemType, "itemType == null"));
        Exchange.Received received = exchange(request, new Exchange.Expected(listType, false, member));
        received.release();
        @SuppressWarnings("unchecked") // decoded as a list of the JavaType the caller named for T
        List<T> items = (List<T>) received.value();
        List<T> value = items == null
                ? List.of()
                : items.stream().filter(Objects::nonNull).toList();
        return new ApiResponse<>(received.status(), received.headers(), received.requestId(), value);
    }

    /**
     * Sends a request whose successful response is plain text (Prometheus metrics, PEM certificates).
     *
     * @param request the request
     * @return the body as text
     */
    public String text(ApiRequest request) {
        return sendText(request).value();
    }

    /**
     * Sends a request whose successful response is plain text, keeping the response's details.
     *
     * @param request the request
     * @return the response with the body as text
     */
    public ApiResponse<String> sendText(ApiRequest request) {
        Exchange.Received received = exchange(request, Exchange.Expected.TEXT);
        received.release();
        return new ApiResponse<>(
                received.status(), received.headers(), received.requestId(), (String) received.value());
    }

    /**
     * Sends a cursor-paged list request and returns its first page; later pages repeat the request with the
     * cursor parameter replaced, options included.
     *
     * @param request the first page's request
     * @param cursorParameter the query parameter that carries the cursor, e.g. {@code cursor}
     * @param responseType the decoded type of one list response
     * @param slice reads items, has-more flag and next cursor out of a decoded response
     * @param <R> the response type
     * @param <T> the item type
     * @return the first page
     */
    public <R, T> Page<T> page(
            ApiRequest request, String cursorParameter, JavaType responseType, Function<R, PageSlice<T>> slice) {
        return sendPage(request, cursorParameter, responseType, slice).value();
    }

    /**
     * Like {@link #page}, keeping the first response's status, headers and request id.
     *
     * @param request the first page's request
     * @param cursorParameter the query parameter that carries the cursor, e.g. {@code cursor}
     * @param responseType the decoded type of one list response
     * @param slice reads items, has-more flag and next cursor out of a decoded response
     * @param <R> the response type
     * @param <T> the item type
     * @return the response with the first page
     */
    public <R, T> ApiResponse<Page<T>> sendPage(
            ApiRequest request, String cursorParameter, JavaType responseType, Function<R, PageSlice<T>> slice) {
        String cursor = null;
        for (Map.Entry<String, String> parameter : request.query()) {
            if (parameter.getKey().equals(cursorParameter)) {
                cursor = parameter.getValue();
                break;
            }
        }
        Exchange.Received received = exchange(request, new Exchange.Expected(responseType, false));
        @SuppressWarnings("unchecked") // decoded as the JavaType the caller named for R
        R response = (R) received.value();
        Page<T> page;
        try {
            PageSlice<T> parts = requireNonNull(slice.apply(response), "slice returned null");
            page = Page.of(
                    parts.items(),
                    parts.hasMore(),
                    cursor,
                    parts.nextCursor(),
                    next -> page(request.withQuery(cursorParameter, next), cursorParameter, responseType, slice));
        } catch (RuntimeException e) {
            throw received.decodingFailure(
                    "the list response does not have the promised shape ("
                            + e.getClass().getSimpleName() + ")",
                    e);
        } finally {
            received.release();
        }
        return new ApiResponse<>(received.status(), received.headers(), received.requestId(), page);
    }

    /**
     * Starts a {@link Poller} that uses this client's clock, sleeper and call listener, for the modules' {@code waitUntil…}.
     *
     * @param description what is awaited
     * @param <T> the polled value's type
     * @return a poller builder
     */
    public <T> Poller.Builder<T> poller(String description) {
        return Poller.<T>builder(description)
                .clock(settings.clock())
                .sleeper(settings.sleeper())
                .listener(settings.callListener());
    }

    /**
     * Ends this engine's calls in flight (they fail with an {@code ApiConnectionException} saying the client was
     * closed, without further retries; calls of a shared OkHttp client that this engine did not make go on) and
     * closes what the engine created: its dispatcher's threads and pooled connections. A caller's OkHttp client
     * is left open. Calls made after closing fail with {@link IllegalStateException}.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        calls.close();
        if (ownsHttpClient) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    private Exchange.Received exchange(ApiRequest request, Exchange.Expected expected) {
        if (closed.get()) {
            throw new IllegalStateException("the client is closed");
        }
        EndpointListener.notifyAll(request);
        Exchange exchange = new Exchange(settings, dialect, http, requests, scrubber, calls, request, expected);
        try {
            Exchange.Received received = exchange.execute();
            exchange.trace().finished(null);
            return received;
        } catch (RuntimeException e) {
            exchange.trace().finished(e);
            throw e;
        }
    }
}
