package dev.dbcloud.core.internal;

import dev.dbcloud.core.ClientSettings;
import dev.dbcloud.core.Credentials;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Turns an {@link ApiRequest} into the OkHttp request every attempt of the call sends. What is the same for every
 * call of a client — the {@code User-Agent} and {@code Accept} headers, the {@code Authorization} header encoded
 * from the credentials — is prepared once, when the client is built.
 */
final class HttpRequests {
    private static final String ACCEPT = "application/json, text/plain;q=0.9, */*;q=0.8";

    private final ClientSettings settings;
    private final ApiDialect dialect;
    /** The headers of a request sent without credentials. */
    private final Headers anonymous;
    /** The headers of a request sent with the client's credentials: {@link #anonymous} plus any Authorization. */
    private final Headers authenticated;
    /** The query token the credentials add to authenticated requests, or null. */
    private final String queryToken;

    HttpRequests(ClientSettings settings, ApiDialect dialect) {
        this.settings = settings;
        this.dialect = dialect;
        Credentials credentials = settings.credentials().orElse(null);
        if (credentials instanceof Credentials.QueryToken
                && dialect.queryTokenParameter().isEmpty()) {
            throw new IllegalArgumentException(
                    "credentials: the " + dialect.module() + " API does not accept query tokens");
        }
        this.anonymous = new Headers.Builder()
                .add("User-Agent", UserAgent.forModule(dialect.module()))
                .add("Accept", ACCEPT)
                .build();
        String authorization = authorization(credentials);
        this.authenticated = authorization == null
                ? anonymous
                : anonymous.newBuilder().add("Authorization", authorization).build();
        this.queryToken = credentials instanceof Credentials.QueryToken token ? token.token() : null;
    }

    /** The Authorization header value of the credentials, encoded once; null for none or a query token. */
    private static String authorization(Credentials credentials) {
        if (credentials instanceof Credentials.Bearer bearer) {
            return "Bearer " + bearer.token();
        } else if (credentials instanceof Credentials.Basic basic) {
            return okhttp3.Credentials.basic(basic.id(), basic.secret(), StandardCharsets.UTF_8);
        }
        return null;
    }

    /** The request to send, with the JSON body already written (or null when there is none). */
    record Prepared(Request request, String jsonBody, boolean retrySafe) {}

    Prepared prepare(ApiRequest request) {
        HttpUrl.Builder url;
        String idempotencyKey;
        if (request.absoluteUrl() != null) {
            url = absolute(request.absoluteUrl());
            idempotencyKey = null; // the key belongs to the API, not to the host of a presigned URL
        } else {
            idempotencyKey = idempotencyKey(request);
            url = settings.baseUrl().newBuilder();
            for (String segment : request.segments()) {
                url.addPathSegment(segment);
            }
        }
        for (Map.Entry<String, String> parameter : request.query()) {
            url.addQueryParameter(parameter.getKey(), parameter.getValue());
        }
        Request.Builder builder = new Request.Builder().headers(request.authenticated() ? authenticated : anonymous);
        if (request.authenticated() && queryToken != null) {
            url.addQueryParameter(dialect.queryTokenParameter().orElseThrow(), queryToken);
        }
        for (Map.Entry<String, List<String>> header :
                request.options().headers().entrySet()) {
            for (String value : header.getValue()) {
                builder.addHeader(header.getKey(), value);
            }
        }
        if (idempotencyKey != null) {
            builder.header(dialect.idempotencyHeader().orElseThrow(), idempotencyKey);
        }
        String json = request.body() == null || request.body() instanceof RawBody ? null : Json.write(request.body());
        RequestBody body;
        if (request.body() instanceof RawBody raw) {
            body = RequestBody.create(raw.bytes(), raw.mediaType());
        } else if (json != null) {
            body = RequestBody.create(json, Bodies.JSON);
        } else {
            // OkHttp insists on a body for these methods; an empty one is what "no body" means on the wire.
            body = request.method().requiresBody() ? Bodies.EMPTY : null;
        }
        Request built =
                builder.url(url.build()).method(request.method().name(), body).build();
        return new Prepared(built, json, request.repeatable() || idempotencyKey != null);
    }

    /** What request bodies share, made by the first request that sends one: a read needs neither. */
    private static final class Bodies {
        static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
        static final RequestBody EMPTY = RequestBody.create(new byte[0], null);

        private Bodies() {}
    }

    private HttpUrl.Builder absolute(HttpUrl url) {
        if (!url.isHttps() && !settings.allowInsecureHttp() && !Checks.isLoopback(url.host())) {
            // The URL is not repeated: its query string may hold a presigned signature.
            throw new IllegalArgumentException("url uses plain http:// for the non-loopback host " + url.host()
                    + "; use https:// or a client with allowInsecureHttp(true)");
        }
        return url.newBuilder();
    }

    /** The same request sent to {@code target}, re-adding a query token the new URL lacks. */
    Request redirect(Request request, HttpUrl target, boolean authenticated) {
        HttpUrl.Builder url = target.newBuilder();
        if (authenticated && settings.credentials().orElse(null) instanceof Credentials.QueryToken token) {
            url.setQueryParameter(dialect.queryTokenParameter().orElseThrow(), token.token());
        }
        return request.newBuilder().url(url.build()).build();
    }

    private String idempotencyKey(ApiRequest request) {
        Optional<String> header = dialect.idempotencyHeader();
        Optional<String> given = request.options().idempotencyKey();
        if (given.isPresent() && header.isEmpty()) {
            throw new IllegalArgumentException(
                    "idempotencyKey: the " + dialect.module() + " API does not support idempotency keys");
        }
        if (header.isEmpty() || request.method() == HttpMethod.GET) {
            return null; // a read names no operation: the caller's key is for the writes of the same view
        }
        if (given.isPresent()) {
            return given.get();
        }
        return dialect.generatesIdempotencyKey(request.method())
                ? UUID.randomUUID().toString()
                : null;
    }
}
