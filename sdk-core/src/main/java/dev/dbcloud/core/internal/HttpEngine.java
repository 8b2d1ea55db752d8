package dev.dbcloud.core.internal;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import dev.dbcloud.core.ApiResponse;
import dev.dbcloud.core.ClientSettings;
import dev.dbcloud.core.Credentials;
import dev.dbcloud.core.errors.ApiConnectionException;
import dev.dbcloud.core.errors.ApiDecodingException;
import dev.dbcloud.core.errors.ApiException;
import dev.dbcloud.core.errors.ApiTimeoutException;
import dev.dbcloud.core.errors.ErrorResponse;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The one place where an {@link ApiRequest} becomes HTTP: URL and credentials, JSON body, retries with backoff
 * and server hints, per-attempt and overall timeouts, logging with redaction, error mapping and response
 * unwrapping through the module's {@link ApiDialect}. Each client owns one engine; engines are thread-safe.
 */
public final class HttpEngine implements AutoCloseable {
    /** The logger of every HTTP attempt. */
    public static final System.Logger LOG = System.getLogger("dev.dbcloud.http");

    static final Duration INITIAL_BACKOFF = Duration.ofMillis(500);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(8);
    static final int MAX_ERROR_BODY_BYTES = 64 * 1024;
    static final int EXCERPT_CHARS = 500;
    private static final int MAX_REDIRECTS = 5;
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final JavaType STRING = Json.MAPPER.constructType(String.class);

    private final ClientSettings settings;
    private final ApiDialect dialect;
    private final OkHttpClient http;
    private final boolean ownsHttpClient;
    private final String userAgent;
    private final DoubleSupplier jitter;

    HttpEngine(ClientSettings settings, ApiDialect dialect, DoubleSupplier jitter) {
        this.settings = requireNonNull(settings, "settings == null");
        this.dialect = requireNonNull(dialect, "dialect == null");
        this.jitter = jitter;
        this.ownsHttpClient = settings.httpClient().isEmpty();
        OkHttpClient.Builder builder =
                settings.httpClient().map(OkHttpClient::newBuilder).orElseGet(OkHttpClient.Builder::new);
        this.http = builder.connectTimeout(settings.connectTimeout())
                .readTimeout(Duration.ZERO) // each attempt is bounded by its call timeout instead
                .writeTimeout(Duration.ZERO)
                .followRedirects(false) // followed here, and only to the same origin
                .followSslRedirects(false)
                .retryOnConnectionFailure(false) // retried here, where the method is known
                .addNetworkInterceptor(AttemptTracker.INTERCEPTOR)
                .build();
        this.userAgent = UserAgent.forModule(dialect.module());
    }

    /**
     * Creates the engine of a client.
     *
     * @param settings the client's resolved settings
     * @param dialect the API's dialect
     * @return the engine; close it with the client
     */
    public static HttpEngine create(ClientSettings settings, ApiDialect dialect) {
        return new HttpEngine(
                settings, dialect, () -> ThreadLocalRandom.current().nextDouble());
    }

    /** @return the settings this engine was built from (clock and sleeper included, for pollers) */
    public ClientSettings settings() {
        return settings;
    }

    /** @return the OkHttp client the engine sends with, shared with any client built from the same engine */
    public OkHttpClient httpClient() {
        return http;
    }

    /**
     * Sends a request and decodes the JSON payload.
     *
     * @param request the request
     * @param type the payload type; {@code Void.class} for calls without result
     * @param <T> the payload type
     * @return the payload
     */
    public <T> T call(ApiRequest request, Class<T> type) {
        return this.<T>send(request, Json.MAPPER.constructType(type)).value();
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
        return this.<T>send(request, Json.MAPPER.constructType(type)).value();
    }

    /**
     * Sends a request whose successful response is plain text (metrics, certificates).
     *
     * @param request the request
     * @return the body as text
     */
    public String text(ApiRequest request) {
        return this.<String>send(request, STRING).value();
    }

    /**
     * Sends a request and returns the decoded payload with the response's status, headers and request id. A
     * {@code String} type reads the body as plain text; {@code Void} ignores it.
     *
     * @param request the request
     * @param type the payload type
     * @param <T> the payload type
     * @return the response
     * @throws ApiException or a subclass for every failure
     */
    public <T> ApiResponse<T> send(ApiRequest request, JavaType type) {
        Exchange exchange = new Exchange(request, !type.hasRawClass(String.class));
        Received received = exchange.execute();
        return decode(exchange, received, type);
    }

    /** Closes what the engine created: the dispatcher's threads and pooled connections. A caller's client is left open. */
    @Override
    public void close() {
        if (ownsHttpClient) {
            http.dispatcher().executorService().shutdown();
            http.connectionPool().evictAll();
        }
    }

    private <T> ApiResponse<T> decode(Exchange exchange, Received received, JavaType type) {
        Map<String, List<String>> headers = received.response.headers().toMultimap();
        int status = received.response.code();
        if (type.hasRawClass(String.class)) {
            @SuppressWarnings("unchecked")
            T text = (T) received.body;
            return new ApiResponse<>(status, headers, received.requestId, text);
        }
        if (type.hasRawClass(Void.class)) {
            return new ApiResponse<>(status, headers, received.requestId, null);
        }
        if (received.parseFailure != null) {
            throw exchange.decodingFailure(received, "the body is not valid JSON", received.parseFailure);
        }
        if (received.tree == null) {
            throw exchange.decodingFailure(received, "the body is empty", null);
        }
        JsonNode payload;
        try {
            payload = dialect.unwrap(received.tree);
        } catch (IllegalArgumentException e) {
            throw exchange.decodingFailure(received, e.getMessage(), e);
        }
        if (payload == null || payload.isNull() || payload.isMissingNode()) {
            throw exchange.decodingFailure(received, "the response carries no result", null);
        }
        try {
            T value = Json.MAPPER.readerFor(type).readValue(payload);
            return new ApiResponse<>(status, headers, received.requestId, value);
        } catch (IOException | RuntimeException e) {
            throw exchange.decodingFailure(
                    received, "the result is not a valid " + type.getRawClass().getSimpleName(), e);
        }
    }

    /** A successful response with its body read and, unless text was expected, parsed. */
    private record Received(
            Response response, String body, JsonNode tree, IOException parseFailure, String requestId) {}

    /** One call: its prepared HTTP request and the attempts made to send it. */
    private final class Exchange {
        private final ApiRequest request;
        private final String method;
        private final boolean retrySafe;
        private final int maxRetries;
        private final Duration budget;
        private final long deadlineMillis;
        private Request httpRequest;
        private String bodyText;

        private final boolean expectsJson;

        Exchange(ApiRequest request, boolean expectsJson) {
            this.request = request;
            this.expectsJson = expectsJson;
            this.method = request.method().name();
            this.maxRetries = request.options().maxRetries().orElse(settings.maxRetries());
            this.budget = request.options().timeout().orElse(settings.timeout());
            this.deadlineMillis = settings.clock().millis() + budget.toMillis();
            String idempotencyKey = idempotencyKey(request);
            this.retrySafe = request.method().idempotent() || idempotencyKey != null;
            this.httpRequest = buildRequest(idempotencyKey);
        }

        private String idempotencyKey(ApiRequest request) {
            Optional<String> header = dialect.idempotencyHeader();
            Optional<String> given = request.options().idempotencyKey();
            if (given.isPresent() && header.isEmpty()) {
                throw new IllegalArgumentException(
                        "idempotencyKey: the " + dialect.module() + " API does not support idempotency keys");
            }
            if (header.isEmpty()) {
                return null;
            }
            return given.orElseGet(() -> dialect.generatesIdempotencyKey(request.method())
                    ? UUID.randomUUID().toString()
                    : null);
        }

        private Request buildRequest(String idempotencyKey) {
            HttpUrl.Builder url = settings.baseUrl().newBuilder();
            for (String segment : request.segments()) {
                url.addPathSegment(segment);
            }
            for (Map.Entry<String, String> parameter : request.query()) {
                url.addQueryParameter(parameter.getKey(), parameter.getValue());
            }
            Request.Builder builder = new Request.Builder()
                    .header("User-Agent", userAgent)
                    .header("Accept", "application/json, text/plain;q=0.9, */*;q=0.8");
            Optional<Credentials> credentials = settings.credentials();
            if (request.authenticated() && credentials.isPresent()) {
                Credentials c = credentials.get();
                if (c instanceof Credentials.Bearer bearer) {
                    builder.header("Authorization", "Bearer " + bearer.token());
                } else if (c instanceof Credentials.Basic basic) {
                    builder.header(
                            "Authorization",
                            okhttp3.Credentials.basic(basic.id(), basic.secret(), StandardCharsets.UTF_8));
                } else if (c instanceof Credentials.QueryToken query) {
                    url.addQueryParameter("token", query.token());
                }
            }
            request.options().headers().forEach((name, values) -> values.forEach(v -> builder.addHeader(name, v)));
            if (idempotencyKey != null) {
                builder.header(dialect.idempotencyHeader().orElseThrow(), idempotencyKey);
            }
            RequestBody body = null;
            if (request.body() != null) {
                try {
                    bodyText = Json.MAPPER.writeValueAsString(request.body());
                } catch (JsonProcessingException e) {
                    throw new IllegalArgumentException(
                            "body of " + method + " " + request.pathTemplate() + " cannot be written as JSON", e);
                }
                body = RequestBody.create(bodyText, JSON);
            }
            return builder.url(url.build()).method(method, body).build();
        }

        Received execute() {
            int attempt = 1;
            int redirects = 0;
            while (true) {
                long remaining = deadlineMillis - settings.clock().millis();
                if (remaining <= 0) {
                    throw new ApiTimeoutException(
                            describe() + ": the call's timeout of " + budget + " was spent after " + (attempt - 1)
                                    + " attempt(s)",
                            null);
                }
                AttemptTracker tracker = new AttemptTracker();
                Call call = http.newCall(httpRequest
                        .newBuilder()
                        .tag(AttemptTracker.class, tracker)
                        .build());
                call.timeout()
                        .timeout(Math.min(remaining, settings.attemptTimeout().toMillis()), TimeUnit.MILLISECONDS);
                if (bodyText != null) {
                    LOG.log(
                            Level.TRACE,
                            () -> describeWithQuery() + " request body: " + SecretMasker.maskJson(bodyText));
                }
                long started = System.nanoTime();
                Optional<Duration> wait;
                ApiException failure;
                try (Response response = call.execute()) {
                    int status = response.code();
                    if (response.isSuccessful()) {
                        Received received = receive(response);
                        logAttempt(attempt, started, String.valueOf(status), received.requestId, Optional.empty());
                        return received;
                    }
                    if (response.isRedirect() && redirects < MAX_REDIRECTS && followSameOrigin(response)) {
                        redirects++;
                        logAttempt(attempt, started, status + " (redirect followed)", null, Optional.empty());
                        continue;
                    }
                    ErrorResponse error = readError(response);
                    boolean rateLimited = status == 429;
                    Optional<Duration> hint = rateLimited || status == 503
                            ? dialect.retryHint(
                                    response.headers(), settings.clock().instant())
                            : Optional.empty();
                    failure = ErrorMapper.toException(error, hint.orElse(null));
                    boolean retryable = rateLimited || (retrySafe && isRetryableServerStatus(status));
                    wait = retryable ? nextWait(attempt, hint) : Optional.empty();
                    logAttempt(
                            attempt,
                            started,
                            String.valueOf(status),
                            error.requestId().orElse(null),
                            wait);
                } catch (IOException e) {
                    failure = connectionFailure(e, attempt);
                    boolean retryable = !tracker.sent() || retrySafe;
                    wait = retryable ? nextWait(attempt, Optional.empty()) : Optional.empty();
                    logAttempt(attempt, started, "failed (" + e.getClass().getSimpleName() + ")", null, wait);
                }
                if (wait.isEmpty()) {
                    throw failure;
                }
                pause(wait.get(), failure);
                attempt++;
            }
        }

        private Received receive(Response response) throws IOException {
            String body = response.body().string();
            LOG.log(Level.TRACE, () -> describeWithQuery() + " response body: " + SecretMasker.maskJson(body));
            JsonNode tree = null;
            IOException parseFailure = null;
            if (expectsJson && !body.isBlank()) {
                try {
                    tree = Json.MAPPER.readTree(body);
                } catch (JsonProcessingException e) {
                    parseFailure = e;
                }
            }
            String requestId = dialect.requestId(response.headers(), tree).orElse(null);
            return new Received(response, body, tree, parseFailure, requestId);
        }

        private boolean isRetryableServerStatus(int status) {
            return status == 408 || status == 500 || status == 502 || status == 503 || status == 504;
        }

        /**
         * Decides the pause before the next attempt, or none when the call must give up: no retries left, the
         * server asked for a longer pause than allowed, or the pause would outlast the call's budget.
         */
        private Optional<Duration> nextWait(int attempt, Optional<Duration> hint) {
            if (attempt > maxRetries) {
                return Optional.empty();
            }
            long exponential =
                    Math.min(INITIAL_BACKOFF.toMillis() << Math.min(attempt - 1, 20), MAX_BACKOFF.toMillis());
            // "Equal jitter": half the backoff is fixed, half random, so retries of many clients spread out.
            long backoff = exponential / 2 + (long) (exponential / 2.0 * jitter.getAsDouble());
            Duration wait = Duration.ofMillis(backoff);
            if (wait.compareTo(settings.maxRetryWait()) > 0) {
                wait = settings.maxRetryWait();
            }
            if (hint.isPresent() && hint.get().compareTo(wait) > 0) {
                if (hint.get().compareTo(settings.maxRetryWait()) > 0) {
                    return Optional.empty(); // retrying sooner than the server asked would only be refused again
                }
                wait = hint.get();
            }
            long remaining = deadlineMillis - settings.clock().millis();
            if (wait.toMillis() >= remaining) {
                return Optional.empty();
            }
            return Optional.of(wait);
        }

        private void pause(Duration wait, ApiException failure) {
            try {
                settings.sleeper().sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                ApiException interrupted = new ApiException(describe() + ": interrupted while waiting to retry", e);
                interrupted.addSuppressed(failure);
                throw interrupted;
            }
        }

        private boolean followSameOrigin(Response response) {
            String location = response.header("Location");
            HttpUrl target = location == null ? null : response.request().url().resolve(location);
            if (target == null || request.method() != HttpMethod.GET) {
                return false;
            }
            HttpUrl current = response.request().url();
            boolean sameOrigin = target.scheme().equals(current.scheme())
                    && target.host().equals(current.host())
                    && target.port() == current.port();
            if (sameOrigin) {
                HttpUrl.Builder url = target.newBuilder();
                if (request.authenticated()
                        && settings.credentials().orElse(null) instanceof Credentials.QueryToken query) {
                    url.setQueryParameter("token", query.token());
                }
                httpRequest = httpRequest.newBuilder().url(url.build()).build();
            }
            return sameOrigin;
        }

        private ErrorResponse readError(Response response) {
            String body;
            try {
                body = response.peekBody(MAX_ERROR_BODY_BYTES).string();
            } catch (IOException e) {
                body = "";
            }
            String errorBody = body;
            LOG.log(Level.TRACE, () -> describeWithQuery() + " error body: " + SecretMasker.maskJson(errorBody));
            JsonNode tree = null;
            if (!body.isBlank()) {
                try {
                    tree = Json.MAPPER.readTree(body);
                } catch (JsonProcessingException e) {
                    tree = null; // an HTML page from a gateway, or a truncated body: kept as text
                }
            }
            ApiError error = dialect.readError(response.code(), tree);
            Optional<String> requestId =
                    error.requestId().isPresent() ? error.requestId() : dialect.requestId(response.headers(), tree);
            Optional<String> message = error.message();
            if (response.isRedirect()) {
                String location = response.header("Location");
                HttpUrl target =
                        location == null ? null : response.request().url().resolve(location);
                message = Optional.of(
                        "redirect to " + (target == null ? "an invalid location" : target.host()) + " not followed");
            }
            return new ErrorResponse(
                    method,
                    response.request().url().encodedPath(),
                    response.code(),
                    requestId,
                    error.code(),
                    message,
                    SecretMasker.maskJson(body),
                    response.headers().toMultimap());
        }

        private ApiConnectionException connectionFailure(IOException e, int attempt) {
            String detail = e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + SecretMasker.maskQuery(e.getMessage()));
            if (e instanceof InterruptedIOException) {
                return new ApiTimeoutException(describe() + ": attempt " + attempt + " timed out (" + detail + ")", e);
            }
            return new ApiConnectionException(
                    describe() + ": connection failed on attempt " + attempt + " (" + detail + ")", e);
        }

        ApiDecodingException decodingFailure(Received received, String problem, Throwable cause) {
            String requestId = received.requestId;
            String excerpt = SecretMasker.maskJson(SecretMasker.excerpt(received.body, EXCERPT_CHARS));
            return new ApiDecodingException(
                    describe() + ": " + problem + " (status " + received.response.code()
                            + (requestId == null ? "" : ", request id " + requestId) + "): " + excerpt,
                    received.response.code(),
                    requestId,
                    excerpt,
                    cause);
        }

        private String describe() {
            return method + " " + httpRequest.url().encodedPath();
        }

        private String describeWithQuery() {
            String query = httpRequest.url().encodedQuery();
            return describe() + (query == null ? "" : SecretMasker.maskQuery("?" + query));
        }

        private void logAttempt(
                int attempt, long startedNanos, String outcome, String requestId, Optional<Duration> retryIn) {
            if (!LOG.isLoggable(Level.DEBUG)) {
                return;
            }
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
            StringBuilder line = new StringBuilder(describeWithQuery())
                    .append(" -> ")
                    .append(outcome)
                    .append(" in ")
                    .append(millis)
                    .append(" ms (attempt ")
                    .append(attempt)
                    .append(" of ")
                    .append(maxRetries + 1);
            if (requestId != null) {
                line.append(", request id ").append(requestId);
            }
            line.append(')');
            retryIn.ifPresent(wait ->
                    line.append("; retrying in ").append(wait.toMillis()).append(" ms"));
            LOG.log(Level.DEBUG, line.toString());
        }
    }
}
