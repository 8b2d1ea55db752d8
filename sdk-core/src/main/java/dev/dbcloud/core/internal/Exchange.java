package dev.dbcloud.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dbcloud.core.ClientSettings;
import dev.dbcloud.core.Sleeper;
import dev.dbcloud.core.errors.ApiConnectionException;
import dev.dbcloud.core.errors.ApiDecodingException;
import dev.dbcloud.core.errors.ApiException;
import dev.dbcloud.core.errors.ApiInterruptedException;
import dev.dbcloud.core.errors.ApiResponseTooLargeException;
import dev.dbcloud.core.errors.ApiTimeoutException;
import dev.dbcloud.core.errors.ErrorResponse;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.System.Logger.Level;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * One call and the attempts made to complete it: sends, reads, decides whether and when to retry, follows
 * same-origin redirects, logs every attempt and turns failures into the SDK's exceptions.
 */
final class Exchange {
    private static final Duration INITIAL_BACKOFF = Duration.ofMillis(500);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(8);
    private static final int MAX_ERROR_BODY_BYTES = 64 * 1024;
    private static final int EXCERPT_CHARS = 500;
    /** Shown instead of the body of an answer that carries a secret ({@link Endpoint#secretResponse()}). */
    private static final String WITHHELD = "(body withheld: the answer carries a secret)";
    /** Shown instead of a request body that carries a secret ({@link Endpoint#secretRequest()}). */
    private static final String WITHHELD_REQUEST = "(body withheld: the request carries a secret)";

    private static final int MAX_REDIRECTS = 5;

    private static final System.Logger LOG = HttpEngine.LOG;

    private final ClientSettings settings;
    private final SafeDialect dialect;
    private final OkHttpClient http;
    private final HttpRequests requests;
    private final CredentialScrubber scrubber;
    private final InFlightCalls calls;
    private final ApiRequest request;
    private final String jsonBody;
    private final boolean retrySafe;
    private final Expected expected;
    private final long maxResponseBytes;
    private final int maxRetries;
    private final Duration budget;
    private final Duration attemptBudget;
    private final long deadlineMillis;
    private final CallTrace trace;
    private Request httpRequest;
    /** The current attempt's number, start and DEBUG description (null when DEBUG is off), for its log line. */
    private int attemptNumber;

    private long attemptStarted;
    private String attempted;

    Exchange(
            ClientSettings settings,
            SafeDialect dialect,
            OkHttpClient http,
            HttpRequests requests,
            CredentialScrubber scrubber,
            InFlightCalls calls,
            ApiRequest request,
            Expected expected) {
        this.settings = settings;
        this.dialect = dialect;
        this.http = http;
        this.requests = requests;
        this.calls = calls;
        this.request = request;
        HttpRequests.Prepared prepared = requests.prepare(request);
        this.httpRequest = prepared.request();
        this.jsonBody = prepared.jsonBody();
        this.scrubber = scrubber.forRequestBody(jsonBody);
        this.retrySafe = prepared.retrySafe();
        this.expected = expected;
        this.maxResponseBytes = request.options().maxResponseBytes().orElse(settings.maxResponseBytes());
        this.maxRetries = request.options().maxRetries().orElse(settings.maxRetries());
        this.budget = request.options().timeout().orElse(settings.timeout());
        this.attemptBudget = request.options().attemptTimeout().orElse(settings.attemptTimeout());
        this.deadlineMillis = settings.clock().millis() + budget.toMillis();
        this.trace = new CallTrace(settings.callListener(), request, this.scrubber);
    }

    /** @return what the client's call listener hears of this call */
    CallTrace trace() {
        return trace;
    }

    /**
     * What a successful call expects of its body.
     *
     * @param type the payload type, or null for text
     * @param emptyAllowed whether an empty body or absent result is a null payload rather than a failure
     * @param member the member of the (enveloped) JSON object that holds the payload, or null for the whole value;
     *     an absent or null member is a null payload
     */
    record Expected(JavaType type, boolean emptyAllowed, String member) {
        static final Expected TEXT = new Expected(null, false, null);

        Expected(JavaType type, boolean emptyAllowed) {
            this(type, emptyAllowed, null);
        }
    }

    /**
     * A successful response with its decoded payload; only the start of its body is kept, for excerpts, until
     * {@link #release()}. Headers and request id are already scrubbed of secrets (the headers when first read). The
     * URL's path is read only for a failure's message.
     */
    record Received(
            String method,
            HttpUrl url,
            int status,
            Map<String, List<String>> headers,
            BoundedBody body,
            Object value,
            String requestId,
            CredentialScrubber scrubber,
            boolean secretBody) {

        /** Gives the body's start back to the thread: call it once no failure can need an excerpt any more. */
        void release() {
            body.release();
        }

        ApiDecodingException decodingFailure(String problem, Throwable cause) {
            String excerpt = excerpt();
            String where = "";
            Throwable kept = cause;
            if (cause instanceof JsonProcessingException json) {
                // Jackson's own message quotes the input, which may hold a secret: keep only where it failed.
                where = JsonFailures.describe(json);
                kept = null;
            }
            return new ApiDecodingException(
                    method + " " + url.encodedPath() + ": " + scrubber.scrub(problem) + where + " (" + statusAndId()
                            + "): " + excerpt,
                    status,
                    requestId,
                    excerpt,
                    scrubber.scrub(kept));
        }

        ApiResponseTooLargeException tooLarge(long limit) {
            String excerpt = excerpt();
            return new ApiResponseTooLargeException(
                    method + " " + url.encodedPath() + ": the response body exceeds the limit of " + limit
                            + " bytes; raise maxResponseBytes if it is expected (" + statusAndId() + "): " + excerpt,
                    status,
                    requestId,
                    excerpt,
                    limit);
        }

        private String statusAndId() {
            return "status " + status + (requestId == null ? "" : ", request id " + requestId);
        }

        /** Hidden before cutting, so a secret that crosses the cut cannot escape as a fragment. */
        private String excerpt() {
            if (secretBody) {
                return WITHHELD;
            }
            return SecretMasker.excerpt(scrubber.scrub(SecretMasker.maskBody(body.prefix())), EXCERPT_CHARS);
        }
    }

    Received execute() {
        int attempt = 1;
        int redirects = 0;
        while (true) {
            if (Thread.currentThread().isInterrupted()) {
                throw new ApiInterruptedException(
                        describe() + ": the thread was interrupted before attempt " + attempt, null);
            }
            if (calls.isClosed()) {
                throw closedDuringCall(null);
            }
            long remaining = deadlineMillis - settings.clock().millis();
            if (remaining <= 0) {
                throw new ApiTimeoutException(
                        describe() + ": the call's timeout of " + budget + " was spent after " + (attempt - 1)
                                + " attempt(s)",
                        null);
            }
            Call call = http.newCall(httpRequest);
            call.timeout().timeout(Math.min(remaining, attemptBudget.toMillis()), TimeUnit.MILLISECONDS);
            if (jsonBody != null && LOG.isLoggable(Level.TRACE)) {
                LOG.log(
                        Level.TRACE,
                        () -> describeForTrace() + " request body: "
                                + (secretRequest() ? WITHHELD_REQUEST : shown(jsonBody)));
            }
            attemptNumber = attempt;
            attemptStarted = System.nanoTime();
            // Captured before the attempt, since following a redirect changes the URL.
            attempted = LOG.isLoggable(Level.DEBUG) ? describeForDebug() : null;
            Optional<Duration> wait;
            ApiException failure;
            InFlightCalls.Ticket ticket = calls.track(call);
            try (ticket;
                    Response response = call.execute()) {
                int status = response.code();
                if (response.isSuccessful()) {
                    Received received;
                    try {
                        received = receive(response);
                    } catch (ApiDecodingException e) {
                        logAttempt(
                                status,
                                status + " ("
                                        + (e instanceof ApiResponseTooLargeException ? "too large" : "undecodable")
                                        + ")",
                                e.requestId().orElse(null),
                                Optional.empty());
                        throw e;
                    }
                    logAttempt(status, null, received.requestId(), Optional.empty());
                    return received;
                }
                if (response.isRedirect() && redirects < MAX_REDIRECTS && followSameOrigin(response)) {
                    redirects++;
                    logAttempt(status, status + " (redirect followed)", null, Optional.empty());
                    continue;
                }
                ErrorResponse error = readError(response, attempt);
                boolean rateLimited = status == 429;
                Optional<Duration> hint = rateLimited || status == 503
                        ? dialect.retryHint(
                                status, response.headers(), settings.clock().instant())
                        : Optional.empty();
                failure = ErrorMapper.toException(error, hint.orElse(null));
                boolean retryable = rateLimited || (retrySafe && isRetryableServerStatus(status));
                wait = retryable ? nextWait(attempt, hint) : Optional.empty();
                logAttempt(status, null, error.requestId().orElse(null), wait);
            } catch (ApiException e) {
                throw e; // a body that could not be decoded: the same request would get the same answer
            } catch (IOException e) {
                if (ticket.interrupted() || Thread.currentThread().isInterrupted()) {
                    Thread.currentThread().interrupt(); // kept for the caller, whoever noticed it first
                    throw new ApiInterruptedException(
                            describe() + ": interrupted on attempt " + attempt, scrubber.scrub(e));
                }
                if (ticket.cancelledByClose()) {
                    throw closedDuringCall(e);
                }
                failure = connectionFailure(e, attempt);
                boolean retryable = !ticket.sent() || retrySafe;
                wait = retryable ? nextWait(attempt, Optional.empty()) : Optional.empty();
                logAttempt(0, "failed (" + e.getClass().getSimpleName() + ")", null, wait);
            } catch (Exception e) {
                // OkHttp is written in Kotlin and may throw checked exceptions it does not declare.
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                    throw new ApiInterruptedException(describe() + ": interrupted on attempt " + attempt, e);
                }
                throw new ApiException(
                        describe() + ": failed unexpectedly (" + e.getClass().getSimpleName() + ")", scrubber.scrub(e));
            }
            if (wait.isEmpty()) {
                throw failure;
            }
            pause(wait.get(), failure);
            attempt++;
        }
    }

    /**
     * Reads a successful body, streaming it into the expected type; what is left after the payload is drained
     * so the connection can be reused.
     *
     * @throws IOException if the connection failed while reading, to be handled like any I/O failure
     * @throws ApiDecodingException if the body is not what was promised, or is larger than allowed
     */
    private Received receive(Response response) throws IOException {
        BoundedBody body = new BoundedBody(response.body().byteStream(), maxResponseBytes);
        Object value = null;
        ObjectNode envelope = null;
        BodyDecoder.Problem problem = null;
        try {
            if (expected.type() == null) {
                Charset charset = Optional.ofNullable(response.body().contentType())
                        .map(type -> type.charset(StandardCharsets.UTF_8))
                        .orElse(StandardCharsets.UTF_8);
                value = body.readText(charset);
            } else {
                BodyDecoder.Decoded decoded = BodyDecoder.decode(
                        body, dialect.envelopeResult(), expected.member(), expected.type(), expected.emptyAllowed());
                value = decoded.value();
                envelope = decoded.envelope();
            }
            body.drain();
        } catch (BodyDecoder.Problem e) {
            problem = e;
            envelope = e.envelope();
        } catch (IOException | RuntimeException e) {
            // Jackson may wrap what the stream threw: the body itself says why reading stopped.
            if (body.ioFailure() != null) {
                throw body.ioFailure();
            }
            if (!body.tooLarge()) {
                String what = expected.type() == null
                        ? "text"
                        : expected.type().getRawClass().getSimpleName();
                problem = new BodyDecoder.Problem("the result is not a valid " + what, e, null);
            }
        }
        if (LOG.isLoggable(Level.TRACE)) {
            LOG.log(
                    Level.TRACE,
                    describeForTrace() + " response body" + (body.prefixTruncated() ? " (start)" : "") + ": "
                            + (secretResponse() ? WITHHELD : shown(body.prefix())));
        }
        String requestId =
                scrubber.scrub(dialect.requestId(response.headers(), envelope).orElse(null));
        Received received = new Received(
                request.method().name(),
                httpRequest.url(),
                response.code(),
                scrubber.scrub(response.headers()),
                body,
                value,
                requestId,
                scrubber,
                secretResponse());
        ApiDecodingException failure = null;
        if (body.tooLarge()) {
            failure = received.tooLarge(maxResponseBytes);
        } else if (problem != null) {
            failure = received.decodingFailure(problem.getMessage(), problem.getCause());
        }
        if (failure != null) {
            received.release();
            throw failure;
        }
        return received;
    }

    private static boolean isRetryableServerStatus(int status) {
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
        long exponential = Math.min(INITIAL_BACKOFF.toMillis() << Math.min(attempt - 1, 20), MAX_BACKOFF.toMillis());
        // "Equal jitter": half the backoff is fixed, half random, so retries of many clients spread out.
        long backoff =
                exponential / 2 + (long) (exponential / 2.0 * settings.jitter().getAsDouble());
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
        return wait.toMillis() >= remaining ? Optional.empty() : Optional.of(wait);
    }

    /** Waits before the next attempt; the real sleeper's pause ends early when the client is closed. */
    private void pause(Duration wait, ApiException failure) {
        boolean closed;
        try {
            if (settings.sleeper() == Sleeper.SYSTEM) {
                closed = calls.pauseUnlessClosed(wait);
            } else {
                settings.sleeper().sleep(wait);
                closed = calls.isClosed();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ApiException interrupted =
                    new ApiInterruptedException(describe() + ": interrupted while waiting to retry", e);
            interrupted.addSuppressed(failure);
            throw interrupted;
        }
        if (closed) {
            ApiException stopped = closedDuringCall(null);
            stopped.addSuppressed(failure);
            throw stopped;
        }
    }

    private ApiConnectionException closedDuringCall(IOException cause) {
        return new ApiConnectionException(
                describe() + ": the client was closed while the call was in flight", scrubber.scrub(cause));
    }

    private boolean followSameOrigin(Response response) {
        HttpUrl current = response.request().url();
        HttpUrl target = redirectTarget(response);
        if (target == null || request.method() != HttpMethod.GET) {
            return false;
        }
        boolean sameOrigin = target.scheme().equals(current.scheme())
                && target.host().equals(current.host())
                && target.port() == current.port();
        if (sameOrigin) {
            httpRequest = requests.redirect(httpRequest, target, request.authenticated());
        }
        return sameOrigin;
    }

    /** Whether the endpoint declared that its successful answer carries a secret, so its body is never shown. */
    private boolean secretRequest() {
        return request.endpoint() != null && request.endpoint().secretRequest();
    }

    private boolean secretResponse() {
        return request.endpoint() != null && request.endpoint().secretResponse();
    }

    /** A body as the engine may show it: secret-looking fields masked and the client's own secret hidden. */
    private String shown(String body) {
        return scrubber.scrub(SecretMasker.maskBody(body));
    }

    private static HttpUrl redirectTarget(Response response) {
        String location = response.header("Location");
        return location == null ? null : response.request().url().resolve(location);
    }

    private ErrorResponse readError(Response response, int attempt) {
        String body;
        try {
            body = response.peekBody(MAX_ERROR_BODY_BYTES).string();
        } catch (IOException e) {
            body = "";
        }
        String errorBody = body;
        if (LOG.isLoggable(Level.TRACE)) {
            LOG.log(Level.TRACE, describeForTrace() + " error body: " + shown(errorBody));
        }
        JsonNode tree = null;
        if (!body.isBlank()) {
            try {
                tree = Json.readTree(body);
            } catch (JsonProcessingException e) {
                tree = null; // an HTML page from a gateway, or a truncated body: kept as text
            }
        }
        ApiError error = dialect.readError(response.code(), tree);
        Optional<String> requestId =
                error.requestId().isPresent() ? error.requestId() : dialect.requestId(response.headers(), tree);
        Optional<String> message = error.message();
        if (response.isRedirect()) {
            HttpUrl target = redirectTarget(response);
            message = Optional.of(
                    "redirect to " + (target == null ? "an invalid location" : target.host()) + " not followed");
        }
        return new ErrorResponse(
                request.method().name(),
                path(),
                response.code(),
                scrubber.scrub(requestId),
                scrubber.scrub(error.code().map(SecretMasker::maskUrls)),
                scrubber.scrub(message.map(SecretMasker::maskUrls)),
                shown(body),
                scrubber.scrub(response.headers()),
                attempt);
    }

    private ApiConnectionException connectionFailure(IOException e, int attempt) {
        String detail = e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + scrubber.scrub(SecretMasker.maskQuery(e.getMessage())));
        if (e instanceof InterruptedIOException) {
            return new ApiTimeoutException(
                    describe() + ": attempt " + attempt + " timed out (" + detail + ")", scrubber.scrub(e));
        }
        return new ApiConnectionException(
                describe() + ": connection failed on attempt " + attempt + " (" + detail + ")", scrubber.scrub(e));
    }

    private String path() {
        return httpRequest.url().encodedPath();
    }

    /** Method and path, as exception messages show them: never the query string. */
    private String describe() {
        return request.method().name() + " " + path();
    }

    /** Method, path and query parameter names with every value redacted, for DEBUG lines. */
    private String describeForDebug() {
        HttpUrl url = httpRequest.url();
        if (url.querySize() == 0 || request.absoluteUrl() != null) {
            return describe();
        }
        StringBuilder line = new StringBuilder(describe());
        for (int i = 0; i < url.querySize(); i++) {
            line.append(i == 0 ? '?' : '&')
                    .append(url.queryParameterName(i))
                    .append('=')
                    .append(SecretMasker.MASK);
        }
        return line.toString();
    }

    /** Method, path and query with secret-looking values masked, for TRACE lines. */
    private String describeForTrace() {
        // The query of an absolute URL (a presigned upload) is its signature: never shown.
        String query = request.absoluteUrl() != null ? null : httpRequest.url().encodedQuery();
        return describe() + (query == null ? "" : SecretMasker.maskQuery("?" + query));
    }

    /**
     * Logs the outcome of the current attempt at DEBUG and tells the call listener; an outcome of null is the status
     * alone, made into text only when someone reads it.
     */
    private void logAttempt(int status, String outcome, String requestId, Optional<Duration> retryIn) {
        trace.attempt(attemptNumber, attemptStarted, status, outcome, requestId, retryIn);
        if (attempted == null) {
            return;
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - attemptStarted);
        StringBuilder line = new StringBuilder(attempted)
                .append(" -> ")
                .append(outcome == null ? String.valueOf(status) : outcome)
                .append(" in ")
                .append(millis)
                .append(" ms (attempt ")
                .append(attemptNumber)
                .append(" of ")
                .append(maxRetries + 1);
        if (requestId != null) {
            line.append(", request id ").append(requestId);
        }
        line.append(')');
        retryIn.ifPresent(
                wait -> line.append("; retrying in ").append(wait.toMillis()).append(" ms"));
        LOG.log(Level.DEBUG, line.toString());
    }
}
