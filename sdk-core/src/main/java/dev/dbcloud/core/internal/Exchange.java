package dev.dbcloud.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.dbcloud.core.ClientSettings;
import dev.dbcloud.core.errors.ApiConnectionException;
import dev.dbcloud.core.errors.ApiDecodingException;
import dev.dbcloud.core.errors.ApiException;
import dev.dbcloud.core.errors.ApiTimeoutException;
import dev.dbcloud.core.errors.ErrorResponse;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Headers;
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
    private static final int MAX_REDIRECTS = 5;

    private static final System.Logger LOG = HttpEngine.LOG;

    private final ClientSettings settings;
    private final SafeDialect dialect;
    private final OkHttpClient http;
    private final HttpRequests requests;
    private final CredentialScrubber scrubber;
    private final ApiRequest request;
    private final String jsonBody;
    private final boolean retrySafe;
    private final boolean expectsJson;
    private final int maxRetries;
    private final Duration budget;
    private final Duration attemptBudget;
    private final long deadlineMillis;
    private final CallTrace trace;
    private Request httpRequest;

    Exchange(
            ClientSettings settings,
            SafeDialect dialect,
            OkHttpClient http,
            HttpRequests requests,
            CredentialScrubber scrubber,
            ApiRequest request,
            boolean expectsJson) {
        this.settings = settings;
        this.dialect = dialect;
        this.http = http;
        this.requests = requests;
        this.scrubber = scrubber;
        this.request = request;
        HttpRequests.Prepared prepared = requests.prepare(request);
        this.httpRequest = prepared.request();
        this.jsonBody = prepared.jsonBody();
        this.retrySafe = prepared.retrySafe();
        this.expectsJson = expectsJson;
        this.maxRetries = request.options().maxRetries().orElse(settings.maxRetries());
        this.budget = request.options().timeout().orElse(settings.timeout());
        this.attemptBudget = request.options().attemptTimeout().orElse(settings.attemptTimeout());
        this.deadlineMillis = settings.clock().millis() + budget.toMillis();
        this.trace = new CallTrace(settings.callListener(), request, scrubber);
    }

    /** @return what the client's call listener hears of this call */
    CallTrace trace() {
        return trace;
    }

    /** A successful response, its body read and, unless text was expected, parsed. */
    record Received(
            String method,
            String path,
            int status,
            Headers headers,
            String body,
            JsonNode tree,
            IOException parseFailure,
            String requestId,
            CredentialScrubber scrubber) {

        ApiDecodingException decodingFailure(String problem, Throwable cause) {
            // Hidden before cutting, so a secret that crosses the cut cannot escape as a fragment.
            String excerpt = SecretMasker.excerpt(scrubber.scrub(SecretMasker.maskJson(body)), EXCERPT_CHARS);
            String where = "";
            Throwable kept = cause;
            if (cause instanceof JsonProcessingException json) {
                // Jackson's own message quotes the input, which may hold a secret: keep only where it failed.
                where = JsonFailures.describe(json);
                kept = null;
            }
            return new ApiDecodingException(
                    method + " " + path + ": " + scrubber.scrub(problem) + where + " (status " + status
                            + (requestId == null ? "" : ", request id " + requestId) + "): " + excerpt,
                    status,
                    requestId,
                    excerpt,
                    kept);
        }
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
            Call call = http.newCall(
                    httpRequest.newBuilder().tag(AttemptTracker.class, tracker).build());
            call.timeout().timeout(Math.min(remaining, attemptBudget.toMillis()), TimeUnit.MILLISECONDS);
            if (jsonBody != null) {
                LOG.log(Level.TRACE, () -> describeForTrace() + " request body: " + shown(jsonBody));
            }
            long started = System.nanoTime();
            // Captured before the attempt, since following a redirect changes the URL.
            String attempted = LOG.isLoggable(Level.DEBUG) ? describeForDebug() : null;
            Optional<Duration> wait;
            ApiException failure;
            try (Response response = call.execute()) {
                int status = response.code();
                if (response.isSuccessful()) {
                    Received received = receive(response);
                    logAttempt(
                            attempted,
                            attempt,
                            started,
                            status,
                            String.valueOf(status),
                            received.requestId,
                            Optional.empty());
                    return received;
                }
                if (response.isRedirect() && redirects < MAX_REDIRECTS && followSameOrigin(response)) {
                    redirects++;
                    logAttempt(
                            attempted,
                            attempt,
                            started,
                            status,
                            status + " (redirect followed)",
                            null,
                            Optional.empty());
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
                logAttempt(
                        attempted,
                        attempt,
                        started,
                        status,
                        String.valueOf(status),
                        error.requestId().orElse(null),
                        wait);
            } catch (IOException e) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new ApiException(describe() + ": interrupted", e);
                }
                failure = connectionFailure(e, attempt);
                boolean retryable = !tracker.sent() || retrySafe;
                wait = retryable ? nextWait(attempt, Optional.empty()) : Optional.empty();
                logAttempt(
                        attempted,
                        attempt,
                        started,
                        0,
                        "failed (" + e.getClass().getSimpleName() + ")",
                        null,
                        wait);
            } catch (Exception e) {
                // OkHttp is written in Kotlin and may throw checked exceptions it does not declare.
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                    throw new ApiException(describe() + ": interrupted", e);
                }
                throw new ApiException(
                        describe() + ": failed unexpectedly (" + e.getClass().getSimpleName() + ")", e);
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
        LOG.log(Level.TRACE, () -> describeForTrace() + " response body: " + shown(body));
        JsonNode tree = null;
        IOException parseFailure = null;
        if (expectsJson && !body.isBlank()) {
            try {
                tree = Json.readTree(body);
            } catch (JsonProcessingException e) {
                parseFailure = e;
            }
        }
        String requestId = dialect.requestId(response.headers(), tree).orElse(null);
        return new Received(
                request.method().name(),
                path(),
                response.code(),
                response.headers(),
                body,
                tree,
                parseFailure,
                requestId,
                scrubber);
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

    /** A body as the engine may show it: secret-looking fields masked and the client's own secret hidden. */
    private String shown(String body) {
        return scrubber.scrub(SecretMasker.maskJson(body));
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
        LOG.log(Level.TRACE, () -> describeForTrace() + " error body: " + shown(errorBody));
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
                requestId,
                scrubber.scrub(error.code()),
                scrubber.scrub(message),
                shown(body),
                response.headers().toMultimap(),
                attempt);
    }

    private ApiConnectionException connectionFailure(IOException e, int attempt) {
        String detail = e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + scrubber.scrub(SecretMasker.maskQuery(e.getMessage())));
        if (e instanceof InterruptedIOException) {
            return new ApiTimeoutException(describe() + ": attempt " + attempt + " timed out (" + detail + ")", e);
        }
        return new ApiConnectionException(
                describe() + ": connection failed on attempt " + attempt + " (" + detail + ")", e);
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

    private void logAttempt(
            String attempted,
            int attempt,
            long startedNanos,
            int status,
            String outcome,
            String requestId,
            Optional<Duration> retryIn) {
        trace.attempt(attempt, startedNanos, status, outcome, requestId, retryIn);
        if (attempted == null) {
            return;
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
        StringBuilder line = new StringBuilder(attempted)
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
        retryIn.ifPresent(
                wait -> line.append("; retrying in ").append(wait.toMillis()).append(" ms"));
        LOG.log(Level.DEBUG, line.toString());
    }
}
